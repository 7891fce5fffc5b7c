/**
 * Nobody can flood the staff queue from one address. 5,000 new conversations sending
 * "HUMANO" get 429 past the new-conversation limit (100 in 10 minutes), and the few that got through are bare
 * (only asked for a person), so a real person is never told thousands are before them. A
 * burst of urgent conversations from one address rings staff once: every ticket is still
 * urgent in the inbox, the rest marked `grouped` (no sound) and, as flood suspects, told to
 * no other desk; a later window, or another address, rings again.
 */
import { describe, expect, it } from 'vitest';
import { isolateLimiter } from '../../src/http/limits/limiter.ts';
import { browserAt, limitedServer } from './limits-app.ts';

const EMERGENCY = 'me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan';
type Reply = { messages: Array<{ text: string }> };

describe('the staff queue under a flood', () => {
  it('5,000 HUMANO conversations from one address: 100 get in, and a real person is told nobody real is ahead', async () => {
    const { app, store } = await limitedServer();
    const script = browserAt(app, '203.0.113.40', true);
    const counts = new Map<number, number>();
    for (let i = 0; i < 5_000; i++) {
      const { status } = await script({ text: 'HUMANO' });
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ 200: 100, 429: 4_900 });
    expect(await store.listTickets()).toHaveLength(100);
    // A real person from another address, who says what they need.
    const person = browserAt(app, '198.51.100.40');
    await person({ text: 'hola' });
    await person({ text: 'necesito apostillar el acta de nacimiento de mi hijo' });
    const queued = (await (await person({ text: 'quiero hablar con una persona' })).json()) as Reply;
    const told = queued.messages.map((m) => m.text).join('\n');
    expect(told).toContain('No hay nadie antes que tú en la fila.');
    expect(told).not.toMatch(/Tu lugar en la fila/);
    // Staff still see every ticket; the next real person is told about the one real one ahead.
    expect(await store.listTickets()).toHaveLength(101);
    const next = browserAt(app, '198.51.100.41');
    await next({ text: 'necesito apostillar el acta de nacimiento de mi hijo' });
    const second = (await (await next({ text: 'quiero hablar con una persona' })).json()) as Reply;
    expect(second.messages.map((m) => m.text).join('\n')).toContain(
      'Tu lugar en la fila: 2 (1 antes que tú).',
    );
  });

  it('rings once for a burst of urgent conversations from one address; every ticket stays urgent', async () => {
    const { app, store, events, notices } = await limitedServer();
    for (let i = 0; i < 6; i++)
      expect((await browserAt(app, '203.0.113.41', true)({ text: EMERGENCY })).status).toBe(200);
    const queued = events.filter((e) => e.kind === 'queued');
    expect(queued).toHaveLength(6);
    expect(queued.filter((e) => e.urgent)).toHaveLength(1);
    expect(queued[0]?.urgent).toBe(true);
    // The other desks hear of the first only: the rest are flood suspects (one message each,
    // nothing since), folded into the inbox's one row. The queue has them all, urgent.
    const told = notices.filter((n) => n.type === 'queued');
    expect(told.map((n) => n.type === 'queued' && Boolean(n.grouped))).toEqual([false]);
    const tickets = await store.listTickets();
    expect(tickets).toHaveLength(6);
    expect(tickets.every((t) => t.urgent)).toBe(true);
    // An emergency from somewhere else rings at once.
    await browserAt(app, '198.51.100.42', true)({ text: EMERGENCY });
    expect(events.filter((e) => e.kind === 'queued' && e.urgent)).toHaveLength(2);
  });

  it('rings again for the same address once its window is over', async () => {
    const clock = { time: Date.now() };
    const { app, events } = await limitedServer({
      settings: { URGENT_GROUP_MINUTES: 10 },
      limiters: (_name, rate) => isolateLimiter(rate, () => clock.time),
    });
    const from = (address: string) => browserAt(app, address, true)({ text: EMERGENCY });
    await from('203.0.113.43');
    await from('203.0.113.43');
    clock.time += 9 * 60_000;
    await from('203.0.113.43');
    expect(events.filter((e) => e.kind === 'queued').map((e) => Boolean(e.urgent))).toEqual([
      true,
      false,
      false,
    ]);
    clock.time += 60_000;
    await from('203.0.113.43');
    expect(events.filter((e) => e.kind === 'queued').map((e) => Boolean(e.urgent))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
