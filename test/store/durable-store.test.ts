/**
 * The Durable Object store against the shared contract, in workerd itself: wrangler runs
 * test/workers/store-contract.worker.ts offline (src/testing/durable-bridge.node.ts), and
 * each store here is a Node-side proxy that POSTs every call to it. Then the promises only
 * Durable Objects make: a held conversation waits for its holder (or the lease); a deadline
 * and an outbox's retry time are the object's alarm and reach takeDue; the office's queue
 * converges on the tickets the conversations hold when a call to it fails; data past
 * retention is gone from storage, the office's dashboard summary and review items too (its
 * filed examples stay: they are the office's), its folios too; an erase leaves no key behind
 * (nor a folio claimed); malformed values, a malformed case among them, are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import {
  caseFile,
  closedTicket,
  commit,
  deliver,
  filedExample,
  opts,
  record,
  reviewItem,
  summary,
  ticket,
  turn,
} from '../contracts/fixtures.ts';
import { storeContract } from '../contracts/store.contract.ts';
import {
  TEST_KEEP_CLOSED,
  TEST_MAX_FILED_EXAMPLES,
  TEST_MAX_REVIEW_ITEMS,
} from '../workers/store-contract.limits.ts';

let worker: StoreWorker;

beforeAll(async () => {
  const started = performance.now();
  worker = await startStoreWorker();
  console.info(`store-contract worker ready in ${Math.round(performance.now() - started)} ms`);
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
});

storeContract(
  'durable objects',
  async () => worker.connect().store,
  async () => {
    const prefix = `pair-${crypto.randomUUID()}:`;
    return [worker.connect({ prefix }).store, worker.connect({ prefix }).store];
  },
  TEST_KEEP_CLOSED,
  TEST_MAX_REVIEW_ITEMS,
  TEST_MAX_FILED_EXAMPLES,
);

describe('durable objects store', () => {
  it('gives up on a conversation that stays held, saying which one', async () => {
    const { store } = worker.connect();
    await store.openTurn('web:stuck', opts({ leaseMs: 60_000 }));
    await expect(store.openTurn('web:stuck', opts({ leaseMs: 100 }))).rejects.toThrow(
      /web:stuck stayed locked/,
    );
  });

  it('rings the conversation’s alarm at its deadline, and hands it to takeDue once', async () => {
    const { store, peek } = worker.connect();
    const at = Date.now() + 300;
    await turn(store, 'web:late', { deadline: at });
    expect((await peek('conversation', 'web:late')).alarm).toBe(at);
    expect(await store.takeDue(Date.now() + 60_000)).toEqual([]); // only the alarm hands it over
    let taken: string[] = [];
    await expect
      .poll(
        async () => {
          taken = [...taken, ...(await store.takeDue(Date.now()))];
          return taken;
        },
        { timeout: 5_000, interval: 50 },
      )
      .toEqual(['web:late']);
    expect(Date.now()).toBeGreaterThanOrEqual(at);
    expect(await store.takeDue(Date.now())).toEqual([]);
    expect((await peek('conversation', 'web:late')).keys).not.toContain('deadline');
  });

  it('moves the alarm with the deadline a commit carries, and takes back one already handed over', async () => {
    const { store, peek } = worker.connect();
    const later = Date.now() + 60_000;
    await turn(store, 'web:idle', { deadline: Date.now() + 60_000 * 2 });
    await turn(store, 'web:idle', { deadline: later });
    expect((await peek('conversation', 'web:idle')).alarm).toBe(later);
    await turn(store, 'web:idle', { deadline: 5 }); // due at once: handed to the office
    expect((await peek('office', 'office')).keys).toContain('d:web:idle');
    await turn(store, 'web:idle', { deadline: later }); // and moved on: taken back
    expect((await peek('office', 'office')).keys).not.toContain('d:web:idle');
    expect(await store.takeDue(Date.now())).toEqual([]);
    expect((await peek('conversation', 'web:idle')).alarm).toBe(later);
  });

  it('rings at an outbox’s retry time and hands the leftovers to one caller per lease', async () => {
    const { store, peek } = worker.connect();
    const retryAt = Date.now() + 300;
    await turn(store, 'web:box', { outbox: [deliver('o1')], retryAt, deadline: Date.now() + 60_000 });
    expect((await peek('conversation', 'web:box')).alarm).toBe(retryAt); // the earlier of the two
    await expect
      .poll(async () => await store.takeDue(Date.now()), { timeout: 5_000, interval: 50 })
      .toEqual(['web:box']);
    expect(await store.takeDue(Date.now())).toEqual([]); // leased to that caller
    await store.ackOutbox('web:box', ['o1']);
    expect((await peek('office', 'office')).keys).not.toContain('x:web:box');
    expect(await store.takeDue(Date.now() + 3_600_000)).toEqual([]);
  });

  it('keeps the ticket with its record, and the office’s queue converges when a call to it fails', async () => {
    const { store, breakOffice, peek } = worker.connect();
    await breakOffice(true);
    // Written twice: a real urgent chat, counted in the queue's sizes (no flood suspect).
    await turn(store, 'web:q', {
      ticket: ticket('web:q', { urgent: true, written: 2 }),
      closed: closedTicket('web:q', 3),
    });
    expect(await store.getTicket('web:q')).toEqual(ticket('web:q', { urgent: true, written: 2 })); // written with the record
    expect(await store.listTickets()).toEqual([]); // the index is behind
    expect((await peek('conversation', 'web:q')).keys).toEqual(expect.arrayContaining(['inflight', 'retry']));
    await breakOffice(false);
    await expect
      .poll(async () => (await store.listTickets()).map((t) => t.conversationId), {
        timeout: 10_000,
        interval: 100,
      })
      .toEqual(['web:q']);
    expect(await store.queueSize()).toEqual({ all: 1, urgent: 1 });
    expect((await store.listClosed()).map((t) => t.closedAt)).toEqual([3]);
    await expect
      .poll(async () =>
        (await peek('conversation', 'web:q')).keys.filter((k) => /sync|inflight|retry/.test(k)),
      )
      .toEqual([]);
  });

  it('forgets everything once the retention period has passed (the alarm erases it)', async () => {
    const { store, peek } = worker.connect({ retentionDays: 0.00002 }); // 1.7 s
    await turn(store, 'web:old', {
      ticket: ticket('web:old', { urgent: true }),
      transcript: [{ at: 1, from: 'person', text: 'hola' }],
      closed: closedTicket('web:old', 2),
    });
    const voice = await store.saveMedia('web:old', {
      mimetype: 'audio/ogg',
      data: new Uint8Array([1, 2, 3]),
    });
    await store.saveThread('web:old', 8);
    await store.claimFolio('ACD-3467', 'web:old');
    await store.saveSummary(summary('web:old', Date.now(), Date.now()));
    await store.addReviewItem(reviewItem('old-1', 'web:old', Date.now()));
    const filed = filedExample('me pidieron mis papeles');
    await store.fileExample(filed);
    expect((await peek('office', 'office')).keys).toEqual(
      expect.arrayContaining(['sm:web:old', 'ri:old-1', 'fo:ACD-3467']),
    );
    expect((await peek('conversation', 'web:old')).keys.length).toBeGreaterThan(3);
    await expect
      .poll(async () => (await peek('conversation', 'web:old')).keys, { timeout: 6_000, interval: 100 })
      .toEqual([]);
    expect((await peek('conversation', 'web:old')).alarm).toBeNull();
    expect(
      (await peek('office', 'office')).keys.filter(
        (k) =>
          k.includes('old') || k.startsWith('c:') || k.startsWith('rv:') || k.startsWith('fo:') || k === 'rn',
      ),
    ).toEqual([]);
    expect(await store.getTranscript('web:old')).toEqual([]);
    expect(await store.getMedia('web:old', voice)).toBeNull();
    expect(await store.getTicket('web:old')).toBeNull();
    expect(await store.listTickets()).toEqual([]);
    expect(await store.queueSize()).toEqual({ all: 0, urgent: 0 });
    expect(await store.threadOf('web:old')).toBeNull();
    expect(await store.conversationOfFolio('ACD-3467')).toBeNull();
    expect(await store.filedExamples()).toEqual([filed]); // the office's, not the person's
  });

  it('erases a conversation to the last key, in its object and the office', async () => {
    const { store, peek } = worker.connect();
    await turn(
      store,
      'web:gone',
      { ticket: ticket('web:gone'), closed: closedTicket('web:gone', 10) },
      { messageId: 'm1' },
    );
    await turn(store, 'web:gone', {
      ticket: ticket('web:gone', { urgent: true }),
      transcript: [{ at: 1, from: 'person', text: 'hola' }],
      deadline: 5, // already due: in the office's due set
      outbox: [deliver('o1')],
      retryAt: 5,
    });
    await store.saveMedia('web:gone', { mimetype: 'image/png', data: new Uint8Array([9]) });
    await store.saveThread('web:gone', 3);
    await store.claimFolio('KMN-9463', 'web:gone');
    await store.saveSummary(summary('web:gone', Date.now(), Date.now()));
    await store.addReviewItem(reviewItem('gone-1', 'web:gone', Date.now()));
    await turn(store, 'web:stays', { ticket: ticket('web:stays') });
    const office = (await peek('office', 'office')).keys;
    expect(office).toEqual(
      expect.arrayContaining([
        'd:web:gone',
        'x:web:gone',
        'qi:web:gone',
        'tc:web:gone',
        'th:3',
        'sm:web:gone',
        'fo:KMN-9463',
        'fc:web%3Agone:KMN-9463',
      ]),
    );
    expect(office.filter((k) => k.startsWith('rv:') || k.startsWith('rc:'))).toHaveLength(2);
    const erasing = await store.openTurn('web:gone', opts({ messageId: 'm-erase' }));
    await erasing.commit(commit('erased', { erase: true }));
    expect(await peek('conversation', 'web:gone')).toEqual({ keys: [], entries: [], alarm: null });
    const left = (await peek('office', 'office')).keys.filter(
      (k) => k.includes('gone') || k.startsWith('c:') || k === 'th:3' || /^(rv:|rc:|sl:|fo:|rn$)/.test(k),
    );
    expect(left).toEqual([]);
    expect((await store.listTickets()).map((t) => t.conversationId)).toEqual(['web:stays']);
    expect(await store.takeDue(Date.now())).toEqual([]);
  });

  it('keeps a file larger than one stored value (2 MB) in chunks, byte for byte', async () => {
    const { store, peek } = worker.connect();
    const data = new Uint8Array(5 * 2 ** 20 + 7).map((_, i) => (i * 31) % 251);
    const id = await store.saveMedia('web:big', { mimetype: 'video/mp4', data, filename: 'v.mp4' });
    expect((await peek('conversation', 'web:big')).keys.filter((k) => k.startsWith(`m:${id}:`))).toHaveLength(
      6,
    );
    expect(await store.getMedia('web:big', id)).toEqual({ mimetype: 'video/mp4', data, filename: 'v.mp4' });
    await expect(
      store.saveMedia('web:big', { mimetype: 'video/mp4', data: new Uint8Array(16 * 2 ** 20 + 1) }),
    ).rejects.toThrow(/at most 16777216 bytes/);
  });

  it('keeps the last 2,000 transcript lines, numbered on', async () => {
    const { store, peek } = worker.connect();
    const lines = Array.from({ length: 2_005 }, (_, i) => ({
      at: i,
      from: 'bot' as const,
      text: `l${i + 1}`,
    }));
    await turn(store, 'web:long', { transcript: lines });
    await turn(store, 'web:long', { transcript: [{ at: 0, from: 'person', text: 'last' }] });
    const kept = await store.getTranscript('web:long', 5_000);
    expect(kept).toHaveLength(2_000);
    expect([kept[0]?.seq, kept[0]?.text, kept.at(-1)?.seq, kept.at(-1)?.text]).toEqual([
      7,
      'l7',
      2_006,
      'last',
    ]);
    expect((await peek('conversation', 'web:long')).keys.filter((k) => k.startsWith('t:'))).toHaveLength(
      2_000,
    );
  });

  it('refuses malformed values instead of storing them', async () => {
    const { store } = worker.connect();
    const refused = async (change: Record<string, unknown>) => {
      const held = await store.openTurn('web:x', opts());
      await expect(held.commit({ ...commit('idle'), ...change } as never)).rejects.toThrow(/refused/);
    };
    await refused({ record: { flow: 'conversation' } });
    await refused({ record: { ...record('idle'), cases: [caseFile('acd-3467')] } });
    await refused({
      record: { ...record('idle'), cases: [caseFile('ACD-3467', { status: 'lost' } as never)] },
    });
    await refused({
      record: { ...record('idle'), cases: [{ ...caseFile('ACD-3467'), history: undefined }] },
    });
    await refused({
      record: { ...record('idle'), cases: [caseFile('ACD-3467', { check: { code: 'ab12' } })] },
    });
    await refused({ transcript: [{ at: 1, from: 'robot', text: 'x' }] });
    await refused({ ticket: { conversationId: 'web:x' } });
    await refused({ ticket: ticket('web:someone-else') });
    await refused({ closed: ticket('web:x') }); // no closedAt
    await refused({ outbox: [{ id: '', kind: 'deliver' }] });
    await refused({ outbox: [{ id: 'o1', kind: 'carrier-pigeon' }] });
    await expect(store.saveCannedReplies([{ id: 'c1', lang: 'fr', text: 'x' }] as never)).rejects.toThrow();
    await expect(store.saveThread('web:x', 1.5)).rejects.toThrow();
    await expect(store.fileExample(filedExample('hola', { lang: 'fr' } as never))).rejects.toThrow(/refused/);
    await expect(store.fileExample(filedExample('hola', { topic: 'Asilo!' }))).rejects.toThrow(/refused/);
    await expect(store.fileExample({ ...filedExample('hola'), by: '' })).rejects.toThrow(/refused/);
    expect(await store.filedExamples()).toEqual([]);
    await expect(store.ackOutbox('web:x', [42] as never)).rejects.toThrow();
    expect(await store.getMedia('web:x', 'm:../../etc')).toBeNull();
    expect(await store.listTickets()).toEqual([]);
    expect(await store.getTicket('web:x')).toBeNull();
    expect(await store.getTranscript('web:x')).toEqual([]);
    const held = await store.openTurn('web:x', opts());
    expect(held.record).toBeNull();
    await held.release();
  });
});
