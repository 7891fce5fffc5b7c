/**
 * The contract of the dashboard's data (ActivityStore): daily counters add up across calls
 * and come back by day, oldest first, for the days asked only; one summary per conversation,
 * the latest save winning, found by the periods it overlaps; the review list newest first,
 * capped, taken off by id; and an erased conversation takes its summary and review items with
 * it, never anyone else's and never the counters (they name no one). A turn's commit writes
 * its own share (counters, summary, review item) with the rest of the turn. With `makePair`, two
 * instances read and write one office's data.
 */
import { describe, expect, it } from 'vitest';
import { type ConversationSummary, MAX_REVIEW_ITEMS } from '../../src/core/ports/activity-store.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { reviewItem, summary, turn } from './fixtures.ts';

const DAY = 86_400_000;
// Recent times on purpose: every store drops summaries and review items past the
// conversations' retention (90 days by default) as of now, so long-past dates would be gone.
const start = Math.floor(Date.now() / DAY) * DAY - 30 * DAY; // midnight UTC, 30 days ago
const at = (day: number, hours = 0) => start + day * DAY + hours * 3_600_000;
const dayName = (day: number) => new Date(at(day)).toISOString().slice(0, 10);

/** A conversation from the morning of `firstDay` to the evening of `lastDay`. */
const span = (
  conversationId: string,
  firstDay: number,
  lastDay: number,
  extra: Partial<ConversationSummary> = {},
) => summary(conversationId, at(firstDay, 9), at(lastDay, 17), extra);
const item = reviewItem;

const byId = (summaries: ConversationSummary[]) =>
  [...summaries].sort((a, b) => (a.conversationId < b.conversationId ? -1 : 1));

