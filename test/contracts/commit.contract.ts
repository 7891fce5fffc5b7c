/**
 * The contract of what a commit writes: the ticket as the engine gives it (never merged),
 * the closed list, the deadline, the outbox and its leftovers, and an erase that clears
 * everything about the person and keeps nothing of its own commit but the outbox (the
 * confirmation, until it goes out): no record, line, ticket, deadline or message id.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import { DEFAULT_CLOSED_LIMIT, KEEP_CLOSED } from '../../src/store/common.ts';
import { closedTicket, commit, deliver, notice, opts, snapshot, ticket, turn } from './fixtures.ts';

export function commitContract(make: () => Promise<Store>, keepClosed = KEEP_CLOSED) {
  describe('a commit', () => {
    it('stores the ticket it is given: undefined leaves it, null removes it, never merged', async () => {
      const store = await make();
      await turn(store, 't:k', { ticket: ticket('t:k', { urgent: true, since: 5 }) });
      await turn(store, 't:k', {}); // undefined: left as it was
      expect(await store.getTicket('t:k')).toEqual(ticket('t:k', { urgent: true, since: 5 }));
      const lowered = ticket('t:k', { urgent: false, since: 9, assignee: 'luis', name: 'Ana' });
      await turn(store, 't:k', { ticket: lowered }); // the engine decided: stored as given
      expect(await store.getTicket('t:k')).toEqual(lowered);
      expect(await store.listTickets()).toEqual([lowered]);
      expect(await store.queueSize()).toEqual({ all: 1, urgent: 0 });
      await turn(store, 't:k', { ticket: null });
      expect(await store.getTicket('t:k')).toBeNull();
      expect(await store.listTickets()).toEqual([]);
      expect(await store.queuePosition('t:k')).toBe(-1);
    });

    it('pushes closed tickets on the closed list, newest first, keeping the last ones only', async () => {
      const store = await make();
      // A full list, quickly (many conversations at once), then newer ones one by one.
      const ids = Array.from({ length: keepClosed }, (_, i) => `t:c${i}`);
      for (let i = 0; i < ids.length; i += 50)
        await Promise.all(
          ids.slice(i, i + 50).map((id, j) => turn(store, id, { closed: closedTicket(id, 1_000 + i + j) })),
        );
      for (let i = 1; i <= 5; i++) await turn(store, 't:c', { closed: closedTicket('t:c', 5_000 + i) });
      const closed = await store.listClosed(keepClosed + 100);
      expect(closed).toHaveLength(keepClosed);
      expect(closed.slice(0, 5)).toEqual([5, 4, 3, 2, 1].map((i) => closedTicket('t:c', 5_000 + i)));
      expect(closed.slice(5).every((t) => t.closedAt < 5_000)).toBe(true);
      expect((await store.listClosed(2)).map((t) => t.closedAt)).toEqual([5_005, 5_004]);
      expect(await store.listClosed(10)).toHaveLength(10);
      expect(await store.listClosed()).toHaveLength(Math.min(keepClosed, DEFAULT_CLOSED_LIMIT));
      expect(await store.listClosed(0)).toEqual([]);
      // Pages of the list, and how long it is.
      expect(await store.closedCount()).toBe(keepClosed);
      expect((await store.listClosed(3, 2)).map((t) => t.closedAt)).toEqual([5_003, 5_002, 5_001]);
      expect(await store.listClosed(10, keepClosed - 4)).toHaveLength(4);
      expect(await store.listClosed(10, keepClosed)).toEqual([]);
    }, 60_000);

    it('moves the conversation’s deadline in the same commit, when asked to', async () => {
      const store = await make();
      await turn(store, 't:9', { deadline: 5_000 });
      await turn(store, 't:9', { deadline: 8_000 });
      await turn(store, 't:10', {});
      expect(await store.takeDue(6_000)).toEqual([]); // moved from 5,000 to 8,000
      await turn(store, 't:9', {}); // undefined: left as it was
      expect(await store.takeDue(9_000)).toEqual(['t:9']);
    });

    it('hands outbox items back as leftovers only once their retryAt has passed', async () => {
      const store = await make();
      await turn(store, 't:o', { outbox: [deliver('o1'), notice('o2', 't:o')], retryAt: 5_000 });
      const leftovers = async (now: number) => {
        const held = await store.openTurn('t:o', opts({ now }));
        await held.release();
        return held.leftovers.map((item) => item.id).sort();
      };
      expect(await leftovers(4_999)).toEqual([]);
      expect(await leftovers(5_000)).toEqual(['o1', 'o2']);
      const held = await store.openTurn('t:o', opts({ now: 5_000 }));
      expect(held.leftovers).toContainEqual(notice('o2', 't:o'));
      await held.release();
      await store.ackOutbox('t:o', ['o1', 'never-there']);
      expect(await leftovers(6_000)).toEqual(['o2']);
      // The same id again replaces the item (a retry later); done ids go before new items are added.
      await turn(store, 't:o', { outbox: [deliver('o2', 'again')], done: ['o2'], retryAt: 9_000 });
      expect(await leftovers(6_000)).toEqual([]);
      const later = await store.openTurn('t:o', opts({ now: 9_000 }));
      expect(later.leftovers).toEqual([deliver('o2', 'again')]);
      await later.commit(commit('idle', { done: ['o2'] }));
      expect(await leftovers(100_000)).toEqual([]);
      await store.ackOutbox('t:o', []);
      await store.ackOutbox('t:none', ['x']);
    });

    it('makes outbox items leftovers at once when the commit gives no retryAt', async () => {
      const store = await make();
      await turn(store, 't:now', { outbox: [deliver('o1')] });
      const held = await store.openTurn('t:now', opts({ now: 1 }));
      expect(held.leftovers).toEqual([deliver('o1')]);
      await held.release();
    });

    it('erases everything about the person, and writes nothing of the erasing commit but its outbox', async () => {
      const store = await make();
      const line = (text: string) => ({ at: 1, from: 'person' as const, text });
      await turn(
        store,
        'web:gone',
        { ticket: ticket('web:gone'), closed: closedTicket('web:gone', 10) },
        { messageId: 'm1' },
      );
      await turn(store, 'web:gone', {
        ticket: ticket('web:gone', { urgent: true }),
        transcript: [line('hola'), line('mi hijo')],
        deadline: 50,
        outbox: [deliver('o1')],
        retryAt: 60,
      });
      const voice = await store.saveMedia('web:gone', {
        mimetype: 'audio/ogg',
        data: new Uint8Array([1, 2, 3]),
      });
      await store.saveThread('web:gone', 41);
      await turn(store, 'web:stays', { ticket: ticket('web:stays'), closed: closedTicket('web:stays', 11) });
      await store.saveThread('web:stays', 42);

      const erasing = await store.openTurn('web:gone', opts({ messageId: 'm-erase' }));
      expect(erasing.record?.rev).toBe(2);
      const rev = await erasing.commit(
        commit('erased', { transcript: [{ at: 2, from: 'bot', text: 'Borrado.' }], erase: true }),
      );
      expect(rev).toBe(3);
      // No record, line or message id is kept: nothing names the person any more.
      expect(await snapshot(store, 'web:gone')).toEqual({
        record: null,
        ticket: null,
        leftovers: [],
        transcript: [],
        queued: [],
        closed: [],
        thread: null,
      });
      expect(await store.getMedia('web:gone', voice)).toBeNull();
      expect(await store.conversationOfThread(41)).toBeNull();
      expect(await store.takeDue(100_000)).toEqual([]); // no deadline, no outbox left
      for (const messageId of ['m1', 'm-erase']) {
        const forgotten = await store.openTurn('web:gone', opts({ messageId })); // ids before and of the erase
        expect(forgotten.fresh).toBe(true);
        await forgotten.release();
      }
      // Nothing of anyone else went with it.
      expect((await store.listTickets()).map((t) => t.conversationId)).toEqual(['web:stays']);
      expect((await store.listClosed()).map((t) => t.conversationId)).toEqual(['web:stays']);
      expect(await store.conversationOfThread(42)).toBe('web:stays');
    });

    it('keeps only the erasing commit’s outbox (its confirmation), until it goes out', async () => {
      const store = await make();
      await turn(store, 'web:again', {
        ticket: ticket('web:again', { since: 1 }),
        deadline: 4_000_000_000_000,
      });
      await turn(store, 'web:again', {
        erase: true,
        ticket: ticket('web:again', { since: 7, urgent: true, written: 2 }),
        closed: closedTicket('web:again', 20),
        deadline: 70,
        outbox: [deliver('after')],
        retryAt: 80,
      });
      expect(await store.getTicket('web:again')).toBeNull();
      expect(await store.queueSize()).toEqual({ all: 0, urgent: 0 });
      expect(await store.listClosed()).toEqual([]);
      expect(await store.takeDue(75)).toEqual([]); // no deadline
      expect(await store.takeDue(85)).toEqual(['web:again']); // the confirmation, not out yet
      const held = await store.openTurn('web:again', opts({ now: 85 }));
      expect(held.record).toBeNull();
      expect(held.leftovers).toEqual([deliver('after')]);
      await held.release();
      await store.ackOutbox('web:again', ['after']);
      expect(await store.takeDue(4_000_000_000_000)).toEqual([]);
    });
  });
}
