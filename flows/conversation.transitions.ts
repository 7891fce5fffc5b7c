/**
 * The transitions the conversation flow shares between states: what free text, a button
 * choice or a voice note does wherever the bot is talking, and the action lists for an
 * emergency and a request for staff. Pure configuration for conversation.machine.ts.
 */
import { replies as r } from './conversation.setup.ts';
import type { ConversationEvent } from './conversation.types.ts';

export { r };

export type E = ConversationEvent;
const topicOf = (e: E) => (e.type === 'user.text' && e.meaning.topic !== 'none' ? e.meaning.topic : 'human');
const chosen = (e: E) =>
  (e.type === 'user.choice' ? e.value.replace(/^topic:/, '') : '') as ReturnType<typeof topicOf>;

export const say = (build: (args: { context: never; event: E }) => ReturnType<typeof r.text>[]) => ({
  type: 'say' as const,
  params: (args: { event: E }) => ({ replies: build(args as never) }),
});
export const emergency = [
  'markUrgent',
  say(() => [{ kind: 'entry', topic: 'emergency', part: 'reply' }]),
  {
    type: 'effect',
    params: { effect: { type: 'handoff.queue', reason: 'emergency', urgent: true, topic: 'emergency' } },
  },
] as const;
export const startHandoff = [
  say(() => [r.text('handoff.queued')]),
  {
    type: 'effect',
    params: { effect: { type: 'handoff.queue', reason: 'asked', urgent: false, topic: 'human' } },
  },
] as const;
export const withdraw = { type: 'effect', params: { effect: { type: 'handoff.withdraw' } } } as const;

/** Free text in any state where the bot is talking: emergency first, then meaning. */
export const onText = [
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
export const onChoice = [
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

export const touchAndAdopt = ['touch', 'adoptLanguage'] as const;
export const prefix = <T extends { actions: unknown }>(list: readonly T[], first: readonly unknown[]) =>
  list.map((t) => ({ ...t, actions: [...first, ...(Array.isArray(t.actions) ? t.actions : [t.actions])] }));
export const mediaReply = say(() => [
  r.text('media.unsupported', [r.MENU_BUTTONS.HUMAN, r.MENU_BUTTONS.MENU]),
]);
export const unsupportedMedia = { actions: ['touch', mediaReply] as const };
export const greet = say(() => [r.welcome()]);

/** What a state where the bot is talking does with each kind of input. */
export const talking = {
  'user.text': prefix(onText, touchAndAdopt),
  'user.choice': prefix(onChoice, touchAndAdopt),
  'user.media': unsupportedMedia,
};
