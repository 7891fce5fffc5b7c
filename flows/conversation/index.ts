/**
 * The conversation flow as the engine sees it (the Flow interface of flows/flow.ts), built
 * for one topic catalog: start, restore, step, view, persist.
 */
import type { Flow, FlowEvent, FlowSnapshot, TopicCatalog } from '../flow.ts';
import { createStepper, effectsOf } from '../step.ts';
import { type ConversationContext, contextSchema, initialContext } from './context.ts';
import { CONVERSATION_FLOW_VERSION, createConversationMachine } from './machine.ts';
import { viewOf } from './view.ts';

export function createConversationFlow(catalog: TopicCatalog) {
  const machine = createConversationMachine(catalog);
  const stepper = createStepper(machine);
  type Snapshot = ReturnType<typeof machine.resolveState> & FlowSnapshot;
  // Contexts this flow persisted (the objects themselves): see restore.
  const written = new WeakSet<object>();
  const resolve = (value: unknown, context: ConversationContext) =>
    machine.resolveState({ value: value as never, context }) as Snapshot;

  const flow: Flow<Snapshot> & { machine: typeof machine; stepper: typeof stepper } = {
    id: 'conversation',
    version: CONVERSATION_FLOW_VERSION,
    contextSchema,
    machine,
    stepper,
    start: (lang) => resolve('fresh', initialContext(lang)),
    restore(stored) {
      // A context this flow wrote itself, handed back as the same object (the memory store
      // keeps records as they are), was valid when written; anything else is checked.
      if (typeof stored.context === 'object' && stored.context !== null && written.has(stored.context))
        return resolve(stored.value, stored.context as ConversationContext);
      const context = contextSchema.safeParse(stored.context);
      if (!context.success) return null;
      try {
        return resolve(stored.value, context.data);
      } catch {
        return null;
      }
    },
    step(snapshot, event: FlowEvent) {
      const [next, actions] = stepper.fastStep(snapshot, event);
      return { next, effects: effectsOf(actions) };
    },
    view: (snapshot) => viewOf(snapshot.value, snapshot.context as ConversationContext),
    persist(snapshot) {
      written.add(snapshot.context as object);
      return { value: snapshot.value, context: snapshot.context };
    },
  };
  return flow;
}

export type ConversationFlow = ReturnType<typeof createConversationFlow>;
