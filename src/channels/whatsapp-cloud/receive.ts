/**
 * Hands a verified webhook batch to the engine: each message a person sent, in the order
 * Meta listed them (one person's messages stay in order). A message Meta delivers again has
 * the same id and the engine handles it once. A message the engine refuses, or a failed turn,
 * is logged and the rest of the batch goes on; delivery statuses go to `onStatus` when given.
 */
import type { Conversations } from '../../core/ports/conversations.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { CloudBatch } from './inbound.ts';
import type { CloudStatus } from './payload.ts';

export interface ReceiveOptions {
  conversations: Conversations;
  logger: Logger;
  onStatus?: (status: CloudStatus) => Promise<void> | void;
}

export function receiveCloudBatch(options: ReceiveOptions) {
  return async (batch: CloudBatch): Promise<void> => {
    for (const reading of batch.messages) {
      if (reading.kind !== 'inbound') continue;
      try {
        await options.conversations.handle(reading.inbound);
      } catch (error) {
        options.logger.error('whatsapp-cloud: message not handled', {
          id: reading.inbound.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    for (const status of batch.statuses) await options.onStatus?.(status);
  };
}
