/**
 * Stepping an XState machine as a pure function: (snapshot, event) → (next snapshot, the
 * effects it emitted). XState's public `transition()` builds a throw-away actor, and computes
 * the machine's initial state, on every call: 29 µs a step against 12 µs here (measured on the
 * conversation flow, 2-core Xeon, Node 26). The flows have no children, timers or side
 * effects, so one inert actor scope, taken from an actor created once and never started, can
 * serve every step. That scope is private to XState: package.json pins xstate to the exact
 * version this was checked on, and test/flows/step.test.ts holds the fast step equal to
 * `transition()` on every generated path. If a future XState hides the scope, the public
 * `transition()` is used.
 */
import { type AnyStateMachine, createActor, transition } from 'xstate';
import type { Effect } from '../src/core/effects.ts';

type Action = { type: string; params?: unknown };

/** The effects among the actions a step would execute (the flows emit every effect as an `effect` event). */
export function effectsOf(actions: readonly Action[]): Effect[] {
  const effects: Effect[] = [];
  for (const action of actions) {
    const params = action.params as { event?: { type?: string; effect?: Effect } } | undefined;
    if (action.type === 'xstate.emit' && params?.event?.type === 'effect' && params.event.effect)
      effects.push(params.event.effect);
  }
  return effects;
}

export function createStepper<M extends AnyStateMachine>(machine: M) {
  const inert = (createActor(machine) as unknown as { _actorScope?: { actionExecutor: unknown } })
    ._actorScope;
  type Snapshot = ReturnType<M['resolveState']>;

  /** The public, slower step: the reference the fast one is tested against. */
  function publicStep(snapshot: Snapshot, event: unknown): [Snapshot, Action[]] {
    return transition(machine, snapshot as never, event as never) as unknown as [Snapshot, Action[]];
  }

  function fastStep(snapshot: Snapshot, event: unknown): [Snapshot, Action[]] {
    if (!inert) return publicStep(snapshot, event);
    const actions: Action[] = [];
    inert.actionExecutor = (action: Action) => actions.push(action);
    const next = machine.transition(snapshot as never, event as never, inert as never) as Snapshot;
    return [next, actions];
  }

  return { fastStep, publicStep, fast: inert !== undefined };
}
