/**
 * The WhatsApp Cloud API webhook route (a Hono sub-app; Web-standard APIs only, so it runs on
 * Node and Workers). GET answers Meta's verification: `hub.mode=subscribe` with the right
 * `hub.verify_token` gets `hub.challenge` back, anything else 403. POST refuses a missing or
 * malformed `X-Hub-Signature-256` with 401 before reading anything, reads at most `maxBody`
 * bytes (413 past it, ../webhook-body.ts), checks the signature against those raw bytes (401
 * when wrong) before parsing them, validates the payload, and keeps the batch (`keep`: the
 * durable intake, core/ports/intake.ts) before it answers 200: Meta never sends a message
 * again after a 200, so nothing is acknowledged that is not safe. While the store is away the
 * answer is 503 and Meta sends the delivery again later (a redelivered message is kept once).
 * A body that is not a payload is answered 200, logged and dropped: any other answer would
 * only make Meta send it again for days.
 */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { Logger } from '../../core/ports/runtime.ts';
import { keptStatus } from '../kept-status.ts';
import { refuseUnread, webhookBodyLimit } from '../webhook-body.ts';
import { type CloudBatch, readCloudPayload } from './inbound.ts';
import { cloudPayloadSchema } from './payload.ts';
import { signatureBytes, signatureKey, verifySignature } from './signature.ts';

export interface WhatsAppCloudWebhookOptions {
  verifyToken: string;
  appSecret: string;
  /** Messages for another number of the same business account are ignored. */
  phoneNumberId?: string;
  logger: Logger;
  /** Keeps a verified batch for handling; resolves once it is safe (then the 200 goes). */
  keep(batch: CloudBatch): Promise<void>;
  /** Counts an error Meta reported, or a message or status of a shape not understood ("unknown"). */
  countError?: (code: string) => void;
  /** The largest body read, in bytes (WHATSAPP_CLOUD_MAX_BODY_KB); WHATSAPP_CLOUD_MAX_BODY if not given. */
  maxBody?: number;
}

/**
 * 512 KiB. Meta allows itself 3 MB, but what it delivers here is text and ids (files come by
 * id): the longest text, 4,096 characters, is 48 KiB even if each were an emoji sent as \u
 * escapes, so ten of them fit in one delivery. A request with a well-formed (if forged)
 * signature has this much read before the signature can be checked, so no more than needed;
 * WHATSAPP_CLOUD_MAX_BODY_KB raises it, up to Meta's 3 MB.
 */
export const WHATSAPP_CLOUD_MAX_BODY = 512 * 1024;

const encoder = new TextEncoder();

/** Constant-time comparison of two strings (the verify token), without node:crypto. */
export function sameToken(given: string | undefined, expected: string): boolean {
  const a = encoder.encode(given ?? '');
  const b = encoder.encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export function whatsappCloudWebhook(options: WhatsAppCloudWebhookOptions) {
  const { logger } = options;
  const key = signatureKey(options.appSecret);
  const app = new Hono();
  app.onError((error) => {
    throw error;
  });

  app.get('/', (c) => {
    const mode = c.req.query('hub.mode');
    const challenge = c.req.query('hub.challenge');
    if (
      mode === 'subscribe' &&
      challenge &&
      sameToken(c.req.query('hub.verify_token'), options.verifyToken)
    ) {
      return c.text(challenge, 200);
    }
    logger.warn(
      'whatsapp-cloud webhook: verification refused; check WHATSAPP_CLOUD_VERIFY_TOKEN against the app',
    );
    return c.text('forbidden', 403);
  });

  const unsigned = (c: Context) => {
    logger.warn(
      'whatsapp-cloud webhook: wrong or missing X-Hub-Signature-256; check WHATSAPP_CLOUD_APP_SECRET',
    );
    return refuseUnread(c, 401, 'unauthorized');
  };
  const maxBody = options.maxBody ?? WHATSAPP_CLOUD_MAX_BODY;
  // No well-formed signature: refused before a byte of the body is read.
  const signed: MiddlewareHandler = async (c, next) =>
    signatureBytes(c.req.header('x-hub-signature-256')) ? next() : unsigned(c);
  const bounded = webhookBodyLimit(maxBody, () =>
    logger.warn(
      `whatsapp-cloud webhook: a body past ${maxBody / 1024} KiB refused (413); if Meta's deliveries get this, raise WHATSAPP_CLOUD_MAX_BODY_KB`,
    ),
  );

  app.post('/', signed, bounded, async (c) => {
    const body = await c.req.arrayBuffer();
    if (!(await verifySignature(await key, body, c.req.header('x-hub-signature-256')))) return unsigned(c);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      logger.warn('whatsapp-cloud webhook: body is not JSON; acknowledged and dropped');
      return c.body(null, 200);
    }
    const payload = cloudPayloadSchema.safeParse(json);
    if (!payload.success) {
      logger.warn('whatsapp-cloud webhook: not a WhatsApp payload; acknowledged and dropped', {
        issue: payload.error.issues[0]?.message ?? 'unknown',
      });
      return c.body(null, 200);
    }
    const batch = readCloudPayload(
      payload.data,
      options.phoneNumberId ? { phoneNumberId: options.phoneNumberId } : {},
    );
    const malformed = batch.messages.filter((m) => m.kind === 'ignored' && m.reason === 'malformed').length;
    if (malformed > 0)
      logger.warn('whatsapp-cloud webhook: messages of an unknown shape dropped', { malformed });
    // Meta's own errors about the number, the webhook or a message: logged without any text a person wrote.
    for (const error of batch.errors) {
      logger.warn('whatsapp-cloud webhook: Meta reported an error', { code: error.code, title: error.title });
      options.countError?.(String(error.code));
    }
    if (batch.skipped > 0)
      logger.warn('whatsapp-cloud webhook: changes or statuses not read', { skipped: batch.skipped });
    for (let i = 0; i < malformed + batch.skipped; i++) options.countError?.('unknown');
    return c.body(null, await keptStatus(() => options.keep(batch), logger, 'whatsapp-cloud'));
  });
  return app;
}
