/**
 * WhatsApp Cloud API webhook messages in, engine messages out. Text is text; a tapped reply
 * button or list row is the choice it stands for (its id); voice notes, audio, images,
 * videos, stickers, documents, locations and contacts are media of that kind, as the
 * whatsapp-web.js channel reads them (a caption stays with its file, a location or a vCard
 * is never read as text); a reaction is an emoji on an earlier message and is not answered,
 * as in that channel, nor is a 'system' message (WhatsApp's notice that a person changed
 * their number, which nobody typed); any other type reaches the engine as media 'other',
 * which offers a person. The message id (wamid) is the engine's message id: Meta redelivers
 * with the same one, and the engine handles an id once.
 */
import { type Inbound, inboundSchema, type MediaKind } from '../../core/messages.ts';
import {
  type CloudMessage,
  type CloudPayload,
  type CloudStatus,
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
    }
  | { kind: 'ignored'; reason: 'malformed' | 'reaction' | 'system' | 'other-number'; id?: string };

export interface CloudBatch {
  messages: CloudReading[];
  statuses: CloudStatus[];
  /** Changes that are not messages (account updates and the like) or did not validate. */
  skipped: number;
}

const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = {
  image: 'photo',
  video: 'video',
  sticker: 'sticker',
  document: 'document',
  location: 'location',
  contacts: 'contact',
};

/**
 * Everything a validated payload carries, for the phone number `phoneNumberId` (changes for
 * another number of the same business account are ignored: they are another office's).
 */
export function readCloudPayload(
  payload: CloudPayload,
  options: { phoneNumberId?: string } = {},
): CloudBatch {
  const batch: CloudBatch = { messages: [], statuses: [], skipped: 0 };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      const value = cloudValueSchema.safeParse(change.value);
      if (change.field !== 'messages' || !value.success) {
        batch.skipped++;
        continue;
      }
      const ours = !options.phoneNumberId || value.data.metadata.phone_number_id === options.phoneNumberId;
      const names = contactNames(value.data);
      for (const raw of value.data.messages ?? []) {
        if (!ours) batch.messages.push({ kind: 'ignored', reason: 'other-number' });
        else batch.messages.push(readCloudMessage(raw, names));
      }
      for (const raw of value.data.statuses ?? []) {
        const status = cloudStatusSchema.safeParse(raw);
        if (status.success && ours) batch.statuses.push(status.data);
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
  if (m.type === 'reaction') return { kind: 'ignored', reason: 'reaction', id: m.id };
  if (m.type === 'system') return { kind: 'ignored', reason: 'system', id: m.id };
  const name = displayName(names.get(m.from));
  const inbound = inboundSchema.safeParse({
    id: `wac-${m.id}`,
    channel: WHATSAPP_CLOUD_CHANNEL,
    chatId: m.from,
    at: m.timestamp * 1000,
    ...(name ? { name } : {}),
    content: contentOf(m),
  });
  if (!inbound.success) return { kind: 'ignored', reason: 'malformed', id: m.id };
  const file = fileOf(m);
  return { kind: 'inbound', inbound: inbound.data, ...(file ? { media: file } : {}) };
}

function contentOf(m: CloudMessage): Inbound['content'] {
  if (m.type === 'text' && m.text) return { type: 'text', text: truncate(m.text.body, 4096) };
  if (m.type === 'interactive' && m.interactive) {
    const reply =
      m.interactive.type === 'button_reply' ? m.interactive.button_reply : m.interactive.list_reply;
    return { type: 'choice', value: reply.id };
  }
  // A template's quick-reply button: its payload is the choice; without one, its text is what they said.
  if (m.type === 'button' && m.button) {
    return m.button.payload
      ? { type: 'choice', value: m.button.payload }
      : { type: 'text', text: truncate(m.button.text, 4096) };
  }
  if (m.type === 'audio') return { type: 'media', media: m.audio?.voice === false ? 'audio' : 'voice' };
  return { type: 'media', media: MEDIA_TYPES[m.type] ?? 'other' };
}

function fileOf(m: CloudMessage): { id: string; mimeType?: string } | undefined {
  const file = m.image ?? m.audio ?? m.video ?? m.document ?? m.sticker;
  if (!file) return undefined;
  return { id: file.id, ...(file.mime_type ? { mimeType: file.mime_type } : {}) };
}

/** Cuts at a limit without splitting an emoji's surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The profile name on one line, short, without direction overrides that could disguise it in the inbox. */
function displayName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = truncate(
    raw.replace(/[\p{Cc}\s\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, ' ').trim(),
    64,
  ).trim();
  return name === '' ? undefined : name;
}
