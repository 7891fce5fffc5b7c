/**
 * The WhatsApp Cloud API webhook payload, validated with zod, in the shapes of Meta's public
 * examples: `entry[].changes[].value` with `metadata`, `contacts[]`, `messages[]` (what people
 * send), `statuses[]` (what became of what the office sent) and `errors[]`; a person with a
 * WhatsApp username may come with a business-scoped user id only (Meta's "Business-scoped user
 * IDs" page: `from_user_id`, `contacts[].user_id`, `recipient_user_id`). The envelope is checked
 * here; each message and status is checked on its own afterwards, so that one message of a
 * shape nobody expected costs that message, not the others delivered with it.
 */
import { z } from 'zod';

/**
 * Seconds since the epoch, as Meta sends it: a string of digits. Some senders (test tools,
 * relays) give milliseconds: 12 or 13 digits are read as those and made seconds.
 */
const timestamp = z
  .string()
  .regex(/^\d{1,13}$/)
  .transform((digits) => (digits.length > 11 ? Math.floor(Number(digits) / 1000) : Number(digits)));
const wamid = z.string().min(1).max(190);
const waId = z.string().regex(/^\d{5,20}$/);
/**
 * A business-scoped user id (BSUID), Meta's id for a person who may have hidden their number
 * behind a username: a two-letter country code, a dot and up to 128 letters and digits
 * ("US.13491208655302741918"; a parent one has "ENT." after the country).
 */
const bsuid = z.string().regex(/^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/);

/** One of Meta's error objects (in `value.errors`, `messages[].errors`, `statuses[].errors`). */
export const cloudErrorSchema = z.object({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
});
export type CloudError = z.infer<typeof cloudErrorSchema>;

const media = z.object({
  id: z.string().min(1),
  mime_type: z.string().optional(),
  caption: z.string().optional(),
});

/** A contact card as Meta's contacts message carries it; only the name and the phones are read. */
const contactCard = z.looseObject({
  name: z
    .looseObject({
      formatted_name: z.string().optional(),
      first_name: z.string().optional(),
      last_name: z.string().optional(),
    })
    .optional(),
  phones: z.array(z.looseObject({ phone: z.string().optional(), wa_id: z.string().optional() })).optional(),
});

/**
 * One message a person sent. Fields not read here are allowed and never copied. The sender is
 * `from` (their phone number) or, for a person with a username whose number Meta withholds,
 * only `from_user_id` (their BSUID), as Meta's "business-scoped user IDs" page documents.
 */
export const cloudMessageSchema = z
  .object({
    from: waId.optional(),
    from_user_id: bsuid.optional(),
    id: wamid,
    timestamp,
    type: z.string().min(1).max(40),
    /** Set on a message written in a group the number is in: not a private conversation. */
    group_id: z.string().optional(),
    text: z.object({ body: z.string() }).optional(),
    // What kind of reply it is is read in content.ts: a type added since must not cost the message.
    interactive: z.looseObject({ type: z.string().min(1).max(60) }).optional(),
    // A quick-reply button of a template message: its text is what the person tapped.
    button: z.object({ payload: z.string().optional(), text: z.string() }).optional(),
    image: media.optional(),
    audio: media.extend({ voice: z.boolean().optional() }).optional(),
    video: media.optional(),
    sticker: media.optional(),
    document: media.extend({ filename: z.string().optional() }).optional(),
    location: z
      .object({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: z.string().optional(),
        address: z.string().optional(),
      })
      .optional(),
    contacts: z.array(contactCard).optional(),
    // Meta's reaction reference: the message reacted to, and no emoji when the reaction is taken back.
    reaction: z.object({ message_id: wamid, emoji: z.string().optional() }).optional(),
    // Meta's text reference, `context`: a reply quoting an earlier message (`from`, `id`), or only
    // `forwarded` / `frequently_forwarded`. One of another shape is no context, never a lost message.
    context: z.looseObject({ from: z.string().optional(), id: wamid.optional() }).optional().catch(undefined),
    // Meta's system messages reference: `user_changed_number` with the new number in `wa_id`
    // (`new_wa_id` in older payloads, type `customer_changed_number`), `user_changed_user_id`
    // with the new BSUID in `user_id`; the sender (`from`, `from_user_id`) is who they were.
    system: z
      .looseObject({
        type: z.string(),
        wa_id: waId.optional(),
        new_wa_id: waId.optional(),
        user_id: bsuid.optional(),
      })
      .optional()
      .catch(undefined),
    // `errors` is read apart (inbound.ts), so an error object of an odd shape never costs the message.
  })
  .refine((m) => m.from !== undefined || m.from_user_id !== undefined, 'a sender: from or from_user_id');
export type CloudMessage = z.infer<typeof cloudMessageSchema>;

/**
 * What became of a message the office sent. The person is `recipient_id` (their phone
 * number) or, when Meta withholds it, `recipient_user_id` (their BSUID): `recipient_id` is
 * made the one present, so readers have one field for the conversation.
 */
export const cloudStatusSchema = z
  .object({
    id: wamid,
    status: z.enum(['sent', 'delivered', 'read', 'failed', 'deleted']),
    timestamp,
    recipient_id: z.string().min(1).optional(),
    recipient_user_id: bsuid.optional(),
    errors: z.array(cloudErrorSchema).optional(),
    // What the office sent with the message (`biz_opaque_callback_data`): which part of which turn.
    biz_opaque_callback_data: z.string().max(512).optional(),
  })
  .transform((status, ctx) => {
    const recipient = status.recipient_id ?? status.recipient_user_id;
    if (recipient === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a recipient: recipient_id or recipient_user_id' });
      return z.NEVER;
    }
    return { ...status, recipient_id: recipient };
  });
export type CloudStatus = z.output<typeof cloudStatusSchema>;

/** The sender's profile: by phone number (`wa_id`) and, since usernames, by BSUID (`user_id`). */
const contactSchema = z.object({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  profile: z.object({ name: z.string() }).partial().optional(),
});

export const cloudValueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: z.string() }),
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  /** Errors Meta reports about the number or the webhook itself (not about one message). */
  errors: z.array(z.unknown()).optional(),
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

/** The display names the value carries, by wa_id and by BSUID; a contact of another shape gives none. */
export function contactNames(value: CloudValue): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of value.contacts ?? []) {
    const contact = contactSchema.safeParse(raw);
    const name = contact.success ? contact.data.profile?.name : undefined;
    if (!contact.success || !name) continue;
    if (contact.data.wa_id) names.set(contact.data.wa_id, name);
    if (contact.data.user_id) names.set(contact.data.user_id, name);
  }
  return names;
}
