/**
 * The wiring both servers share (Node's `npm start` and the Worker), and that tests use to
 * plug in a channel of their own: the channels and staff desks go to the engine, whose
 * registry delivers each turn's messages through the person's channel and tells each desk;
 * the same channels' routes and the staff inbox go to the HTTP app. Everything comes in as
 * arguments; nothing here reads settings or picks an implementation.
 */
import type { Channel } from '../core/ports/channel.ts';
import type { Clock, Logger } from '../core/ports/runtime.ts';
import type { StaffDesk } from '../core/ports/staff-desk.ts';
import type { Store } from '../core/ports/store.ts';
import type { Lang } from '../core/types.ts';
import { createEngine } from '../engine/create-engine.ts';
import type { Metrics } from '../engine/metrics.ts';
import type { Understand } from '../engine/read-inbound.ts';
import { type AppOptions, createApp } from '../http/app.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';

export interface ServerParts {
  store: Store;
  knowledge: Knowledge;
  understand: Understand;
  i18n: I18n;
  /** Every channel people write on (the web chat, Telegram, WhatsApp, an office's own). */
  channels: readonly Channel[];
  /** Where staff hear about conversations (the web inbox, a Telegram staff group). */
  staffDesks: readonly StaffDesk[];
  metrics: Metrics;
  logger: Logger;
  clock?: Clock;
  idleMs?: number;
  handoffAlertMs?: number;
  defaultLang?: Lang;
  /** The staff inbox at /staff, when the server has one. */
  inbox?: AppOptions['inbox'];
}

/** The engine with its channels and desks, and the HTTP app that serves them. */
export function composeServer(parts: ServerParts) {
  const { store, knowledge, understand, i18n, channels, staffDesks, metrics, logger } = parts;
  const engine = createEngine({
    store,
    knowledge,
    understand,
    i18n,
    channels,
    staffDesks,
    metrics,
    logger,
    ...(parts.clock ? { clock: parts.clock } : {}),
    ...(parts.idleMs ? { idleMs: parts.idleMs } : {}),
    ...(parts.handoffAlertMs ? { handoffAlertMs: parts.handoffAlertMs } : {}),
    ...(parts.defaultLang ? { defaultLang: parts.defaultLang } : {}),
  });
  const app = createApp({
    conversations: engine,
    channels,
    store,
    i18n,
    metrics,
    logger,
    ...(parts.inbox ? { inbox: parts.inbox } : {}),
  });
  return { engine, app };
}
