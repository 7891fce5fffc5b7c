/**
 * The conversation's side of casework: answering "how is my case going?" with what the
 * engine found (flows/flow.ts CaseLookup), asking for the code of a folio that is not the
 * conversation's (the same words whether it exists or not) before saying anything about it, telling the person when staff change a
 * case's status, and the follow-up after a close (offered, accepted or declined, then one
 * question whose answer is the case's outcome). Pure: replies and effects as data.
 */
import { FOLIO } from '../../src/core/case-file.ts';
import type { CaseOutcome, CaseStatus } from '../../src/core/case-status.ts';
import type { Reply } from '../../src/core/types.ts';
import type { CaseLookup, FlowEvent } from '../flow.ts';
import type { ConversationContext } from './context.ts';
import { type Enqueue, effect, say } from './emit.ts';
import { button, HUMAN, MENU, text } from './replies.ts';

/** Wrong answers to a check before the folio is refused in this conversation. */
const CHECK_TRIES = 2;
/** Folios a conversation remembers refusing (the context's limit). */
const REFUSED_KEPT = 5;

const outcomeButton = (folio: string, outcome: CaseOutcome, label: string) =>
  button({ kind: 'outcome', outcome, folio }, label);

export const caseReplies = {
  status: (folio: string, status: CaseStatus, note?: string, changed = false, closed = false): Reply => ({
    kind: 'caseStatus',
    folio,
    status,
    ...(note ? { note } : {}),
    ...(changed ? { changed: true as const } : {}),
    ...(closed ? { closed: true as const } : {}),
    buttons: [HUMAN, MENU],
  }),
  followUpOffer: (): Reply =>
    text('case.followUpOffer', [
      button({ kind: 'yes' }, 'case.followUpYes'),
      button({ kind: 'no' }, 'case.followUpNo'),
    ]),
  followUpAsk: (folio: string): Reply =>
    text(
      'case.followUpAsk',
      [
        outcomeButton(folio, 'resolved', 'case.outcomeResolved'),
        outcomeButton(folio, 'waiting', 'case.outcomeWaiting'),
        outcomeButton(folio, 'needHelp', 'case.outcomeNeedHelp'),
      ],
      { folio },
    ),
};

/** What to say to a lookup, and what the conversation remembers of the check. */
export function answerLookup(context: ConversationContext, lookup: CaseLookup, enqueue: Enqueue) {
  switch (lookup.found) {
    case 'case':
      // A closed case's status offers staff again: "sí" or "1" to it goes back in the queue, about that case's topic.
      say(enqueue, [caseReplies.status(lookup.folio, lookup.status, lookup.note, false, lookup.closed)], {
        checking: null,
        ...(lookup.closed ? { offer: 'staff' as const, ...(lookup.topic && { topic: lookup.topic }) } : {}),
      });
      return;
    case 'check': {
      if (context.refused.includes(lookup.folio)) {
        say(enqueue, [text('case.checkBlocked', [HUMAN, MENU])], { checking: null });
        return;
      }
      const checking = { folio: lookup.folio, tries: 0 };
      say(enqueue, [text('case.checkCode', [HUMAN, MENU], { folio: lookup.folio })], { checking });
      return;
    }
    case 'locked':
      say(enqueue, [text('case.checkBlocked', [HUMAN, MENU])], { checking: null });
      return;
    case 'mismatch': {
      const tries = (context.checking?.tries ?? 0) + 1;
      if (tries < CHECK_TRIES && context.checking) {
        say(enqueue, [text('case.checkAgain', [HUMAN, MENU])], { checking: { ...context.checking, tries } });
        return;
      }
      // Refused here for good: a stranger cannot keep guessing names in this conversation.
      const refused = [...context.refused.filter((f) => f !== lookup.folio), lookup.folio].slice(
        -REFUSED_KEPT,
      );
      say(enqueue, [text('case.checkBlocked', [HUMAN, MENU])], { checking: null, refused });
      return;
    }
    case 'none':
      // Asked how long until someone answers, and no one was asked for: offer the line itself.
      if (lookup.wait)
        say(enqueue, [text('case.notInLine', [HUMAN, MENU])], { checking: null, offer: 'staff' });
      else say(enqueue, [text('case.none', [HUMAN, MENU])], { checking: null });
  }
}

/** Staff changed a case's status: the person hears it with the note. */
export function tellStatus(event: FlowEvent, enqueue: Enqueue) {
  if (event.type !== 'staff.status') return;
  say(enqueue, [caseReplies.status(event.folio, event.status, event.note || undefined, true)]);
}

/** After "did we help?", the follow-up is offered for the case just closed. */
export const offerFollowUp = (enqueue: Enqueue) => say(enqueue, [caseReplies.followUpOffer()]);

/** Yes or no to the follow-up offer. */
export function answerFollowUp(context: ConversationContext, accepted: boolean, enqueue: Enqueue) {
  const folio = context.caseFolio;
  if (folio && FOLIO.test(folio)) effect(enqueue, { type: 'case.followUp', folio, accepted });
  say(enqueue, [text(accepted ? 'case.followUpAccepted' : 'case.followUpDeclined', [MENU])], {
    ...(accepted ? {} : { caseFolio: null }),
    offer: null,
  });
}

/** The follow-up is due: one question, three answers. */
export function askFollowUp(event: FlowEvent, enqueue: Enqueue) {
  if (event.type !== 'timer.followUp') return;
  say(enqueue, [caseReplies.followUpAsk(event.folio)], { caseFolio: event.folio, offer: null });
}

/** The answer to the follow-up question, recorded as the case's outcome. "I need help" goes back to staff (the machine queues it). */
export function recordOutcome(context: ConversationContext, event: FlowEvent, enqueue: Enqueue) {
  if (event.type !== 'user.choice' || event.choice.kind !== 'outcome') return;
  const folio = event.choice.folio ?? context.caseFolio;
  if (!folio) return;
  const outcome = event.choice.outcome;
  effect(enqueue, { type: 'case.outcome', folio, outcome });
  if (outcome === 'resolved') say(enqueue, [text('case.outcomeThanksResolved', [MENU])]);
  if (outcome === 'waiting') say(enqueue, [text('case.outcomeThanksWaiting', [HUMAN, MENU])]);
  enqueue.assign({ caseFolio: null });
}
