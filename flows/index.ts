/**
 * The flow registry: the machines the engine can run, each with the version stored beside
 * its snapshots. Bump a version when a change makes old snapshots unsafe to restore.
 */
import { CONVERSATION_FLOW_VERSION, conversationMachine } from './conversation.machine.ts';

export const flows = {
  conversation: { machine: conversationMachine, version: CONVERSATION_FLOW_VERSION },
} as const;

export { initialContext } from './conversation.setup.ts';
export type { ConversationContext, ConversationEvent, EffectEvent } from './conversation.types.ts';
export { INTAKE_FORMS } from './intake-forms.ts';
