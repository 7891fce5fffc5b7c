/**
 * The fault-injecting wrapper the engine's failure tests use: it counts every call (store
 * methods, and a turn's commit and release), and makes the n-th one fail with
 * StoreUnavailableError before it reaches the store (nothing happened) or after (it did).
 */
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/core/errors.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createFaultyStore } from '../../src/testing/faulty-store.ts';
import { commit, opts, ticket } from '../contracts/fixtures.ts';

describe('createFaultyStore', () => {
  it('counts every call, a turn’s commit and release included, and passes them through', async () => {
    const faulty = createFaultyStore(createMemoryStore());
    const held = await faulty.store.openTurn('web:1', opts({ messageId: 'm1' }));
    await held.commit(commit('idle', { ticket: ticket('web:1') }));
    await held.release();
    expect(await faulty.store.listTickets()).toEqual([ticket('web:1')]);
    await faulty.store.ackOutbox('web:1', []);
    expect(faulty.calls).toEqual(['openTurn', 'commit', 'release', 'listTickets', 'ackOutbox']);
  });

  it('fails the n-th call before it reaches the store: nothing happened', async () => {
    const faulty = createFaultyStore(createMemoryStore());
    faulty.failAt(2, 'before');
    const held = await faulty.store.openTurn('web:1', opts({ messageId: 'm1' }));
    await expect(held.commit(commit('idle', { ticket: ticket('web:1') }))).rejects.toThrow(
      StoreUnavailableError,
    );
    expect(await faulty.store.getTicket('web:1')).toBeNull();
    const again = await faulty.store.openTurn('web:1', opts({ messageId: 'm1' }));
    expect(again).toMatchObject({ fresh: true, record: null }); // the message was not handled
  });

  it('fails the n-th call after the store did it: the caller sees a failure, the change is there', async () => {
    const faulty = createFaultyStore(createMemoryStore());
    faulty.failAt(2, 'after');
    const held = await faulty.store.openTurn('web:1', opts({ messageId: 'm1' }));
    await expect(held.commit(commit('idle', { ticket: ticket('web:1') }))).rejects.toThrow(
      /injected fault after commit/,
    );
    expect(await faulty.store.getTicket('web:1')).toEqual(ticket('web:1'));
    expect((await faulty.store.openTurn('web:1', opts({ messageId: 'm1' }))).fresh).toBe(false); // a redelivery now
  });

  it('fails one call only, and refuses a call number already made', async () => {
    const faulty = createFaultyStore(createMemoryStore());
    await faulty.store.listTickets();
    expect(() => faulty.failAt(1, 'before')).toThrow(RangeError);
    faulty.failAt(faulty.calls.length + 1, 'before');
    await expect(faulty.store.queueSize()).rejects.toThrow(StoreUnavailableError);
    await expect(faulty.store.queueSize()).resolves.toEqual({ all: 0, urgent: 0 });
  });
});
