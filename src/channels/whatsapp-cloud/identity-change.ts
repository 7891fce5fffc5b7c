/**
 * WhatsApp's notice that a person's identifier changed, read from a `type: 'system'` message
 * as Meta's system messages webhook reference shows it: `user_changed_number` (the new phone
 * number in `system.wa_id`; `new_wa_id` and type `customer_changed_number` in older
 * payloads) and `user_changed_user_id` (the new business-scoped user id in
 * `system.user_id`); the message's sender (`from`, else `from_user_id`) is who the person
 * was. Nobody typed it: it is never answered, only followed (identity.ts moves the
 * conversation along).
 */
import { z } from 'zod';
import type { CloudMessage } from './payload.ts';

/** The person who was `from` is now (also) `to`; checked again when read back from the intake (it crossed the store). */
export const identityChangeSchema = z.object({
  kind: z.literal('moved'),
  /** The system message's wamid: a redelivery is the same change. */
  id: z.string().min(1).max(190),
  /** Who they were: the sender of the notice. */
  from: z.string().min(1).max(200),
  /** Their new phone number, their new BSUID, or both. */
  to: z.object({
    phone: z
      .string()
      .regex(/^\d{5,20}$/)
      .optional(),
    userId: z.string().min(1).max(200).optional(),
  }),
  /** Epoch ms of the change. */
  at: z.number().int().nonnegative(),
});
export type CloudIdentityChange = z.infer<typeof identityChangeSchema>;

const NUMBER_CHANGES = new Set(['user_changed_number', 'customer_changed_number']);

/** The change a system message tells of; null for any other system message, or one without a new identifier. */
export function identityChangeOf(m: CloudMessage): CloudIdentityChange | null {
  const system = m.system;
  const from = m.from ?? m.from_user_id;
  if (m.type !== 'system' || !system || !from) return null;
  const phone = NUMBER_CHANGES.has(system.type) ? (system.wa_id ?? system.new_wa_id) : undefined;
  const userId =
    NUMBER_CHANGES.has(system.type) || system.type === 'user_changed_user_id' ? system.user_id : undefined;
  if (!phone && !userId) return null;
  return {
    kind: 'moved',
    id: m.id,
    from,
    to: { ...(phone ? { phone } : {}), ...(userId ? { userId } : {}) },
    at: m.timestamp * 1000,
  };
}
