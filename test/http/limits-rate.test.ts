/**
 * Rate limits on the web chat, through the app as the server wires it: per address (every
 * conversation on it together), per conversation, and new conversations per address. Past
 * a limit the answer is 429 with Retry-After and a polite sentence in the person's language,
 * nothing is handled and nothing is started; other addresses and conversations go on.
 */
import { describe, expect, it } from 'vitest';
import { browserAt, limitedServer } from './limits-app.ts';

type Refusal = { error: string; retryAfter: number };

describe('web chat rate limits', () => {
  it('refuses an address past its limit with 429, Retry-After and the localized sentence; others go on', async () => {
    const { app } = await limitedServer({
      settings: {
        RATE_LIMIT_ADDRESS: { points: 6, seconds: 60 },
        RATE_LIMIT_CONVERSATION: { points: 100, seconds: 60 },
      },
    });
    const flood = browserAt(app, '203.0.113.10');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await flood({ text: 'hola' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const refused = await flood({ text: 'hola', lang: 'ht' });
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as Refusal;
    expect(body.retryAfter).toBe(seconds);
    expect(body.error).toContain('Tanpri tann yon ti moman');
    // Spanish for a browser that asks for nothing else; another conversation on the address is refused too.
    const sibling = await browserAt(app, '203.0.113.10')({ text: 'hola' });
    expect(sibling.status).toBe(429);
    expect(((await sibling.json()) as Refusal).error).toMatch(
      /^Recibimos muchos mensajes seguidos\. Espera un momento/,
    );
    // Someone else is not held up.
    expect((await browserAt(app, '198.51.100.20')({ text: 'hola' })).status).toBe(200);
  });

  it('refuses one conversation past its limit, and does not handle the refused message', async () => {
    const { app, store } = await limitedServer({
      settings: { RATE_LIMIT_CONVERSATION: { points: 4, seconds: 60 } },
    });
    const person = browserAt(app, '203.0.113.11');
    for (let i = 0; i < 4; i++) expect((await person({ text: `mensaje ${i}` })).status).toBe(200);
    const refused = await person({ text: 'mensaje de más' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Refusal).error).toBe(
      'We received many messages in a row. Please wait a moment and send your message again. If you are in danger now, call 911.',
    );
    const cookie = refused.headers.getSetCookie();
    expect(cookie).toEqual([]);
    // The refused message never reached the conversation.
    const tickets = await store.listTickets();
    expect(tickets).toEqual([]);
    const said = (await person.history()).lines.filter((l) => l.from === 'person').map((l) => l.text);
    expect(said).toEqual(['mensaje 0', 'mensaje 1', 'mensaje 2', 'mensaje 3']);
    // Another conversation from the same address goes on.
    expect((await browserAt(app, '203.0.113.11')({ text: 'hola' })).status).toBe(200);
  });

  it('limits new conversations per address: a script that drops its cookie starts no more', async () => {
    const { app, store } = await limitedServer({
      settings: { RATE_LIMIT_NEW_CONVERSATIONS: { points: 3, seconds: 600 } },
    });
    const script = browserAt(app, '203.0.113.12', true);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await script({ text: 'HUMANO' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    expect(await store.listTickets()).toHaveLength(3);
    // A refused first message sets no cookie: nothing was started.
    const refused = await script({ text: 'HUMANO' });
    expect(refused.headers.getSetCookie()).toEqual([]);
    // A conversation already started on the address goes on; a new one elsewhere starts.
    expect((await browserAt(app, '198.51.100.21')({ text: 'HUMANO' })).status).toBe(200);
    expect(await store.listTickets()).toHaveLength(4);
  });
});
