/**
 * WhatsApp Cloud API webhook messages in, engine messages out (what each says: content.ts). A
 * person is their phone number, or their business-scoped user id when Meta withholds the
 * number (a username): the conversation's chat id is the number when there is one. A
 * reaction (an emoji on an earlier message, or taken back) reaches the engine, which keeps it
 * on the transcript and does not answer it; a reply quoting an earlier message (`context.id`)
 * names it (`replyTo`) so staff see what was answered. A 'system' message (WhatsApp's notice
 * that a person changed their number, which nobody typed) is not answered but followed (identity-change.ts), nor a message
 * written in a group (`group_id`: not a private
 * conversation, and a private answer would tell the group's words to one member). Meta's error
 * objects (`value.errors`, `messages[].errors`) come back in the batch for the webhook to log
 * and count. The message id (wamid) is the engine's message id: Meta redelivers with the same
 * one, and the engine handles an id once.
 */
import { z } from 'zod';
import { cutWhole } from '../../core/cut-text.ts';
import { cleanDisplayName } from '../../core/display-name.ts';
import { type Inbound, inboundSchema } from '../../core/messages.ts';
import { contentOf } from './content.ts';
import { type CloudIdentityChange, identityChangeOf } from './identity-change.ts';
import {
  type CloudMessage,
  type CloudPayload,
  type CloudStatus,
  cloudErrorSchema,
  cloudMessageSchema,
  cloudStatusSchema,
  cloudValueSchema,
  contactNames,
} from './payload.ts';

export const WHATSAPP_CLOUD_CHANNEL = 'whatsapp-cloud';

export type CloudReading =
  | {
      kind: 'inbound';
      inbound: Inbound;
      /** The file to fetch for staff (by its media id, with the token), when the message carries one. */
      media?: { id: string; mimeType?: string };
      /** The person's BSUID when it came with their phone number (the chat id): one person, remembered (identity.ts). */
      userId?: string;
    }
  | CloudIdentityChange
  | {
      kind: 'ignored';
      reason: 'malformed' | 'system' | 'group' | 'other-number';
      id?: string;
    };

/** One of Meta's error objects, as the webhook logs and counts it (never any message text). */
export interface CloudBatchError {
  code: number;
  title?: string;
}

export interface CloudBatch {
  messages: CloudReading[];
  statuses: CloudStatus[];
  /** Changes that are not messages (account updates and the like) or did not validate. */
  skipped: number;
  /** Meta's errors in the batch: about the webhook or the number (`value.errors`) or a message (`messages[].errors`). */
  errors: CloudBatchError[];
}

/** Where an object carries Meta's `errors`; each error of another shape is passed over. */
const withErrors = z.looseObject({ errors: z.array(z.unknown()).max(100) });

function errorsOf(raw: unknown): CloudBatchError[] {
  const found = withErrors.safeParse(raw);
  if (!found.success) return [];
  return found.data.errors.flatMap((error) => {
    const parsed = cloudErrorSchema.safeParse(error);
    if (!parsed.success) return [];
    const title = parsed.data.title ?? parsed.data.message;
    return [{ code: parsed.data.code, ...(title ? { title: cutWhole(title, 300) } : {}) }];
  });
}

/**
 * Everything a validated payload carries, for the phone number `phoneNumberId` (changes for
 * another number of the same business account are ignored: they are another office's).
 */
export function readCloudPayload(
  payload: CloudPayload,
  options: { phoneNumberId?: string } = {},
): CloudBatch {
  const batch: CloudBatch = { messages: [], statuses: [], skipped: 0, errors: [] };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      const value = cloudValueSchema.safeParse(change.value);
      if (change.field !== 'messages' || !value.success) {
        batch.skipped++;
        continue;
      }
      const ours = !options.phoneNumberId || value.data.metadata.phone_number_id === options.phoneNumberId;
      if (!ours) {
        for (const _ of value.data.messages ?? [])
          batch.messages.push({ kind: 'ignored', reason: 'other-number' });
        batch.skipped += value.data.statuses?.length ?? 0;
        continue;
      }
      batch.errors.push(...errorsOf(value.data));
      const names = contactNames(value.data);
      for (const raw of value.data.messages ?? []) {
        batch.errors.push(...errorsOf(raw));
        batch.messages.push(readCloudMessage(raw, names));
      }
      for (const raw of value.data.statuses ?? []) {
        const status = cloudStatusSchema.safeParse(raw);
        if (status.success) batch.statuses.push(status.data);
        else batch.skipped++;
      }
    }
  }
  return batch;
}

/** One message, with the display names of the value it came in. */
export function readCloudMessage(raw: unknown, names: ReadonlyMap<string, string> = new Map()): CloudReading {
  const parsed = cloudMessageSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'ignored', reason: 'malformed' };
  const m = parsed.data;
  if (m.type === 'system') return identityChangeOf(m) ?? { kind: 'ignored', reason: 'system', id: m.id };
  if (m.group_id !== undefined) return { kind: 'ignored', reason: 'group', id: m.id };
  if (m.type === 'reaction' && !m.reaction) return { kind: 'ignored', reason: 'malformed', id: m.id };
  // The phone number when Meta gives it, so a person keeps the conversation they had before usernames.
  const chatId = (m.from ?? m.from_user_id) as string;
  const name = cleanDisplayName(
    names.get(chatId) ?? (m.from_user_id ? names.get(m.from_user_id) : undefined),
  );
  const inbound = inboundSchema.safeParse({
    id: `wac-${m.id}`,
    channel: WHATSAPP_CLOUD_CHANNEL,
    chatId,
    at: m.timestamp * 1000,
    ...(name ? { name } : {}),
    ...replyToOf(m),
    content: contentOf(m),
  });
  if (!inbound.success) return { kind: 'ignored', reason: 'malformed', id: m.id };
  const file = fileOf(m);
  const userId = m.from && m.from_user_id ? { userId: m.from_user_id } : {};
  return { kind: 'inbound', inbound: inbound.data, ...(file ? { media: file } : {}), ...userId };
}

/**
 * The earlier message this one names: the one reacted to, or the one a reply quotes
 * (`context.id`). A tapped button's or list row's `context` is the message it was on: the
 * tap is the answer to it already, not a quote, so it names none.
 */
function replyToOf(m: CloudMessage): { replyTo?: { id: string } } {
  if (m.type === 'reaction') return m.reaction ? { replyTo: { id: m.reaction.message_id } } : {};
  if (m.type === 'interactive' || m.type === 'button') return {};
  return m.context?.id ? { replyTo: { id: m.context.id } } : {};
}

function fileOf(m: CloudMessage): { id: string; mimeType?: string } | undefined {
  const file = m.image ?? m.audio ?? m.video ?? m.document ?? m.sticker;
  if (!file) return undefined;
  return { id: file.id, ...(file.mime_type ? { mimeType: file.mime_type } : {}) };
}
