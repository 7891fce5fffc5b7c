/**
 * What the local Graph API stub (graph-api-stub.ts) accepts, as Meta documents its limits:
 * a text of at most 4,096 characters, 1–3 reply buttons with unique titles of at most 20,
 * a list of at most 10 rows (title ≤ 24, description ≤ 72), a template by name and language,
 * and a read receipt with an optional typing indicator. A message goes `to` a phone number or
 * to a `recipient`, a business-scoped user id (Meta's BSUID guide: "US.13491208655302741918",
 * "US.ENT.…" for a parent id); with both, `to` wins.
 */
import { z } from 'zod';

const button = z.object({
  type: z.literal('reply'),
  reply: z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }),
});
const row = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(24),
  description: z.string().max(72).optional(),
});
const body = z.object({ text: z.string().min(1).max(1024) });
const interactive = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('button'),
    body,
    action: z.object({
      buttons: z
        .array(button)
        .min(1)
        .max(3)
        .refine(
          (bs) => new Set(bs.map((b) => b.reply.title)).size === bs.length,
          'button titles must be unique',
        ),
    }),
  }),
  z.object({
    type: z.literal('list'),
    body,
    action: z.object({
      button: z.string().min(1).max(20),
      sections: z
        .array(z.object({ title: z.string().max(24).optional(), rows: z.array(row).min(1) }))
        .min(1)
        .max(10)
        .refine((ss) => ss.flatMap((s) => s.rows).length <= 10, 'at most 10 rows in all'),
    }),
  }),
]);
const base = { messaging_product: z.literal('whatsapp'), recipient_type: z.literal('individual').optional() };
const to = z
  .string()
  .regex(/^\+?\d{5,20}$/)
  .optional();
const recipient = z
  .string()
  .regex(/^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$/)
  .optional();
export const stubMessageSchema = z
  .discriminatedUnion('type', [
    z.object({
      ...base,
      to,
      recipient,
      type: z.literal('text'),
      text: z.object({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }),
    }),
    z.object({ ...base, to, recipient, type: z.literal('interactive'), interactive }),
    z.object({
      ...base,
      to,
      recipient,
      type: z.literal('template'),
      template: z.object({
        name: z.string().min(1).max(512),
        language: z.object({ code: z.string().min(2) }),
      }),
    }),
  ])
  .refine((m) => m.to !== undefined || m.recipient !== undefined, 'either to or recipient is required');
export const readSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  status: z.literal('read'),
  message_id: z.string().min(1),
  typing_indicator: z.object({ type: z.literal('text') }).optional(),
});

/** A message the stub took whose status webhook has not been posted yet. */
export interface UnreportedMessage {
  id: string;
  to: string;
  /** Sent to a business-scoped user id: its status names `recipient_user_id`. */
  byUserId?: boolean;
  /** The Meta error code its status reports, when it failed. */
  failed?: number;
  /** The `biz_opaque_callback_data` it was sent with, echoed in its status. */
  callback?: string;
}
