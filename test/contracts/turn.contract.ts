/**
 * The contract of a turn: openTurn holds the conversation (across instances, with a lease),
 * tells a redelivery apart, and reads the record, ticket and leftovers; commit writes only
 * if the revision is still the one read, and then everything or nothing.
 */
import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { closedTicket, commit, deliver, opts, record, snapshot, ticket, turn } from './fixtures.ts';

export function turnContract(make: () => Promise<Store>, makePair?: () => Promise<[Store, Store]>) {
  describe('a turn', () => {
    if (makePair)
      it('holds a conversation for one instance at a time, and frees it when the holder dies', async () => {
        const [a, b] = await makePair();
        const held = await a.openTurn('web:h', opts({ leaseMs: 300 }));
        let bHolds = false;
        const waiting = b.openTurn('web:h', opts({ leaseMs: 300 })).then((t) => {
          bHolds = true;
          return t;
        });
        // A call on b's own connection after its first try: that try has been answered "busy".
        await b.getTranscript('web:other');
        expect(bHolds).toBe(false);
        expect(await held.commit(commit('idle'))).toBe(1);
        const second = await waiting; // let go by the commit
        expect(second.record?.rev).toBe(1); // it could only read this after a's commit
        // The second holder "dies" without letting go: the lease frees the conversation.
        const started = Date.now();
        const third = await a.openTurn('web:h', opts({ leaseMs: 300 }));
        expect(Date.now() - started).toBeGreaterThanOrEqual(150);
        expect(third.fresh).toBe(true);
        await expect(second.commit(commit('late'))).resolves.toBe(2); // its rev is still the stored one
        await expect(third.commit(commit('third'))).rejects.toThrow(StoreConflictError);
      });

    it('reads nothing for a new conversation, and remembers the message id only when the turn commits', async () => {
      const store = await make();
      const first = await store.openTurn('t:2', opts({ messageId: 'm1' }));
      expect(first).toMatchObject({ fresh: true, record: null, ticket: null, leftovers: [] });
      await first.release(); // a failed turn: nothing saved, the id not remembered
      const again = await store.openTurn('t:2', opts({ messageId: 'm1' }));
      expect(again.fresh).toBe(true);
      const line = { at: 1, from: 'person' as const, text: 'hola' };
      const lines = [line, { ...line, from: 'bot' as const, text: 'Hola.' }];
      expect(await again.commit(commit('idle', { transcript: lines }))).toBe(1);
      await again.release(); // after commit: nothing to do
      const redelivered = await store.openTurn('t:2', opts({ messageId: 'm1' }));
      expect(redelivered).toMatchObject({ fresh: false, record: null, ticket: null, leftovers: [] });
      await expect(redelivered.commit(commit('x'))).rejects.toThrow();
      expect((await store.getTranscript('t:2')).map((l) => [l.seq, l.from])).toEqual([
        [1, 'person'],
        [2, 'bot'],
      ]);
      const other = await store.openTurn('t:3', opts({ messageId: 'm1' })); // ids are per conversation
      expect(other.fresh).toBe(true);
      await other.release();
      const staffTurn = await store.openTurn('t:2', opts()); // no message id: never a redelivery
      expect(staffTurn.record).toEqual({ ...record('idle'), rev: 1 });
      expect(await staffTurn.commit(commit('handoff'))).toBe(2);
    });

    it('forgets a message id once its time is up', async () => {
      const store = await make();
      await turn(store, 't:ttl', {}, { messageId: 'm1', dedupeTtlMs: 200 });
      expect((await store.openTurn('t:ttl', opts({ messageId: 'm1' }))).fresh).toBe(false);
      await expect
        .poll(
          async () => {
            const held = await store.openTurn('t:ttl', opts({ messageId: 'm1' }));
            await held.release();
            return held.fresh;
          },
          { timeout: 5_000, interval: 50 },
        )
        .toBe(true);
    });

    it('reads the conversation’s ticket and its leftovers with the record', async () => {
      const store = await make();
      await turn(store, 't:r', {
        ticket: ticket('t:r', { urgent: true }),
        outbox: [deliver('o1')],
        retryAt: 5_000,
      });
      const held = await store.openTurn('t:r', opts({ now: 5_000 }));
      expect(held).toMatchObject({
        fresh: true,
        record: { rev: 1 },
        ticket: ticket('t:r', { urgent: true }),
        leftovers: [deliver('o1')],
      });
      await held.release();
    });

    it('writes nothing of a turn whose record someone else wrote meanwhile, and lets go', async () => {
      const store = await make();
      const line = (text: string) => ({ at: 1, from: 'person' as const, text });
      await turn(store, 't:6', {
        ticket: ticket('t:6'),
        transcript: [line('before')],
        outbox: [deliver('old')],
        retryAt: 10_000,
      });
      await store.saveThread('t:6', 77);
      // A's lease runs out while it works; B takes the conversation and writes first.
      const a = await store.openTurn('t:6', opts({ messageId: 'mA', leaseMs: 150 }));
      const b = await store.openTurn('t:6', opts({ messageId: 'mB' }));
      await b.commit(commit('b', { transcript: [line('from b')] }));
      const before = await snapshot(store, 't:6');
      await expect(
        a.commit(
          commit('a', {
            ticket: ticket('t:6', { urgent: true, assignee: 'ana' }),
            closed: closedTicket('t:6', 5_000),
            transcript: [line('from a'), line('from a, 2')],
            deadline: 900,
            outbox: [deliver('new')],
            retryAt: 900,
            done: ['old'],
            erase: true,
          }),
        ),
      ).rejects.toThrow(StoreConflictError);
      expect(await snapshot(store, 't:6')).toEqual(before);
      expect(before.record).toMatchObject({ rev: 2, state: { value: 'b' } });
      expect(before.transcript.map((l) => l.text)).toEqual(['before', 'from b']);
      expect(before.thread).toBe(77);
      expect(await store.takeDue(5_000)).toEqual([]); // neither A's deadline nor its outbox
      const retried = await store.openTurn('t:6', opts({ messageId: 'mA' })); // A's message was not handled
      expect(retried.fresh).toBe(true);
      await retried.release();
    });

    it('numbers transcript lines across turns, and reads the last ones', async () => {
      const store = await make();
      const line = (text: string) => ({ at: 1, from: 'bot' as const, text });
      await turn(store, 't:4', { transcript: [line('a')] });
      await turn(store, 't:4', { transcript: [line('b'), { ...line('c'), seq: 99 }] });
      await turn(store, 't:4', { transcript: [] });
      await turn(store, 't:4', { transcript: [line('d'), line('e')] });
      expect((await store.getTranscript('t:4')).map((l) => [l.seq, l.text])).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
        [4, 'd'],
        [5, 'e'],
      ]);
      expect((await store.getTranscript('t:4', 2)).map((l) => l.text)).toEqual(['d', 'e']);
      expect(await store.getTranscript('t:4', 0)).toEqual([]);
      expect(await store.getTranscript('t:none')).toEqual([]);
    });
  });
}
