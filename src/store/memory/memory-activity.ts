/**
 * The memory store's dashboard data (ActivityStore): daily counters, kept for their own
 * longer period; one summary per conversation; and the review list, newest first, capped.
 * Summaries and review items belong to their conversation: every write about one is a write
 * to it (`touch`, so retention and the cap know it), and the memory store's erase, which an
 * erasing commit, retention and the cap all go through, calls `erase` here.
 */
import {
  type ActivityStore,
  type ConversationSummary,
  MAX_REVIEW_ITEMS,
  type ReviewItem,
} from '../../core/ports/activity-store.ts';
import type { TurnActivityWrite } from '../../core/ports/conversation-store.ts';
import type { Clock } from '../../core/ports/runtime.ts';
import { activeIn, checkDay, firstKeptDay, incrementsOf } from '../common.ts';

export interface MemoryActivityOptions {
  /** Counters are kept this long after their day ends. */
  activityRetentionMs: number;
  /** Review items kept at most (the oldest go first). Default MAX_REVIEW_ITEMS. */
  maxReviewItems?: number;
  /** A write about the conversation: the store keeps it (and forgets it) from now. */
  touch(conversationId: string): void;
}

export function createMemoryActivity(clock: Clock, options: MemoryActivityOptions) {
  const cap = options.maxReviewItems ?? MAX_REVIEW_ITEMS;
  /** Day → counter → count. */
  const days = new Map<string, Map<string, number>>();
  const summaries = new Map<string, ConversationSummary>();
  /** Newest first (by `at`; among equal times, the later added first). */
  let review: ReviewItem[] = [];
  /** How many review items each conversation has, so an erase skips the list when it has none. */
  const reviewed = new Map<string, number>();
  /** The ids on the list. */
  const ids = new Set<string>();
  let keptFrom = '';

  /** Forgets the days past retention; only when the first day kept has moved on (once a day). */
  let checkedAt = Number.NEGATIVE_INFINITY;
  function expireDays(): string {
    // The first day kept moves once a day: looked up again at most once a minute (every turn counts).
    const now = clock.now();
    if (keptFrom && now >= checkedAt && now - checkedAt < 60_000) return keptFrom;
    checkedAt = now;
    const first = firstKeptDay(now, options.activityRetentionMs);
    if (first !== keptFrom) for (const day of days.keys()) if (day < first) days.delete(day);
    keptFrom = first;
    return first;
  }

  function forgetItems(gone: readonly ReviewItem[]) {
    for (const { id, conversationId } of gone) {
      ids.delete(id);
      const left = (reviewed.get(conversationId) ?? 1) - 1;
      if (left > 0) reviewed.set(conversationId, left);
      else reviewed.delete(conversationId);
    }
  }

  function removeWhere(drop: (item: ReviewItem) => boolean) {
    const gone = review.filter(drop);
    if (gone.length === 0) return;
    review = review.filter((item) => !drop(item));
    forgetItems(gone);
  }

  /** Checks what a counting would add (a day, whole numbers) before anything is written. */
  function counted(day: string, increments: Readonly<Record<string, number>>) {
    checkDay(day);
    return incrementsOf(increments);
  }

  function count(day: string, increments: Readonly<Record<string, number>>) {
    const added = counted(day, increments);
    if (added.length === 0 || day < expireDays()) return;
    const counts = days.get(day) ?? new Map<string, number>();
    for (const [name, by] of added) counts.set(name, (counts.get(name) ?? 0) + by);
    days.set(day, counts);
  }

  function save(summary: ConversationSummary) {
    // A plain copy: a summary holds only numbers, strings and three arrays of them.
    summaries.set(summary.conversationId, copySummary(summary));
    options.touch(summary.conversationId);
  }

  function add(item: ReviewItem) {
    // The same id again replaces it; looked for only when it is there (each turn may add one).
    if (ids.has(item.id)) removeWhere((kept) => kept.id === item.id);
    ids.add(item.id);
    let at = 0;
    while (at < review.length && (review[at]?.at ?? 0) > item.at) at++;
    review.splice(at, 0, structuredClone(item));
    reviewed.set(item.conversationId, (reviewed.get(item.conversationId) ?? 0) + 1);
    if (review.length > cap) forgetItems(review.splice(cap));
    options.touch(item.conversationId);
  }

  // Copied in and out, as delivery events are: summaries and items hold arrays a caller could change.
  const store: ActivityStore = {
    async countActivity(day, increments) {
      count(day, increments);
    },
    async activity(from, to) {
      checkDay(from);
      checkDay(to);
      expireDays();
      return [...days]
        .filter(([day, counts]) => day >= from && day <= to && counts.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([day, counts]) => ({ day, counts: Object.fromEntries(counts) }));
    },
    async saveSummary(summary) {
      save(summary);
    },
    async summaries(from, to) {
      return [...summaries.values()].filter((s) => activeIn(s, from, to)).map(copySummary);
    },
    async addReviewItem(item) {
      add(item);
    },
    async reviewItems() {
      return review.map((item) => structuredClone(item));
    },
    async removeReviewItems(ids) {
      const gone = new Set(ids);
      removeWhere((item) => gone.has(item.id));
    },
  };

  return {
    store,
    /** Throws before a commit writes anything if its dashboard share could not be written. */
    check(write: TurnActivityWrite) {
      counted(write.day, write.counts);
    },
    /** A commit's dashboard share (conversation-store.ts), at once. */
    write(write: TurnActivityWrite) {
      count(write.day, write.counts);
      if (write.summary) save(write.summary);
      if (write.review) add(write.review);
    },
    /** The conversation's summary and review items go (its counters stay: they name no one). */
    erase(conversationId: string) {
      summaries.delete(conversationId);
      if (reviewed.has(conversationId)) removeWhere((item) => item.conversationId === conversationId);
    },
    kept: () => ({ days, summaries, review, reviewed, reviewIds: ids }),
  };
}

const copySummary = (s: ConversationSummary): ConversationSummary => ({
  ...s,
  topics: [...s.topics],
  facets: [...s.facets],
  ...(s.topicsAt ? { topicsAt: [...s.topicsAt] } : {}),
});
