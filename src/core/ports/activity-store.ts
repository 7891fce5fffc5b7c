/**
 * What the office's dashboard is built from, kept apart from conversations:
 * - daily counters (anonymous: their keys name categories such as a channel, a language or a
 *   topic, never a person; src/core/activity-keys.ts makes every key), kept for
 *   ACTIVITY_RETENTION_DAYS, longer than conversations;
 * - one summary per conversation (no message text), for drill-down and the CSV export, kept
 *   as long as its conversation and erased with it;
 * - the texts the assistant did not understand or that "did not help", for staff to review
 *   and improve the knowledge, kept as long as their conversation and erased with it.
 */
import type { Lang, TopicId, TopicOrNone } from '../types.ts';

/** One day's counters ("2026-11-22", UTC). */
export interface DayCounts {
  day: string;
  counts: Record<string, number>;
}

/** A conversation as the dashboard sees it: what it was about and how it went, never what was said. */
export interface ConversationSummary {
  conversationId: string;
  channel: string;
  lang: Lang;
  /** Epoch ms of the first and the latest turn of the person. */
  firstAt: number;
  lastAt: number;
  /** The person's turns. */
  turns: number;
  /** Topics the replies were about, in the order first met (at most 20). */
  topics: TopicId[];
  /** When each of `topics` was first met (epoch ms, same order): a month's "served" lists its own. */
  topicsAt?: number[];
  /** "topic.facet" pairs answered (at most 20). */
  facets: string[];
  /** Text turns the assistant did not understand, and "that did not help". */
  missed: number;
  notHelped: number;
  /** The most serious danger seen. */
  danger: 'emergency' | 'possible' | 'none';
  /** Staff were asked for (a ticket opened); when, and whether it was urgent. */
  handoffAt?: number;
  urgent?: boolean;
  /** Ms from the ticket to the first staff answer, and from the ticket to its close. */
  firstResponseMs?: number;
  resolutionMs?: number;
  /** The person's answer to "did we help?" after staff closed. */
  rating?: 'helped' | 'notHelped';
  /**
   * The office days ("YYYY-MM-DD", ascending) the person wrote, and those with a turn handled
   * as an emergency or answered with the safety line (possible danger): a period's people and
   * emergencies count each person once, and list exactly those (absent on older summaries).
   */
  days?: string[];
  emergencyDays?: string[];
  possibleDays?: string[];
  /** When each of its conversations started (the first message, and again after idling): the figure "conversations". */
  starts?: number[];
  /** The folios of the cases it opened, for staff to know them by. */
  folios?: string[];
}

/** Why a text is in the review list. */
export type ReviewKind = 'unclear' | 'outOfScope' | 'notHelped';

/** A text the assistant did not understand or that did not help, for staff to review. */
export interface ReviewItem {
  id: string;
  conversationId: string;
  /** Epoch ms. */
  at: number;
  lang: Lang;
  kind: ReviewKind;
  text: string;
  /** The topic under discussion when it came (for "did not help"). */
  topic: TopicOrNone;
  /** The understanding's best guesses when it came, best first (at most 3). */
  guesses: TopicId[];
}

/** The most review items kept; the oldest go first. */
export const MAX_REVIEW_ITEMS = 5_000;

export interface ActivityStore {
  /** Adds to one day's counters. */
  countActivity(day: string, increments: Readonly<Record<string, number>>): Promise<void>;
  /** Each day's counters from `from` to `to` (inclusive, "YYYY-MM-DD"), oldest first; days with none are left out. */
  activity(from: string, to: string): Promise<DayCounts[]>;
  /** Writes a conversation's summary (replacing the one before). */
  saveSummary(summary: ConversationSummary): Promise<void>;
  /** Summaries of conversations active in [from, to] (epoch ms: firstAt ≤ to and lastAt ≥ from), any order. */
  summaries(from: number, to: number): Promise<ConversationSummary[]>;
  /** Keeps a text for review (at most MAX_REVIEW_ITEMS, the oldest dropped). */
  addReviewItem(item: ReviewItem): Promise<void>;
  /** The texts kept for review, newest first. */
  reviewItems(): Promise<ReviewItem[]>;
  /** Takes texts off the review list (staff dealt with them). */
  removeReviewItems(ids: readonly string[]): Promise<void>;
}
