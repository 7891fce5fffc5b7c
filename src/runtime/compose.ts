/**
 * The wiring both servers share (Node's `npm start` and the Worker), and that tests use to
 * plug in a channel of their own: the channels and staff desks go to the engine, whose
 * registry delivers each turn's messages through the person's channel and tells each desk;
 * the same channels' routes and the staff inbox go to the HTTP app. Everything comes in as
 * arguments; nothing here reads settings or picks an implementation.
 */
import type { Channel } from '../core/ports/channel.ts';
import { type Logger, systemClock } from '../core/ports/runtime.ts';
import type { StaffDesk } from '../core/ports/staff-desk.ts';
import { createEngine, type EngineOptions } from '../engine/create-engine.ts';
import type { Metrics } from '../engine/metrics.ts';
import { type AppOptions, createApp } from '../http/app.ts';
import { auditedStaffActions, auditPseudonyms, createAudit } from '../staff/audit.ts';

/** What the engine takes, with the channels, desks, metrics and logger a server always has. */
export interface ServerParts extends EngineOptions {
  /** Every channel people write on (the web chat, Telegram, WhatsApp, an office's own). */
  channels: readonly Channel[];
  /** Where staff hear about conversations (the web inbox, a Telegram staff group). */
  staffDesks: readonly StaffDesk[];
  metrics: Metrics;
  logger: Logger;
  /** The staff inbox at /staff, when the server has one. */
  inbox?: AppOptions['inbox'];
  /** /metrics answers only with this bearer token, when set. */
  metricsToken?: string;
  /** HSTS and the sites that may frame the web chat. */
  security?: AppOptions['security'];
  /** Channel requests handled at once and waiting; past them, 503 (src/http/limits/turn-gate.ts). */
  load?: AppOptions['load'];
  /** True while the server drains after SIGTERM: /healthz says so, channel requests get 503. */
  draining?: AppOptions['draining'];
}

/** The engine with its channels and desks, and the HTTP app that serves them. */
export function composeServer(parts: ServerParts) {
  const { inbox, metricsToken, security, load, draining, ...engineOptions } = parts;
  const created = createEngine(engineOptions);
  // Every staff action, from the inbox or a Telegram staff group, goes to the office's audit log.
  // Its lines name conversations by pseudonym; each conversation's page shows its own.
  const auditCode = auditPseudonyms(parts.secret ?? crypto.randomUUID() + crypto.randomUUID());
  const audit = createAudit(parts.store, parts.clock ?? systemClock, parts.logger, auditCode);
  const engine = { ...created, staff: auditedStaffActions(created.staff, audit) };
  const app = createApp({
    conversations: engine,
    channels: parts.channels,
    store: parts.store,
    i18n: parts.i18n,
    metrics: parts.metrics,
    logger: parts.logger,
    ...(inbox
      ? {
          inbox: {
            audit,
            auditCode,
            office: parts.knowledge.office,
            countLogin: parts.metrics.login,
            logger: parts.logger,
            ...inbox,
          },
        }
      : {}),
    ...(metricsToken ? { metricsToken } : {}),
    ...(security ? { security } : {}),
    ...(load ? { load } : {}),
    ...(draining ? { draining } : {}),
  });
  return { engine, app };
}
