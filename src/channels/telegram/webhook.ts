/**
 * The Telegram webhook route (a Hono sub-app the channel gives the server as its route at
 * /telegram/webhook; Web-standard APIs only, so it runs on Node and Workers).
 * Checks Telegram's secret header in constant time, acknowledges at once, and handles the
 * update after answering (Telegram redelivers when a webhook is slow; the engine drops the
 * redelivery by its update id). A body that is not an update gets 200 and a log line: an
 * error status would only make Telegram send it again.
 */
import { Hono } from 'hono';
import { StoreUnavailableError } from '../../core/errors.ts';
import type { Logger } from '../../core/ports/runtime.ts';

export interface TelegramWebhookOptions {
  /** The value set with setWebhook's secret_token; required. */
  secret: string;
  handleUpdate(update: unknown): Promise<void>;
  logger: Logger;
  /** Keeps work alive after the response: executionCtx.waitUntil on Workers. */
  defer?: (work: Promise<unknown>) => void;
}

const encoder = new TextEncoder();
/** Past this, the update is acknowledged and finished in the background (grammY's own limit is 10 s). */
const SLOW_MS = 5000;

/** Constant-time comparison, as grammY does it, without node:crypto. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = encoder.encode(given ?? '');
  const b = encoder.encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export function telegramWebhook(options: TelegramWebhookOptions) {
  const app = new Hono();
  // Anything unexpected goes to the server's one error handler.
  app.onError((error) => {
    throw error;
  });
  app.post('/', async (c) => {
    if (!sameSecret(c.req.header('x-telegram-bot-api-secret-token'), options.secret)) {
      options.logger.warn(
        'telegram webhook: wrong or missing secret token; check TELEGRAM_WEBHOOK_SECRET and setWebhook',
      );
      return c.text('unauthorized', 401);
    }
    let update: unknown;
    try {
      update = await c.req.json();
    } catch {
      options.logger.warn('telegram webhook: body is not JSON; ignored');
      return c.body(null, 200);
    }
    // Handled before answering (a turn takes milliseconds), so that a store outage can answer
    // 503 and Telegram sends the update again; a slow turn is acknowledged and finished later.
    const work = options.handleUpdate(update);
    const outcome = await Promise.race([
      work.then(
        () => 'done' as const,
        (error: unknown) => error,
      ),
      new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), SLOW_MS)),
    ]);
    if (outcome === 'slow') {
      const rest = work.catch((error: Error) =>
        options.logger.error('telegram webhook: update failed', { error: error.message }),
      );
      if (options.defer) options.defer(rest);
      else {
        // Workers: keep the isolate alive until the update is done. Node has no execution
        // context (Hono throws when asked), and its promise simply runs on.
        try {
          c.executionCtx.waitUntil(rest);
        } catch {}
      }
      return c.body(null, 200);
    }
    if (outcome instanceof StoreUnavailableError) {
      options.logger.warn('telegram webhook: store unreachable; 503 so that Telegram sends the update again');
      return c.body(null, 503);
    }
    if (outcome instanceof Error)
      options.logger.error('telegram webhook: update failed', { error: outcome.message });
    return c.body(null, 200);
  });
  return app;
}
