/**
 * flows/fast-assign.ts held to XState's own `assign` and `enqueueActions`: the same machine built
 * with each steps to the same snapshots (context with its fields in the same order, state value,
 * emitted events) over random event sequences, with a context of more than 20 fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, emit, enqueueActions, setup, transition } from 'xstate';
import { fastAssign, fastEnqueueActions } from '../../flows/fast-assign.ts';

type Context = Record<string, unknown> & { n: number; log: string[] };
type Event = { type: 'add'; key: string; value: number } | { type: 'bump' } | { type: 'both'; key: string };

function machineWith(a: typeof assign, q: typeof enqueueActions) {
  const fields = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}`, i]));
  return setup({
    types: { context: {} as Context, events: {} as Event, emitted: {} as { type: 'said'; n: number } },
    actions: {
      bump: a({ n: ({ context }) => context.n + 1, log: ({ context }) => [...context.log, 'bump'] }),
      add: a(({ event }) => (event.type === 'add' ? { [event.key]: event.value } : {})),
      both: q(({ context, event, enqueue }) => {
        enqueue.assign({ n: context.n * 2 });
        if (event.type === 'both') enqueue.assign({ [event.key]: context.n });
        enqueue(emit({ type: 'said', n: context.n }));
      }),
    },
  }).createMachine({
    context: { n: 0, log: [], ...fields },
    initial: 'a',
    states: {
      a: {
        on: { bump: { target: 'b', actions: 'bump' }, add: { actions: 'add' }, both: { actions: 'both' } },
      },
      b: {
        on: {
          bump: { target: 'a', actions: ['bump', 'both'] },
          add: { actions: ['add', 'bump'] },
          both: 'a',
        },
      },
    },
  });
}

const event = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    key: fc.constantFrom('x', 'y', 'f3', 'n'),
    value: fc.integer(),
  }),
  fc.constant({ type: 'bump' as const }),
  fc.record({ type: fc.constant('both' as const), key: fc.constantFrom('z', 'f20', 'w') }),
);

/** The events a step emitted (the actions' own arguments name a throw-away actor each time). */
const emitted = (actions: ReadonlyArray<{ type: string; params?: unknown }>) =>
  actions.filter((x) => x.type === 'xstate.emit').map((x) => (x.params as { event: unknown }).event);

describe('fastAssign', () => {
  it('steps as XState’s assign does', () => {
    const ours = machineWith(fastAssign, fastEnqueueActions);
    const theirs = machineWith(assign, enqueueActions);
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        let a = ours.resolveState({ value: 'a', context: ours.config.context as Context });
        let b = theirs.resolveState({ value: 'a', context: theirs.config.context as Context });
        for (const e of events) {
          const [nextA, actionsA] = transition(ours, a, e);
          const [nextB, actionsB] = transition(theirs, b, e);
          expect(nextA.value).toEqual(nextB.value);
          expect(nextA.context).toStrictEqual(nextB.context);
          expect(Object.keys(nextA.context)).toEqual(Object.keys(nextB.context));
          expect(emitted(actionsA)).toEqual(emitted(actionsB));
          a = nextA;
          b = nextB;
        }
      }),
    );
  });
});
