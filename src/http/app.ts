/**
 * The one Hono app: it mounts the routes the channels give it (the web chat at /, the
 * Telegram webhook, any channel an office adds), the staff inbox at /staff, health and
 * metrics. One onError for all of them: an HTTPException keeps its status (a refused
 * cross-site form is a 403), a store outage is a 503 that asks to send again, anything else a
 * 500; the words come from locales/, in the language the browser asks for (Spanish by
 * default). Web-standard APIs only, so the Workers build serves the same app.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { mount } from 'hono/mount';
import { StoreUnavailableError } from '../core/errors.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { Conversations } from '../core/ports/conversations.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { Store } from '../core/ports/store.ts';
import { LANGS, type Lang } from '../core/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { InboxOptions } from './inbox/inbox-options.ts';
import { staffInbox } from './inbox/routes.ts';
import { BODY_LIMITS, type BodyLimit, bodyLimits } from './limits/body-limits.ts';
import {
  BUSY_RETRY_AFTER_SECONDS,
  createTurnGate,
  DEFAULT_TURN_GATE,
  gatedFetch,
  type TurnGateOptions,
} from './limits/turn-gate.ts';
import { DEFAULT_SECURITY, type SecurityOptions, securityHeaders } from './security/headers.ts';
import { staffFormsOnly } from './security/staff-forms.ts';

/** What /metrics renders: the engine's counters (src/engine/metrics.ts). */
export interface MetricsView {
  render(handoffsWaiting: number, urgentWaiting: number): string;
}

export interface AppOptions {
  /** The engine, as channels and staff pages may use it. */
  conversations: Conversations;
  /** Each channel's routes are mounted at their paths. */
  channels: readonly Channel[];
  store: Store;
  i18n: I18n;
  metrics: MetricsView;
  logger: Logger;
  /** The staff inbox at /staff, when the server has one. */
  inbox?: Omit<InboxOptions, 'conversations' | 'store' | 'i18n' | 'channels'>;
  /** When set, /metrics answers only `Authorization: Bearer <token>` (METRICS_TOKEN). */
  metricsToken?: string;
  /** HSTS and who may frame the web chat (src/http/security/headers.ts); none and its own origin by default. */
  security?: SecurityOptions;
  /** Channel requests handled at once and waiting (src/http/limits/turn-gate.ts); past them, 503. */
  load?: TurnGateOptions;
  /**
   * True from SIGTERM until the process exits (src/runtime/shutdown.node.ts): /healthz answers
   * 503 "draining" and channel requests that bring something to handle are refused with 503,
   * so a proxy or the platform sends them to another instance.
   */
  draining?: () => boolean;
}

