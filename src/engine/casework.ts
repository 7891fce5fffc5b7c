/**
 * The engine's casework: what a turn does to the conversation's cases (kept in its record,
 * core/case-file.ts). A ticket queued for the first time opens a case under its folio; a
 * take or transfer, a close, a status staff set, the follow-up the person accepted or
 * declined and their answer to it are written in the case's history with who and when.
 * Pure functions over the record's list; the turn writes the result with everything else.
 */
import type { CaseEvent, CaseFile } from '../core/case-file.ts';
import type { CaseStatus } from '../core/case-status.ts';
import { DAY_MS } from '../core/office-clock.ts';
import type { HandoffTicket } from '../core/ticket.ts';
import type { Lang } from '../core/types.ts';
import type { Plan } from './plan.ts';

/** Cases a conversation keeps (the newest), and history lines a case keeps. */
const CASES_KEPT = 10;
const HISTORY_KEPT = 60;

/** What a turn did that a case records. */
export interface CaseTurn {
  now: number;
  lang: Lang;
  plan: Plan;
  /** The ticket as read when the turn opened. */
  ticketBefore: HandoffTicket | null;
  /** Who acted: a staff member for staff turns; else the person or the assistant. */
  actor: string;
  /** Staff set the status of a case. */
  status?: { folio: string; status: CaseStatus; note: string };
  /** The follow-up question went out this turn, for this folio. */
  askedFollowUp?: string;
  /** Days from an accepted follow-up to its question. */
  followUpDays: number;
  /** Draws the code a new case is given with its folio (core/case-check.ts). */
  code: () => string;
}

const withHistory = (file: CaseFile, event: CaseEvent): CaseFile => ({
  ...file,
  history: [...file.history, event].slice(-HISTORY_KEPT),
});

/** The cases after a turn; the same array when nothing changed. */
export function casesAfter(before: readonly CaseFile[], turn: CaseTurn): CaseFile[] {
  const { plan, now, actor } = turn;
  if (plan.erase) return [];
  let cases = [...before];
  const change = (folio: string | undefined, update: (file: CaseFile) => CaseFile) => {
    const at = folio ? cases.findIndex((c) => c.folio === folio) : cases.length - 1;
    const file = cases[at];
    if (at >= 0 && file) cases[at] = update(file);
  };
  const ticket = plan.ticket;
  if (ticket?.folio && ticket.folio !== turn.ticketBefore?.folio) {
    const existing = cases.find((c) => c.folio === ticket.folio);
    if (existing)
      change(ticket.folio, (file) => {
        const { closedAt: _closed, ...open } = file;
        return withHistory(
          { ...open, status: 'received', changedAt: now },
          { at: now, by: actor, kind: 'opened', detail: 'reopened' },
        );
      });
    else {
      const opened: CaseFile = {
        folio: ticket.folio,
        topic: ticket.topic,
        lang: turn.lang,
        openedAt: now,
        status: 'received',
        changedAt: now,
        check: { code: turn.code() },
        history: [{ at: now, by: actor, kind: 'opened' }],
      };
      cases = [...cases, opened].slice(-CASES_KEPT);
    }
  }
  if (ticket?.folio) {
    // The ticket learns its topic after it opened (an intake sent later).
    change(ticket.folio, (file) => (file.topic === ticket.topic ? file : { ...file, topic: ticket.topic }));
    if (ticket.assignee && ticket.assignee !== turn.ticketBefore?.assignee)
      change(ticket.folio, (file) =>
        withHistory(file, { at: now, by: actor, kind: 'assigned', to: ticket.assignee }),
      );
  }
  if (plan.closed?.folio)
    change(plan.closed.folio, (file) =>
      withHistory({ ...file, closedAt: now }, { at: now, by: actor, kind: 'closed' }),
    );
  if (turn.status) {
    const { folio, status, note } = turn.status;
    change(folio, (file) =>
      withHistory(
        { ...file, status, changedAt: now, ...(note ? { note } : {}) },
        { at: now, by: actor, kind: 'status', status, ...(note ? { note } : {}) },
      ),
    );
  }
  if (turn.askedFollowUp) change(turn.askedFollowUp, (file) => ({ ...file, followUp: { state: 'asked' } }));
  for (const answer of plan.caseAnswers) {
    if (answer.type === 'case.followUp')
      change(answer.folio, (file) =>
        withHistory(
          {
            ...file,
            followUp: answer.accepted
              ? { state: 'accepted', dueAt: now + turn.followUpDays * DAY_MS }
              : { state: 'declined' },
          },
          { at: now, by: 'person', kind: 'followUp', detail: answer.accepted ? 'accepted' : 'declined' },
        ),
      );
    else
      change(answer.folio, (file) =>
        withHistory(
          { ...file, outcome: answer.outcome, followUp: { state: 'answered' } },
          { at: now, by: 'person', kind: 'outcome', detail: answer.outcome },
        ),
      );
  }
  return cases;
}

/**
 * The person's answers that count: a follow-up accepted or declined once per close, an
 * outcome only for a case whose question went out and was not answered yet. A second tap on
 * an old button, or one naming another conversation's folio, is not recorded or counted.
 */
export function answerable(cases: readonly CaseFile[], answers: Plan['caseAnswers']): Plan['caseAnswers'] {
  return answers.filter((answer) => {
    const state = cases.find((c) => c.folio === answer.folio)?.followUp?.state;
    return answer.type === 'case.outcome' ? state === 'asked' : state === undefined || state === 'answered';
  });
}

/** The accepted follow-up due soonest, if any. */
export function nextFollowUp(cases: readonly CaseFile[]): CaseFile | undefined {
  let next: CaseFile | undefined;
  for (const file of cases) {
    const due = file.followUp?.state === 'accepted' ? file.followUp.dueAt : undefined;
    if (due !== undefined && (next?.followUp?.dueAt === undefined || due < next.followUp.dueAt)) next = file;
  }
  return next;
}

/** Postpones a follow-up (the person is with staff or filling a form when it falls due). */
export function postponed(cases: readonly CaseFile[], folio: string, until: number): CaseFile[] {
  return cases.map((c) => (c.folio === folio ? { ...c, followUp: { state: 'accepted', dueAt: until } } : c));
}
