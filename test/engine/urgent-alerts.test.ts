/**
 * Staff cannot miss an emergency (issue 30, item 4), through the real engine on the memory
 * store and on Redis: the urgent ticket carries the emergency's kind and the person's latest
 * lines (the last three, each cut to 200 characters, counted); an urgent ticket nobody takes
 * is alerted again on every desk after URGENT_REALERT_MINUTES, and again every period, until
 * someone takes it or it closes, while other tickets keep the overdue reminder; and a place
 * the flow keeps reaches the ticket, the store and the desks.
 */
import { describe, expect, it } from 'vitest';
import type { StaffNotice } from '../../src/core/ports/staff-desk.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { changeTicket, type HandoffTicket } from '../../src/core/ticket.ts';
import { planTurn } from '../../src/engine/plan.ts';
import { testAssistant } from '../support/assistant.ts';
import { onEachStore } from '../support/store-suites.ts';

const MINUTE = 60_000;
const REALERT = 3 * MINUTE;
const OVERDUE = 10 * MINUTE;
const DANGER = 'nos tienen secuestrados en una casa en reynosa ayuda';

const of = (notices: StaffNotice[], type: StaffNotice['type'], id: string) =>
  notices.filter(
    (n) => n.type === type && ('ticket' in n ? n.ticket.conversationId : n.conversationId) === id,
  );

