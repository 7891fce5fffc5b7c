/**
 * The conversation flow on its own: every state reached by generated shortest paths,
 * every global command from every state, and the effects each path emits.
 */
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { type ConversationEvent, flows } from '../../flows/index.ts';
import { runEvents } from '../../src/core/run-flow.ts';
import type { Effect } from '../../src/core/types.ts';
import { meaning } from '../support/meanings.ts';

const machine = flows.conversation.machine;
const at = 1;
const text = (m: ReturnType<typeof meaning>, t = 'x'): ConversationEvent => ({
  type: 'user.text',
  text: t,
  meaning: m,
  at,
});
const choice = (value: string): ConversationEvent => ({ type: 'user.choice', value, at });

const SAMPLE_EVENTS: ConversationEvent[] = [
  text(meaning('apostille')),
  text(meaning('remains_repatriation')),
  text(meaning('emergency')),
  text(meaning('human')),
  text(meaning('none')),
  text(meaning('none', { greeting: true })),
  text(meaning('us_humanitarian_visa', { ambiguousWith: 'mx_status' })),
  ...[
    'human',
    'topic:apostille',
    'menu',
    'menu:more',
    'lang:ht',
    'intake:remains',
    'intake:locate',
    'more',
    'helped',
  ]
    .concat(['skip', 'answer:detained', 'confirm', 'redo', 'cancel', 'send', 'keep', 'erase', 'rating:yes'])
    .map(choice),
  { type: 'user.media', media: 'voice', at },
  ...(['cmd.menu', 'cmd.language', 'cmd.human', 'cmd.erase', 'cmd.restart'] as const).map((type) => ({
    type,
    at,
  })),
  { type: 'staff.accepted', at },
  { type: 'staff.closed', at },
  { type: 'timer.idle', at },
];

const stateId = (value: unknown) => JSON.stringify(value);
const paths = getShortestPaths(machine, {
  events: SAMPLE_EVENTS,
  serializeState: (s) => `${stateId(s.value)}|${s.context.intake?.step ?? '-'}`,
});
const reached = new Map(paths.map((p) => [stateId(p.state.value), p]));

/** Every leaf state the flow declares, as the value a snapshot would hold. */
const LEAF_STATES = [
  'fresh',
  'idle',
  'answered',
  'clarifying',
  'choosingLanguage',
  'confirmingErase',
  { intake: 'asking' },
  { intake: 'confirming' },
  { intake: 'offering' },
  { handoff: 'queued' },
  { handoff: 'withStaff' },
  'rating',
];

function effectsAlong(events: readonly ConversationEvent[]): Effect[] {
  return runEvents(machine.resolveState({ value: 'fresh', context: machine.config.context as never }), events)
    .effects;
}

describe('conversation flow', () => {
  it.each(LEAF_STATES.map((s) => [stateId(s)]))('reaches %s by a generated path', (id) => {
    expect(reached.has(id)).toBe(true);
  });

  const commands = [
    ['cmd.menu', 'idle'],
    ['cmd.language', 'choosingLanguage'],
    ['cmd.human', { handoff: 'queued' }],
    ['cmd.erase', 'confirmingErase'],
    ['cmd.restart', 'idle'],
  ] as const;

  for (const [command, expected] of commands) {
    it.each(LEAF_STATES.map((s) => [stateId(s)]))(`${command} works from %s`, (id) => {
      const path = reached.get(id);
      expect(path).toBeDefined();
      const events = path?.steps.map((s) => s.event) ?? [];
      const before = runEvents(
        machine.resolveState({ value: 'fresh', context: machine.config.context as never }),
        events,
      ).next;
      const { next, effects } = runEvents(before, [{ type: command, at }]);
      const inHandoff = typeof before.value === 'object' && 'handoff' in before.value;
      if (command === 'cmd.human' && inHandoff) {
        expect(next.value).toEqual(before.value);
      } else if (command === 'cmd.erase' && stateId(before.value) === stateId('confirmingErase')) {
        // A second BORRAR confirms the erase.
        expect(next.value).toBe('fresh');
        expect(effects.some((e) => e.type === 'conversation.erase')).toBe(true);
      } else {
        expect(next.value).toEqual(expected);
      }
      expect(effects.some((e) => e.type === 'reply')).toBe(true);
    });
  }

  it('greets on the first message and answers it in the same turn', () => {
    const effects = effectsAlong([text(meaning('apostille'))]);
    const replies = effects.flatMap((e) => (e.type === 'reply' ? [e.reply] : []));
    expect(replies[0]).toMatchObject({ kind: 'text', key: 'welcome.greeting' });
    expect(replies[1]).toMatchObject({ kind: 'entry', topic: 'apostille', part: 'reply' });
  });

  it('treats an emergency from any talking state as urgent and queues it for staff', () => {
    for (const start of [
      [],
      [text(meaning('apostille'))],
      [text(meaning('remains_repatriation')), choice('intake:remains')],
    ]) {
      const effects = effectsAlong([...start, text(meaning('emergency'))]);
      expect(effects).toContainEqual({
        type: 'handoff.queue',
        reason: 'emergency',
        urgent: true,
        topic: 'emergency',
      });
      expect(effects).toContainEqual({
        type: 'reply',
        reply: { kind: 'entry', topic: 'emergency', part: 'reply' },
      });
    }
  });

  it('stays silent with staff except for emergencies, and relays what the person writes', () => {
    const before = runEvents(
      machine.resolveState({ value: 'fresh', context: machine.config.context as never }),
      [{ type: 'cmd.human', at }],
    ).next;
    const quiet = runEvents(before, [text(meaning('apostille'), 'hola?')]);
    expect(quiet.effects).toEqual([{ type: 'staff.relay', text: 'hola?' }]);
    const urgent = runEvents(before, [text(meaning('emergency'))]);
    expect(urgent.effects.some((e) => e.type === 'handoff.queue' && e.urgent)).toBe(true);
    expect(runEvents(before, [{ type: 'timer.idle', at }]).next.value).toEqual({ handoff: 'queued' });
    const closed = runEvents(before, [{ type: 'staff.closed', at }]);
    expect(closed.next.value).toBe('rating');
    const rated = runEvents(closed.next, [choice('rating:no')]);
    expect(rated.next.value).toBe('idle');
    expect(rated.effects).toContainEqual({ type: 'rating', helped: false });
  });

  it('runs the remains intake: every question skippable, summary, confirmation, then staff with the case', () => {
    const answers = [
      'Juan Pérez',
      'Houston, Texas, EE. UU.',
      '2 de noviembre',
      'hijo',
      'Gómez Palacio, Durango',
      'este chat',
    ];
    const events = [
      text(meaning('remains_repatriation')),
      choice('intake:remains'),
      text(meaning('none'), answers[0]),
      choice('skip'),
      ...answers.slice(2).map((a) => text(meaning('none'), a)),
      choice('confirm'),
      choice('send'),
    ];
    const effects = effectsAlong(events);
    const saved = effects.find((e) => e.type === 'case.save');
    expect(saved).toEqual({
      type: 'case.save',
      form: 'remains',
      answers: {
        deceasedName: 'Juan Pérez',
        dateOfDeath: '2 de noviembre',
        relationship: 'hijo',
        originInMexico: 'Gómez Palacio, Durango',
        contact: 'este chat',
      },
    });
    expect(effects.at(-1)).toMatchObject({ type: 'handoff.queue', reason: 'intake' });
  });
});
