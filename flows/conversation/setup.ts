/**
 * The conversation flow's named guards and actions (XState v5 `setup`) for one topic catalog. Actions only
 * assign (fast-assign.ts) and emit: each effect leaves as an `effect` event the engine carries out once the
 * turn is written. No I/O, no timers, nothing async. The dialogue policy is in talk.ts and waiting.ts.
 */
import { setup } from 'xstate';
import type { CaseOutcome } from '../../src/core/case-status.ts';
import type { Effect } from '../../src/core/effects.ts';
import type { Meaning, Reply } from '../../src/core/types.ts';
import { fastAssign as assign, fastEnqueueActions as enqueueActions } from '../fast-assign.ts';
import type { FlowEvent, TopicCatalog } from '../flow.ts';
import { INTAKE_FORMS } from '../intake-forms.ts';
import { calmAndAnswer, calmsUrgent } from './calm.ts';
import {
  answerFollowUp,
  answerLookup,
  askFollowUp,
  offerFollowUp,
  recordOutcome,
  tellStatus,
} from './casework.ts';
import {
  afterSilence,
  type ConversationContext,
  firstEmergency,
  initialContext,
  keptEmergency,
} from './context.ts';
import { careLine, firstCare, worseLine } from './emergency-aspect.ts';
import { emergencyFollowUp } from './emergency-step.ts';
import { type EffectEvent, effect, say } from './emit.ts';
import { factsKept } from './facts.ts';
import { createFormActions } from './form-actions.ts';
import { answersStaff, type InLineStep, staffHasItDue, stepWhileQueued, stepWithStaff } from './in-line.ts';
import { applyAnswer, keptTold } from './intake.ts';
import { languageAfter } from './language.ts';
import { missedOf } from './missed.ts';
import { officeAnswerTo } from './passage.ts';
import { placeEffect, relayed, textOf } from './relay.ts';
import { createReplies } from './replies.ts';
import { answersTo } from './second-answer.ts';
import { answeredLast, decideTalk, signature, type Talk } from './talk.ts';
import { talkReplies } from './talk-replies.ts';

const meaningOf = (event: FlowEvent): Meaning | null => (event.type === 'user.text' ? event.meaning : null);
const choiceKind = (event: FlowEvent) => (event.type === 'user.choice' ? event.choice.kind : null);
const textAct = (event: FlowEvent) => meaningOf(event)?.act ?? null;
/** Says what a person in line is told, and keeps what it changed (nothing when there is nothing to say). */
const inLine = (enqueue: Parameters<typeof say>[0], step: InLineStep | null) =>
  step && say(enqueue, step.replies, step.patch, step.effects);

/** The safety net answers what a person wrote, never a button. */
const possibleDanger = (event: FlowEvent): event is Extract<FlowEvent, { type: 'user.text' }> =>
  event.type === 'user.text' && event.meaning.danger === 'possible';

