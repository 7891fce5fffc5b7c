/**
 * The behaviour every Store must have, run against each implementation (memory, Redis).
 */
import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '../../src/core/errors.ts';
import type { HandoffTicket, Store } from '../../src/core/ports.ts';

const record = (value: unknown) => ({
  flow: 'conversation',
  version: 1,
  state: { value, context: { choices: [] } },
});
const ticket = (id: string, extra: Partial<HandoffTicket> = {}): HandoffTicket => ({
  conversationId: id,
  lang: 'es',
  reason: 'asked',
  urgent: false,
  topic: 'human',
  since: 1000,
  ...extra,
});

/**
 * `makePair`, for stores that several instances share (Redis, Durable Objects): two handles
 * on one store, as two servers would have; the hold across instances is then tested too.
 */
export function storeContract(
  name: string,
  make: () => Promise<Store>,
  makePair?: () => Promise<[Store, Store]>,
) {
  describe(`${name} store contract`, () => {
    if (makePair)
      it('holds a conversation for one instance at a time, and frees it when the holder dies', async () => {
        const [a, b] = await makePair();
        const opts = { leaseMs: 300, dedupeTtlMs: 60_000 };
        const held = await a.openTurn('web:h', opts);
        let bHolds = false;
        const waiting = b.openTurn('web:h', opts).then((t) => {
          bHolds = true;
          return t;
        });
        await new Promise((r) => setTimeout(r, 150));
        expect(bHolds).toBe(false);
        expect(await held.commit(record('idle'), [])).toBe(1);
        const second = await waiting; // let go by the commit
        expect(second.record?.rev).toBe(1);
        // The second holder "dies" without letting go: the lease frees the conversation.
        const started = Date.now();
        const third = await a.openTurn('web:h', opts);
        expect(Date.now() - started).toBeGreaterThanOrEqual(150);
        expect(third.fresh).toBe(true);
        await expect(second.commit(record('late'), [])).resolves.toBe(2); // its rev is still the stored one
        await expect(third.commit(record('third'), [])).rejects.toThrow(StoreConflictError);
      });

    it('writes conversations with optimistic revisions and keeps empty arrays as arrays', async () => {
      const store = await make();
      expect(await store.getConversation('t:1')).toBeNull();
      const rev = await store.putConversation('t:1', record('idle'), null);
      expect(rev).toBe(1);
      expect(await store.getConversation('t:1')).toEqual({ ...record('idle'), rev: 1 });
      await expect(store.putConversation('t:1', record('x'), null)).rejects.toThrow(StoreConflictError);
      expect(await store.putConversation('t:1', record({ intake: 'asking' }), 1)).toBe(2);
      await expect(store.putConversation('t:1', record('y'), 1)).rejects.toThrow(StoreConflictError);
    });

    it('opens a turn: reads the record, and remembers the message id only when the turn commits', async () => {
      const store = await make();
      const opts = { leaseMs: 5_000, dedupeTtlMs: 60_000 };
      const first = await store.openTurn('t:2', { ...opts, messageId: 'm1' });
      expect(first).toMatchObject({ fresh: true, record: null });
      await first.release(); // a failed turn: nothing saved, the id not remembered
      const again = await store.openTurn('t:2', { ...opts, messageId: 'm1' });
      expect(again.fresh).toBe(true);
      const line = { at: 1, from: 'person' as const, text: 'hola' };
      expect(await again.commit(record('idle'), [line, { ...line, from: 'bot', text: 'Hola.' }])).toBe(1);
      await again.release(); // after commit: nothing to do
      expect((await store.openTurn('t:2', { ...opts, messageId: 'm1' })).fresh).toBe(false);
      expect((await store.getTranscript('t:2')).map((l) => [l.seq, l.from])).toEqual([
        [1, 'person'],
        [2, 'bot'],
      ]);
      const other = await store.openTurn('t:3', { ...opts, messageId: 'm1' });
      expect(other.fresh).toBe(true);
      await other.release();
      const staffTurn = await store.openTurn('t:2', opts); // no message id: never a redelivery
      expect(staffTurn.record).toEqual({ ...record('idle'), rev: 1 });
      expect(await staffTurn.commit(record('handoff'), [])).toBe(2);
    });

    it('moves the conversation’s deadline in the same commit, when asked to', async () => {
      const store = await make();
      const opts = { leaseMs: 5_000, dedupeTtlMs: 60_000 };
      await (await store.openTurn('t:9', { ...opts, messageId: 'm1' })).commit(record('idle'), [], 5_000);
      await (await store.openTurn('t:9', { ...opts, messageId: 'm2' })).commit(record('idle'), [], 8_000);
      await (await store.openTurn('t:10', { ...opts, messageId: 'm1' })).commit(record('idle'), []);
      expect(await store.takeDueDeadlines(6_000)).toEqual([]); // moved from 5,000 to 8,000
      expect(await store.takeDueDeadlines(9_000)).toEqual(['t:9']);
    });

    it('refuses a turn whose record someone else wrote meanwhile', async () => {
      const store = await make();
      const opts = { leaseMs: 5_000, dedupeTtlMs: 60_000 };
      const held = await store.openTurn('t:6', { ...opts, messageId: 'm1' });
      await store.putConversation('t:6', record('elsewhere'), null);
      await expect(held.commit(record('mine'), [])).rejects.toThrow(StoreConflictError);
      await held.release();
      const next = await store.openTurn('t:6', { ...opts, messageId: 'm1' });
      expect(next).toMatchObject({ fresh: true, record: { state: { value: 'elsewhere' }, rev: 1 } });
    });

    it('queues, escalates, claims, withdraws and closes handoffs', async () => {
      const store = await make();
      await store.enqueueHandoff(ticket('t:a', { since: 2 }));
      await store.enqueueHandoff(ticket('t:b', { since: 1 }));
      await store.enqueueHandoff(ticket('t:a', { urgent: true, since: 9 }));
      expect((await store.listHandoffs()).map((t) => [t.conversationId, t.urgent, t.since])).toEqual([
        ['t:a', true, 2],
        ['t:b', false, 1],
      ]);
      await store.enqueueHandoff(ticket('t:c', { since: 0 }));
      expect(await Promise.all(['t:a', 't:b', 't:c', 't:x'].map((id) => store.queuePosition(id)))).toEqual([
        0, 2, 1, -1,
      ]);
      await store.withdrawHandoff('t:c');
      await store.withdrawHandoff('t:a'); // urgent: stays
      await store.withdrawHandoff('t:b');
      await store.claimHandoff('t:a', 'ana');
      expect((await store.listHandoffs()).map((t) => [t.conversationId, t.assignee])).toEqual([
        ['t:a', 'ana'],
      ]);
      await store.closeHandoff('t:a', 5000);
      expect(await store.listHandoffs()).toEqual([]);
      expect(await store.queuePosition('t:a')).toBe(-1);
      expect((await store.listClosedHandoffs())[0]).toMatchObject({ conversationId: 't:a', closedAt: 5000 });
    });

    it('keeps files people send, byte for byte, under their conversation only', async () => {
      const store = await make();
      const data = new Uint8Array(256).map((_, i) => i); // every byte value, zeros included
      const id = await store.saveMedia('t:7', { mimetype: 'image/jpeg', data, filename: 'acta.jpg' });
      expect(await store.getMedia('t:7', id)).toEqual({ mimetype: 'image/jpeg', data, filename: 'acta.jpg' });
      expect(await store.getMedia('t:8', id)).toBeNull();
      expect(await store.getMedia('t:7', 'no-such-id')).toBeNull();
    });

    it('numbers transcript lines and keeps canned replies', async () => {
      const store = await make();
      await store.appendTranscript('t:4', { at: 1, from: 'person', text: 'hola' });
      await store.appendTranscript('t:4', {
        at: 1,
        from: 'bot',
        text: 'Hola',
        buttons: [{ value: 'menu', label: 'Menú' }],
      });
      await store.appendTranscript(
        't:4',
        { at: 2, from: 'person', text: 'menu' },
        { at: 2, from: 'bot', text: 'Menú' },
        { at: 2, from: 'bot', text: '1. Apostilla' },
      );
      expect((await store.getTranscript('t:4')).map((l) => [l.seq, l.from, l.text])).toEqual([
        [1, 'person', 'hola'],
        [2, 'bot', 'Hola'],
        [3, 'person', 'menu'],
        [4, 'bot', 'Menú'],
        [5, 'bot', '1. Apostilla'],
      ]);
      await store.saveCannedReplies([{ id: 'c1', lang: 'es', text: 'Gracias' }]);
      expect(await store.getCannedReplies()).toEqual([{ id: 'c1', lang: 'es', text: 'Gracias' }]);
    });

    it('hands each due deadline to one caller only', async () => {
      const store = await make();
      await store.scheduleDeadline('t:d1', 100);
      await store.scheduleDeadline('t:d2', 300);
      const [first, second] = await Promise.all([store.takeDueDeadlines(200), store.takeDueDeadlines(200)]);
      expect([...(first ?? []), ...(second ?? [])]).toEqual(['t:d1']);
      expect(await store.takeDueDeadlines(400)).toEqual(['t:d2']);
      expect(await store.takeDueDeadlines(400)).toEqual([]);
    });

    it('erases everything about a conversation', async () => {
      const store = await make();
      const opts = { messageId: 'm1', leaseMs: 5_000, dedupeTtlMs: 60_000 };
      await (await store.openTurn('t:5', opts)).commit(record('idle'), []);
      await store.appendTranscript('t:5', { at: 1, from: 'person', text: 'hola' });
      await store.enqueueHandoff(ticket('t:5', { urgent: true }));
      await store.closeHandoff('t:5', 10);
      const voice = await store.saveMedia('t:5', { mimetype: 'audio/ogg', data: new Uint8Array([1, 2, 3]) });
      expect(await store.getMedia('t:5', voice)).toEqual({
        mimetype: 'audio/ogg',
        data: new Uint8Array([1, 2, 3]),
      });
      await store.erase('t:5');
      expect(await store.getMedia('t:5', voice)).toBeNull();
      expect(await store.getConversation('t:5')).toBeNull();
      expect(await store.getTranscript('t:5')).toEqual([]);
      expect((await store.listClosedHandoffs()).some((t) => t.conversationId === 't:5')).toBe(false);
      expect((await store.openTurn('t:5', opts)).fresh).toBe(true);
    });
  });
}
