/**
 * The server's routes through Hono's app.request (no network): the web chat page and API
 * with its cookie, history for reconnecting, a choice the assistant never gave (400, never
 * 500), the one error handler (a store outage is a 503 in the browser's language, a refused
 * cross-site form stays a 403), health and metrics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaultyStore, type FaultyStore } from '../../src/testing/faulty-store.ts';
import { cookieJar, form, json, testServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof testServer>>;
let app: Awaited<ReturnType<typeof testServer>>['app'];

beforeAll(async () => {
  server = await testServer();
  app = server.app;
});

type Reply = { messages: Array<{ text: string; buttons: Array<{ value: string; label: string }> }> };

describe('web chat', () => {
  it('serves the page in the chosen language, with the language switch', async () => {
    const es = await (await app.request('/')).text();
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('Escribe tu pregunta');
    const ht = await (await app.request('/?lang=ht', { headers: { 'accept-language': 'en' } })).text();
    expect(ht).toContain('<html lang="ht">');
    expect(ht).toContain('Ekri kesyon ou');
    const en = await (await app.request('/', { headers: { 'accept-language': 'en-US,en;q=0.9' } })).text();
    expect(en).toContain('<html lang="en">');
  });

  it('never puts a query value into the page unescaped', async () => {
    const page = await (await app.request('/?lang=%22%3E%3Cscript%3Ealert(1)%3C/script%3E')).text();
    expect(page).not.toContain('<script>alert(1)');
  });

  it('answers messages and keeps the conversation across a reload (cookie)', async () => {
    const browser = cookieJar(app);
    const first = await browser('/api/chat/messages', json({ id: 'msg-00000001', text: 'hola' }));
    expect(first.status).toBe(200);
    const welcome = (await first.json()) as Reply;
    // The welcome is a message of its own, before the menu.
    expect(welcome.messages[0]?.text).toContain('BORRAR');
    expect(welcome.messages.at(-1)?.buttons.map((b) => b.value)).toContain('topic:apostille');
    await browser('/api/chat/messages', json({ id: 'msg-00000002', choice: 'topic:apostille' }));
    const history = (await (await browser('/api/chat/history')).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(history.lines.map((l) => l.from)).toEqual(expect.arrayContaining(['person', 'bot']));
    expect(history.lines.some((l) => /apostill/i.test(l.text))).toBe(true);
    // Another browser has nothing.
    const stranger = (await (await cookieJar(app)('/api/chat/history')).json()) as { lines: unknown[] };
    expect(stranger.lines).toEqual([]);
  });

  it('refuses a malformed message with a clear error', async () => {
    const response = await cookieJar(app)('/api/chat/messages', json({ nope: true }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/"text"/);
  });

  it.each(['lang:fr', 'intake:whatever', 'topic:nonexistent', 'no-such-thing'])(
    'answers a choice the assistant never gave ("%s") with 400 and what to send',
    async (choice) => {
      const browser = cookieJar(app);
      await browser('/api/chat/messages', json({ id: 'bad-0000001', text: 'hola' }));
      const response = await browser('/api/chat/messages', json({ id: 'bad-0000002', choice }));
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: string };
      expect(error).toContain(choice);
      expect(error).toMatch(/send one of the values it gave, or text/);
      // Nothing happened: no form started, no line in the transcript.
      const history = (await (await browser('/api/chat/history')).json()) as {
        lines: Array<{ text: string }>;
      };
      expect(history.lines.map((l) => l.text).join('\n')).not.toMatch(/\(1\/\d\)/);
      expect(history.lines).toHaveLength(3); // "hola", the welcome, the menu
    },
  );

  it('gives an embed script for other sites (what it frames: test/http/widget.test.ts)', async () => {
    const script = await (await app.request('http://office.example/widget.js')).text();
    expect(script).toContain('iframe');
  });
});

describe('errors', () => {
  let faulty: FaultyStore | undefined;
  let outage: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    outage = await testServer({
      wrap: (store) => {
        faulty = createFaultyStore(store);
        return faulty.store;
      },
    });
  });
  const failNextCall = () => faulty?.failAt((faulty?.calls.length ?? 0) + 1, 'before');

  it.each([
    ['es', undefined, /Envíalo otra vez/],
    ['en', 'en-US,en;q=0.9', /send it again/],
    ['ht', 'ht', /voye l ankò/],
  ])(
    'a store outage is a 503 that asks to send again, in the browser’s language (%s)',
    async (_lang, accept, words) => {
      const browser = cookieJar(outage.app);
      failNextCall();
      const response = await browser('/api/chat/messages', {
        ...json({ id: `outage-${_lang}-01`, text: 'hola' }),
        headers: { 'content-type': 'application/json', ...(accept ? { 'accept-language': accept } : {}) },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(((await response.json()) as { error: string }).error).toMatch(words);
      // Once the store is back, the same message goes through.
      const again = await browser('/api/chat/messages', json({ id: `outage-${_lang}-01`, text: 'hola' }));
      expect(again.status).toBe(200);
    },
  );

  it('keeps the status of a refused cross-site form (403, not 500)', async () => {
    const response = await cookieJar(app)('/staff/login', {
      ...form({ name: 'ana', password: 'x' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
  });
});

describe('health and metrics', () => {
  it('answers /healthz', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
  });

  it('counts messages per channel and handoffs waiting', async () => {
    const browser = cookieJar(app);
    await browser('/api/chat/messages', json({ id: 'msg-00000010', text: 'quiero hablar con una persona' }));
    const text = await (await app.request('/metrics')).text();
    expect(text).toMatch(/enlace_messages_in_total\{channel="web"\} \d+/);
    expect(text).toMatch(/enlace_messages_out_total\{channel="web"\} \d+/);
    expect(text).toMatch(/enlace_handoffs_waiting [1-9]/);
  });

  it('answers /metrics only with the bearer token when METRICS_TOKEN is set', async () => {
    const guarded = (await testServer({ metricsToken: 'a-token-of-sixteen-plus' })).app;
    const none = await guarded.request('/metrics');
    expect(none.status).toBe(401);
    expect(await none.text()).toMatch(/Authorization: Bearer/);
    const wrong = await guarded.request('/metrics', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await guarded.request('/metrics', {
      headers: { authorization: 'Bearer a-token-of-sixteen-plus' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/enlace_messages_in_total/);
  });
});
