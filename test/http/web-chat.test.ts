/**
 * The server's routes through Hono's app.request (no network): the web chat page and API
 * with its cookie, history for reconnecting, health and metrics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../support/server.ts';

let app: Awaited<ReturnType<typeof testServer>>['app'];

beforeAll(async () => {
  app = (await testServer()).app;
});

/** A browser-like client: keeps the cookie between requests. */
function visitor() {
  let cookie = '';
  return async (path: string, init: RequestInit = {}) => {
    const response = await app.request(path, { ...init, headers: { ...(init.headers ?? {}), cookie } });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}
const post = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

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
    const browser = visitor();
    const first = await browser('/api/chat/messages', post({ id: 'msg-00000001', text: 'hola' }));
    expect(first.status).toBe(200);
    const welcome = (await first.json()) as { messages: Array<{ text: string; buttons: unknown[] }> };
    expect(welcome.messages[0]?.text).toContain('BORRAR');
    await browser('/api/chat/messages', post({ id: 'msg-00000002', choice: 'topic:apostille' }));
    const history = (await (await browser('/api/chat/history')).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(history.lines.map((l) => l.from)).toEqual(expect.arrayContaining(['person', 'bot']));
    expect(history.lines.some((l) => /apostill/i.test(l.text))).toBe(true);
    // Another browser has nothing.
    const stranger = (await (await visitor()('/api/chat/history')).json()) as { lines: unknown[] };
    expect(stranger.lines).toEqual([]);
  });

  it('refuses a malformed message with a clear error', async () => {
    const response = await visitor()('/api/chat/messages', post({ nope: true }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/"text"/);
  });

  it('gives an embed script for other sites', async () => {
    const script = await (await app.request('http://office.example/widget.js')).text();
    expect(script).toContain('iframe');
    expect(script).toContain('http://office.example/');
  });
});

describe('health and metrics', () => {
  it('answers /healthz', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
  });

  it('counts messages per channel and handoffs waiting', async () => {
    const browser = visitor();
    await browser('/api/chat/messages', post({ id: 'msg-00000010', text: 'quiero hablar con una persona' }));
    const text = await (await app.request('/metrics')).text();
    expect(text).toMatch(/enlace_messages_in_total\{channel="web"\} \d+/);
    expect(text).toMatch(/enlace_messages_out_total\{channel="web"\} \d+/);
    expect(text).toMatch(/enlace_handoffs_waiting [1-9]/);
  });
});
