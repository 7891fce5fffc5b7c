/**
 * The first half of a turn's pure decision (the second is turn-decide.ts): from what the
 * turn read (the record, the ticket, what the request prepared) to the flow's next state and
 * the plan. No I/O: what the rest of the decision needs from the store (a folio claimed, the
 * queue's length, the transcript) is named by `lookupsOf`, read by the turn (turn.ts) and
 * handed to decideTurn.
 */
import type { Flow, FlowEvent, FlowSnapshot, FlowView } from '../../flows/index.ts';
import type { Address } from '../core/address.ts';
import type { CaseFile } from '../core/case-file.ts';
import type { Effect } from '../core/effects.ts';
import type { StoredConversation } from '../core/ports/conversation-store.ts';
import type { HandoffTicket } from '../core/ticket.ts';
import type { Lang } from '../core/types.ts';
import { answerable } from './casework.ts';
import { gistOf, type Plan, planTurn } from './plan.ts';
import { onlyWantsTheNews } from './reply-window-hold.ts';
import type { Prepared } from './turn-request.ts';

/** What a turn read once it held the conversation. */
export interface TurnFacts {
  id: string;
  address: Address;
  now: number;
  record: StoredConversation | null;
  ticket: HandoffTicket | null;
  /** Leftover outbox items of earlier turns this turn has done. */
  done: readonly string[];
  /** The record restored into the flow (restore-flow.ts), and its view. */
  snapshot: FlowSnapshot;
  view: FlowView;
  prepared: Prepared;
}

export interface StepContext {
  flow: Flow;
  defaultLang: Lang;
  idleMs: number;
  /** Draws a folio for a case the turn opens (called only then). */
  folio: () => string;
}

/** The turn after the flow's step and the plan. */
export interface SteppedTurn extends TurnFacts {
  next: FlowSnapshot;
  effects: Effect[];
  after: FlowView;
  lang: Lang;
  /** The conversation started again after being idle. */
  idle: boolean;
  plan: Plan;
  casesBefore: readonly CaseFile[];
  /** The folio drawn for a new case, if the plan drew one. */
  drawn?: string;
}

export function stepTurn(facts: TurnFacts, context: StepContext): SteppedTurn {
  const { view, prepared, now, record, ticket } = facts;
  const { flow } = context;
  const idle =
    prepared.fromPerson === true &&
    view.lastActivityAt > 0 &&
    now - view.lastActivityAt > context.idleMs &&
    !view.withStaff;
  let next = facts.snapshot;
  const effects: Effect[] = [];
  const events = idle ? [{ type: 'timer.idle', at: now } as FlowEvent, ...prepared.events] : prepared.events;
  for (const event of onlyWantsTheNews(prepared, record?.held) ? [] : events) {
    const stepped = flow.step(next, event);
    next = stepped.next;
    effects.push(...stepped.effects);
  }
  const after = flow.view(next);
  const lang = after.lang ?? view.lang ?? context.defaultLang;
  // Drawn only when the turn opens a new case (most turns do not).
  let drawn: string | undefined;
  const folio = () => {
    drawn ??= context.folio();
    return drawn;
  };
  const plan = planTurn(effects, {
    conversationId: facts.id,
    address: facts.address,
    lang,
    now,
    ticket,
    staffChanges: prepared.staffChanges ?? [],
    folio,
    ...(prepared.name ? { name: prepared.name } : {}),
    ...(prepared.heardAt !== undefined ? { heardAt: prepared.heardAt } : {}),
    ...(prepared.gist ? { gist: gistOf(prepared.gist) } : {}),
  });
  const casesBefore = record?.cases ?? [];
  plan.caseAnswers = answerable(casesBefore, plan.caseAnswers);
  const stepped: SteppedTurn = { ...facts, next, effects, after, lang, idle, plan, casesBefore };
  if (drawn !== undefined) stepped.drawn = drawn;
  return stepped;
}

/** What the rest of the decision needs from the store, in the order the turn reads it. */
export interface Lookups {
  /** A new case's folio, to claim before anything is written (another conversation may hold it). */
  claimFolio?: string;
  /** The replies tell the person their place in the queue. */
  queueAhead: boolean;
  /** A ticket queued by a "sí" is summed up from the transcript's earlier words. */
  transcript: boolean;
}

export function lookupsOf({ plan, drawn }: SteppedTurn): Lookups {
  return {
    ...(drawn && plan.ticket?.folio === drawn ? { claimFolio: drawn } : {}),
    queueAhead: plan.replies.some((r) => r.kind === 'queue'),
    transcript: plan.queuedNow && plan.ticket !== null && !plan.ticket.gist,
  };
}
