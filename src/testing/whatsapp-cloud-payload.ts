/**
 * For tests and benches: the webhook bodies Meta posts, in the shape of Meta's own examples.
 * A person's message: one entry, one change, the sender's profile in `contacts`, one message
 * (its type and that type's object are given). A person who adopted a WhatsApp username may
 * come without a phone number, known only by their business-scoped user id (BSUID), as Meta's
 * "Business-scoped user IDs" page shows: `contacts[].user_id` (with `profile.username`) and
 * `messages[].from_user_id` in place of `wa_id` and `from`. A status: `statuses[]` with
 * `recipient_id`, or only `recipient_user_id` for such a person.
 */
export interface PersonMessage {
  phoneNumberId: string;
  /** The person's phone number (`wa_id`, `from`); absent when Meta withholds it. */
  waId?: string;
  /** The person's BSUID ("US.13491208655302741918"): `contacts[].user_id` and `from_user_id`. */
  userId?: string;
  /** Their WhatsApp username ("@maria.perez"), shown in `contacts[].profile.username`. */
  username?: string;
  name: string;
  /** The message id (wamid); a redelivery repeats it. */
  id: string;
  /** Epoch ms when the person sent it (Meta sends seconds). */
  at: number;
  /** Seconds, as Meta documents; milliseconds, as some relays and test tools send. */
  timestampIn?: 'seconds' | 'milliseconds';
  /** `{ type: 'text', text: { body } }`, `{ type: 'interactive', interactive: … }`, … */
  message: Record<string, unknown>;
  /** Extra fields of the change's value (`errors`, say). */
  value?: Record<string, unknown>;
}

/** Any change's value in Meta's envelope (one entry, one `messages` change), metadata filled in. */
export const cloudValuePayload = (phoneNumberId: string, value: Record<string, unknown>) =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  });

export function personMessagePayload(m: PersonMessage): string {
  const timestamp = m.timestampIn === 'milliseconds' ? String(m.at) : String(Math.floor(m.at / 1000));
  const profile = { name: m.name, ...(m.username ? { username: m.username } : {}) };
  return cloudValuePayload(m.phoneNumberId, {
    contacts: [{ profile, ...(m.waId ? { wa_id: m.waId } : {}), ...(m.userId ? { user_id: m.userId } : {}) }],
    messages: [
      {
        ...(m.waId ? { from: m.waId } : {}),
        ...(m.userId ? { from_user_id: m.userId } : {}),
        id: m.id,
        timestamp,
        ...m.message,
      },
    ],
    ...m.value,
  });
}

export interface StatusUpdate {
  phoneNumberId: string;
  /** The wamid of the message the office sent. */
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** Epoch ms. */
  at: number;
  /** The person's phone number; absent when Meta withholds it. */
  recipientId?: string;
  /** The person's BSUID. */
  recipientUserId?: string;
}

export function statusPayload(s: StatusUpdate): string {
  return cloudValuePayload(s.phoneNumberId, {
    statuses: [
      {
        id: s.id,
        status: s.status,
        timestamp: String(Math.floor(s.at / 1000)),
        ...(s.recipientId ? { recipient_id: s.recipientId } : {}),
        ...(s.recipientUserId ? { recipient_user_id: s.recipientUserId } : {}),
      },
    ],
  });
}
