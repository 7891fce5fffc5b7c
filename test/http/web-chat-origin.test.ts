/**
 * The web chat's API takes JSON from its own page, or from the sites the office named
 * (WEB_CHAT_FRAME_ANCESTORS), only (issue 31, item 3): a page on another site that makes its
 * visitors' browsers post `text/plain` (no CORS preflight) or JSON is refused with a JSON error
 * an operator can act on, before anything is counted, started or queued.
 */
import { describe, expect, it } from 'vitest';
import { limitedServer } from './limits-app.ts';

const EMERGENCY = 'me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan';
const body = JSON.stringify({ id: 'cross-site-0001', text: EMERGENCY });

async function post(app: Awaited<ReturnType<typeof limitedServer>>['app'], headers: Record<string, string>) {
  const response = await app.request('http://localhost/api/chat/messages', {
    method: 'POST',
    body,
    headers: { 'x-forwarded-for': '198.51.100.9', ...headers },
  });
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie'),
    json: (await response.json()) as { error?: string },
  };
}

describe('who may write to the web chat API', () => {
  it('refuses a cross-site text/plain POST, and one with no Origin, with 415: nothing is started or queued', async () => {
    const { app, store } = await limitedServer();
    const crossSite = await post(app, {
      'content-type': 'text/plain;charset=UTF-8',
      origin: 'https://attacker.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(415);
    expect(crossSite.json.error).toContain('Content-Type: application/json');
    expect(crossSite.cookie).toBeNull();
    expect((await post(app, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(app, {})).status).toBe(415);
    expect(await store.listTickets()).toEqual([]);
  });

  it('refuses JSON from another origin with 403, naming the setting that allows a site', async () => {
    const { app, store } = await limitedServer();
    const refused = await post(app, {
      'content-type': 'application/json',
      origin: 'https://attacker.example',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toContain('WEB_CHAT_FRAME_ANCESTORS');
    const noOrigin = await post(app, { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' });
    expect(noOrigin.status).toBe(403);
    expect(await store.listTickets()).toEqual([]);
  });

  it('takes JSON from its own page, from a site the office named, and from a tool that sends no Origin', async () => {
    const { app, store } = await limitedServer({ allowedOrigins: ["'self'", 'https://*.office.example'] });
    const own = await post(app, { 'content-type': 'application/json', origin: 'http://localhost' });
    expect(own.status).toBe(200);
    const proxied = await post(app, {
      'content-type': 'application/json; charset=utf-8',
      origin: 'https://chat.office.example',
      'sec-fetch-site': 'same-origin',
    });
    expect(proxied.status).toBe(200);
    expect(
      (await post(app, { 'content-type': 'application/json', origin: 'https://www.office.example' })).status,
    ).toBe(200);
    expect(
      (
        await post(app, {
          'content-type': 'application/json',
          origin: 'https://office.example.attacker.example',
        })
      ).status,
    ).toBe(403);
    expect((await post(app, { 'content-type': 'application/json' })).status).toBe(200);
    expect((await store.listTickets()).length).toBeGreaterThan(0);
  });
});
