/**
 * A verified webhook batch as intake entries, and the handler that reads each entry back:
 * a person's message goes to the engine, a delivery status to the conversation's delivery
 * log. The webhook keeps the entries (core/ports/intake.ts) before it answers Meta, so
 * nothing here runs before they are safe; one person's messages share a key and stay in
 * order, different people run side by side. Each message is marked read with "typing"
 * shown while the answer is made; a file sent while the person waits for staff is fetched
 * and kept for the inbox. While the store is away the handler fails and the entry is tried
 * again later, rather than the message being lost.
 */
import { z } from 'zod';
import { conversationId } from '../../core/address.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { IntakeEntry, IntakeHandler } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { GraphClient } from './graph-client.ts';
import { type CloudBatch, type CloudReading, WHATSAPP_CLOUD_CHANNEL } from './inbound.ts';
import type { CloudFile } from './media.ts';
import type { CloudStatus } from './payload.ts';

type InboundReading = Extract<CloudReading, { kind: 'inbound' }>;

export interface ReceiveOptions {
  conversations: Conversations;
  logger: Logger;
  /** Read receipts and "typing"; none in tests that do not care. */
  client?: Pick<GraphClient, 'markRead'>;
  /** Fetches a person's file for staff (media.ts). */
  download?: (file: NonNullable<InboundReading['media']>, kind: CloudFile['kind']) => Promise<CloudFile>;
  log?: Pick<DeliveryLog, 'recordDelivery'>;
  /** Meta could not deliver a message of this conversation: open inbox pages show it at once. */
  onFailed?: (conversationId: string) => void;
}

const isRecord = (value: unknown) => typeof value === 'object' && value !== null;

/** What an entry's body holds (the engine validates the message itself again), checked again when read back (it crossed the store). */
const entryBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), reading: z.custom<InboundReading>(isRecord) }),
  z.object({ kind: z.literal('status'), status: z.custom<CloudStatus>(isRecord) }),
]);

/** The batch's messages and statuses as entries, in Meta's order; a status is kept once per state. */
export function cloudEntries(batch: CloudBatch): IntakeEntry[] {
  const entries: IntakeEntry[] = [];
  for (const reading of batch.messages) {
    if (reading.kind !== 'inbound') continue;
    const { inbound } = reading;
    entries.push({
      id: inbound.id,
      channel: WHATSAPP_CLOUD_CHANNEL,
      key: conversationId(inbound),
      body: { kind: 'message', reading },
    });
  }
  for (const status of batch.statuses) {
    entries.push({
      id: `wac-status-${status.id}-${status.status}`,
      channel: WHATSAPP_CLOUD_CHANNEL,
      key: conversationId({ channel: WHATSAPP_CLOUD_CHANNEL, chatId: status.recipient_id }),
      body: { kind: 'status', status },
    });
  }
  return entries;
}

export function receiveCloudEntry(options: ReceiveOptions): IntakeHandler {
  const { logger } = options;

  async function receiveOne(reading: InboundReading) {
    const inbound = reading.inbound;
    const wamid = inbound.id.replace(/^wac-/, '');
    // Best effort: a person sees the blue ticks and "typing" while the turn runs.
    void options.client
      ?.markRead(wamid)
      .catch((error: Error) => logger.warn('whatsapp-cloud: read receipt failed', { error: error.message }));
    const result = await options.conversations.handle(inbound);
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
    await log.recordDelivery(id, {
      kind: 'status',
      id: status.id,
      state: status.status as 'sent' | 'delivered' | 'read' | 'failed',
      at: status.timestamp * 1000,
      ...(error ? { error } : {}),
    });
    if (status.status === 'failed') options.onFailed?.(id);
  }

  return async (entry) => {
    const body = entryBodySchema.safeParse(entry.body);
    if (!body.success) {
      logger.error('whatsapp-cloud: an intake entry of an unknown shape was set aside', { id: entry.id });
      return;
    }
    if (body.data.kind === 'message') await receiveOne(body.data.reading);
    else await recordStatus(body.data.status);
  };
}