function urgentSuite(name: string, makeStore: () => Promise<Store>) {
  describe(`urgent tickets on ${name}`, () => {
    const assistant = async () =>
      testAssistant({ store: await makeStore(), urgentRealertMs: REALERT, handoffAlertMs: OVERDUE });

    it('carry the kind and the person’s last three lines, each cut to 200 characters, and count them', async () => {
      const a = await assistant();
      await a.say(DANGER, 'k1');
      const opened = await a.store.getTicket('test:k1');
      expect(opened).toMatchObject({
        urgent: true,
        emergencyKind: 'kidnapping',
        lines: [DANGER],
        written: 1,
      });
      const long = `estamos en una bodega ${'muy '.repeat(80)}oscura`;
      for (const text of ['somos cinco personas', long, 'no nos dejan salir', '¿quién viene?'])
        await a.say(text, 'k1');
      const ticket = await a.store.getTicket('test:k1');
      expect(ticket?.written).toBe(5);
      expect(ticket?.lines).toEqual([long.slice(0, 200), 'no nos dejan salir', '¿quién viene?']);
      expect(ticket?.lines?.every((line) => line.length <= 200)).toBe(true);
      // The first kind named stays, whatever the later messages sound like.
      expect(ticket?.emergencyKind).toBe('kidnapping');
    });

    it('alert again every period until someone takes it; never the overdue reminder', async () => {
      const a = await assistant();
      await a.say(DANGER, 'r1');
      const opened = a.clock.time;
      const realerts = () => of(a.desk.notices, 'realert', 'test:r1');

      a.clock.time = opened + REALERT - 1;
      await a.engine.sweep();
      expect(realerts()).toHaveLength(0);

      a.clock.time = opened + REALERT;
      await a.engine.sweep();
      expect(realerts()).toHaveLength(1);
      expect(realerts()[0]).toMatchObject({ waitedMs: REALERT, ticket: { realerts: 1, lines: [DANGER] } });
      expect(await a.store.getTicket('test:r1')).toMatchObject({ realerts: 1, alertedAt: opened + REALERT });

      // The person writes meanwhile: the next re-alert keeps its time, and carries the new line.
      a.clock.time = opened + 4 * MINUTE;
      await a.say('por favor', 'r1'); // the clock moves 90 s first
      a.clock.time = opened + 2 * REALERT;
      await a.engine.sweep();
      expect(realerts()).toHaveLength(2);
      expect(realerts()[1]).toMatchObject({ ticket: { realerts: 2, lines: [DANGER, 'por favor'] } });

      // Past the overdue time too: urgent tickets are re-alerted, not "overdue".
      a.clock.time = opened + 4 * REALERT;
      await a.engine.sweep();
      expect(realerts()).toHaveLength(3);
      expect(of(a.desk.notices, 'overdue', 'test:r1')).toEqual([]);

      await a.engine.staff.take('test:r1', 'ana');
      for (let i = 5; i <= 8; i++) {
        a.clock.time = opened + i * REALERT;
        await a.engine.sweep();
      }
      expect(realerts()).toHaveLength(3);
      expect(await a.store.getTicket('test:r1')).toMatchObject({ realerts: 3, assignee: 'ana' });
    });

    it('stop when the conversation closes', async () => {
      const a = await assistant();
      await a.say(DANGER, 'c1');
      const opened = a.clock.time;
      a.clock.time = opened + REALERT;
      await a.engine.sweep();
      await a.engine.staff.close('test:c1', 'luis');
      a.clock.time = opened + 5 * REALERT;
      await a.engine.sweep();
      expect(of(a.desk.notices, 'realert', 'test:c1')).toHaveLength(1);
    });

    it('a ticket that is not urgent keeps the overdue reminder and is never re-alerted', async () => {
      const a = await assistant();
      await a.say('quiero hablar con una persona', 'n1');
      const opened = a.clock.time;
      a.clock.time = opened + REALERT;
      await a.engine.sweep();
      expect(a.desk.notices.filter((n) => n.type === 'overdue' || n.type === 'realert')).toEqual([]);
      a.clock.time = opened + OVERDUE;
      await a.engine.sweep();
      expect(of(a.desk.notices, 'overdue', 'test:n1')).toHaveLength(1);
      expect(of(a.desk.notices, 'realert', 'test:n1')).toEqual([]);
      expect((await a.store.getTicket('test:n1'))?.lines).toBeUndefined();
    });

    it('a ticket that becomes urgent is re-alerted a period after it did, not after it was queued', async () => {
      const a = await assistant();
      await a.say('quiero hablar con una persona', 'u1');
      a.clock.time += 8 * MINUTE;
      await a.say(DANGER, 'u1');
      const urgentAt = a.clock.time;
      a.clock.time = urgentAt + REALERT - 1;
      await a.engine.sweep();
      expect(of(a.desk.notices, 'realert', 'test:u1')).toEqual([]);
      a.clock.time = urgentAt + REALERT;
      await a.engine.sweep();
      expect(of(a.desk.notices, 'realert', 'test:u1')).toHaveLength(1);
    });

    it('keeps the place, the lines and the re-alerts of a ticket through the store', async () => {
      const store = await makeStore();
      const base: HandoffTicket = {
        conversationId: 'test:p1',
        lang: 'es',
        reason: 'emergency',
        urgent: true,
        topic: 'emergency',
        since: 1_000,
        emergencyKind: 'held',
      };
      let ticket = changeTicket(base, { type: 'said', text: 'nos encerraron', at: 1 })
        .ticket as HandoffTicket;
      ticket = changeTicket(ticket, { type: 'place', text: 'Ojinaga, bodega junto a la central', at: 2_000 })
        .ticket as HandoffTicket;
      ticket = changeTicket(ticket, { type: 'realerted', at: 3_000 }).ticket as HandoffTicket;
      const held = await store.openTurn('test:p1', { leaseMs: 15_000, dedupeTtlMs: 60_000, now: 3_000 });
      await held.commit({
        record: { flow: 'conversation', version: 1, state: { value: 'talking', context: {} } },
        transcript: [],
        ticket,
        outbox: [],
        done: [],
      });
      const [listed] = await store.listTickets();
      for (const read of [await store.getTicket('test:p1'), listed])
        expect(read).toMatchObject({
          emergencyKind: 'held',
          place: { text: 'Ojinaga, bodega junto a la central', at: 2_000 },
          lines: ['nos encerraron'],
          written: 1,
          realerts: 1,
          alertedAt: 3_000,
        });
    });
  });
}

describe('the plan of a turn that keeps a place', () => {
  it('puts it on the ticket and tells the desks, with the ticket as it now is', () => {
    const ticket: HandoffTicket = {
      conversationId: 'test:x',
      lang: 'es',
      reason: 'emergency',
      urgent: true,
      topic: 'emergency',
      since: 0,
    };
    const input = {
      conversationId: 'test:x',
      address: { channel: 'test', chatId: 'x' },
      lang: 'es' as const,
      now: 5_000,
      ticket,
      staffChanges: [],
      folio: () => 'ABC-2345',
    };
    const plan = planTurn([{ type: 'ticket.place', place: 'Sásabe, junto al muro' }], input);
    expect(plan.ticket?.place).toEqual({ text: 'Sásabe, junto al muro', at: 5_000 });
    expect(plan.notices).toEqual([{ type: 'place', ticket: plan.ticket }]);
    // No ticket (a place said outside any handoff): nothing to keep, nobody to tell.
    const none = planTurn([{ type: 'ticket.place', place: 'Sásabe' }], { ...input, ticket: null });
    expect(none.ticket).toBeNull();
    expect(none.notices).toEqual([]);
  });
});

onEachStore('urgent', urgentSuite);
