/**
 * A verified webhook batch as intake entries, and the handler that reads each entry back:
 * a person's message goes to the engine, a delivery status to the conversation's delivery
 * log, each to the conversation the person began whichever identifier it carries
 * (identity.ts); a changed number moves the conversation along, noted for staff on its
 * transcript. The webhook keeps the entries (core/ports/intake.ts) before it answers Meta, so
 * nothing here runs before they are safe; one person's messages share a key and stay in
 * order, different people run side by side. Each message is marked read with "typing"
 * shown while the answer is made; a file sent while the person waits for staff is fetched
 * and kept for the inbox. While the store is away the handler fails and the entry is tried
 * again later, rather than the message being lost.
 */
import { z } from 'zod';
import { conversationId } from '../../core/address.ts';
import { partOfCallback } from '../../core/deliveries.ts';
import { UnknownConversationError } from '../../core/errors.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { IntakeEntry, IntakeHandler } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { GraphClient } from './graph-client.ts';
import type { CloudIdentity } from './identity.ts';
import { type CloudIdentityChange, identityChangeSchema } from './identity-change.ts';
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
  /** Which conversation each of a person's identifiers belongs to (identity.ts); each its own when not given. */
  identity?: CloudIdentity;
  /** The transcript's note, for staff, that the person's number is now `number` (the office's language). */
  numberChangedNote?: (number: string) => string;
}

/** Who wrote the note that a number changed: WhatsApp told, not a staff member. */
const NOTICE_BY = 'WhatsApp';

const isRecord = (value: unknown) => typeof value === 'object' && value !== null;

/** What an entry's body holds (the engine validates the message itself again), checked again when read back (it crossed the store). */
const entryBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), reading: z.custom<InboundReading>(isRecord) }),
  z.object({ kind: z.literal('status'), status: z.custom<CloudStatus>(isRecord) }),
  z.object({ kind: z.literal('moved'), change: identityChangeSchema }),
]);

/**
 * The batch's messages, identity changes and statuses as entries, in Meta's order; a status is
 * kept once per state. One person's identifiers in the batch share a key, so a number change
 * goes before the messages from the new number that came with it, and after those from the old.
 */
export function cloudEntries(batch: CloudBatch): IntakeEntry[] {
  const entries: IntakeEntry[] = [];
  const keys = new Map<string, string>();
  const keyOf = (first: string, ...more: Array<string | undefined>) => {
    const ids = [first, ...more].filter((id): id is string => id !== undefined);
    const key =
      ids.map((id) => keys.get(id)).find((k) => k !== undefined) ??
      conversationId({ channel: WHATSAPP_CLOUD_CHANNEL, chatId: first });
    for (const id of ids) keys.set(id, key);
    return key;
  };
  const entry = (id: string, key: string, body: unknown) => ({
    id,
    channel: WHATSAPP_CLOUD_CHANNEL,
    key,
    body,
  });
  for (const reading of batch.messages) {
    if (reading.kind === 'moved') {
      const { from, to } = reading;
      entries.push(
        entry(`wac-${reading.id}`, keyOf(from, to.phone, to.userId), { kind: 'moved', change: reading }),
      );
    } else if (reading.kind === 'inbound') {
      const key = keyOf(reading.inbound.chatId, reading.userId);
      entries.push(entry(reading.inbound.id, key, { kind: 'message', reading }));
    }
  }
  for (const status of batch.statuses) {
    const key = keyOf(status.recipient_id);
    entries.push(entry(`wac-status-${status.id}-${status.status}`, key, { kind: 'status', status }));
  }
  return entries;
}

export function receiveCloudEntry(options: ReceiveOptions): IntakeHandler {
  const { logger } = options;

  async function receiveOne(reading: InboundReading) {
    // The conversation the person began, whichever of their identifiers this message carries.
    const given = reading.inbound;
    const chatId = options.identity
      ? await options.identity.conversationOf({
          chatId: given.chatId,
          ...(reading.userId ? { userId: reading.userId } : {}),
        })
      : given.chatId;
    const inbound = chatId === given.chatId ? given : { ...given, chatId };
    const wamid = inbound.id.replace(/^wac-/, '');
    // Best effort: a person sees the blue ticks and "typing" while the turn runs. A reaction
    // gets no answer, so no "typing" either (it would hang on for Meta's 25 seconds).
    if (inbound.content.type !== 'reaction')
      void options.client
        ?.markRead(wamid)
        .catch((error: Error) =>
          logger.warn('whatsapp-cloud: read receipt failed', { error: error.message }),
        );
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
    const recipient = status.recipient_id;
    const chatId = options.identity ? await options.identity.recipientOf(recipient) : recipient;
    const id = conversationId({ channel: WHATSAPP_CLOUD_CHANNEL, chatId });
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
    // Meta took the part: written as accepted (again, harmlessly, when deliver.ts already did),
    // so a retry after a crash between Meta's answer and that write skips it.
    const part = status.status === 'failed' ? null : partOfCallback(status.biz_opaque_callback_data);
    if (part)
      await log.recordDelivery(id, { kind: 'accepted', id: status.id, at: status.timestamp * 1000, ...part });
    if (status.status === 'failed') options.onFailed?.(id);
  }

  /**
   * A changed number or BSUID: the conversation goes on with it, and staff read on its
   * transcript that the number changed (once: not again when Meta sends the notice again).
   */
  async function follow(change: CloudIdentityChange) {
    const { phone } = change.to;
    const note = options.numberChangedNote;
    await options.identity?.follow(change, async (chatId) => {
      if (!phone || !note) return;
      const id = conversationId({ channel: WHATSAPP_CLOUD_CHANNEL, chatId });
      try {
        await options.conversations.staff.note(id, NOTICE_BY, note(phone));
      } catch (error) {
        // A person the office never heard from has no transcript to tell.
        if (!(error instanceof UnknownConversationError)) throw error;
      }
    });
  }

  return async (entry) => {
    const body = entryBodySchema.safeParse(entry.body);
    if (!body.success) {
      logger.error('whatsapp-cloud: an intake entry of an unknown shape was set aside', { id: entry.id });
      return;
    }
    if (body.data.kind === 'message') await receiveOne(body.data.reading);
    else if (body.data.kind === 'moved') await follow(body.data.change);
    else await recordStatus(body.data.status);
  };
}
