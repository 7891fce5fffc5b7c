/**
 * The memory store against the shared store contract, and its own bounds: a transcript
 * keeps its last lines, files stay within one budget for the process (the oldest go first),
 * conversations past a cap are forgotten least recently active first (never one waiting for
 * staff), and every conversation is forgotten RETENTION_DAYS after its last message, its
 * dashboard summary, review items and folios with it, while the day counters keep their own
 * period.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryMedia } from '../../src/store/memory/memory-media.ts';
import { createMemoryStore, MEMORY_KEEP_LINES } from '../../src/store/memory/memory-store.ts';
import { reviewItem, summary, ticket, turn } from '../contracts/fixtures.ts';
import { storeContract } from '../contracts/store.contract.ts';

storeContract('memory', async () => createMemoryStore());

describe('memory store', () => {
  it('keeps the last lines of a transcript, numbered on', async () => {
    const store = createMemoryStore();
    const lines = Array.from({ length: MEMORY_KEEP_LINES + 3 }, (_, i) => ({
      at: i,
      from: 'bot' as const,
      text: `l${i + 1}`,
    }));
    await turn(store, 'web:long', { transcript: lines });
    const kept = await store.getTranscript('web:long', 10_000);
    expect(kept).toHaveLength(MEMORY_KEEP_LINES);
    expect([kept[0]?.seq, kept.at(-1)?.seq]).toEqual([4, MEMORY_KEEP_LINES + 3]);
  });

  it('keeps files within its budget, dropping the oldest first but never the one just saved', () => {
    const media = createMemoryMedia(10);
    const first = media.save('a', { mimetype: 'x/y', data: new Uint8Array(6) });
    const second = media.save('b', { mimetype: 'x/y', data: new Uint8Array(6) });
    expect(media.get('a', first)).toBeNull();
    expect(media.get('b', second)?.data).toHaveLength(6);
    const big = media.save('b', { mimetype: 'x/y', data: new Uint8Array(12) });
    expect(media.get('b', second)).toBeNull();
    expect(media.get('b', big)?.data).toHaveLength(12);
    media.erase('b');
    expect(media.bytes()).toBe(0);
  });

  it('counts its conversations', async () => {
    const store = createMemoryStore();
    await turn(store, 'web:1');
    await turn(store, 'web:2');
    expect(store.size()).toBe(2);
  });

  it('past its cap forgets the least recently active conversations, never one waiting for staff', async () => {
    const clock = {
      time: 1_000,
      now() {
        return this.time;
      },
    };
    const store = createMemoryStore(clock, { maxConversations: 100 });
    await turn(store, 'web:waiting', { ticket: ticket('web:waiting') });
    for (let i = 0; i < 250; i++) {
      clock.time += 1_000;
      await turn(store, `web:${i}`, { transcript: [{ at: clock.time, from: 'person', text: `m${i}` }] });
    }
    expect(store.size()).toBe(100);
    // The person waiting is the oldest, and still there; the newest are there too.
    expect(await store.getTicket('web:waiting')).not.toBeNull();
    expect((await store.getTranscript('web:249')).map((l) => l.text)).toEqual(['m249']);
    // The oldest nobody waits on are gone, with their transcripts.
    expect(await store.getTranscript('web:0')).toEqual([]);
    expect(
      (await store.openTurn('web:0', { now: clock.time, dedupeTtlMs: 1, leaseMs: 1_000 })).record,
    ).toBeNull();
  });

  it('forgets a conversation its retention period after its last message', async () => {
    const day = 86_400_000;
    const clock = {
      time: 1_000,
      now() {
        return this.time;
      },
    };
    const store = createMemoryStore(clock, { retentionDays: 2 });
    await turn(store, 'web:old', { transcript: [{ at: 1, from: 'person', text: 'hola' }] });
    await store.claimFolio('ACD-3467', 'web:old');
    clock.time += day;
    await turn(store, 'web:recent');
    clock.time += 1.5 * day;
    await turn(store, 'web:other');
    expect(store.size()).toBe(2);
    expect(await store.getTranscript('web:old')).toEqual([]);
    expect(await store.conversationOfFolio('ACD-3467')).toBeNull(); // its folio went with it
  });

  it('forgets summaries and review items with their conversation, and counters after their own period', async () => {
    const day = 86_400_000;
    const clock = {
      time: Date.UTC(2026, 0, 10, 12),
      now() {
        return this.time;
      },
    };
    const store = createMemoryStore(clock, { retentionDays: 2, activityRetentionDays: 5 });
    await turn(store, 'web:old');
    await store.countActivity('2026-01-10', { turns: 1 });
    await store.saveSummary(summary('web:old', clock.time, clock.time));
    await store.addReviewItem(reviewItem('r1', 'web:old', clock.time));
    clock.time += 1.5 * day;
    await turn(store, 'web:new');
    await store.saveSummary(summary('web:new', clock.time, clock.time));
    clock.time += day; // web:old's retention has passed, not web:new's
    await turn(store, 'web:other');
    expect((await store.summaries(0, clock.time)).map((s) => s.conversationId)).toEqual(['web:new']);
    expect(await store.reviewItems()).toEqual([]);
    expect(await store.activity('2026-01-01', '2026-01-31')).toEqual([
      { day: '2026-01-10', counts: { turns: 1 } },
    ]);
    clock.time = Date.UTC(2026, 0, 15, 23, 59); // five days after 10 January ended: kept until the 16th
    expect(await store.activity('2026-01-01', '2026-01-31')).toHaveLength(1);
    clock.time = Date.UTC(2026, 0, 16);
    expect(await store.activity('2026-01-01', '2026-01-31')).toEqual([]);
    await store.countActivity('2026-01-10', { turns: 1 }); // too old to keep
    expect(await store.activity('2026-01-01', '2026-01-31')).toEqual([]);
  });
});
