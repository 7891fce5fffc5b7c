/**
 * Restoring, stepping and persisting the conversation flow. Snapshots are stored as
 * `{ flow, version, state: { value, context } }`; anything that does not validate or
 * comes from another flow version starts a fresh conversation (keeping the language)
 * instead of crashing. Steps use XState's pure `transition()`: no actor, no timers.
 */
import { createActor, transition } from 'xstate';
import { z } from 'zod';
import { type ConversationEvent, flows, initialContext } from '../../flows/index.ts';
import type { Logger, StoredConversation } from './ports.ts';
import { type Effect, LANGS, TOPIC_IDS } from './types.ts';

const { machine, version } = flows.conversation;
type Snapshot = ReturnType<typeof machine.resolveState>;

const contextSchema = z.object({
  lang: z.enum(LANGS).nullable(),
  langChosen: z.boolean(),
  lastTopic: z.enum(TOPIC_IDS).nullable(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })),
  intake: z
    .object({
      form: z.enum(['remains', 'locate']),
      step: z.number().int().nonnegative(),
      answers: z.record(z.string(), z.string()),
    })
    .nullable(),
  urgent: z.boolean(),
  lastActivityAt: z.number(),
});

export function restoreConversation(
  record: StoredConversation | null,
  logger: Logger,
  id: string,
): { snapshot: Snapshot; rev: number | null } {
  const fresh = (lang: z.infer<typeof contextSchema>['lang'] = null) =>
    machine.resolveState({ value: 'fresh', context: { ...initialContext(), lang } });
  if (!record) return { snapshot: fresh(), rev: null };
  const context = contextSchema.safeParse(record.state.context);
  if (record.flow !== 'conversation' || record.version !== version || !context.success) {
    logger.warn('stored conversation could not be restored; starting it again', {
      conversationId: id,
      storedVersion: record.version,
    });
    const lang = context.success ? context.data.lang : null;
    return { snapshot: fresh(lang), rev: record.rev };
  }
  try {
    const snapshot = machine.resolveState({ value: record.state.value as never, context: context.data });
    return { snapshot, rev: record.rev };
  } catch {
    logger.warn('stored conversation state is unknown to this flow; starting it again', {
      conversationId: id,
    });
    return { snapshot: fresh(context.data.lang), rev: record.rev };
  }
}

/** Sends the events in order and collects every effect the flow emitted. */
/**
 * XState's `transition()` builds a throw-away actor (and computes the machine's initial
 * state) on every call, which is most of its cost. The flow has no children, timers or
 * side effects, so one inert actor scope can serve every step: we take it from an actor
 * that is created once and never started, and collect the actions it would execute.
 * When a future XState hides that scope, we fall back to `transition()`.
 */
const inert = (createActor(machine) as unknown as { _actorScope?: { actionExecutor: unknown } })._actorScope;

function step(
  snapshot: Snapshot,
  event: ConversationEvent,
): [Snapshot, Array<{ type: string; params?: unknown }>] {
  if (!inert) return transition(machine, snapshot, event);
  const actions: Array<{ type: string; params?: unknown }> = [];
  inert.actionExecutor = (action: { type: string; params?: unknown }) => actions.push(action);
  const next = machine.transition(snapshot, event, inert as never);
  return [next, actions];
}

export function runEvents(snapshot: Snapshot, events: readonly ConversationEvent[]) {
  const effects: Effect[] = [];
  let next = snapshot;
  for (const event of events) {
    const [after, actions] = step(next, event);
    next = after;
    for (const action of actions) {
      const params = action.params as { event?: { type?: string; effect?: Effect } } | undefined;
      if (
        (action.type as string) === 'xstate.emit' &&
        params?.event?.type === 'effect' &&
        params.event.effect
      ) {
        effects.push(params.event.effect);
      }
    }
  }
  return { next, effects };
}

/** Whether a state is with staff (queued or talking): idle timeouts do not apply there. */
export const isInHandoff = (value: unknown) =>
  typeof value === 'object' && value !== null && 'handoff' in value;

/** The record the store keeps for a snapshot. */
export function toRecord(snapshot: Snapshot): Omit<StoredConversation, 'rev'> {
  return { flow: 'conversation', version, state: { value: snapshot.value, context: snapshot.context } };
}
