/**
 * How the conversation flow's actions speak: replies and effects leave the machine as
 * `effect` events (the engine carries them out after the turn is written), and the buttons
 * last shown are remembered so a typed "2" can mean the second one.
 */
import type { Effect } from '../../src/core/effects.ts';
import type { Reply } from '../../src/core/types.ts';
import type { ConversationContext } from './context.ts';

export interface EffectEvent {
  type: 'effect';
  effect: Effect;
}

export type Enqueue = {
  assign(patch: Partial<ConversationContext>): void;
  emit(event: EffectEvent): void;
};

/**
 * Sends replies and remembers their last buttons; the context's other changes (`patch`) go in the same assignment,
 * and `effects` leave after the replies.
 */
export function say(
  enqueue: Enqueue,
  replies: readonly Reply[],
  patch: Partial<ConversationContext> = {},
  effects: readonly Effect[] = [],
) {
  const last = replies.findLast((r) => r.buttons && r.buttons.length > 0);
  enqueue.assign({
    ...patch,
    choices: last?.buttons?.map((b) => ({ value: b.value, label: b.label })) ?? [],
  });
  for (const reply of replies) enqueue.emit({ type: 'effect', effect: { type: 'reply', reply } });
  for (const e of effects) enqueue.emit({ type: 'effect', effect: e });
}

export const effect = (enqueue: Enqueue, e: Effect) => enqueue.emit({ type: 'effect', effect: e });
