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
/** The largest file kept for staff: WhatsApp's own limit for media (documents may be larger). */
export const MAX_MEDIA_BYTES = 16 * 2 ** 20;

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
  content: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().max(4096) }),
    z.object({ type: z.literal('choice'), value: z.string().min(1).max(64) }),
    z.object({ type: z.literal('media'), media: z.enum(MEDIA_KINDS) }),
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
