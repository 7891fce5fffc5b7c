/**
 * The named guards and actions of the conversation flow (XState v5 `setup`). Actions only
 * assign and emit: every effect leaves the machine as an `effect` event that the engine
 * carries out. No I/O, no timers, nothing async.
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { Effect, Lang, Reply, TopicId } from '../src/core/types.ts';
import type { ConversationContext, ConversationEvent, EffectEvent } from './conversation.types.ts';
import { INTAKE_FORMS } from './intake-forms.ts';
import * as replies from './replies.ts';

export const initialContext = (): ConversationContext => ({
  lang: null,
  langChosen: false,
  lastTopic: null,
  choices: [],
  intake: null,
  urgent: false,
  lastActivityAt: 0,
});

type Args = { context: ConversationContext; event: ConversationEvent };

const textOf = (event: ConversationEvent) => (event.type === 'user.text' ? event : null);
const choiceOf = (event: ConversationEvent) => (event.type === 'user.choice' ? event.value : '');
const langOf = (event: ConversationEvent): Lang | undefined =>
  event.type === 'user.text' ? event.meaning.lang : 'lang' in event ? (event.lang as Lang) : undefined;

export const conversationSetup = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    emitted: {} as EffectEvent,
  },
  guards: {
    isEmergency: ({ event }) => textOf(event)?.meaning.topic === 'emergency',
    isAmbiguous: ({ event }) => Boolean(textOf(event)?.meaning.ambiguousWith),
    asksForHuman: ({ event }) => textOf(event)?.meaning.topic === 'human',
    hasTopic: ({ event }) => {
      const topic = textOf(event)?.meaning.topic;
      return topic !== undefined && topic !== 'none';
    },
    isGreeting: ({ event }) => Boolean(textOf(event)?.meaning.greeting),
    choiceIs: ({ event }, params: { value: string }) => choiceOf(event) === params.value,
    choiceStartsWith: ({ event }, params: { prefix: string }) => choiceOf(event).startsWith(params.prefix),
    choiceIsHuman: ({ event }) => ['human', 'topic:human'].includes(choiceOf(event)),
    hasLastTopic: ({ context }) => context.lastTopic !== null,
    isLastIntakeStep: ({ context }) =>
      context.intake !== null && context.intake.step + 1 >= INTAKE_FORMS[context.intake.form].length,
  },
  actions: {
    /** Sends replies and remembers their buttons, so a typed "2" can mean the second one. */
    say: enqueueActions(({ enqueue }, params: { replies: Reply[] }) => {
      const last = params.replies.findLast((r) => r.buttons && r.buttons.length > 0);
      enqueue.assign({ choices: last?.buttons?.map((b) => ({ value: b.value, label: b.label })) ?? [] });
      for (const reply of params.replies) enqueue.emit({ type: 'effect', effect: { type: 'reply', reply } });
    }),
    /** Any effect other than a reply. */
    effect: emit((_, params: { effect: Effect }) => ({ type: 'effect' as const, effect: params.effect })),
    touch: assign({ lastActivityAt: ({ event }) => event.at }),
    /** Follows the language the person writes in, until they choose one themselves. */
    adoptLanguage: assign({
      lang: ({ context, event }: Args) => {
        const detected = langOf(event);
        if (!detected) return context.lang;
        if (context.lang === null) return detected;
        // A command word (MENI, BORRAR, DELETE) is as clear a sign of language as a sentence.
        const confident =
          event.type === 'user.text' ? event.meaning.langConfident : event.type.startsWith('cmd.');
        return !context.langChosen && confident ? detected : context.lang;
      },
    }),
    chooseLanguage: assign({
      lang: ({ event }) => choiceOf(event).replace(/^lang:/, '') as Lang,
      langChosen: true,
    }),
    rememberTopic: assign({ lastTopic: (_, params: { topic: TopicId }) => params.topic }),
    markUrgent: assign({ urgent: true }),
    startIntake: assign({
      intake: ({ event }) => ({
        form: choiceOf(event) === 'intake:locate' ? ('locate' as const) : ('remains' as const),
        step: 0,
        answers: {},
      }),
    }),
    restartIntake: assign({
      intake: ({ context }) => (context.intake ? { ...context.intake, step: 0, answers: {} } : null),
    }),
    /** Stores the answer (typed text, or a chosen option; nothing when skipped) and moves on. */
    recordAnswer: assign({
      intake: ({ context, event }) => {
        const intake = context.intake;
        if (!intake) return null;
        const field = INTAKE_FORMS[intake.form][intake.step];
        const choice = choiceOf(event);
        const value =
          event.type === 'user.text'
            ? event.text.trim()
            : choice.startsWith('answer:')
              ? choice.slice(7)
              : '';
        const answers =
          field && value ? { ...intake.answers, [field.name]: value.slice(0, 300) } : intake.answers;
        return { ...intake, step: intake.step + 1, answers };
      },
    }),
    /** Hands the intake's answers to the engine, which attaches them to the staff ticket. */
    saveCase: enqueueActions(({ context, enqueue }) => {
      if (!context.intake) return;
      const { form, answers } = context.intake;
      enqueue.emit({ type: 'effect', effect: { type: 'case.save', form, answers } });
    }),
    clearIntake: assign({ intake: null }),
    /** Back to a clean slate, keeping only the language. */
    reset: assign(({ context }) => ({
      ...initialContext(),
      lang: context.lang,
      langChosen: context.langChosen,
    })),
    forget: assign(() => initialContext()),
  },
});

export { replies };
