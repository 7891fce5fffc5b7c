/**
 * The WhatsApp Cloud API webhook payload, validated with zod, in the shapes of Meta's public
 * examples: `entry[].changes[].value` with `metadata`, `contacts[]`, `messages[]` (what people
 * send) and `statuses[]` (what became of what the office sent). The envelope is checked here;
 * each message and status is checked on its own afterwards, so that one message of a shape
 * nobody expected costs that message, not the others delivered with it.
 */
import { z } from 'zod';

/** Seconds since the epoch, as Meta sends it: a string of digits. */
const timestamp = z
  .string()
  .regex(/^\d{1,11}$/)
  .transform(Number);
const wamid = z.string().min(1).max(190);
const waId = z.string().regex(/^\d{5,20}$/);

const media = z.object({
  id: z.string().min(1),
  mime_type: z.string().optional(),
  caption: z.string().optional(),
});

/** One message a person sent. Fields not read here are allowed and never copied. */
export const cloudMessageSchema = z.object({
  from: waId,
  id: wamid,
  timestamp,
  type: z.string().min(1).max(40),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .discriminatedUnion('type', [
      z.object({
        type: z.literal('button_reply'),
        button_reply: z.object({ id: z.string(), title: z.string() }),
      }),
      z.object({
        type: z.literal('list_reply'),
        list_reply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }),
      }),
    ])
    .optional(),
  // A quick-reply button of a template message.
  button: z.object({ payload: z.string().optional(), text: z.string() }).optional(),
  image: media.optional(),
  audio: media.extend({ voice: z.boolean().optional() }).optional(),
  video: media.optional(),
  sticker: media.optional(),
  document: media.extend({ filename: z.string().optional() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  contacts: z.array(z.unknown()).optional(),
  reaction: z.object({ message_id: wamid, emoji: z.string().optional() }).optional(),
});
export type CloudMessage = z.infer<typeof cloudMessageSchema>;

/** What became of a message the office sent. */
export const cloudStatusSchema = z.object({
  id: wamid,
  status: z.enum(['sent', 'delivered', 'read', 'failed', 'deleted']),
  timestamp,
  recipient_id: z.string(),
  errors: z
    .array(z.object({ code: z.number().int(), title: z.string().optional(), message: z.string().optional() }))
    .optional(),
});
export type CloudStatus = z.infer<typeof cloudStatusSchema>;

const contactSchema = z.object({
  wa_id: z.string(),
  profile: z.object({ name: z.string() }).partial().optional(),
});

export const cloudValueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: z.string() }),
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
});
export type CloudValue = z.infer<typeof cloudValueSchema>;

export const cloudPayloadSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.object({
        id: z.string(),
        changes: z.array(z.object({ field: z.string(), value: z.unknown() })),
      }),
    )
    .max(1000),
});
export type CloudPayload = z.infer<typeof cloudPayloadSchema>;

/** The display names the value carries, by wa_id; a contact of another shape gives none. */
export function contactNames(value: CloudValue): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of value.contacts ?? []) {
    const contact = contactSchema.safeParse(raw);
    if (contact.success && contact.data.profile?.name)
      names.set(contact.data.wa_id, contact.data.profile.name);
  }
  return names;
}
