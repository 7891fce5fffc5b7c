/**
 * The wiring both servers share (Node's `npm start` and the Worker), and that tests use to
 * plug in a channel of their own: the channels and staff desks go to the engine, whose
 * registry delivers each turn's messages through the person's channel and tells each desk;
 * the same channels' routes and the staff inbox go to the HTTP app. Everything comes in as
 * arguments; nothing here reads settings or picks an implementation.
 */
import type { Channel } from '../core/ports/channel.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { StaffDesk } from '../core/ports/staff-desk.ts';
import { createEngine, type EngineOptions } from '../engine/create-engine.ts';
import type { Metrics } from '../engine/metrics.ts';
import { type AppOptions, createApp } from '../http/app.ts';

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
}

/** The engine with its channels and desks, and the HTTP app that serves them. */
export function composeServer(parts: ServerParts) {
  const { inbox, metricsToken, ...engineOptions } = parts;
  const engine = createEngine(engineOptions);
  const app = createApp({
    conversations: engine,
    channels: parts.channels,
    store: parts.store,
    i18n: parts.i18n,
    metrics: parts.metrics,
    logger: parts.logger,
    ...(inbox ? { inbox } : {}),
    ...(metricsToken ? { metricsToken } : {}),
  });
  return { engine, app };
}
