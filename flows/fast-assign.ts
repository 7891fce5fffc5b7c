/**
 * XState's `assign` and `enqueueActions`, with the context copied by a spread instead of
 * `Object.assign({}, context, patch)`. The conversation's context has 20 fields once a
 * conversation has said anything (`told` and `langGuessed` join the 18 it starts with), and V8's
 * Object.assign into an empty object makes a copy of 20 fields or more a slow dictionary
 * object: 7 µs a copy against 0.3 µs for the spread (Node 26, issue 32), and every step
 * assigns two to four times. The copy is the same (own enumerable fields, in order, then the
 * patch's); so is the snapshot, whose `value` and `tags` are those of the snapshot it copies.
 * The action keeps XState's own protocol for built-in actions (a function with `type` and
 * `resolve`), which is private: package.json pins xstate to the exact version this was checked
 * on, and test/flows/fast-assign.test.ts holds each step equal to XState's own `assign`.
 * The flows spawn nothing: an assigner that tried to would throw.
 */
import { assign, enqueueActions } from 'xstate';

type Assignment = ((args: unknown, params: unknown) => object) | Record<string, unknown>;
interface Scope {
  self: unknown;
  system: unknown;
}
interface Snapshot {
  context: object;
}

const noSpawn = () => {
  throw new Error('the conversation flows spawn no actors');
};

/** The context after one assignment: XState's resolveAssign, the copy made by a spread. */
function resolveFast(
  scope: Scope,
  snapshot: Snapshot,
  actionArgs: { event: unknown },
  actionParams: unknown,
  { assignment }: { assignment: Assignment },
): [Snapshot, undefined, undefined] {
  const args = {
    context: snapshot.context,
    event: actionArgs.event,
    spawn: noSpawn,
    self: scope.self,
    system: scope.system,
  };
  let patch: object;
  if (typeof assignment === 'function') patch = assignment(args, actionParams);
  else {
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(assignment)) {
      const field = assignment[key];
      fields[key] = typeof field === 'function' ? field(args, actionParams) : field;
    }
    patch = fields;
  }
  return [{ ...snapshot, context: { ...snapshot.context, ...patch } }, undefined, undefined];
}

/** `assign`, copying the context with a spread. */
export const fastAssign = ((assignment: Assignment) => {
  const action = (assign as unknown as (a: Assignment) => { resolve: unknown })(assignment);
  action.resolve = resolveFast;
  return action;
}) as unknown as typeof assign;

/** `enqueueActions` whose `enqueue.assign` is fastAssign. */
export const fastEnqueueActions = ((collect: (args: { enqueue: object }, params: unknown) => void) =>
  (enqueueActions as (c: typeof collect) => unknown)((args, params) => {
    const enqueue = args.enqueue as ((action: unknown) => void) & Record<string, unknown>;
    const fast = Object.assign((action: unknown) => enqueue(action), enqueue, {
      assign: (patch: Assignment) => enqueue(fastAssign(patch as never)),
    });
    collect({ ...args, enqueue: fast }, params);
  })) as unknown as typeof enqueueActions;
