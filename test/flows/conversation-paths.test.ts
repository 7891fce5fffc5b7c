/**
 * The conversation flow on its own: every state reached by generated shortest paths, every
 * global command from every state, and the private fast step (flows/step.ts) held equal to
 * XState's public transition() on every generated path, snapshot and effects alike.
 */
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../../flows/index.ts';
import { effectsOf } from '../../flows/step.ts';
import { TEST_CODEC as codec, TEST_FLOW as flow, meaning } from '../support/meanings.ts';

const at = 1;
const text = (m: ReturnType<typeof meaning>, t = 'x'): FlowEvent => ({
  type: 'user.text',
  text: t,
  meaning: m,
  at,
});
const choice = (value: string): FlowEvent => {
  const decoded = codec.decode(value);
  if (!decoded) throw new Error(`not a choice: ${value}`);
  return { type: 'user.choice', choice: decoded, at };
};

const SAMPLE_EVENTS: FlowEvent[] = [
  text(meaning('apostille')),
  text(meaning('remains_repatriation')),
  text(meaning('asylum')),
  text(meaning('emergency')),
  text(meaning('human')),
  text(meaning('none')),
  text(meaning('none', { act: 'greeting', greeting: true })),
  text(meaning('none', { act: 'yes' })),
  text(meaning('none', { act: 'no' })),
  text(meaning('none', { act: 'notHelped' })),
  text(meaning('none', { act: 'when' })),
  text(meaning('none', { act: 'correction', correction: { field: 'placeOfDeath', value: 'Dallas' } })),
  text(meaning('apostille', { act: 'followUp', facets: ['cost'] })),
  text(meaning('us_humanitarian_visa', { ambiguousWith: 'mx_status' })),
  ...['human', 'topic:apostille', 'menu', 'menu:more', 'lang:ht', 'intake:remains', 'intake:locate', 'more']
    .concat(['skip', 'answer:detained', 'yes', 'no', 'cancel'])
    .map(choice),
  { type: 'user.unknownChoice', at },
  { type: 'user.media', media: 'voice', at },
  ...(['cmd.menu', 'cmd.language', 'cmd.human', 'cmd.erase', 'cmd.restart'] as const).map((type) => ({
    type,
    at,
  })),
  { type: 'staff.take', by: 'ana', at },
  { type: 'staff.reply', text: 'hola', at },
  { type: 'staff.close', at },
  { type: 'timer.idle', at },
];

const stateId = (value: unknown) => JSON.stringify(value);
const paths = getShortestPaths(flow.machine, {
  events: SAMPLE_EVENTS,
  serializeState: (s) =>
    `${stateId(s.value)}|${s.context.intake?.step ?? '-'}|${s.context.offer}|${Boolean(s.context.emergency)}`,
});
const reached = new Map(paths.map((p) => [stateId(p.state.value), p]));

/** Every leaf state the flow declares, as the value a snapshot holds. */
const LEAF_STATES = [
  'fresh',
  'talking',
  'choosingLanguage',
  'confirmingErase',
  { intake: 'asking' },
  { intake: 'confirming' },
  { handoff: 'queued' },
  { handoff: 'leaving' },
  { handoff: 'withStaff' },
  'rating',
];

function run(events: readonly FlowEvent[]) {
  let snapshot = flow.start(null);
  const effects = [];
  for (const event of events) {
    const step = flow.step(snapshot, event);
    snapshot = step.next;
    effects.push(...step.effects);
  }
  return { snapshot, effects };
}

describe('conversation flow: states', () => {
  it.each(LEAF_STATES.map((s) => [stateId(s)]))('reaches %s by a generated path', (id) => {
    expect(reached.has(id), [...reached.keys()].join(' ')).toBe(true);
  });

  const commands = [
    ['cmd.menu', 'talking'],
    ['cmd.language', 'choosingLanguage'],
    ['cmd.human', { handoff: 'queued' }],
    ['cmd.erase', 'confirmingErase'],
    ['cmd.restart', 'talking'],
  ] as const;
  for (const [command, expected] of commands) {
    it.each(LEAF_STATES.map((s) => [stateId(s)]))(`${command} works from %s`, (id) => {
      const events = reached.get(id)?.steps.map((s) => s.event as FlowEvent) ?? [];
      const before = run(events).snapshot;
      const { next, effects } = flow.step(before, { type: command, at });
      const path = stateId(before.value);
      const withStaff = path.includes('handoff');
      if (command === 'cmd.human' && withStaff) expect(next.value).toEqual(before.value);
      else if (command === 'cmd.menu' && withStaff)
        // MENU while with staff asks first ("leave the queue?"); asked again, it leaves.
        expect(next.value).toEqual(path.includes('leaving') ? 'talking' : { handoff: 'leaving' });
      else if (command === 'cmd.restart' && withStaff) expect(next.value).toBe('talking');
      else if (command === 'cmd.erase' && path === stateId('confirmingErase')) {
        expect(next.value).toBe('fresh');
        expect(effects.some((e) => e.type === 'conversation.erase')).toBe(true);
      } else expect(next.value).toEqual(expected);
      expect(effects.some((e) => e.type === 'reply')).toBe(true);
    });
  }
});

describe('conversation flow: the fast step', () => {
  it('is the one the flow uses on this XState version (else the public step is used)', () => {
    expect(flow.stepper.fast).toBe(true);
  });

  it('gives the same snapshots and effects as XState transition() on every generated path', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      let fast = flow.start(null);
      let slow = flow.start(null);
      for (const { event } of path.steps) {
        const [a, fastActions] = flow.stepper.fastStep(fast, event);
        const [b, slowActions] = flow.stepper.publicStep(slow, event);
        expect(a.value).toEqual(b.value);
        expect(a.context).toEqual(b.context);
        expect(effectsOf(fastActions)).toEqual(effectsOf(slowActions));
        fast = a;
        slow = b;
      }
    }
  });
});