/** The language a browser asks for (Accept-Language), among ours; Spanish when none fits. */
export function acceptedLang(header: string | undefined): Lang {
  const wanted = (header ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((code) => LANGS.includes(code as Lang));
  return (wanted as Lang | undefined) ?? 'es';
}

/** Compares two secrets in constant time (their SHA-256 digests, so lengths do not show). */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const digest = async (text: string) =>
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * A channel request refused because this instance is full: 503 with Retry-After, the words of
 * a store outage (send it again in a moment). Logged on the first refusal and every 1,000th.
 */
function busyResponse(options: AppOptions) {
  let refused = 0;
  return (request: Request) => {
    if (refused++ % 1_000 === 0)
      options.logger.warn('http: this instance is full; requests refused with 503, to be sent again', {
        refused,
      });
    return unavailable(options, request, BUSY_RETRY_AFTER_SECONDS);
  };
}

/** 503 with Retry-After and the words of a store outage (send it again), in the asker's language. */
function unavailable(options: AppOptions, request: Request, retryAfterSeconds: number) {
  const t = options.i18n.t(acceptedLang(request.headers.get('accept-language') ?? undefined));
  return Response.json(
    { error: t('http.unavailable') },
    { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}

/** Channel requests refused while draining: 503, send it again (to another instance), logged once. */
function drainingResponse(options: AppOptions) {
  let logged = false;
  return (request: Request) => {
    if (!logged) options.logger.info('http: draining; channel requests refused with 503, to be sent again');
    logged = true;
    return unavailable(options, request, 1);
  };
}

/** While draining, what brings something to handle (not GET or HEAD) gets `refuse`'s 503. */
function refusedWhileDraining(
  draining: () => boolean,
  fetch: ReturnType<typeof gatedFetch>,
  refuse: (request: Request) => Response,
): ReturnType<typeof gatedFetch> {
  return (request, env, executionCtx) =>
    draining() && request.method !== 'GET' && request.method !== 'HEAD'
      ? refuse(request)
      : fetch(request, env, executionCtx);
}

export function createApp(options: AppOptions) {
  const app = new Hono();
  // CSP, framing, HSTS and the rest on every response, error pages included.
  app.use('*', securityHeaders(options.security ?? DEFAULT_SECURITY));
  // Bodies past what each route needs get 413 unread (channel routes add theirs below).
  const bodySizes: BodyLimit[] = [
    ['/staff/login', BODY_LIMITS.staffLogin],
    ['/staff', BODY_LIMITS.staffForm],
    ['/staff/reviews/import', BODY_LIMITS.staffUpload],
  ];
  app.use('*', bodyLimits(bodySizes, BODY_LIMITS.other, { i18n: options.i18n, lang: acceptedLang }));
  app.get('/healthz', (c) =>
    options.draining?.() ? c.json({ ok: false, status: 'draining' }, 503) : c.json({ ok: true }),
  );
  app.get('/metrics', async (c) => {
    if (
      options.metricsToken &&
      !(await sameSecret(c.req.header('authorization') ?? '', `Bearer ${options.metricsToken}`))
    )
      return c.text('Send the METRICS_TOKEN as "Authorization: Bearer <token>".', 401, {
        'www-authenticate': 'Bearer',
      });
    const waiting = await options.store.listTickets();
    const body = options.metrics.render(waiting.length, waiting.filter((t) => t.urgent).length);
    return c.body(body, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  if (options.inbox) {
    const { conversations, store, i18n } = options;
    app.use('/staff/*', staffFormsOnly(['/staff/reviews/import']));
    app.route(
      '/staff',
      staffInbox({ ...options.inbox, conversations, store, i18n, channels: options.channels }),
    );
    // No other route may answer under /staff: the web chat's would get a body the inbox already
    // read (a 500, found by the fuzz tests). An address that is no inbox page leads to the list.
    app.all('/staff/*', (c) => c.redirect('/staff', 303));
  }
  // The most specific paths first: the web chat's "/" takes whatever is left.
  const routes = options.channels
    .flatMap((channel) => channel.routes?.(options.conversations) ?? [])
    .sort((a, b) => b.path.length - a.path.length);
  // One line for every channel: a burst waits, and past the line is refused with a 503.
  const gate = createTurnGate(options.load ?? DEFAULT_TURN_GATE);
  const busy = busyResponse(options);
  const draining = drainingResponse(options);
  for (const route of routes) {
    bodySizes.push([route.path, route.maxBody ?? BODY_LIMITS.other, route.readsBodyItself]);
    const gated = gatedFetch(gate, route.fetch, busy);
    app.all(
      `${route.path.replace(/\/$/, '')}/*`,
      mount(options.draining ? refusedWhileDraining(options.draining, gated, draining) : gated),
    );
  }

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    const t = options.i18n.t(acceptedLang(c.req.header('accept-language')));
    if (error instanceof StoreUnavailableError) {
      options.logger.warn('http: store unreachable; request refused, to be sent again', { path: c.req.path });
      return c.json({ error: t('http.unavailable') }, 503, { 'retry-after': '5' });
    }
    options.logger.error('http: request failed', { path: c.req.path, error: error.message });
    return c.json({ error: t('http.failed') }, 500);
  });
  return app;
}
