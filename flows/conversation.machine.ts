/**
 * The conversation flow: first contact, menu, answers, clarifying questions, the two
 * family intakes, emergencies and handoff to staff, with global commands from any state.
 * Pure: the engine understands each message before sending it here, and carries out the
 * `effect` events this machine emits. No `after:` timers: the engine sends timer.idle.
 */
import { conversationSetup, initialContext, replies as r } from './conversation.setup.ts';
import type { ConversationEvent } from './conversation.types.ts';

export const CONVERSATION_FLOW_VERSION = 1;

type E = ConversationEvent;
const topicOf = (e: E) => (e.type === 'user.text' && e.meaning.topic !== 'none' ? e.meaning.topic : 'human');
const chosen = (e: E) =>
  (e.type === 'user.choice' ? e.value.replace(/^topic:/, '') : '') as ReturnType<typeof topicOf>;

const say = (build: (args: { context: never; event: E }) => ReturnType<typeof r.text>[]) => ({
  type: 'say' as const,
  params: (args: { event: E }) => ({ replies: build(args as never) }),
});
const emergency = [
  'markUrgent',
  say(() => [{ kind: 'entry', topic: 'emergency', part: 'reply' }]),
  {
    type: 'effect',
    params: { effect: { type: 'handoff.queue', reason: 'emergency', urgent: true, topic: 'emergency' } },
  },
] as const;
const startHandoff = [
  say(() => [r.text('handoff.queued')]),
  {
    type: 'effect',
    params: { effect: { type: 'handoff.queue', reason: 'asked', urgent: false, topic: 'human' } },
  },
] as const;
const withdraw = { type: 'effect', params: { effect: { type: 'handoff.withdraw' } } } as const;

/** Free text in any state where the bot is talking: emergency first, then meaning. */
const onText = [
  { guard: 'isEmergency', target: '#conversation.handoff', actions: emergency },
  {
    guard: 'isAmbiguous',
    target: '#conversation.clarifying',
    actions: say(({ event }) => {
      const m = event.type === 'user.text' ? event.meaning : null;
      return [r.ambiguous(topicOf(event), m?.ambiguousWith ?? 'human')];
    }),
  },
  { guard: 'asksForHuman', target: '#conversation.handoff', actions: startHandoff },
  {
    guard: 'hasTopic',
    target: '#conversation.answered',
    actions: [
      { type: 'rememberTopic', params: ({ event }: { event: E }) => ({ topic: topicOf(event) }) },
      say(({ event }) => [r.answer(topicOf(event))]),
    ],
  },
  { guard: 'isGreeting', target: '#conversation.idle', actions: say(() => [r.menu('main')]) },
  {
    target: '#conversation.clarifying',
    actions: say(({ event }) => [r.clarify(event.type === 'user.text' ? event.meaning.candidates : [])]),
  },
] as const;

/** Button choices (or typed numbers) in any state where the bot is talking. */
const onChoice = [
  { guard: 'choiceIsHuman', target: '#conversation.handoff', actions: startHandoff },
  {
    guard: { type: 'choiceStartsWith', params: { prefix: 'topic:' } },
    target: '#conversation.answered',
    actions: [
      { type: 'rememberTopic', params: ({ event }: { event: E }) => ({ topic: chosen(event) }) },
      say(({ event }) => [r.answer(chosen(event))]),
    ],
  },
  {
    guard: { type: 'choiceIs', params: { value: 'menu' } },
    target: '#conversation.idle',
    actions: say(() => [r.menu('main')]),
  },
  {
    guard: { type: 'choiceIs', params: { value: 'menu:more' } },
    target: '#conversation.idle',
    actions: say(() => [r.menu('more')]),
  },
  {
    guard: { type: 'choiceStartsWith', params: { prefix: 'lang:' } },
    target: '#conversation.idle',
    actions: ['chooseLanguage', say(() => [r.text('language.changed'), r.menu('main')])],
  },
  {
    guard: { type: 'choiceStartsWith', params: { prefix: 'intake:' } },
    target: '#conversation.intake',
    actions: ['startIntake', say(() => [r.text('intake.intro')])],
  },
  {
    guard: 'hasLastTopic',
    target: '#conversation.answered',
    actions: say(({ event, context }) => {
      const topic = (context as { lastTopic: ReturnType<typeof topicOf> }).lastTopic;
      const value = event.type === 'user.choice' ? event.value : '';
      return value === 'more'
        ? [r.details(topic)]
        : value === 'helped'
          ? [r.text('followUp.glad')]
          : [r.menu('main')];
    }),
  },
  { target: '#conversation.idle', actions: say(() => [r.menu('main')]) },
] as const;

