/**
 * The office Durable Object's dashboard part (OfficeObject extends it): the day counters,
 * one summary per conversation and the review list, office-wide, for every Worker instance
 * at once. Each method runs to its end before the next starts (synchronous storage), so two
 * turns counting the same day never lose a count. A day's counters are kept for their own,
 * longer period; summaries and review items as long as conversations, and the office drops
 * a conversation's when it forgets the conversation (`forgetActivity`: its erase, or its
 * retention passed); what is older than the retention period is dropped on every write and
 * read too, in case a conversation's object never said. Runs only in workerd.
 *
 * Keys: ac:<day> (a day's counters), sm:<conversation> (its summary), sl:<lastAt>:<conversation>
 * (summaries by lastAt), rv:<at>:<seq> (a review item, in time order), ri:<item id> (its rv:
 * key), rc:<conversation, URI-encoded>:<item id> (a conversation's items, for its erase),
 * rs / rn (the last seq, how many items).
 */
/// <reference types="@cloudflare/workers-types" />
import { z } from 'zod';
import {
  type ConversationSummary,
  type DayCounts,
  MAX_REVIEW_ITEMS,
  type ReviewItem,
} from '../../core/ports/activity-store.ts';
import type { TurnActivityWrite } from '../../core/ports/conversation-store.ts';
import { activeIn, firstKeptDay, laterDay } from '../common.ts';
import { OfficeStaffObject } from './office-staff.ts';
import {
  check,
  daySchema,
  incrementsSchema,
  reviewIdsSchema,
  reviewItemSchema,
  summarySchema,
  time,
} from './schemas.ts';

const periodSchema = z.number().positive();
const pad = (n: number) => String(Math.max(0, Math.trunc(n))).padStart(16, '0');
const lastKey = (s: Pick<ConversationSummary, 'conversationId' | 'lastAt'>) =>
  `sl:${pad(s.lastAt)}:${s.conversationId}`;
/** Conversation ids may hold ':'; encoded, they cannot run into the item id after them. */
const ownedPrefix = (conversationId: string) => `rc:${encodeURIComponent(conversationId)}:`;

export class OfficeActivityObject extends OfficeStaffObject {
  /** Review items kept (a test Worker keeps fewer, so its contract test stays quick). */
  protected maxReviewItems = MAX_REVIEW_ITEMS;

