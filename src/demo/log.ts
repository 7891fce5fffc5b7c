/**
 * The demo's own record of what it did, its ground truth: every turn it ran (when, on which
 * office day, on which channel, in which language, by a person or staff, typed or tapped,
 * and what the engine's TurnResult.report said), every staff ticket as it went (opened, made
 * urgent, taken, closed or withdrawn) and every rating given. expected.ts computes the
 * dashboard's figures from this alone.
 */
import type { TurnReport } from '../core/ports/conversations.ts';
import type { Lang } from '../core/types.ts';

/** What a turn did: a person typed or tapped a button, or staff took, answered or closed. */
export type DemoInput = 'text' | 'choice' | 'take' | 'reply' | 'close';

export interface DemoTurn {
  conversationId: string;
  /** Epoch ms (the simulated clock). */
  at: number;
  /** The office-local day, "YYYY-MM-DD". */
  day: string;
  channel: string;
  /** The conversation's language after the turn (TurnResult.lang). */
  lang: Lang;
  by: 'person' | 'staff';
  input: DemoInput;
  /** What the person typed: kept here only, for the test that scans the store for it. */
  text?: string;
  /** What understanding made of a typed message (TurnResult.meaning); null when there was none. */
  meaning: { act: string; topic: string } | null;
  report: TurnReport;
}

export interface DemoTicket {
  conversationId: string;
  channel: string;
  /** Epoch ms: opened (the person started waiting), made urgent, first taken by staff, closed or withdrawn. */
  openedAt: number;
  urgent: boolean;
  urgentAt?: number;
  takenAt?: number;
  /** Epoch ms of staff's first message to the person: first response runs from openedAt to here. */
  answeredAt?: number;
  closedAt?: number;
  withdrawnAt?: number;
}

export interface DemoRating {
  conversationId: string;
  at: number;
  helped: boolean;
}

export interface DemoLog {
  seed: number;
  /** Epoch ms of the first day's local midnight, and the number of days. */
  start: number;
  days: number;
  timeZone: string;
  idleMs: number;
  /** Conversations planned (each a chat; some come back another day). */
  conversations: number;
  turns: DemoTurn[];
  tickets: DemoTicket[];
  ratings: DemoRating[];
  /** Turns the engine refused with an error (none expected), as "conversationId: message". */
  errors: string[];
}
