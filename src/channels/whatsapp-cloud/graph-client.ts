/**
 * A small WhatsApp Cloud API client on Web-standard fetch (runs on Node and Workers): sends a
 * message (POST {root}/{phoneNumberId}/messages with the Bearer token), marks a message read
 * and shows "typing". Answers and errors are validated with zod; a refused call throws a
 * GraphApiError carrying Meta's code, so callers can tell the rate limits (130429 throughput,
 * 131056 one person, 131048 spam rate, 80007 the account), the 24-hour window (131047) and a
 * bad token (190) apart. It also sends an approved template and fetches a file a person sent
 * (media.ts caps it). Every call has a time limit: one stalled connection must not hold a
 * person's replies (a call that ran out throws a GraphApiError with code 0).
 */
import { z } from 'zod';
import type { CloudMessageBody } from './format.ts';

/** Meta's error codes this channel acts on. */
export const GRAPH_ERRORS = {
  throughput: 130429,
  pairRate: 131056,
  /** Too many messages from this number in a short time (Meta's spam rate limit). */
  spamRate: 131048,
  /** The business account's own rate limit. */
  accountRate: 80007,
  reengagement: 131047,
  badToken: 190,
} as const;

/** The rate limits that hold back the whole number (not only one person): backed off together. */
export const NUMBER_WIDE = new Set<number>([
  GRAPH_ERRORS.throughput,
  GRAPH_ERRORS.spamRate,
  GRAPH_ERRORS.accountRate,
]);

/** How long a call may take by default; the setting is WHATSAPP_CLOUD_TIMEOUT_MS. */
export const GRAPH_TIMEOUT_MS = 10_000;
/** A file a person sent (up to 16 MB) may take this many times longer than an answer. */
const MEDIA_TIMEOUT_FACTOR = 6;

const errorSchema = z.object({
  error: z.object({
    code: z.number().int(),
    message: z.string().default(''),
    error_subcode: z.number().int().optional(),
    error_data: z.object({ details: z.string().optional() }).loose().optional(),
  }),
});

// `contacts[].wa_id` for a send to a phone number, `contacts[].user_id` for one to a business-scoped user id.
const sentSchema = z.object({
  messages: z.array(z.object({ id: z.string().min(1) })).min(1),
  contacts: z
    .array(z.object({ wa_id: z.string().optional(), user_id: z.string().optional() }).loose())
    .optional(),
});

const successSchema = z.object({ success: z.boolean() });

/**
 * Codes about the office's account or Meta itself, not about this person: the message is
 * kept and tried again later (after the operator fixes the token or the payment method).
 * Any other refusal is about this message or this person (the window, a number that is not
 * on WhatsApp, a bad parameter) and sending it again would fail the same way.
 */
const ACCOUNT_CODES = new Set([
  0, 1, 2, 4, 10, 80007, 131000, 131016, 131031, 131042, 131045, 131048, 131057, 133010, 368,
]);

export class GraphApiError extends Error {
  override readonly name = 'GraphApiError';
  /** Meta's error code (0 when the answer did not say). */
  readonly code: number;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Meta's `error_data.details`, when given. */
  readonly details?: string;
  constructor(code: number, message: string, status: number, details?: string) {
    super(message);
    this.code = code;
    this.status = status;
    if (details !== undefined) this.details = details;
  }
  /** Worth trying again after a pause (a rate limit, Meta's own trouble); never at once. */
  get retryable(): boolean {
    return NUMBER_WIDE.has(this.code) || this.code === GRAPH_ERRORS.pairRate || this.status >= 500;
  }
  /** Refused for this message or person: never worth sending again as it is. */
  get refusal(): boolean {
    return (
      !this.retryable &&
      this.code !== GRAPH_ERRORS.badToken &&
      !ACCOUNT_CODES.has(this.code) &&
      !(this.code >= 200 && this.code <= 299) // permissions
    );
  }
}

/** An approved message template (the only kind that reaches a person outside the 24-hour window). */
export interface CloudTemplateBody {
  type: 'template';
  template: { name: string; language: { code: string } };
}

/** Where a file a person sent can be fetched from (valid for a few minutes), and what it is. */
export interface CloudMediaInfo {
  url: string;
  mimeType: string;
  /** Bytes, when Meta said. */
  size?: number;
}

const mediaInfoSchema = z.object({
  url: z.url(),
  mime_type: z.string().min(1).max(255),
  file_size: z.coerce.number().int().nonnegative().optional(),
});