export function createConversationSetup(catalog: TopicCatalog) {
  const r = createReplies(catalog);
  const forms = createFormActions(r, catalog);
  // A guard and an action may both ask what to do with one message: decide once per event.
  const decided = new WeakMap<object, Talk>();
  const talkOf = (context: ConversationContext, event: FlowEvent): Talk | null => {
    if (event.type !== 'user.text') return null;
    let talk = decided.get(event);
    if (!talk) {
      talk = decideTalk(context, event.meaning, catalog, event.text);
      decided.set(event, talk);
    }
    return talk;
  };

  return setup({
    types: { context: {} as ConversationContext, events: {} as FlowEvent, emitted: {} as EffectEvent },
    guards: {
      decides: ({ context, event }, params: { to: Talk['do'] }) => talkOf(context, event)?.do === params.to,
      // "It's not an emergency, wrong button" is no new emergency, whatever its words.
      isEmergency: ({ event }) =>
        textAct(event) !== 'safe' && (textAct(event) === 'emergency' || Boolean(meaningOf(event)?.emergency)),
      inEmergency: ({ context }) => context.emergency !== null,
      calmsUrgent: ({ context, event }) => calmsUrgent(context, meaningOf(event)),
      answersStaff: ({ context, event }) => answersStaff(context, meaningOf(event)),
      staffHasItDue: ({ context, event }) => staffHasItDue(context, meaningOf(event), event.at),
      saysYes: ({ event }) => textAct(event) === 'yes' || choiceKind(event) === 'yes',
      saysNo: ({ event }) => textAct(event) === 'no' || choiceKind(event) === 'no',
      actIs: ({ event }, params: { act: Meaning['act'] }) => textAct(event) === params.act, // 'safe', 'context'
      chose: ({ event }, params: { kind: string }) => choiceKind(event) === params.kind,
      offersIntake: ({ event }) => event.type === 'user.choice' && event.choice.kind === 'intake',
      isLastField: ({ context, event }) =>
        context.intake !== null &&
        applyAnswer(context.intake, event).step >= INTAKE_FORMS[context.intake.form].fields.length,
      /** In a form: a person asked for, or the wait ("¿cuánto falta?"): staff now, with what it has. */
      wantsStaffNow: ({ event }) => textAct(event) === 'when' || meaningOf(event)?.topic === 'human',
      hasFormAnswers: ({ context }) => Object.keys(context.intake?.answers ?? {}).length > 0,
      /** In the middle of a form: an earlier answer taken back ("perdón, fue el 9 no el 8"). */
      correctsInForm: ({ event }) => textAct(event) === 'correction',
      /** In the middle of a form: a question ("¿cuánto tardan?"), answered before the form goes on. */
      asksInForm: ({ event }) =>
        ['when', 'followUp', 'otherQuestion', 'topic', 'notHelped', 'language'].includes(
          textAct(event) ?? '',
        ),
      offerIs: ({ context }, params: { to: 'staff' | 'intake' }) => context.offer === params.to,
      looksUpCase: ({ event }) => event.type === 'user.text' && event.lookup !== undefined,
      // Their own case asked about, with nothing from staff on it yet: the wait is its news.
      asksOwnCase: ({ event }) =>
        event.type === 'user.text' &&
        event.lookup?.found === 'case' &&
        event.lookup.status === 'received' &&
        !event.lookup.note &&
        !event.meaning.caseQuery?.folio,
      hasCase: ({ context }) => context.caseFolio !== null,
      // An answer names its case (the button carries the folio; older buttons, the question's).
      choseOutcome: ({ context, event }, params: { outcome: CaseOutcome }) =>
        event.type === 'user.choice' &&
        event.choice.kind === 'outcome' &&
        event.choice.outcome === params.outcome &&
        (event.choice.folio ?? context.caseFolio) !== null,
    },
    actions: {
      touch: assign({ lastActivityAt: ({ event }) => event.at }),
      /** Follows the language the person writes in, until they choose one (commands keep it); touches too. */
      touchAndAdopt: assign(({ context, event }) => ({
        lastActivityAt: event.at,
        checking: event.type === 'user.text' && event.lookup ? context.checking : null,
        ...languageAfter(context, event),
        ...factsKept(context, meaningOf(event), textOf(event)),
      })),
      welcome: enqueueActions(({ context, event, enqueue }) => {
        // A possible danger hears the safety line before anything else: talk says the welcome after it.
        if (context.welcomed || possibleDanger(event)) return;
        enqueue.assign({ welcomed: true });
        say(enqueue, [r.welcome()]);
      }),
      markWelcomed: assign({ welcomed: true }),
      say: enqueueActions(({ enqueue }, params: { replies: (rs: typeof r) => Reply[] }) =>
        say(enqueue, params.replies(r)),
      ),
      talk: enqueueActions(({ context, event, enqueue }) => {
        const talk = talkOf(context, event);
        if (!talk) return;
        const { replies, patch: replied } = answersTo(context, talk, event, r, catalog);
        const patch = {
          ...replied,
          told: keptTold(context, meaningOf(event), replied.topic ?? context.topic),
        };
        // What the office reviews to improve the knowledge (the dashboard's "not understood" list).
        const missed = missedOf(event, talk);
        if (missed) effect(enqueue, { type: 'missed', why: missed });
        // The safety net: a possible danger gets the safety line first, and staff are asked to look.
        if (possibleDanger(event)) {
          const lead = context.welcomed ? [r.safetyLine()] : [r.safetyLine(), r.welcome()];
          say(enqueue, [...lead, ...replies], { ...patch, welcomed: true });
          effect(enqueue, { type: 'staff.flag', reason: 'possible_danger', text: event.text });
          return;
        }
        say(enqueue, replies, patch);
      }),
      /** A choice while talking: a topic, the menu, more details, a language, yes or no to the offer. */
      choose: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'user.choice') return;
        const { choice } = event;
        const talk: Talk | null =
          choice.kind === 'topic'
            ? choice.topic === context.topic &&
              answeredLast(context.lastReply, signature({ do: 'answer', topic: choice.topic }))
              ? { do: 'details', topic: choice.topic }
              : { do: 'answer', topic: choice.topic }
            : choice.kind === 'details' && context.topic && catalog.topics[context.topic]?.details
              ? { do: 'details', topic: context.topic }
              : choice.kind === 'no' && context.offer
                ? { do: 'declined' }
                : null;
        if (talk) {
          const { replies, patch } = talkReplies(context, talk, r, catalog);
          say(enqueue, replies, patch);
          return;
        }
        if (choice.kind === 'lang') {
          enqueue.assign({ lang: choice.lang, langChosen: true, offer: null });
          say(enqueue, r.languageChanged());
          return;
        }
        enqueue.assign({ offer: null, lastReply: 'menu' });
        say(enqueue, [r.menu(choice.kind === 'menu' ? choice.page : 'main')]);
      }),
      queueForStaff: enqueueActions(({ context, event, enqueue }) => {
        const talk = talkOf(context, event);
        const asked = event.type.startsWith('cmd.') || choiceKind(event) === 'human';
        const reason = !asked && (talk?.do === 'queue' ? talk.reason : context.topic ? 'topic' : 'asked');
        const m = meaningOf(event);
        const topic = context.topic ?? m?.about ?? null;
        enqueue.assign({ offer: null, misses: 0, lastReply: 'queued', intake: null, topic });
        say(enqueue, [...officeAnswerTo(m), ...worseLine(m, topic), ...r.queued(false)]);
        effect(enqueue, {
          type: 'ticket.open',
          reason: reason || 'asked',
          urgent: false,
          topic: topic ?? 'human',
        });
      }),
      staffSays: enqueueActions(({ event, enqueue }) => {
        if (event.type !== 'staff.reply') return;
        say(enqueue, [r.fromStaff(event.text)], { staffAsked: event.text.includes('?') });
      }),
      startEmergency: enqueueActions(({ context, event, enqueue }) => {
        const kind = meaningOf(event)?.emergency?.kind ?? 'unknown';
        const place = meaningOf(event)?.slots?.place ?? context.placeTold;
        const careAt = firstCare(kind, meaningOf(event)?.careAt);
        enqueue.assign({
          urgent: true,
          emergency: firstEmergency(kind, place, careAt, textOf(event)),
          offer: null,
          intake: null,
          welcomed: true,
          lastReply: 'emergency',
        });
        say(enqueue, [...r.emergencyFirst(kind, Boolean(place)), ...careLine(careAt)]);
        effect(enqueue, {
          type: 'ticket.open',
          reason: 'emergency',
          urgent: true,
          topic: 'emergency',
          emergencyKind: kind,
        });
        if (place) effect(enqueue, placeEffect(place, event));
      }),
      // The danger is over; staff keep the urgent case, and what is said next is about it.
      calmEmergency: enqueueActions(({ context, event, enqueue }) => {
        const calmed = calmAndAnswer(context, meaningOf(event), event.at, textOf(event), r, catalog);
        say(enqueue, calmed.replies, { emergency: null, topic: calmed.topic, said: calmed.said });
        if (calmed.place) effect(enqueue, placeEffect(calmed.place, event));
      }),
      emergencyFollowUp: enqueueActions(({ context, event, enqueue }) => {
        const step = emergencyFollowUp(context, meaningOf(event), textOf(event), r, catalog);
        enqueue.assign({
          emergency: { ...keptEmergency(context), said: step.said, ...(step.place && { place: step.place }) },
          ...(step.topic ? { topic: step.topic } : {}),
        });
        say(enqueue, step.replies);
        if (step.place) effect(enqueue, placeEffect(step.place, event));
      }),
      /** While waiting: a short answer to a question, the queue position, or an acknowledgement. */
      whileWaiting: enqueueActions(({ context, event, enqueue }) =>
        inLine(enqueue, stepWhileQueued(context, meaningOf(event), event.at, r, catalog, textOf(event))),
      ),
      /** With staff: "is anyone there?" told it reached them; once they are quiet a while, a procedure's question answered. */
      whileWithStaff: enqueueActions(({ context, event, enqueue }) =>
        inLine(enqueue, stepWithStaff(context, meaningOf(event), event.at, r, catalog, textOf(event))),
      ),
      relay: enqueueActions(({ event, enqueue }) => {
        const text = relayed(event);
        if (text) effect(enqueue, { type: 'staff.message', text });
      }),
      startIntake: enqueueActions(({ context, event, enqueue }) =>
        forms.startIntake(context, event, talkOf(context, event), enqueue),
      ),
      recordAnswer: enqueueActions(({ context, event, enqueue }) =>
        forms.recordAnswer(context, event, enqueue),
      ),
      correct: enqueueActions(({ context, event, enqueue }) => forms.correct(context, event, enqueue)),
      correctInForm: enqueueActions(({ context, event, enqueue }) =>
        forms.correctInForm(context, event, enqueue),
      ),
      answerInForm: enqueueActions(({ context, event, enqueue }) =>
        forms.answerInForm(context, event, enqueue),
      ),
      sendCase: enqueueActions(({ context, enqueue }) => forms.sendCase(context, enqueue)),
      askAgain: enqueueActions(({ context, event, enqueue }) => forms.askAgain(context, enqueue, event)),
      effect: enqueueActions(({ enqueue }, params: { effect: Effect }) => effect(enqueue, params.effect)),
      rate: enqueueActions(({ event, enqueue }) => {
        const helped = textAct(event) === 'yes' || choiceKind(event) === 'yes';
        effect(enqueue, { type: 'rating', helped });
        say(enqueue, [r.ratingThanks()]);
      }),
      caseLookup: enqueueActions(({ context, event, enqueue }) => {
        if (event.type === 'user.text' && event.lookup) answerLookup(context, event.lookup, enqueue);
      }),
      tellStatus: enqueueActions(({ event, enqueue }) => tellStatus(event, enqueue)),
      /** The closed ticket's case: the follow-up is offered for it after "did we help?". */
      rememberCase: assign({
        caseFolio: ({ event }) => (event.type === 'staff.close' ? (event.folio ?? null) : null),
      }),
      offerFollowUp: enqueueActions(({ enqueue }) => offerFollowUp(enqueue)),
      acceptFollowUp: enqueueActions(({ context, enqueue }) => answerFollowUp(context, true, enqueue)),
      declineFollowUp: enqueueActions(({ context, enqueue }) => answerFollowUp(context, false, enqueue)),
      askFollowUp: enqueueActions(({ event, enqueue }) => askFollowUp(event, enqueue)),
      recordOutcome: enqueueActions(({ context, event, enqueue }) => recordOutcome(context, event, enqueue)),
      clearIntake: assign({ intake: null }),
      clearOffer: assign({ offer: null }),
      // Staff hold it: an emergency under way stays one, so the person in danger is still answered.
      staffTook: assign({ staffAt: ({ event }) => event.at }),
      staffClosed: assign({ emergency: null, staffAt: ({ event }) => event.at }),
      reset: assign(({ context }) => afterSilence(context)),
      forget: assign(({ context }) => initialContext(context.lang)),
    },
  });
}

export type ConversationSetup = ReturnType<typeof createConversationSetup>;
