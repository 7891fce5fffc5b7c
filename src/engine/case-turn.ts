/**
 * The casework part of a turn, kept out of turn.ts: the conversation's cases after the turn
 * (casework.ts, given what the turn prepared and planned) and the deadline once an accepted follow-up is counted in.
 */
import type { CaseFile } from '../core/case-file.ts';
import type { HandoffTicket } from '../core/ticket.ts';
import type { Lang } from '../core/types.ts';
import { casesAfter, nextFollowUp, postponed } from './casework.ts';
import type { Plan } from './plan.ts';
import type { Prepared } from './turn-request.ts';

export function casesOfTurn(
  before: readonly CaseFile[],
  prepared: Prepared,
  plan: Plan,
  turn: {
    now: number;
    lang: Lang;
    /** Draws a new case's code. */
    code: () => string;
    ticketBefore: HandoffTicket | null;
    followUpDays: number;
  },
): CaseFile[] {
  const due = prepared.followUp;
  if (due?.postponeTo !== undefined) return postponed(before, due.folio, due.postponeTo);
  return casesAfter(before, {
    ...turn,
    plan,
    actor: prepared.actor ?? (prepared.fromPerson ? 'person' : 'assistant'),
    ...(prepared.caseStatus ? { status: prepared.caseStatus } : {}),
    ...(due ? { askedFollowUp: due.folio } : {}),
  });
}

/**
 * The conversation's next deadline with its accepted follow-up counted in: the earlier of
 * the two. `undefined` (keep the stored one) stays so while a ticket waits for staff: its
 * reminder comes first, and a follow-up due meanwhile waits for the person to be free.
 */
export function withFollowUp(deadline: number | undefined, plan: Plan, cases: readonly CaseFile[]) {
  if (plan.erase) return deadline;
  const due = nextFollowUp(cases)?.followUp?.dueAt;
  if (due === undefined) return deadline;
  if (deadline === undefined) return plan.ticket && !plan.ticket.assignee ? undefined : due;
  return Math.min(deadline, due);
}
