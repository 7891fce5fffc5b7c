/**
 * The conversation flow: first contact, menu, answers, clarifying questions, the two
 * family intakes, emergencies and handoff to staff, with global commands from any state.
 * Pure: the engine understands each message before sending it here, and carries out the
 * `effect` events this machine emits. No `after:` timers: the engine sends timer.idle.
 */
import { conversationSetup, initialContext } from './conversation.setup.ts';
import {
  type E,
  emergency,
  greet,
  mediaReply,
  onChoice,
  onText,
  prefix,
  r,
  say,
  startHandoff,
  talking,
  touchAndAdopt,
  withdraw,
} from './conversation.transitions.ts';

export const CONVERSATION_FLOW_VERSION = 1;

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
    'staff.accepted': { target: '.handoff.withStaff', actions: say(() => [r.text('handoff.joined')]) },
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
    /** After staff closed: did we help? One tap, or any message to carry on. */
    rating: {
      on: {
        ...talking,
        'user.choice': [
          {
            guard: { type: 'choiceStartsWith', params: { prefix: 'rating:' } },
            target: 'idle',
            actions: [
              'touch',
              {
                type: 'effect',
                params: ({ event }: { event: E }) => ({
                  effect: {
                    type: 'rating',
                    helped: event.type === 'user.choice' && event.value === 'rating:yes',
                  },
                }),
              },
              say(() => [r.text('rating.thanks')]),
            ],
          },
          ...prefix(onChoice, touchAndAdopt),
        ],
      },
    },
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
        // The person hears that staff are done, and is asked one question about it.
        'staff.closed': {
          target: 'rating',
          actions: say(() => [r.text('handoff.closed'), r.text('rating.prompt', r.RATING_BUTTONS)]),
        },
      },
      states: {
        queued: {
          on: { 'staff.accepted': { target: 'withStaff', actions: say(() => [r.text('handoff.joined')]) } },
        },
        withStaff: {},
      },
    },
  },
});
