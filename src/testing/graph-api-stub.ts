/**
 * Node-only tool for tests: a local WhatsApp Cloud API (Graph API) stub, Hono on
 * @hono/node-server at 127.0.0.1 on a free port. It checks what Meta checks on
 * POST /{version}/{phoneNumberId}/messages — the Bearer token (190 when wrong), the phone
 * number id, the payload's shape and limits (text ≤ 4,096, 1–3 reply buttons with titles
 * ≤ 20, list rows ≤ 10 with title ≤ 24 and description ≤ 72), templates against the approved
 * list (132001 when not approved in that language) — records every call, and can be told to
 * answer the next call with a given error code (130429, 131056, 131047, …), to fail the sends
 * that match a test (once, or always), or to stall calls without answering (a dead connection).
 * A message goes to a phone number (`to`) or, for a person with a username, to a business-
 * scoped user id (`recipient`); its answer and its status webhook name it the way Meta does.
 * The 24-hour window as Meta applies it: free text to someone who has not written in 24 hours
 * is accepted (200 and a wamid) and then fails; `reportStatuses()` posts the signed status
 * webhooks that say so (failed, 131047), or delivered for the rest, to the app's webhook.
 * Files a person sent are served as Meta does: GET /{media-id} gives a URL, fetched with the token.
 */
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { signBody } from '../channels/whatsapp-cloud/signature.ts';
import { readSchema, stubMessageSchema, type UnreportedMessage } from './graph-api-stub-schemas.ts';

export interface GraphCall {
  kind: 'message' | 'read' | 'refused';
  body: Record<string, unknown>;
  /** Why the stub refused it, when it did. */
  problem?: string;
  at: number;
}

const metaError = (code: number, message: string, details?: string) => ({
  error: {
    message,
    type: code === 190 ? 'OAuthException' : 'GraphMethodException',
    code,
    ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
    fbtrace_id: 'stub',
  },
});

/** Where the stub posts status webhooks; `fetch` lets a test post to an app without a server. */
export interface StubWebhook {
  url: string;
  appSecret: string;
  fetch?: (url: string, init: RequestInit) => Response | Promise<Response>;
}

