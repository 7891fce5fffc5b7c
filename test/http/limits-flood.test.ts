/**
 * 1,000 fake emergencies from 50 addresses do not bury a real one (issue 31, item 3). 50
 * addresses × 20 new web chats, each one urgent message: the office-wide budget of new chats
 * (600 in 10 minutes) lets 600 in; a real emergency on Telegram then is the first row of the
 * agents' first page, a real person asking for staff is told fewer than 10 are before them,
 * staff's inbox rang at most SUSPECT_ALERTS + 1 times and the Telegram staff group (any desk
 * but the inbox) heard at most as many alerts, not 600. Limiters on an injected clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { isolateLimiter } from '../../src/http/limits/limiter.ts';
import { SUSPECT_ALERTS } from '../../src/http/limits/urgent-alerts.ts';
import { cookieJar, form, personWrites, STAFF_PASSWORD } from '../support/server.ts';
import { DANGERS } from '../support/urgent.ts';
import { browserAt, limitedServer } from './limits-app.ts';

const TELEGRAM: Channel = { name: 'telegram', choices: 'buttons' };
const REAL = 'telegram:4242';

let server: Awaited<ReturnType<typeof limitedServer>>;
const outcomes = new Map<number, number>();

beforeAll(async () => {
  const clock = { time: Date.UTC(2026, 10, 23, 15) };
  server = await limitedServer({
    channels: () => [TELEGRAM],
    limiters: (_name, rate) => isolateLimiter(rate, () => clock.time),
  });
  for (let i = 0; i < 1_000; i++) {
    clock.time += 100; // 1,000 in 100 seconds
    const script = browserAt(server.app, `203.0.113.${i % 50}`, true);
    const { status } = await script({ text: DANGERS[i % DANGERS.length] ?? '' });
    outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
  }
  await personWrites(server, 'telegram', '4242', ['nos tienen secuestrados en una casa en reynosa ayuda']);
}, 300_000);

/** The conversations the page's top-level rows link to (outside a folded burst), in order. */
const outsideFold = (page: string) =>
  [...page.replace(/<details[\s\S]*?<\/details>/g, '').matchAll(/<a href="\/staff\/c\/([^"]+)">/g)].map((m) =>
    decodeURIComponent(m[1] ?? ''),
  );

describe('1,000 urgent tickets from 50 addresses', () => {
  it('the office-wide budget lets 600 new chats in', () => {
    expect(Object.fromEntries(outcomes)).toEqual({ 200: 600, 429: 400 });
  });

  it('leave the real emergency the first row of the first page', async () => {
    const agent = cookieJar(server.app);
    expect((await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }))).status).toBe(302);
    const page = await (await agent('/staff')).text();
    expect(outsideFold(page)[0]).toBe(REAL);
    expect(page).toContain('en posible avalancha: 600');
    expect(page.length).toBeLessThan(150_000);
  });

  it('tell its person, and a real person asking for staff, a position under 10', async () => {
    expect(await server.store.queuePosition(REAL)).toBe(0);
    // A person on Telegram (new web chats wait for the budget's window) asks for staff.
    const ask = (id: string, text: string) =>
      server.engine.handle({ id, channel: 'telegram', chatId: '5151', content: { type: 'text', text } });
    await ask('p-1', 'necesito apostillar el acta de nacimiento de mi hijo');
    const queued = await ask('p-2', 'quiero hablar con una persona');
    const told = queued.outbound.map((m) => m.text).join('\n');
    expect(told).toContain('Tu lugar en la fila: 2 (1 antes que tú).');
    expect(await server.store.queuePosition('web:unknown')).toBe(-1);
  });

  it('ring staff a few times and reach the Telegram staff group as a few alerts, not 600', () => {
    const rang = server.events.filter((e) => e.kind === 'queued' && e.urgent);
    expect(rang.length).toBeLessThanOrEqual(SUSPECT_ALERTS + 1);
    expect(rang.some((e) => e.conversationId === REAL)).toBe(true);
    const toldElsewhere = server.notices.filter((n) => n.type === 'queued' && n.ticket.urgent);
    expect(toldElsewhere.length).toBeLessThanOrEqual(SUSPECT_ALERTS + 1);
    // The inbox still hears of every ticket (600 fakes, the real one, the person asking).
    expect(server.events.filter((e) => e.kind === 'queued')).toHaveLength(602);
  });
});
