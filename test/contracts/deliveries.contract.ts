/**
 * The contract of the delivery log (DeliveryLog): a conversation's events come back as they
 * were recorded, in the order they were recorded (never sorted or merged: foldDeliveries
 * reads any order), the last MAX_DELIVERY_EVENTS only, apart from every other
 * conversation's, and they go with the conversation when it is erased; an event for a
 * conversation not kept (erased, or never written) is dropped, so a late report names no one. With `makePair`,
 * two instances append to and read one log.
 */
import { describe, expect, it } from 'vitest';
import { type DeliveryEvent, MAX_DELIVERY_EVENTS } from '../../src/core/ports/delivery-log.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { turn } from './fixtures.ts';

const accepted = (ref: string, id: string, at: number): DeliveryEvent => ({ kind: 'accepted', ref, id, at });

/** Records events one after the other (their order is the point). */
async function record(store: Store, conversationId: string, events: readonly DeliveryEvent[]) {
  for (const event of events) await store.recordDelivery(conversationId, event);
}

export function deliveriesContract(make: () => Promise<Store>, makePair?: () => Promise<[Store, Store]>) {
  describe('the delivery log', () => {
    it('gives back every event as recorded, in the order recorded', async () => {
      const store = await make();
      await turn(store, 'wa:1', {});
      expect(await store.deliveryEvents('wa:1')).toEqual([]);
      const events: DeliveryEvent[] = [
        accepted('turn-1', 'wamid.A', 50),
        // Webhooks come late and out of order: kept in the order they arrived, not by `at`.
        { kind: 'status', id: 'wamid.A', state: 'read', at: 30 },
        { kind: 'status', id: 'wamid.A', state: 'delivered', at: 20 },
        { kind: 'refused', ref: 'turn-2', at: 40, error: { code: 131047, title: 'Re-engagement message' } },
        {
          kind: 'status',
          id: 'wamid.B',
          state: 'failed',
          at: 60,
          error: { code: 131026, title: 'Message undeliverable' },
        },
        // The same report twice is two events: the log appends, it never merges.
        { kind: 'status', id: 'wamid.A', state: 'delivered', at: 20 },
      ];
      await record(store, 'wa:1', events);
      expect(await store.deliveryEvents('wa:1')).toEqual(events);
    });

    it(`keeps the last ${MAX_DELIVERY_EVENTS} events, dropping the oldest first`, async () => {
      const store = await make();
      await turn(store, 'wa:busy', {});
      const events = Array.from({ length: MAX_DELIVERY_EVENTS + 2 }, (_, i) => accepted(`t${i}`, `w${i}`, i));
      await record(store, 'wa:busy', events);
      const kept = await store.deliveryEvents('wa:busy');
      expect(kept).toHaveLength(MAX_DELIVERY_EVENTS);
      expect(kept).toEqual(events.slice(2)); // the first two are gone, the rest in order
      await store.recordDelivery('wa:busy', accepted('t-next', 'w-next', 9_999));
      expect((await store.deliveryEvents('wa:busy')).map((e) => e.at).slice(0, 2)).toEqual([3, 4]);
      expect((await store.deliveryEvents('wa:busy')).at(-1)).toEqual(accepted('t-next', 'w-next', 9_999));
    }, 60_000);

    it('keeps each conversation’s events apart', async () => {
      const store = await make();
      for (const id of ['wa:a', 'wa:b', 'wa:c']) await turn(store, id, {});
      await store.recordDelivery('wa:a', accepted('ta', 'wamid.a', 1));
      await store.recordDelivery('wa:b', accepted('tb', 'wamid.b', 2));
      await store.recordDelivery('wa:a', { kind: 'status', id: 'wamid.a', state: 'sent', at: 3 });
      expect(await store.deliveryEvents('wa:a')).toEqual([
        accepted('ta', 'wamid.a', 1),
        { kind: 'status', id: 'wamid.a', state: 'sent', at: 3 },
      ]);
      expect(await store.deliveryEvents('wa:b')).toEqual([accepted('tb', 'wamid.b', 2)]);
      expect(await store.deliveryEvents('wa:c')).toEqual([]);
    });

    it('erases a conversation’s events with it, and no one else’s', async () => {
      const store = await make();
      await turn(store, 'wa:gone', { transcript: [{ at: 1, from: 'person', text: 'hola' }] });
      await turn(store, 'wa:stays', {});
      await record(store, 'wa:gone', [accepted('t1', 'wamid.1', 1), accepted('t2', 'wamid.2', 2)]);
      await store.recordDelivery('wa:stays', accepted('t3', 'wamid.3', 3));
      expect(await store.deliveryEvents('wa:gone')).toHaveLength(2);

      await turn(store, 'wa:gone', { value: 'erased', erase: true });
      expect(await store.deliveryEvents('wa:gone')).toEqual([]);
      expect(await store.deliveryEvents('wa:stays')).toEqual([accepted('t3', 'wamid.3', 3)]);
      // A report that arrives after the erase (Meta's late status webhook) is dropped: it
      // would name the person again.
      await store.recordDelivery('wa:gone', { kind: 'status', id: 'wamid.2', state: 'read', at: 4 });
      expect(await store.deliveryEvents('wa:gone')).toEqual([]);
    });

    it('drops events for a conversation it does not keep', async () => {
      const store = await make();
      await store.recordDelivery('wa:never', accepted('t1', 'wamid.1', 1));
      expect(await store.deliveryEvents('wa:never')).toEqual([]);
    });

    if (makePair)
      it('shares one log between instances, in the order the events arrived', async () => {
        const [a, b] = await makePair();
        await turn(a, 'wa:shared', {});
        await a.recordDelivery('wa:shared', accepted('t1', 'wamid.1', 1));
        await b.recordDelivery('wa:shared', { kind: 'status', id: 'wamid.1', state: 'delivered', at: 2 });
        await a.recordDelivery('wa:shared', { kind: 'status', id: 'wamid.1', state: 'read', at: 3 });
        expect((await b.deliveryEvents('wa:shared')).map((e) => e.at)).toEqual([1, 2, 3]);
        expect(await a.deliveryEvents('wa:shared')).toEqual(await b.deliveryEvents('wa:shared'));
      });
  });
}