export interface GraphApiStubOptions {
  accessToken: string;
  phoneNumberId: string;
  /** Approved templates: name and language code. */
  templates?: Array<{ name: string; language: string }>;
  /** Where reportStatuses() posts, signed with this app secret. */
  webhook?: StubWebhook;
  /** Meta's clock for the 24-hour window (epoch ms). */
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sends that match fail with this code (and HTTP status), `times` times (Infinity: always). */
export interface FailRule {
  match: (body: Record<string, unknown>) => boolean;
  code: number;
  status?: number;
  times?: number;
}

export async function startGraphApiStub(options: GraphApiStubOptions) {
  const calls: GraphCall[] = [];
  const queued: number[] = [];
  const rules: Array<Required<FailRule>> = [];
  /** Calls to /messages still to stall, and the stalled ones (answered 503 when the stub closes). */
  let stalls = 0;
  const stalled = new Set<() => void>();
  const now = options.now ?? (() => Date.now());
  /** When each person last wrote, as Meta saw it. */
  const heard = new Map<string, number>();
  /** Accepted messages whose statuses have not been posted yet. */
  const unreported: UnreportedMessage[] = [];
  const files = new Map<string, { data: Uint8Array; mimeType: string }>();
  let wamid = 0;
  const app = new Hono();
  let origin = '';
  let webhook = options.webhook;
  const authorized = (header: string | undefined) => header === `Bearer ${options.accessToken}`;

  // The file's own address first: '/:version/:mediaId' would take it too.
  app.get('/media-file/:mediaId', (c) => {
    const file = files.get(c.req.param('mediaId'));
    if (!authorized(c.req.header('authorization'))) return c.text('unauthorized', 401);
    if (!file) return c.text('not found', 404);
    return c.body(file.data as Uint8Array<ArrayBuffer>, 200, { 'content-type': file.mimeType });
  });
  app.get('/:version/:mediaId', (c) => {
    const file = files.get(c.req.param('mediaId'));
    if (!authorized(c.req.header('authorization')))
      return c.json(metaError(190, 'Invalid OAuth access token'), 401);
    if (!file) return c.json(metaError(100, 'Unsupported get request'), 400);
    const id = c.req.param('mediaId');
    return c.json({
      messaging_product: 'whatsapp',
      url: `${origin}/media-file/${id}`,
      mime_type: file.mimeType,
      sha256: 'stub',
      file_size: String(file.data.byteLength),
      id,
    });
  });
  app.post('/:version/:phone/messages', async (c) => {
    const raw = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const at = performance.now();
    if (stalls > 0) {
      stalls -= 1;
      calls.push({ kind: 'refused', body: raw ?? {}, problem: 'stalled', at });
      await new Promise<void>((release) => stalled.add(release));
      return c.json(metaError(2, 'Service temporarily unavailable'), 503);
    }
    if (!authorized(c.req.header('authorization'))) {
      calls.push({ kind: 'refused', body: raw ?? {}, problem: 'token', at });
      return c.json(metaError(190, 'Invalid OAuth access token - Cannot parse access token'), 401);
    }
    if (c.req.param('phone') !== options.phoneNumberId) {
      calls.push({ kind: 'refused', body: raw ?? {}, problem: 'phone number id', at });
      return c.json(metaError(100, 'Unsupported post request: unknown phone number id'), 400);
    }
    const next = queued.shift();
    if (next !== undefined) {
      calls.push({ kind: 'refused', body: raw ?? {}, problem: `told to answer ${next}`, at });
      return c.json(metaError(next, `stub error ${next}`, `stub error ${next}`), next === 190 ? 401 : 400);
    }
    const rule = raw && raw.status !== 'read' ? rules.find((r) => r.times > 0 && r.match(raw)) : undefined;
    if (rule) {
      rule.times -= 1;
      calls.push({ kind: 'refused', body: raw ?? {}, problem: `told to fail with ${rule.code}`, at });
      return c.json(metaError(rule.code, `stub error ${rule.code}`), rule.status as 400);
    }
    if (raw && raw.status === 'read') {
      const read = readSchema.safeParse(raw);
      if (!read.success) {
        calls.push({ kind: 'refused', body: raw, problem: read.error.message, at });
        return c.json(metaError(100, 'Invalid parameter', read.error.message), 400);
      }
      calls.push({ kind: 'read', body: raw, at });
      return c.json({ success: true });
    }
    const message = stubMessageSchema.safeParse(raw);
    if (!message.success) {
      const problem = message.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      calls.push({ kind: 'refused', body: raw ?? {}, problem, at });
      return c.json(metaError(131009, 'Parameter value is not valid', problem), 400);
    }
    const data = message.data;
    if (data.type === 'template') {
      const approved = (options.templates ?? []).some(
        (t) => t.name === data.template.name && t.language === data.template.language.code,
      );
      if (!approved) {
        const problem = `template ${data.template.name} is not approved in ${data.template.language.code}`;
        calls.push({ kind: 'refused', body: raw ?? {}, problem, at });
        return c.json(metaError(132001, 'Template name does not exist in the translation', problem), 404);
      }
    }
    calls.push({ kind: 'message', body: raw ?? {}, at });
    wamid += 1;
    // `to` wins over `recipient` when both are given (Meta's BSUID guide).
    const phone = data.to?.replace(/^\+/, '');
    const who = phone ?? data.recipient ?? '';
    const last = heard.get(who);
    const outside = data.type !== 'template' && (last === undefined || now() - last > DAY_MS);
    // Meta echoes biz_opaque_callback_data in the message's status webhooks.
    const callback =
      typeof raw?.biz_opaque_callback_data === 'string' ? raw.biz_opaque_callback_data : undefined;
    unreported.push({
      id: `wamid.stub${wamid}`,
      to: who,
      byUserId: phone === undefined,
      ...(callback ? { callback } : {}),
      ...(outside ? { failed: 131047 } : {}),
    });
    return c.json({
      messaging_product: 'whatsapp',
      // wa_id for a send to a phone number, user_id for one to a business-scoped user id.
      contacts: [phone === undefined ? { input: who, user_id: who } : { input: data.to, wa_id: phone }],
      messages: [{ id: `wamid.stub${wamid}` }],
    });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;

  /** The status webhook Meta would post for these messages. */
  const statusPayload = (batch: typeof unreported) => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '0',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: options.phoneNumberId },
              statuses: batch.map((m) => ({
                id: m.id,
                status: m.failed ? 'failed' : 'delivered',
                timestamp: String(Math.floor(now() / 1000)),
                ...(m.byUserId ? { recipient_user_id: m.to } : { recipient_id: m.to }),
                ...(m.callback ? { biz_opaque_callback_data: m.callback } : {}),
                ...(m.failed
                  ? {
                      errors: [
                        {
                          code: m.failed,
                          title: 'Re-engagement message',
                          message: 'Re-engagement message',
                          error_data: {
                            details:
                              'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
                          },
                        },
                      ],
                    }
                  : {}),
              })),
            },
          },
        ],
      },
    ],
  });

  return {
    /** Where reportStatuses() posts (the app's webhook, known once its server runs). */
    reportTo(target: StubWebhook) {
      webhook = target;
    },
    /** A person wrote to the number (Meta's clock): free text reaches them for 24 hours. */
    heardFrom(waId: string, at = now()) {
      heard.set(waId, at);
    },
    /** A file a person sent, served under this media id. */
    addMedia(id: string, data: Uint8Array, mimeType: string) {
      files.set(id, { data, mimeType });
    },
    /** Posts, signed, the statuses of the messages accepted since the last call; resolves to the webhook's HTTP status. */
    async reportStatuses(): Promise<number> {
      if (!webhook) throw new Error('graph stub: no webhook to report to; call reportTo() first');
      const batch = unreported.splice(0);
      if (batch.length === 0) return 200;
      const body = JSON.stringify(statusPayload(batch));
      const response = await Promise.resolve(
        (webhook.fetch ?? fetch)(webhook.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-hub-signature-256': await signBody(webhook.appSecret, body),
          },
          body,
        }),
      ).catch(() => null);
      // As Meta does, statuses not taken (no answer, or not 200) are sent again next time.
      if (response?.status !== 200) unreported.unshift(...batch);
      return response?.status ?? 0;
    },
    /** The Graph API root to configure, with a version segment like Meta's. */
    graphRoot: `http://127.0.0.1:${port}/v21.0`,
    calls,
    /** Messages accepted, in order. */
    sent: () => calls.filter((c) => c.kind === 'message').map((c) => c.body),
    refused: () => calls.filter((c) => c.kind === 'refused'),
    /** The next call gets this Meta error code instead of success. */
    failNext(code: number) {
      queued.push(code);
    },
    /** Sends that match fail with `code` (HTTP 400 unless `status`), `times` times (default: always). */
    failWhen(rule: FailRule) {
      rules.push({ status: 400, times: Number.POSITIVE_INFINITY, ...rule });
    },
    /** The next `count` calls to /messages get no answer until the stub closes (a dead connection). */
    stallNext(count = 1) {
      stalls += count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of stalled) release();
        stalled.clear();
        server.close(() => resolve());
      }),
  };
}

export type GraphApiStub = Awaited<ReturnType<typeof startGraphApiStub>>;
