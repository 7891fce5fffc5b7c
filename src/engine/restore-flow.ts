/**
 * A stored conversation back into its flow's snapshot. A record of another flow or version
 * (the flows changed since it was written) cannot be trusted to fit: the conversation starts
 * again in the language it had, and the operator's log says so.
 */
import type { Flow, FlowSnapshot } from '../../flows/index.ts';
import type { StoredConversation } from '../core/ports/conversation-store.ts';
import type { Logger } from '../core/ports/runtime.ts';
import { LANGS } from '../core/types.ts';

export function restoreFlow(
  flow: Flow,
  logger: Logger,
  record: StoredConversation | null,
  id: string,
): FlowSnapshot {
  if (!record) return flow.start(null);
  const stored = record.state.context as { lang?: unknown } | null;
  const lang = LANGS.find((l) => l === stored?.lang) ?? null;
  const snapshot =
    record.flow === flow.id && record.version === flow.version ? flow.restore(record.state) : null;
  if (snapshot) return snapshot;
  logger.warn('stored conversation could not be restored; starting it again', {
    conversationId: id,
    storedVersion: record.version,
  });
  return flow.start(lang);
}
