/**
 * Where a family's case stands: the statuses staff give it and the outcomes the person answers
 * the follow-up with. A leaf of the ground, apart from case-file.ts, because the shared
 * vocabulary (types.ts: the replies and effects that speak of a case) needs these words while
 * the case file needs the vocabulary's languages and topics.
 */

/** What staff may say of a case; `received` is where every case starts. */
export const CASE_STATUSES = [
  'received',
  'inProgress',
  'waitingDocuments',
  'referred',
  'resolved',
  'closedUnresolved',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case in one of these is finished: nothing more to do for it (closing its chat asks nothing). */
const FINISHED: ReadonlySet<CaseStatus> = new Set(['resolved', 'closedUnresolved']);
export const caseFinished = (status: CaseStatus): boolean => FINISHED.has(status);

/** The person's answer to the follow-up question. */
export const CASE_OUTCOMES = ['resolved', 'waiting', 'needHelp'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