export function activityContract(
  make: () => Promise<Store>,
  makePair?: () => Promise<[Store, Store]>,
  /** How many review items the store under test keeps (the DO test Worker keeps fewer, for speed). */
  maxReviewItems = MAX_REVIEW_ITEMS,
) {
  describe('the dashboard’s activity', () => {
    it('adds counters up across calls, and gives back the days asked for, oldest first', async () => {
      const store = await make();
      expect(await store.activity(dayName(0), dayName(9))).toEqual([]);
      await store.countActivity(dayName(4), { turns: 1 }); // a later day first: the answer is still oldest first
      await store.countActivity(dayName(1), { turns: 2, 'turns|ch=telegram': 2 });
      await store.countActivity(dayName(1), { turns: 1, 'topic=asylum': 1 });
      await store.countActivity(dayName(2), { turns: 5 });
      await store.countActivity(dayName(3), {}); // nothing counted: no day
      await store.countActivity(dayName(3), { turns: 0 });
      expect(await store.activity(dayName(0), dayName(9))).toEqual([
        { day: dayName(1), counts: { turns: 3, 'turns|ch=telegram': 2, 'topic=asylum': 1 } },
        { day: dayName(2), counts: { turns: 5 } },
        { day: dayName(4), counts: { turns: 1 } },
      ]);
      expect(await store.activity(dayName(2), dayName(3))).toEqual([
        { day: dayName(2), counts: { turns: 5 } },
      ]);
      expect(await store.activity(dayName(4), dayName(4))).toEqual([
        { day: dayName(4), counts: { turns: 1 } },
      ]);
      expect(await store.activity(dayName(5), dayName(9))).toEqual([]);
      expect(await store.activity(dayName(4), dayName(1))).toEqual([]); // an empty period
      await expect(store.countActivity('2026-13-01', { turns: 1 })).rejects.toThrow();
    });

    it('keeps one summary per conversation, the latest saved, found by the periods it overlaps', async () => {
      const store = await make();
      expect(await store.summaries(at(0), at(9))).toEqual([]);
      const first = span('wa:s1', 1, 3);
      const other = span('web:s2', 6, 6, { channel: 'web', lang: 'ht' });
      await store.saveSummary(first);
      await store.saveSummary(other);
      expect(await store.summaries(at(2), at(5))).toEqual([first]); // Jan 1–3 is in [Jan 2, Jan 5]
      expect(await store.summaries(at(4), at(5))).toEqual([]); // and not in [Jan 4, Jan 5]
      expect(await store.summaries(at(0), at(1, 9))).toEqual([first]); // began at its very end
      expect(byId(await store.summaries(at(3, 17), at(6, 9)))).toEqual([first, other]); // ends count
      expect(await store.summaries(at(3, 18), at(6, 8))).toEqual([]);

      // Saved again (the conversation went on): replaced, found where it now reaches, once.
      const later = span('wa:s1', 1, 5, {
        turns: 9,
        topics: ['asylum', 'work'],
        facets: ['asylum.documents', 'work.permit'],
        notHelped: 1,
        danger: 'possible',
        handoffAt: at(4, 10),
        urgent: true,
        firstResponseMs: 90_000,
        resolutionMs: 3_600_000,
        rating: 'helped',
      });
      await store.saveSummary(later);
      expect(byId(await store.summaries(at(0), at(9)))).toEqual([later, other]);
      expect(await store.summaries(at(4), at(5))).toEqual([later]);
    });

    it('keeps the review list newest first, and takes off exactly the items named', async () => {
      const store = await make();
      expect(await store.reviewItems()).toEqual([]);
      const [r1, r2, r3] = [
        item('r1', 'wa:a', at(1)),
        item('r2', 'wa:b', at(3), { kind: 'notHelped', topic: 'asylum', guesses: [] }),
        item('r3', 'wa:a', at(2), { kind: 'outOfScope', lang: 'en' }),
      ];
      for (const added of [r1, r2, r3]) await store.addReviewItem(added);
      expect(await store.reviewItems()).toEqual([r2, r3, r1]);
      await store.removeReviewItems(['r3', 'no-such-item']);
      expect(await store.reviewItems()).toEqual([r2, r1]);
      await store.removeReviewItems([]);
      expect(await store.reviewItems()).toEqual([r2, r1]);
    });

    it(`keeps the newest ${maxReviewItems} review items, dropping the oldest`, async () => {
      const store = await make();
      const items = Array.from({ length: maxReviewItems + 2 }, (_, i) =>
        item(`c${i}`, `wa:${i % 7}`, at(1) + i * 1_000),
      );
      // Added in batches at once: the order is the items' times, not the order they arrive in.
      for (let i = 0; i < items.length; i += 250)
        await Promise.all(items.slice(i, i + 250).map((added) => store.addReviewItem(added)));
      const kept = await store.reviewItems();
      expect(kept).toHaveLength(maxReviewItems);
      expect(kept).toEqual(items.slice(2).reverse()); // c0 and c1 are gone
      await store.addReviewItem(item('newest', 'wa:0', at(2)));
      expect((await store.reviewItems()).map((r) => r.id).slice(0, 2)).toEqual([
        'newest',
        `c${maxReviewItems + 1}`,
      ]);
      expect((await store.reviewItems()).at(-1)?.id).toBe('c3');
    }, 60_000);

    it('erases a conversation’s summary and review items with it, and nothing else', async () => {
      const store = await make();
      await turn(store, 'wa:gone', { transcript: [{ at: at(1), from: 'person', text: 'hola' }] });
      await turn(store, 'wa:stays', {});
      await store.countActivity(dayName(1), { turns: 2, conversations: 2 });
      const stays = span('wa:stays', 1, 2);
      await store.saveSummary(span('wa:gone', 1, 1));
      await store.saveSummary(stays);
      const kept = item('k1', 'wa:stays', at(1, 2));
      await store.addReviewItem(item('g1', 'wa:gone', at(1, 1)));
      await store.addReviewItem(kept);
      await store.addReviewItem(item('g2', 'wa:gone', at(1, 3)));
      expect(await store.reviewItems()).toHaveLength(3);

      await turn(store, 'wa:gone', { value: 'erased', erase: true });
      expect(await store.summaries(at(0), at(9))).toEqual([stays]);
      expect(await store.reviewItems()).toEqual([kept]);
      expect(await store.activity(dayName(1), dayName(1))).toEqual([
        { day: dayName(1), counts: { turns: 2, conversations: 2 } },
      ]);
      // Written after the erase: a new summary, nothing from before.
      const again = span('wa:gone', 3, 3);
      await store.saveSummary(again);
      expect(byId(await store.summaries(at(0), at(9)))).toEqual([again, stays]);
    });

    it('writes a turn’s share with its commit: counters, summary, review item; an erase only counts', async () => {
      const store = await make();
      const first = span('wa:turn', 2, 2, { turns: 1 });
      const said = item('t1', 'wa:turn', at(2, 1));
      await turn(store, 'wa:turn', {
        activity: { day: dayName(2), counts: { turns: 1, 'topic=asylum': 1 }, summary: first, review: said },
      });
      const second = span('wa:turn', 2, 3, { turns: 2 });
      await turn(store, 'wa:turn', { activity: { day: dayName(3), counts: { turns: 1 }, summary: second } });
      expect(await store.activity(dayName(0), dayName(9))).toEqual([
        { day: dayName(2), counts: { turns: 1, 'topic=asylum': 1 } },
        { day: dayName(3), counts: { turns: 1 } },
      ]);
      expect(await store.summaries(at(0), at(9))).toEqual([second]);
      expect(await store.reviewItems()).toEqual([said]);

      // The person's summary and text go with an erase; the day's counters (no one's) are added to.
      await turn(store, 'wa:turn', {
        value: 'erased',
        erase: true,
        activity: { day: dayName(3), counts: { turns: 1 } },
      });
      expect(await store.summaries(at(0), at(9))).toEqual([]);
      expect(await store.reviewItems()).toEqual([]);
      expect(await store.activity(dayName(3), dayName(3))).toEqual([
        { day: dayName(3), counts: { turns: 2 } },
      ]);
    });

    if (makePair)
      it('shares one office’s counters, summaries and review list between instances', async () => {
        const [a, b] = await makePair();
        await a.countActivity(dayName(1), { turns: 1 });
        await b.countActivity(dayName(1), { turns: 2, people: 1 });
        expect(await a.activity(dayName(1), dayName(1))).toEqual([
          { day: dayName(1), counts: { turns: 3, people: 1 } },
        ]);
        const shared = span('wa:shared', 1, 2);
        await a.saveSummary(shared);
        expect(await b.summaries(at(0), at(9))).toEqual([shared]);
        await a.addReviewItem(item('p1', 'wa:shared', at(1)));
        await b.addReviewItem(item('p2', 'wa:shared', at(2)));
        expect((await a.reviewItems()).map((r) => r.id)).toEqual(['p2', 'p1']);
        await b.removeReviewItems(['p2']);
        expect((await a.reviewItems()).map((r) => r.id)).toEqual(['p1']);
      });
  });
}