export interface GraphClientOptions {
  graphRoot: string;
  phoneNumberId: string;
  accessToken: string;
  /** Longest wait for an answer, ms (GRAPH_TIMEOUT_MS by default). */
  timeoutMs?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface GraphClient {
  /**
   * Sends one message body to a person: a phone number (all digits, `to`) or a business-scoped
   * user id (a person with a username, "US.13491208655302741918", `recipient`); resolves to
   * the message id (wamid).
   */
  /** `callbackData` comes back in the message's status webhooks (`biz_opaque_callback_data`). */
  send(to: string, body: CloudMessageBody | CloudTemplateBody, callbackData?: string): Promise<string>;
  /** Where a person's file is (GET /{media-id}). */
  mediaInfo(mediaId: string): Promise<CloudMediaInfo>;
  /** Fetches a media URL with the token (Meta refuses it without); the caller reads the body. */
  fetchMedia(url: string): Promise<Response>;
  /** Marks an inbound message read and, unless told not to, shows "typing" for up to 25 s. */
  markRead(messageId: string, options?: { typing?: boolean }): Promise<void>;
}

/** Meta's error for an answer that is not JSON or not an error it describes. */
async function toError(response: Response): Promise<GraphApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = errorSchema.safeParse(json);
  if (parsed.success) {
    const e = parsed.data.error;
    return new GraphApiError(e.code, e.message, response.status, e.error_data?.details);
  }
  return new GraphApiError(0, `HTTP ${response.status}: ${text.slice(0, 200)}`, response.status);
}

/**
 * Runs a call with a time limit (AbortSignal.timeout, on Node and Workers alike). One that
 * ran out is a GraphApiError with code 0: Meta may still have taken it, so it is not retried
 * at once; the caller's own later retry decides.
 */
async function timed<T>(ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await call(AbortSignal.timeout(ms));
  } catch (error) {
    if ((error as Error | undefined)?.name === 'TimeoutError')
      throw new GraphApiError(0, `no answer from the Graph API within ${ms} ms`, 0);
    throw error;
  }
}

/**
 * A phone number (WhatsApp id) is all digits; anything else is a business-scoped user id (a
 * country code, a dot, letters and digits: "US.13491208655302741918", "US.ENT.…" for a parent id).
 */
const addressee = (to: string) => (/^\d+$/.test(to) ? { to } : { recipient: to });

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const doFetch = options.fetch ?? fetch;
  const root = options.graphRoot.replace(/\/+$/, '');
  const url = `${root}/${options.phoneNumberId}/messages`;
  const authorization = `Bearer ${options.accessToken}`;
  const timeoutMs = options.timeoutMs ?? GRAPH_TIMEOUT_MS;
  const post = (payload: Record<string, unknown>): Promise<unknown> =>
    timed(timeoutMs, async (signal) => {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', ...payload }),
        signal,
      });
      if (!response.ok) throw await toError(response);
      return response.json().catch((error: Error) => {
        if (error.name === 'TimeoutError') throw error;
        throw new GraphApiError(0, 'the answer was not JSON', response.status);
      });
    });
  return {
    async send(to, body, callbackData) {
      // Meta's BSUID guide: `to` for a phone number, `recipient` for a business-scoped user id.
      const callback = callbackData ? { biz_opaque_callback_data: callbackData.slice(0, 512) } : {};
      const answer = sentSchema.safeParse(
        await post({ recipient_type: 'individual', ...addressee(to), ...body, ...callback }),
      );
      if (!answer.success) throw new GraphApiError(0, 'the answer has no message id', 200);
      return answer.data.messages[0]?.id ?? '';
    },
    async markRead(messageId, { typing = true } = {}) {
      const answer = successSchema.safeParse(
        await post({
          status: 'read',
          message_id: messageId,
          ...(typing ? { typing_indicator: { type: 'text' } } : {}),
        }),
      );
      if (!answer.success) throw new GraphApiError(0, 'the answer is not {success}', 200);
    },
    mediaInfo: (mediaId) =>
      timed(timeoutMs, async (signal) => {
        const response = await doFetch(`${root}/${encodeURIComponent(mediaId)}`, {
          headers: { authorization },
          signal,
        });
        if (!response.ok) throw await toError(response);
        const info = mediaInfoSchema.safeParse(await response.json().catch(() => null));
        if (!info.success)
          throw new GraphApiError(0, 'the media answer has no url and mime_type', response.status);
        const { url: at, mime_type, file_size } = info.data;
        return { url: at, mimeType: mime_type, ...(file_size !== undefined ? { size: file_size } : {}) };
      }),
    // The limit also ends a body that stalls while the caller reads it (the signal stays on it).
    fetchMedia: (mediaUrl) =>
      timed(timeoutMs * MEDIA_TIMEOUT_FACTOR, async (signal) => {
        const response = await doFetch(mediaUrl, { headers: { authorization }, signal });
        if (!response.ok) throw await toError(response);
        return response;
      }),
  };
}
