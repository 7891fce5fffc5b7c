/**
 * What channels hand to the engine and what they get back, as zod schemas. Channels
 * validate against these at the edge; the engine validates again, because it trusts
 * nothing it did not check itself.
 */
import { z } from 'zod';
import { LANGS } from './types.ts';

export const MEDIA_KINDS = [
  'voice',
  'audio',
  'photo',
  'video',
  'document',
  'sticker',
  'location',
  'contact',
  'other',
] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
/** A file the person sent, as the transcript keeps it for staff to open; no id: too large, not kept. */
export interface MediaAttachment {
  id?: string;
  kind: MediaKind;
  mimetype: string;
  bytes: number;
  filename?: string;
}
/** The largest file kept for staff: WhatsApp's own limit for media (documents may be larger). */
export const MAX_MEDIA_BYTES = 16 * 2 ** 20;

/**
 * The longest text a channel hands on. Understanding reads the first MAX_READ characters; the
 * transcript keeps the whole: WhatsApp lets a person send far more than a business may send
 * (4,096). Beyond this a channel cuts with a visible mark; it stays under what the office's
 * review list keeps of one message (20,000), where a text not understood goes whole.
 */
export const MAX_TEXT = 16_000;
/** How much of a message understanding reads (and the most any channel sends in one message). */
export const MAX_READ = 4096;

/** A shared location: the point, and the name and address the app gave it, when it did. */
export const inboundPlaceSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  name: z.string().max(300).optional(),
  address: z.string().max(300).optional(),
});
export type InboundPlace = z.infer<typeof inboundPlaceSchema>;

/** A shared contact card: the name on it and its phone numbers. */
export const inboundContactSchema = z.object({
  name: z.string().max(200).optional(),
  phones: z.array(z.string().max(40)).max(10),
});
export type InboundContact = z.infer<typeof inboundContactSchema>;

/**
 * A file or a shared item, with what it carries besides the file: a photo's or a document's
 * caption (the person's words), a location's point, a contact's name and numbers, a document's
 * file name. All optional: a channel gives what it has.
 */
const mediaContentSchema = z.object({
  type: z.literal('media'),
  media: z.enum(MEDIA_KINDS),
  caption: z.string().max(MAX_READ).optional(),
  place: inboundPlaceSchema.optional(),
  contact: inboundContactSchema.optional(),
  fileName: z.string().max(255).optional(),
});
export type MediaContent = z.infer<typeof mediaContentSchema>;

/**
 * An emoji the person put on an earlier message (the one in the Inbound's `replyTo`), not
 * words: kept on the transcript, never answered. No emoji: the person took their reaction back.
 */
const reactionContentSchema = z.object({
  type: z.literal('reaction'),
  emoji: z.string().min(1).max(32).optional(),
});
export type ReactionContent = z.infer<typeof reactionContentSchema>;

export const inboundSchema = z.object({
  /** The channel's id for this message; a redelivered message has the same id. */
  id: z.string().min(1).max(200),
  channel: z.string().regex(/^[a-z][a-z0-9-]{0,19}$/, 'a short lowercase channel name such as "telegram"'),
  chatId: z.string().min(1).max(200),
  /** Epoch ms when the message was sent; the engine's clock when absent. */
  at: z.number().int().nonnegative().optional(),
  /** The channel's idea of the person's language (e.g. Telegram's language_code): a hint only. */
  langHint: z.enum(LANGS).optional(),
  /** The person's display name on the channel, for staff: kept on their ticket only. */
  name: z.string().max(64).optional(),
  /**
   * Where the message came from when the channel knows more than the chat (the web chat: the
   * client's address): limits on guessing count per sender by a keyed hash of it. Never stored.
   */
  from: z.string().max(100).optional(),
  /**
   * The earlier message this one answers (the person quoted it) or reacts to, by the
   * channel's own id for it: a WhatsApp wamid, a Telegram message_id, as the delivery log
   * keeps the office's messages' ids.
   */
  replyTo: z.object({ id: z.string().min(1).max(200) }).optional(),
  content: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().max(MAX_TEXT) }),
    z.object({ type: z.literal('choice'), value: z.string().min(1).max(64) }),
    mediaContentSchema,
    reactionContentSchema,
  ]),
});
export type Inbound = z.infer<typeof inboundSchema>;

export const outboundSchema = z.object({
  channel: z.string(),
  chatId: z.string(),
  lang: z.enum(LANGS),
  text: z.string(),
  /** Choices; channels show them as buttons or as a numbered list. */
  buttons: z.array(z.object({ value: z.string(), label: z.string() })),
  /** The turn's id, on channels that report delivery (its transcript lines carry it too). */
  ref: z.string().optional(),
});
export type Outbound = z.infer<typeof outboundSchema>;