  get #kv() {
    return this.ctx.storage.kv;
  }

  countActivity(
    day: string,
    increments: Readonly<Record<string, number>>,
    now: number,
    activityRetentionMs: number,
  ): void {
    const date = check(daySchema, day);
    const added = Object.entries(check(incrementsSchema, increments)).filter(([, by]) => by !== 0);
    const first = firstKeptDay(check(time, now), check(periodSchema, activityRetentionMs));
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      for (const [old] of [...kv.list({ prefix: 'ac:', end: `ac:${first}` })]) kv.delete(old);
      // Nothing counted, or a day already past retention: no day is kept.
      if (added.length === 0 || date < first) return;
      const counts = kv.get<Record<string, number>>(`ac:${date}`) ?? {};
      for (const [name, by] of added) counts[name] = (counts[name] ?? 0) + by;
      kv.put(`ac:${date}`, counts);
    });
  }

  /**
   * A turn's share of the dashboard (conversation-store.ts's TurnActivityWrite) in one call
   * instead of three: its counters, its conversation's summary, its text for review.
   */
  recordTurn(write: TurnActivityWrite, now: number, retentionMs: number, activityRetentionMs: number): void {
    this.countActivity(write.day, write.counts, now, activityRetentionMs);
    if (write.summary) this.saveSummary(write.summary, now, retentionMs);
    if (write.review) this.addReviewItem(write.review, now, retentionMs);
  }

  /** Days from `from` to `to` with counts, oldest first: one ordered range of the day keys. */
  activity(from: string, to: string, now: number, activityRetentionMs: number): DayCounts[] {
    const [start, end] = [check(daySchema, from), check(daySchema, to)];
    const first = firstKeptDay(check(time, now), check(periodSchema, activityRetentionMs));
    // ':' sorts after every digit, so `ac:<to>:` ends the range just after `to`.
    const range = { start: `ac:${laterDay(start, first)}`, end: `ac:${end}:` };
    if (range.start >= range.end) return [];
    return [...this.#kv.list<Record<string, number>>(range)]
      .map(([key, counts]) => ({ day: key.slice(3), counts }))
      .filter(({ counts }) => Object.keys(counts).length > 0);
  }

  saveSummary(summary: ConversationSummary, now: number, retentionMs: number): void {
    const checked = check(summarySchema, summary) as ConversationSummary;
    const cutoff = check(time, now) - check(periodSchema, retentionMs);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      this.#dropSummariesBefore(cutoff);
      const old = kv.get<ConversationSummary>(`sm:${checked.conversationId}`);
      if (old) kv.delete(lastKey(old));
      kv.put(`sm:${checked.conversationId}`, checked);
      kv.put(lastKey(checked), 1);
    });
  }

  /** Conversations active in [from, to]: those with lastAt ≥ from (a range of keys), then firstAt ≤ to. */
  summaries(from: number, to: number, now: number, retentionMs: number): ConversationSummary[] {
    const [since, until] = [check(time, from), check(time, to)];
    const cutoff = check(time, now) - check(periodSchema, retentionMs);
    this.ctx.storage.transactionSync(() => this.#dropSummariesBefore(cutoff));
    const found: ConversationSummary[] = [];
    for (const [key] of this.#kv.list({ start: `sl:${pad(since)}`, prefix: 'sl:' })) {
      const summary = this.#kv.get<ConversationSummary>(`sm:${key.slice(20)}`);
      if (summary && activeIn(summary, since, until)) found.push(summary);
    }
    return found;
  }

  addReviewItem(item: ReviewItem, now: number, retentionMs: number): void {
    const checked = check(reviewItemSchema, item) as ReviewItem;
    const cutoff = check(time, now) - check(periodSchema, retentionMs);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() => {
      this.#dropItems([...kv.list<ReviewItem>({ prefix: 'rv:', end: `rv:${pad(cutoff)}` })]);
      const same = kv.get<string>(`ri:${checked.id}`);
      if (same !== undefined) this.#dropItems([[same, kv.get<ReviewItem>(same)]]); // replaced
      const seq = (kv.get<number>('rs') ?? 0) + 1;
      const key = `rv:${pad(checked.at)}:${pad(seq)}`;
      kv.put(key, checked);
      kv.put(`ri:${checked.id}`, key);
      kv.put(`${ownedPrefix(checked.conversationId)}${checked.id}`, key);
      kv.put('rs', seq);
      const count = (kv.get<number>('rn') ?? 0) + 1;
      kv.put('rn', count);
      if (count > this.maxReviewItems)
        this.#dropItems([...kv.list<ReviewItem>({ prefix: 'rv:', limit: count - this.maxReviewItems })]);
    });
  }

  /** Newest first: the rv: keys backwards. */
  reviewItems(now: number, retentionMs: number): ReviewItem[] {
    const cutoff = check(time, now) - check(periodSchema, retentionMs);
    const kv = this.#kv;
    this.ctx.storage.transactionSync(() =>
      this.#dropItems([...kv.list<ReviewItem>({ prefix: 'rv:', end: `rv:${pad(cutoff)}` })]),
    );
    return [...kv.list<ReviewItem>({ prefix: 'rv:', reverse: true })].map(([, item]) => item);
  }

  removeReviewItems(ids: readonly string[]): void {
    const kv = this.#kv;
    const keys = check(reviewIdsSchema, ids).flatMap((id) => kv.get<string>(`ri:${id}`) ?? []);
    if (keys.length)
      this.ctx.storage.transactionSync(() =>
        this.#dropItems(keys.map((key) => [key, kv.get<ReviewItem>(key)] as const)),
      );
  }

  /** The conversation's summary and review items go (inside the caller's transaction); the counters stay. */
  protected forgetActivity(conversationId: string) {
    const kv = this.#kv;
    const summary = kv.get<ConversationSummary>(`sm:${conversationId}`);
    if (summary) {
      kv.delete(lastKey(summary));
      kv.delete(`sm:${conversationId}`);
    }
    const owned = [...kv.list<string>({ prefix: ownedPrefix(conversationId) })];
    this.#dropItems(owned.map(([, key]) => [key, kv.get<ReviewItem>(key)] as const));
  }

  /** Summaries whose lastAt is before `cutoff`, with their index keys. */
  #dropSummariesBefore(cutoff: number) {
    for (const [key] of [...this.#kv.list({ prefix: 'sl:', end: `sl:${pad(cutoff)}` })]) {
      this.#kv.delete(key);
      this.#kv.delete(`sm:${key.slice(20)}`);
    }
  }

  /** Review items (rv: key, item) with their index keys, and the count. */
  #dropItems(items: ReadonlyArray<readonly [string, ReviewItem | undefined]>) {
    const kv = this.#kv;
    let count = kv.get<number>('rn') ?? 0;
    for (const [key, item] of items) {
      if (!item || !kv.delete(key)) continue;
      count--;
      kv.delete(`ri:${item.id}`);
      kv.delete(`${ownedPrefix(item.conversationId)}${item.id}`);
    }
    if (count > 0) kv.put('rn', count);
    else kv.delete('rn');
  }
}
