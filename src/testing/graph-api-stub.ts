/**
 * Node-only tool for tests: a local WhatsApp Cloud API (Graph API) stub, Hono on
 * @hono/node-server at 127.0.0.1 on a free port. It checks what Meta checks on
 * POST /{version}/{phoneNumberId}/messages — the Bearer token (190 when wrong), the phone
 * number id, the payload's shape and limits (text ≤ 4,096, 1–3 reply buttons with titles
 * ≤ 20, list rows ≤ 10 with title ≤ 24 and description ≤ 72) — records every call, and can
 * be told to answer the next call with a given error code (130429, 131056, 131047, …).
 */
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';

const button = z.object({
  type: z.literal('reply'),
  reply: z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }),
});
const row = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(24),
  description: z.string().max(72).optional(),
});
const body = z.object({ text: z.string().min(1).max(1024) });
const interactive = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('button'),
    body,
    action: z.object({
      buttons: z
        .array(button)
        .min(1)
        .max(3)
        .refine(
          (bs) => new Set(bs.map((b) => b.reply.title)).size === bs.length,
          'button titles must be unique',
        ),
    }),
  }),
  z.object({
    type: z.literal('list'),
    body,
    action: z.object({
      button: z.string().min(1).max(20),
      sections: z
        .array(z.object({ title: z.string().max(24).optional(), rows: z.array(row).min(1) }))
        .min(1)
        .max(10)
        .refine((ss) => ss.flatMap((s) => s.rows).length <= 10, 'at most 10 rows in all'),
    }),
  }),
]);
const base = { messaging_product: z.literal('whatsapp'), recipient_type: z.literal('individual').optional() };
const to = z.string().regex(/^\+?\d{5,20}$/);
export const stubMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    to,
    type: z.literal('text'),
    text: z.object({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }),
  }),
  z.object({ ...base, to, type: z.literal('interactive'), interactive }),
]);
const readSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  status: z.literal('read'),
  message_id: z.string().min(1),
  typing_indicator: z.object({ type: z.literal('text') }).optional(),
});

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

export async function startGraphApiStub(options: { accessToken: string; phoneNumberId: string }) {
  const calls: GraphCall[] = [];
  const queued: number[] = [];
  let wamid = 0;
  const app = new Hono();
  app.post('/:version/:phone/messages', async (c) => {
    const raw = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const at = performance.now();
    if (c.req.header('authorization') !== `Bearer ${options.accessToken}`) {
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
    calls.push({ kind: 'message', body: raw ?? {}, at });
    wamid += 1;
    return c.json({
      messaging_product: 'whatsapp',
      contacts: [{ input: message.data.to, wa_id: message.data.to.replace(/^\+/, '') }],
      messages: [{ id: `wamid.stub${wamid}` }],
    });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type GraphApiStub = Awaited<ReturnType<typeof startGraphApiStub>>;