const touchAndAdopt = ['touch', 'adoptLanguage'] as const;
const prefix = <T extends { actions: unknown }>(list: readonly T[], first: readonly unknown[]) =>
  list.map((t) => ({ ...t, actions: [...first, ...(Array.isArray(t.actions) ? t.actions : [t.actions])] }));
const mediaReply = say(() => [r.text('media.unsupported', [r.MENU_BUTTONS.HUMAN, r.MENU_BUTTONS.MENU])]);
const unsupportedMedia = { actions: ['touch', mediaReply] as const };
const greet = say(() => [r.welcome()]);

/** What a state where the bot is talking does with each kind of input. */
const talking = {
  'user.text': prefix(onText, touchAndAdopt),
  'user.choice': prefix(onChoice, touchAndAdopt),
  'user.media': unsupportedMedia,
};

export const conversationMachine = conversationSetup.createMachine({
  id: 'conversation',
  context: initialContext,
  initial: 'fresh',
  on: {
    'cmd.menu': { target: '.idle', actions: [...touchAndAdopt, 'clearIntake', say(() => [r.menu('main')])] },
    'cmd.restart': {
      target: '.idle',
      actions: ['reset', ...touchAndAdopt, say(() => [r.welcome(), r.menu('main')])],
    },
    'cmd.language': {
      target: '.choosingLanguage',
      actions: [...touchAndAdopt, say(() => [r.text('language.prompt', r.LANGUAGE_BUTTONS)])],
    },
    'cmd.human': { target: '.handoff', actions: [...touchAndAdopt, 'clearIntake', ...startHandoff] },
    'cmd.erase': { target: '.confirmingErase', actions: [...touchAndAdopt, say(() => [r.confirmErase()])] },
    'timer.idle': { target: '.idle', actions: 'reset' },
    'staff.accepted': { target: '.handoff.withStaff' },
    'staff.closed': {},
  },
  states: {
    /** Nobody has written yet: the first message gets the welcome, then its answer. */
    fresh: {
      on: {
        'user.text': prefix(onText, [...touchAndAdopt, greet]),
        'user.choice': prefix(onChoice, [...touchAndAdopt, greet]),
        'user.media': { actions: ['touch', 'adoptLanguage', greet, mediaReply] },
        'cmd.menu': { target: 'idle', actions: [...touchAndAdopt, say(() => [r.welcome(), r.menu('main')])] },
        'cmd.human': { target: 'handoff', actions: [...touchAndAdopt, greet, ...startHandoff] },
      },
    },
    idle: { on: talking },
    answered: { on: talking },
    clarifying: { on: talking },
    choosingLanguage: { on: talking },
    confirmingErase: {
      on: {
        ...talking,
        'cmd.erase': {
          target: 'fresh',
          actions: [
            say(() => [r.text('erase.done')]),
            'forget',
            { type: 'effect', params: { effect: { type: 'conversation.erase' } } },
          ],
        },
        'user.choice': [
          {
            guard: { type: 'choiceIs', params: { value: 'erase' } },
            target: 'fresh',
            actions: [
              say(() => [r.text('erase.done')]),
              'forget',
              { type: 'effect', params: { effect: { type: 'conversation.erase' } } },
            ],
          },
          { target: 'idle', actions: ['touch', say(() => [r.text('erase.kept')])] },
        ],
      },
    },
    /** A guided form for a family case; every question can be skipped. */
    intake: {
      initial: 'asking',
      states: {
        asking: {
          entry: say(({ context }) => {
            const intake = (context as { intake: { form: 'remains' | 'locate'; step: number } }).intake;
            return [r.intakeQuestion(intake.form, intake.step)];
          }),
          on: {
            'user.text': [
              { guard: 'isEmergency', target: '#conversation.handoff', actions: ['touch', ...emergency] },
              { guard: 'isLastIntakeStep', target: 'confirming', actions: ['touch', 'recordAnswer'] },
              { target: 'asking', reenter: true, actions: ['touch', 'recordAnswer'] },
            ],
            'user.choice': [
              { guard: 'isLastIntakeStep', target: 'confirming', actions: ['touch', 'recordAnswer'] },
              { target: 'asking', reenter: true, actions: ['touch', 'recordAnswer'] },
            ],
            'user.media': { actions: ['touch', say(() => [r.text('intake.textOnly')])] },
          },
        },
        confirming: {
          entry: say(({ context }) => {
            const intake = (
              context as { intake: { form: 'remains' | 'locate'; answers: Record<string, string> } }
            ).intake;
            return [r.intakeSummary(intake.form, intake.answers)];
          }),
          on: {
            'user.text': [
              { guard: 'isEmergency', target: '#conversation.handoff', actions: ['touch', ...emergency] },
              { target: 'confirming', reenter: true, actions: 'touch' },
            ],
            'user.choice': [
              {
                guard: { type: 'choiceIs', params: { value: 'confirm' } },
                target: 'offering',
                actions: 'touch',
              },
              {
                guard: { type: 'choiceIs', params: { value: 'redo' } },
                target: 'asking',
                actions: ['touch', 'restartIntake'],
              },
              {
                target: '#conversation.idle',
                actions: ['touch', 'clearIntake', say(() => [r.text('intake.cancelled'), r.menu('main')])],
              },
            ],
          },
        },
        offering: {
          entry: say(() => [r.offerStaff()]),
          on: {
            'user.text': [
              { guard: 'isEmergency', target: '#conversation.handoff', actions: ['touch', ...emergency] },
              { target: 'offering', reenter: true, actions: 'touch' },
            ],
            'user.choice': [
              {
                guard: { type: 'choiceIs', params: { value: 'send' } },
                target: '#conversation.handoff',
                actions: [
                  'touch',
                  'saveCase',
                  say(() => [r.text('handoff.queuedWithCase')]),
                  {
                    type: 'effect',
                    params: {
                      effect: { type: 'handoff.queue', reason: 'intake', urgent: false, topic: 'none' },
                    },
                  },
                  'clearIntake',
                ],
              },
              {
                target: '#conversation.idle',
                actions: ['touch', 'clearIntake', say(() => [r.text('intake.kept')])],
              },
            ],
          },
        },
      },
    },
    /** Staff have the conversation: the bot stays silent except for emergencies and commands. */
    handoff: {
      initial: 'queued',
      on: {
        'user.text': [
          { guard: 'isEmergency', actions: ['touch', ...emergency] },
          {
            actions: [
              'touch',
              {
                type: 'effect',
                params: ({ event }: { event: E }) => ({
                  effect: { type: 'staff.relay', text: event.type === 'user.text' ? event.text : '' },
                }),
              },
            ],
          },
        ],
        'user.media': {
          actions: [
            'touch',
            {
              type: 'effect',
              params: ({ event }: { event: E }) => ({
                effect: { type: 'staff.relay', text: event.type === 'user.media' ? `[${event.media}]` : '' },
              }),
            },
          ],
        },
        'user.choice': { actions: ['touch', say(() => [r.text('handoff.alreadyQueued')])] },
        'cmd.human': { actions: ['touch', say(() => [r.text('handoff.alreadyQueued')])] },
        'cmd.menu': { target: 'idle', actions: [...touchAndAdopt, withdraw, say(() => [r.menu('main')])] },
        'cmd.restart': {
          target: 'idle',
          actions: [withdraw, 'reset', ...touchAndAdopt, say(() => [r.welcome(), r.menu('main')])],
        },
        'timer.idle': {},
        'staff.closed': { target: 'idle', actions: say(() => [r.text('handoff.closed')]) },
      },
      states: {
        queued: { on: { 'staff.accepted': 'withStaff' } },
        withStaff: {},
      },
    },
  },
});
