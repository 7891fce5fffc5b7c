/**
 * The Durable Object store's part of ActivityStore (the dashboard): every call goes to the
 * office's object (office-activity.ts), so the counters, summaries and review list are the
 * office's, the same for every Worker instance. What comes back is checked against
 * schemas.ts before it reaches the dashboard, as the object checks what it is sent.
 */
/// <reference types="@cloudflare/workers-types" />
import type { ActivityStore, ConversationSummary, ReviewItem } from '../../core/ports/activity-store.ts';
import type { OfficeObject } from './office-object.ts';
import { dayCountsSchema, reviewItemSchema, summarySchema } from './schemas.ts';

export function durableActivity(
  office: () => DurableObjectStub<OfficeObject>,
  /** Summaries and review items: as long as conversations. */
  retentionMs: number,
  /** Day counters: this long after their day ends. */
  activityRetentionMs: number,
): ActivityStore {
  return {
    async countActivity(day, increments) {
      await office().countActivity(day, { ...increments }, Date.now(), activityRetentionMs);
    },
    async activity(from, to) {
      return dayCountsSchema.parse(await office().activity(from, to, Date.now(), activityRetentionMs));
    },
    async saveSummary(summary) {
      await office().saveSummary(summary, Date.now(), retentionMs);
    },
    async summaries(from, to) {
      const found = await office().summaries(from, to, Date.now(), retentionMs);
      return summarySchema.array().parse(found) as ConversationSummary[];
    },
    async addReviewItem(item) {
      await office().addReviewItem(item, Date.now(), retentionMs);
    },
    async reviewItems() {
      const items = await office().reviewItems(Date.now(), retentionMs);
      return reviewItemSchema.array().parse(items) as ReviewItem[];
    },
    async removeReviewItems(ids) {
      if (ids.length) await office().removeReviewItems([...ids]);
    },
  };
}
