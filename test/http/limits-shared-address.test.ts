/**
 * A shared address (a shelter's Wi-Fi, a carrier's NAT) is many people (issue 31, item 3):
 * 60 people starting chats from one address within 10 minutes each get the welcome and the
 * menu; a person over a limit (a script's 101st chat from that address, a chat writing faster
 * than 20 messages a minute, a new chat past the office-wide budget) gets a 429 whose
 * messages the page shows: "wait a minute, then write again" with the emergency lines (911,
 * 089) in their language and, for a chat not started yet, the same welcome and menu. Never
 * an empty chat. Time is the limiters' injected clock.
 */
import { describe, expect, it } from 'vitest';
import { isolateLimiter } from '../../src/http/limits/limiter.ts';
import { browserAt, limitedServer } from './limits-app.ts';

type Reply = { error?: string; messages?: Array<{ text: string; buttons: Array<{ value: string }> }> };
const SHELTER = '203.0.113.60';

async function shelterServer(settings = {}) {
  const clock = { time: Date.UTC(2026, 10, 23, 15) };
  const server = await limitedServer({
    settings,
    limiters: (_name, rate) => isolateLimiter(rate, () => clock.time),
  });
  const start = async (browser: ReturnType<typeof browserAt>, lang: string) => {
    const response = await browser({ text: '/start', lang });
    return { status: response.status, reply: (await response.json()) as Reply };
  };
  return { ...server, clock, start };
}

const withMenu = (reply: Reply) => (reply.messages ?? []).some((m) => m.buttons.length >= 3);
const texts = (reply: Reply) => (reply.messages ?? []).map((m) => m.text).join('\n');

describe('people behind one shared address', () => {
  it('60 people starting chats from one address within 10 minutes each get the menu', async () => {
    const { app, clock, start, store } = await shelterServer();
    const menus: boolean[] = [];
    for (let i = 0; i < 60; i++) {
      clock.time += 9_000; // 60 people in 9 minutes
      const { status, reply } = await start(
        browserAt(app, SHELTER),
        (['es', 'en', 'ht'] as const)[i % 3] ?? 'es',
      );
      menus.push(status === 200 && withMenu(reply));
    }
    expect(menus.filter(Boolean)).toHaveLength(60);
    expect(await store.listTickets()).toEqual([]);
  });

  it('a chat refused at its start reads the wait, the emergency lines and the menu in its language', async () => {
    const { app, start } = await shelterServer();
    expect(withMenu((await start(browserAt(app, '198.51.100.61'), 'en')).reply)).toBe(true);
    // A script at the shelter's address opens chats until one is refused: the 101st.
    const outcomes = new Map<number, number>();
    let refused: Reply = {};
    for (let i = 0; i < 101; i++) {
      const { status, reply } = await start(browserAt(app, SHELTER, true), 'en');
      outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
      if (status === 429) refused = reply;
    }
    expect(Object.fromEntries(outcomes)).toEqual({ 200: 100, 429: 1 });
    expect(texts(refused)).toContain('Wait a minute, then write again.');
    expect(texts(refused)).toContain('911: Emergencies (police, ambulance, fire) anywhere in Mexico');
    expect(texts(refused)).toContain('089: Anonymous crime report');
    expect(withMenu(refused)).toBe(true);
    // The menu comes last, so its buttons stay on screen.
    expect(refused.messages?.at(-1)?.buttons.length).toBeGreaterThanOrEqual(3);
  });

  it('a chat that writes too fast reads the wait and the emergency lines in Kreyòl; its menu is on screen already', async () => {
    const { app, start } = await shelterServer();
    const person = browserAt(app, SHELTER);
    expect(withMenu((await start(person, 'ht')).reply)).toBe(true);
    let last: { status: number; reply: Reply } = { status: 0, reply: {} };
    for (let i = 0; i < 20; i++) {
      const response = await person({ text: 'bonjou', lang: 'ht' });
      last = { status: response.status, reply: (await response.json()) as Reply };
    }
    expect(last.status).toBe(429);
    expect(texts(last.reply)).toContain('Tann yon minit, epi ekri ankò.');
    expect(texts(last.reply)).toContain('911: Ijans');
    expect(texts(last.reply)).toContain('089: Denonse yon krim');
    expect(withMenu(last.reply)).toBe(false);
  });

  it('past the office-wide budget of new chats, a new person still reads the wait, the lines and the menu', async () => {
    const { app, start } = await shelterServer({
      RATE_LIMIT_NEW_CONVERSATIONS_ALL: { points: 30, seconds: 600 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await start(browserAt(app, `198.51.100.${i}`), 'es')).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    const { status, reply } = await start(browserAt(app, '192.0.2.200'), 'es');
    expect(status).toBe(429);
    expect(texts(reply)).toContain('Espera un minuto y vuelve a escribir.');
    expect(texts(reply)).toContain('089: Denuncia anónima');
    expect(withMenu(reply)).toBe(true);
  });
});
