/**
 * The Telegram webhook route (a Hono sub-app the channel gives the server as its route at
 * /telegram/webhook; Web-standard APIs only, so it runs on Node and Workers). Checks
 * Telegram's secret header in constant time before reading anything (401), reads at most
 * TELEGRAM_MAX_UPDATE_BYTES (413 past it, ../webhook-body.ts), keeps the update in the durable
 * intake (core/ports/intake.ts) and only then answers 200: Telegram does not send an update
 * again after a 200. While the store is away the answer is 503, at once, so that Telegram
 * sends it again (a redelivered update is kept once, by its update_id). A body that is not an
 * update gets 200 and a log line: an error status would only make Telegram send it again.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Intake } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import { keptStatus } from '../kept-status.ts';
import { refuseUnread, webhookBodyLimit } from '../webhook-body.ts';

export interface TelegramWebhookOptions {
  /** The value set with setWebhook's secret_token; required. */
  secret: string;
  /** Where updates are kept before the 200; its handler for 'telegram' reads them back. */
  intake: Intake;
  logger: Logger;
}

export const TELEGRAM_INTAKE_CHANNEL = 'telegram';

/**
 * What Telegram may send in one update (one a request, never a batch): a 4,096-character
 * message, escaped, with entities and a quoted reply fit well. Only Telegram, which knows
 * the secret, has a body read at all.
 */
export const TELEGRAM_MAX_UPDATE_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

/** Constant-time comparison, as grammY does it, without node:crypto. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = encoder.encode(given ?? '');
  const b = encoder.encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Just enough of an update to keep it: its id. The rest is read (and checked) when it is handled. */
const envelopeSchema = z.looseObject({ update_id: z.number().int() });

const chatOf = z.object({ chat: z.object({ id: z.number() }) });
const fromOf = z.object({ from: z.object({ id: z.number() }) });

/** The chat an update belongs to, as the intake's ordering key; the update's own id when none reads. */
function chatKey(update: z.infer<typeof envelopeSchema>): string {
  const where = [update.message, update.edited_message, update.my_chat_member];
  const callback = update.callback_query as { message?: unknown } | undefined;
  for (const part of [...where, callback?.message]) {
    const found = chatOf.safeParse(part);
    if (found.success) return `telegram:${found.data.chat.id}`;
  }
  const from = fromOf.safeParse(callback);
  return from.success ? `telegram:${from.data.from.id}` : `telegram:update:${update.update_id}`;
}

export function telegramWebhook(options: TelegramWebhookOptions) {
  const { logger } = options;
  const app = new Hono();
  // Anything unexpected goes to the server's one error handler.
  app.onError((error) => {
    throw error;
  });
  // The secret is checked before a byte of the body is read.
  const fromTelegram: MiddlewareHandler = async (c, next) => {
    if (sameSecret(c.req.header('x-telegram-bot-api-secret-token'), options.secret)) return next();
    logger.warn(
      'telegram webhook: wrong or missing secret token; check TELEGRAM_WEBHOOK_SECRET and setWebhook',
    );
    return refuseUnread(c, 401, 'unauthorized');
  };
  const bounded = webhookBodyLimit(TELEGRAM_MAX_UPDATE_BYTES, () =>
    logger.warn(
      'telegram webhook: an update past 1 MiB refused (413), with the right secret but larger than any Telegram sends; if this repeats, set a new TELEGRAM_WEBHOOK_SECRET and call setWebhook again',
    ),
  );
  app.post('/', fromTelegram, bounded, async (c) => {
    let update: unknown;
    try {
      update = await c.req.json();
    } catch {
      logger.warn('telegram webhook: body is not JSON; ignored');
      return c.body(null, 200);
    }
    const envelope = envelopeSchema.safeParse(update);
    if (!envelope.success) {
      logger.warn('telegram webhook: not an update; ignored');
      return c.body(null, 200);
    }
    const entry = {
      id: `tg-update-${envelope.data.update_id}`,
      channel: TELEGRAM_INTAKE_CHANNEL,
      key: chatKey(envelope.data),
      body: update,
    };
    return c.body(null, await keptStatus(() => options.intake.keep([entry]), logger, 'telegram'));
  });
  return app;
}
