/**
 * Hands a verified webhook batch to the engine: each message a person sent, in the order
 * Meta listed them (one person's messages stay in order). A message Meta delivers again has
 * the same id and the engine handles it once. Each message is marked read with "typing"
 * shown while the answer is made; a file sent while the person waits for staff is fetched
 * and kept for the inbox; delivery statuses go to the conversation's delivery log. The 200
 * has already gone to Meta, so a store outage is waited out here rather than losing the
 * message; a message the engine refuses, or a failed turn, is logged and the rest goes on.
 */
import { conversationId } from '../../core/address.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import { retryWhileStoreAway } from '../store-retry.ts';
import type { GraphClient } from './graph-client.ts';
import { type CloudBatch, type CloudReading, WHATSAPP_CLOUD_CHANNEL } from './inbound.ts';
import type { CloudFile } from './media.ts';
import type { CloudStatus } from './payload.ts';

export interface ReceiveOptions {
  conversations: Conversations;
  logger: Logger;
  /** Read receipts and "typing"; none in tests that do not care. */
  client?: Pick<GraphClient, 'markRead'>;
  /** Fetches a person's file for staff (media.ts). */
  download?: (
    file: NonNullable<Extract<CloudReading, { kind: 'inbound' }>['media']>,
    kind: CloudFile['kind'],
  ) => Promise<CloudFile>;
  log?: Pick<DeliveryLog, 'recordDelivery'>;
  /** Tries while the store is away; tests lower it. */
  storeTries?: number;
  /** Meta could not deliver a message of this conversation: open inbox pages show it at once. */
  onFailed?: (conversationId: string) => void;
}

export function receiveCloudBatch(options: ReceiveOptions) {
  const { logger } = options;

  async function receiveOne(reading: Extract<CloudReading, { kind: 'inbound' }>) {
    const inbound = reading.inbound;
    const wamid = inbound.id.replace(/^wac-/, '');
    // Best effort: a person sees the blue ticks and "typing" while the turn runs.
    void options.client
      ?.markRead(wamid)
      .catch((error: Error) => logger.warn('whatsapp-cloud: read receipt failed', { error: error.message }));
    const result = await retryWhileStoreAway(() => options.conversations.handle(inbound), options.storeTries);
    if (!reading.media || !options.download || inbound.content.type !== 'media' || !result.report.queued)
      return;
    try {
      const file = await options.download(reading.media, inbound.content.media);
      await options.conversations.attachMedia({ channel: inbound.channel, chatId: inbound.chatId }, file);
    } catch (error) {
      logger.warn('whatsapp-cloud: a file for staff could not be kept', { error: (error as Error).message });
    }
  }

  async function recordStatus(status: CloudStatus) {
    const log = options.log;
    if (status.status === 'deleted' || !log) return;
    const id = conversationId({ channel: WHATSAPP_CLOUD_CHANNEL, chatId: status.recipient_id });
    const first = status.errors?.[0];
    const error = first
      ? { code: first.code, title: (first.message ?? first.title ?? '').slice(0, 300) }
      : undefined;
    if (status.status === 'failed')
      logger.warn('whatsapp-cloud: Meta could not deliver a message', {
        code: first?.code,
        title: first?.title,
      });
    await retryWhileStoreAway(
      () =>
        log.recordDelivery(id, {
          kind: 'status',
          id: status.id,
          state: status.status as 'sent' | 'delivered' | 'read' | 'failed',
          at: status.timestamp * 1000,
          ...(error ? { error } : {}),
        }),
      options.storeTries,
    );
    if (status.status === 'failed') options.onFailed?.(id);
  }

  return async (batch: CloudBatch): Promise<void> => {
    for (const reading of batch.messages) {
      if (reading.kind !== 'inbound') continue;
      try {
        await receiveOne(reading);
      } catch (error) {
        logger.error('whatsapp-cloud: message not handled', {
          id: reading.inbound.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    for (const status of batch.statuses) {
      try {
        await recordStatus(status);
      } catch (error) {
        logger.error('whatsapp-cloud: status not recorded', { error: (error as Error).message });
      }
    }
  };
}
