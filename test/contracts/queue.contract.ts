/**
 * The contract of what staff pages and the sweep read: the queue in its order (urgent first,
 * then oldest), positions and sizes, and takeDue, which hands a deadline to one caller once
 * and a conversation with leftovers to one caller per lease.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import { OUTBOX_LEASE_MS } from '../../src/store/common.ts';
import { deliver, ticket, turn } from './fixtures.ts';

export function queueContract(make: () => Promise<Store>) {
  describe('the queue and what is due', () => {
    it('orders the queue urgent first, then oldest, and counts it', async () => {
      const store = await make();
      await turn(store, 't:a', { ticket: ticket('t:a', { since: 2 }) });
      await turn(store, 't:b', { ticket: ticket('t:b', { since: 1 }) });
      await turn(store, 't:u', { ticket: ticket('t:u', { since: 9, urgent: true }) });
      await turn(store, 't:c', { ticket: ticket('t:c', { since: 0, assignee: 'ana' }) });
      expect((await store.listTickets()).map((t) => t.conversationId)).toEqual(['t:u', 't:c', 't:b', 't:a']);
      const positions = await Promise.all(
        ['t:u', 't:c', 't:b', 't:a', 't:x'].map((id) => store.queuePosition(id)),
      );
      expect(positions).toEqual([0, 1, 2, 3, -1]);
      expect(await store.queueSize()).toEqual({ all: 4, urgent: 1 });
      expect(await store.getTicket('t:c')).toEqual(ticket('t:c', { since: 0, assignee: 'ana' }));
      expect(await store.getTicket('t:x')).toBeNull();
      // Becoming urgent moves a ticket ahead of every waiting one; leaving the queue moves the rest up.
      await turn(store, 't:a', { ticket: ticket('t:a', { since: 2, urgent: true }) });
      await turn(store, 't:u', { ticket: null });
      expect((await store.listTickets()).map((t) => t.conversationId)).toEqual(['t:a', 't:c', 't:b']);
      expect(await store.queuePosition('t:b')).toBe(2);
      expect(await store.queueSize()).toEqual({ all: 3, urgent: 1 });
    });

    it('counts only real tickets in positions and sizes; a bare one counts once it is real', async () => {
      const store = await make();
      await turn(store, 't:r1', { ticket: ticket('t:r1', { since: 1 }) });
      await turn(store, 't:b1', { ticket: ticket('t:b1', { since: 2, bare: true }) });
      await turn(store, 't:b2', { ticket: ticket('t:b2', { since: 3, bare: true }) });
      await turn(store, 't:r2', { ticket: ticket('t:r2', { since: 4 }) });
      // Staff see every ticket, in the usual order.
      expect((await store.listTickets()).map((t) => t.conversationId)).toEqual([
        't:r1',
        't:b1',
        't:b2',
        't:r2',
      ]);
      expect(await store.getTicket('t:b1')).toEqual(ticket('t:b1', { since: 2, bare: true }));
      const positions = await Promise.all(
        ['t:r1', 't:b1', 't:b2', 't:r2'].map((id) => store.queuePosition(id)),
      );
      expect(positions).toEqual([0, 1, 1, 1]);
      expect(await store.queueSize()).toEqual({ all: 2, urgent: 0 });
      // The bare one's person wrote: it counts from now on, in its place.
      await turn(store, 't:b1', { ticket: ticket('t:b1', { since: 2 }) });
      expect(await store.queuePosition('t:r2')).toBe(2);
      expect(await store.queueSize()).toEqual({ all: 3, urgent: 0 });
      await turn(store, 't:b2', { ticket: null });
      expect(await store.queueSize()).toEqual({ all: 3, urgent: 0 });
    });

    it('counts no flood suspect (a one-message urgent web chat) in positions; it counts once its person writes again', async () => {
      const store = await make();
      // 30 one-message urgent web chats, then a real urgent Telegram chat and a real request.
      for (let i = 0; i < 30; i++)
        await turn(store, `web:f${i}`, {
          ticket: ticket(`web:f${i}`, { since: 10 + i, urgent: true, written: 1 }),
        });
      await turn(store, 'telegram:9', {
        ticket: ticket('telegram:9', { since: 100, urgent: true, written: 1 }),
      });
      await turn(store, 'web:asked', { ticket: ticket('web:asked', { since: 101, topic: 'asylum' }) });
      expect(await store.listTickets()).toHaveLength(32);
      expect(await store.queuePosition('telegram:9')).toBe(0);
      expect(await store.queuePosition('web:asked')).toBe(1);
      expect(await store.queueSize()).toEqual({ all: 2, urgent: 1 });
      // A suspect still learns the real ones before it; one that wrote again stands in line.
      expect(await store.queuePosition('web:f29')).toBe(0);
      await turn(store, 'web:f0', { ticket: ticket('web:f0', { since: 10, urgent: true, written: 2 }) });
      expect(await store.queuePosition('telegram:9')).toBe(1);
      expect(await store.queuePosition('web:asked')).toBe(2);
      expect(await store.queueSize()).toEqual({ all: 3, urgent: 2 });
    });

    it('starts empty', async () => {
      const store = await make();
      expect(await store.listTickets()).toEqual([]);
      expect(await store.queueSize()).toEqual({ all: 0, urgent: 0 });
      expect(await store.listClosed()).toEqual([]);
      expect(await store.closedCount()).toBe(0);
      expect(await store.takeDue(Number.MAX_SAFE_INTEGER)).toEqual([]);
    });

    it('hands each due deadline to one caller only, once', async () => {
      const store = await make();
      await turn(store, 't:d1', { deadline: 100 });
      await turn(store, 't:d2', { deadline: 300 });
      const [first, second] = await Promise.all([store.takeDue(200), store.takeDue(200)]);
      expect([...(first ?? []), ...(second ?? [])]).toEqual(['t:d1']);
      expect(await store.takeDue(400)).toEqual(['t:d2']);
      expect(await store.takeDue(400)).toEqual([]);
    });

    it('hands leftovers to one caller per lease, until they are acknowledged', async () => {
      const store = await make();
      await turn(store, 't:l', { outbox: [deliver('o1'), deliver('o2')], retryAt: 2_000 });
      expect(await store.takeDue(1_999)).toEqual([]);
      const [first, second] = await Promise.all([store.takeDue(2_000), store.takeDue(2_000)]);
      expect([...(first ?? []), ...(second ?? [])]).toEqual(['t:l']);
      expect(await store.takeDue(2_000 + OUTBOX_LEASE_MS - 1)).toEqual([]); // leased
      expect(await store.takeDue(2_000 + OUTBOX_LEASE_MS)).toEqual(['t:l']); // the lease ran out: still due
      await store.ackOutbox('t:l', ['o1']);
      expect(await store.takeDue(1_000_000)).toEqual(['t:l']); // o2 is still there
      await store.ackOutbox('t:l', ['o2']);
      expect(await store.takeDue(2_000_000)).toEqual([]);
    });

    it('gives a conversation with a deadline and leftovers once, and at most `limit` in all', async () => {
      const store = await make();
      await turn(store, 't:both', { deadline: 10, outbox: [deliver('o1')], retryAt: 10 });
      await turn(store, 't:x1', { deadline: 20 });
      await turn(store, 't:x2', { outbox: [deliver('o1')], retryAt: 30 });
      const due = await store.takeDue(100, 2);
      expect(due).toHaveLength(2);
      expect(new Set(due).size).toBe(2);
      const rest = await store.takeDue(100, 10);
      expect([...due, ...rest].filter((id) => id !== 't:both').sort()).toEqual(['t:x1', 't:x2']);
      expect(await store.takeDue(100, 0)).toEqual([]);
    });
  });
}
