/**
 * The one Hono app: the public web chat, the Telegram webhook (when enabled), health and
 * metrics. Sub-apps are mounted with app.route(); one onError answers with a message that
 * says what to do. Web-standard APIs only, so the Workers build can reuse it.
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Engine } from '../core/engine.ts';
import { StoreUnavailableError } from '../core/errors.ts';
import type { Metrics } from '../core/metrics.ts';
import type { Logger, Store } from '../core/ports.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { type StaffInboxOptions, staffInbox } from './staff/routes.ts';
import { webChat } from './web-chat.ts';

export interface AppOptions {
  engine: Engine;
  store: Store;
  i18n: I18n;
  metrics: Metrics;
  logger: Logger;
  office: string;
  sessionSecret: string;
  secureCookies: boolean;
  /** The Telegram webhook sub-app, mounted at /telegram/webhook in webhook mode. */
  telegramWebhook?: Hono;
  /** The staff inbox at /staff. */
  staff?: Omit<StaffInboxOptions, 'engine' | 'store' | 'i18n' | 'secret' | 'secureCookies'>;
}

export function createApp(options: AppOptions) {
  const app = new Hono();
  // The chat may be framed by the office's own site (widget.js), so no frame-ancestors block.
  app.use('*', secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: false }));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/metrics', async (c) => {
    const waiting = await options.store.listHandoffs();
    const body = options.metrics.render(waiting.length, waiting.filter((t) => t.urgent).length);
    return c.body(body, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  if (options.telegramWebhook) app.route('/telegram/webhook', options.telegramWebhook);
  if (options.staff) {
    const { engine, store, i18n, sessionSecret: secret, secureCookies } = options;
    const onFirstResponse = (ms: number) => options.metrics.firstResponse(ms);
    app.route(
      '/staff',
      staffInbox({ onFirstResponse, ...options.staff, engine, store, i18n, secret, secureCookies }),
    );
  }
  app.route(
    '/',
    webChat({
      engine: options.engine,
      store: options.store,
      i18n: options.i18n,
      office: options.office,
      secret: options.sessionSecret,
      secureCookies: options.secureCookies,
    }),
  );
  app.onError((error, c) => {
    if (error instanceof StoreUnavailableError) {
      options.logger.warn('http: store unreachable; message refused, to be sent again', { path: c.req.path });
      return c.json(
        { error: 'We could not take your message right now. Please send it again in a moment.' },
        503,
        {
          'retry-after': '5',
        },
      );
    }
    options.logger.error('http: request failed', { path: c.req.path, error: error.message });
    return c.json({ error: 'Something went wrong on our side. Please try again in a moment.' }, 500);
  });
  return app;
}
