/**
 * Node-only tool for tests and benchmarks: a small Bot API server of our own (Hono on
 * @hono/node-server, 127.0.0.1, a free port) for what telegram-test-api cannot do: answer
 * 429 with retry_after, answer 403 for a blocked user, and count every call. The real grammY client talks to it over HTTP.
 */
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';

export interface BotApiCall {
  method: string;
  body: Record<string, unknown>;
  /** performance.now() when the call arrived. */
  at: number;
}

type Reply = { status: number; body: unknown };

export async function startFakeBotApi() {
  const calls: BotApiCall[] = [];
  /** Replies queued per method; when empty, the method succeeds. */
  const queued = new Map<string, Reply[]>();
  const waiting = new Set<{ match: (call: BotApiCall) => boolean; resolve: (call: BotApiCall) => void }>();
  const app = new Hono();
  app.post('/bot:token/:method', async (c) => {
    const method = c.req.param('method');
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const call = { method, body, at: performance.now() };
    calls.push(call);
    for (const w of waiting) {
      if (w.match(call)) {
        waiting.delete(w);
        w.resolve(call);
      }
    }
    const next = queued.get(method)?.shift();
    if (next) return c.json(next.body as object, next.status as 200);
    const result =
      method === 'getMe'
        ? { id: 1, is_bot: true, first_name: 'Enlace', username: 'enlace_test_bot' }
        : method === 'sendMessage'
          ? {
              message_id: calls.length,
              date: 0,
              chat: { id: Number(body.chat_id), type: 'private' },
              text: body.text,
            }
          : method === 'createForumTopic'
            ? { message_thread_id: 9000 + calls.length, name: body.name, icon_color: 7322096 }
            : true;
    return c.json({ ok: true, result });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /** The next call of `method` gets this answer instead of success. */
    failNext(method: string, status: number, body: unknown) {
      queued.set(method, [...(queued.get(method) ?? []), { status, body }]);
    },
    sent: () => calls.filter((c) => c.method === 'sendMessage'),
    /** The first call (past or future) that matches. */
    waitFor(match: (call: BotApiCall) => boolean): Promise<BotApiCall> {
      const seen = calls.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiting.add({ match, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
