/**
 * WhatsApp messages in, engine messages out: reads the few fields of a whatsapp-web.js
 * `Message` the assistant needs, validated with zod, and maps it to the engine's Inbound.
 * Everything else is ignored with a reason (groups, status posts, the office's own
 * messages, the backlog from before the client was ready, system notices); anything that
 * does not validate is 'malformed', never an exception. Only the chat id and the display
 * name leave this file: not the office's number (`to`), not a group author, not a vCard.
 */
import { z } from 'zod';
import { cutWhole } from '../../core/cut-text.ts';
import { cleanDisplayName } from '../../core/display-name.ts';
import { type Inbound, inboundSchema } from '../../core/messages.ts';

export type WhatsAppReading =
  | { kind: 'inbound'; inbound: Inbound; name?: string; hasMedia: boolean }
  | { kind: 'ignored'; reason: 'malformed' | 'group' | 'status' | 'own' | 'old' | 'system' };

type MediaKind = Extract<Inbound['content'], { type: 'media' }>['media'];

/** The library's MessageTypes (src/util/Constants.js) a person sends that the engine has a kind for. */
const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = {
  ptt: 'voice',
  audio: 'audio',
  image: 'photo',
  video: 'video',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact',
  multi_vcard: 'contact',
};

/**
 * Types nobody typed: WhatsApp's own notices and bookkeeping. 'ciphertext' is a message
 * WhatsApp has not decrypted yet ("waiting for this message"); 'revoked' is a deleted one;
 * 'reaction' is an emoji on an earlier message; 'album' is the header of a batch of photos
 * whose items arrive as messages of their own, so answering it would answer twice.
 * Any other type (polls, 'unknown' for what WhatsApp Web cannot show, types added later)
 * is something a person sent: it reaches the engine as media 'other', which offers a person.
 */
const SYSTEM_TYPES: ReadonlySet<string> = new Set([
  'album',
  'broadcast_notification',
  'call_log',
  'ciphertext',
  'debug',
  'e2e_notification',
  'gp2',
  'group_notification',
  'notification',
  'notification_template',
  'protocol',
  'reaction',
  'revoked',
]);

// The chat a message came from: a phone number ("5215512345678@c.us"), WhatsApp's newer
// private id ("123456789012345@lid"), a group, a broadcast list or status, or a channel.
const CHAT_ID = /^[\w.:-]{1,120}@(c\.us|lid|g\.us|broadcast|newsletter)$/;

/** Only the fields read below; Message has many more, and they are never looked at. */
const messageSchema = z.object({
  id: z
    .object({ _serialized: z.string().min(1).max(190).optional(), id: z.string().min(1).max(190).optional() })
    .refine((id) => id._serialized !== undefined || id.id !== undefined, 'a message id'),
  from: z.string().regex(CHAT_ID),
  fromMe: z.boolean(),
  type: z.string().min(1).max(60),
  body: z.string(),
  // Seconds since the epoch; beyond the year 5000 is not a timestamp.
  timestamp: z.number().int().positive().max(1e11),
  isStatus: z.boolean().nullish(),
  broadcast: z.boolean().nullish(),
  // Set for group messages only (the participant's id). Read for its shape, never copied.
  author: z.string().nullish(),
  hasMedia: z.boolean(),
  // The display name a person chose; a strange one costs the name, not the message.
  _data: z.object({ notifyName: z.unknown() }).partial().optional(),
});

/** Reads a whatsapp-web.js Message received after the client became ready (`readyAt`, epoch seconds). */
export function readWhatsAppMessage(message: unknown, options: { readyAt: number }): WhatsAppReading {
  const parsed = messageSchema.safeParse(message);
  if (!parsed.success) return ignored('malformed');
  const m = parsed.data;
  if (m.isStatus || m.broadcast || m.from.endsWith('@broadcast') || m.from.endsWith('@newsletter'))
    return ignored('status');
  // Groups are for people talking to each other, not to the office's assistant.
  if (m.from.endsWith('@g.us')) return ignored('group');
  // Staff answering from the office's phone, and the assistant's own replies.
  if (m.fromMe) return ignored('own');
  if (SYSTEM_TYPES.has(m.type)) return ignored('system');
  // On start WhatsApp replays the unread backlog; the adapter answers only what came after.
  if (m.timestamp < options.readyAt) return ignored('old');

  const inbound = inboundSchema.safeParse({
    // The id WhatsApp gives the message: a redelivery carries the same one, so the engine drops it.
    id: `wa-${m.id._serialized ?? m.id.id}`,
    channel: 'whatsapp',
    chatId: m.from,
    at: m.timestamp * 1000,
    content: contentOf(m.type, m.body),
  });
  if (!inbound.success) return ignored('malformed');
  const name = cleanDisplayName(m._data?.notifyName);
  return { kind: 'inbound', inbound: inbound.data, hasMedia: m.hasMedia, ...(name ? { name } : {}) };
}

/**
 * Text for 'chat', a kind of media for the rest. A photo, video or document keeps its caption
 * with the media (staff see both when they open it): the engine answers media by offering a
 * person, which is what a picture of a document needs, rather than reading the caption as a
 * question. A location's body is a JPEG thumbnail and a vCard's is the contact's phone
 * numbers: neither is ever passed on as text.
 */
function contentOf(type: string, body: string): Inbound['content'] {
  if (type === 'chat') return { type: 'text', text: cutWhole(body, 4096) };
  return { type: 'media', media: MEDIA_TYPES[type] ?? 'other' };
}

const ignored = (reason: Extract<WhatsAppReading, { kind: 'ignored' }>['reason']): WhatsAppReading => ({
  kind: 'ignored',
  reason,
});
