/**
 * The transitions every talking state shares (free text, buttons and files while the
 * assistant is talking), and the small action shapes the conversation machine's states use.
 * Shared by machine.ts and after-close.ts, so the states after a close behave like talking
 * for any message that is not an answer to their question.
 */
import { and } from 'xstate';
import type { Reply } from '../../src/core/types.ts';
import type { Replies } from './replies.ts';

export const say = (replies: (r: Replies) => Reply[]) => ({
  type: 'say' as const,
  params: { replies },
});
export const withdraw = { type: 'effect' as const, params: { effect: { type: 'ticket.withdraw' as const } } };
export const erase = [
  say((r) => [r.erased()]),
  'forget',
  { type: 'effect' as const, params: { effect: { type: 'conversation.erase' as const } } },
] as const;
const offer = (to: 'staff' | 'intake') => ({ type: 'offerIs' as const, params: { to } });
const outcome = (o: 'resolved' | 'waiting' | 'needHelp') => ({
  type: 'choseOutcome' as const,
  params: { outcome: o },
});
/**
 * An answer to a case's follow-up question, from any talking state: people answer hours
 * later, after the conversation started again. "I need help" goes back to staff.
 */
const outcomes = [
  {
    guard: outcome('needHelp'),
    target: '#conversation.handoff.queued',
    actions: ['touch', 'recordOutcome', 'queueForStaff'],
  },
  { guard: outcome('resolved'), target: '#conversation.talking', actions: ['touch', 'recordOutcome'] },
  { guard: outcome('waiting'), target: '#conversation.talking', actions: ['touch', 'recordOutcome'] },
] as const;
export const emergencyStart = {
  guard: 'isEmergency',
  target: '#conversation.handoff.queued',
  actions: ['touchAndAdopt', 'startEmergency', 'relay'],
} as const;

/**
 * Free text, buttons and files wherever the assistant is talking. Only the first message
 * can need the welcome: the first state gets the transitions with it, the others without
 * (an action that does nothing still costs every message its step).
 */
export const talkingWith = (first: boolean) => {
  const w = first ? (['welcome'] as const) : ([] as const);
  return {
    'user.text': [
      emergencyStart,
      {
        guard: 'looksUpCase',
        target: '#conversation.talking',
        actions: ['touchAndAdopt', ...w, 'caseLookup'],
      },
      {
        guard: { type: 'decides', params: { to: 'queue' } },
        target: '#conversation.handoff.queued',
        actions: ['touchAndAdopt', ...w, 'queueForStaff'],
      },
      {
        guard: { type: 'decides', params: { to: 'startIntake' } },
        target: '#conversation.intake.asking',
        actions: ['touchAndAdopt', 'startIntake'],
      },
      { target: '#conversation.talking', actions: ['touchAndAdopt', ...w, 'talk'] },
    ],
    'user.choice': [
      { ...emergencyStart, guard: { type: 'chose', params: { kind: 'danger' } } },
      ...outcomes,
      {
        guard: { type: 'chose', params: { kind: 'human' } },
        target: '#conversation.handoff.queued',
        actions: ['touchAndAdopt', ...w, 'queueForStaff'],
      },
      {
        guard: and(['saysYes', offer('staff')]),
        target: '#conversation.handoff.queued',
        actions: ['touch', 'queueForStaff'],
      },
      {
        guard: and(['saysYes', offer('intake')]),
        target: '#conversation.intake.asking',
        actions: ['touch', 'startIntake'],
      },
      {
        guard: 'offersIntake',
        target: '#conversation.intake.asking',
        actions: ['touchAndAdopt', ...w, 'startIntake'],
      },
      { target: '#conversation.talking', actions: ['touchAndAdopt', ...w, 'choose'] },
    ],
    'user.media': {
      target: '#conversation.talking',
      actions: ['touchAndAdopt', ...w, say((r) => [r.media()])],
    },
  } as const;
};
