/**
 * What a flow wants done, as data: the engine carries each effect out after the turn's commit
 * (engine/plan.ts, engine/turn-step.ts). Kept apart from the shapes it speaks of (types.ts).
 */
import type { CaseOutcome } from './case-status.ts';
import type { HandoffReason, IntakeKind, Reply, TopicOrNone } from './types.ts';

/** Everything a flow wants done, emitted as data; the engine carries it out. */
export type Effect =
  | { type: 'reply'; reply: Reply }
  /** Queue the conversation for staff (or update its ticket), with a family's case when there is one. */
  | {
      type: 'ticket.open';
      reason: HandoffReason;
      urgent: boolean;
      topic: TopicOrNone;
      case?: { form: IntakeKind; answers: Record<string, string> };
      /** An emergency's kind (extortion, held, desert, medical…; 'unknown' when the model alone saw it). */
      emergencyKind?: string;
    }
  /**
   * In an emergency, the person said where they are: kept on the urgent ticket for staff; with
   * the point's coordinates when they shared a location.
   */
  | { type: 'ticket.place'; place: string; lat?: number; lon?: number }
  /** The person no longer needs staff (they left the queue). */
  | { type: 'ticket.withdraw' }
  /** Staff are asked to look at a conversation the model thinks may be a danger (the safety net). */
  | { type: 'staff.flag'; reason: 'possible_danger'; text: string }
  /** Staff are told what the person wrote while waiting or with them. */
  | { type: 'staff.message'; text: string }
  /** The one-question check after staff closed a conversation. */
  | { type: 'rating'; helped: boolean }
  /** A typed message the assistant did not understand, asked for what the office does not do, or that "did not help". */
  | { type: 'missed'; why: 'unclear' | 'outOfScope' | 'notHelped' }
  /** Erase everything stored about the person. */
  | { type: 'conversation.erase' }
  /** The person accepted or declined the follow-up offered when their case was closed. */
  | { type: 'case.followUp'; folio: string; accepted: boolean }
  /** The person answered the follow-up question: the case's outcome. */
  | { type: 'case.outcome'; folio: string; outcome: CaseOutcome };
