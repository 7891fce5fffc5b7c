/**
 * For tests and benches: the webhook body Meta posts when a person writes to the office's
 * number, in the shape of Meta's own examples (one entry, one change, the sender's profile
 * name in `contacts`, one message). The message's own fields (type and its object) are given.
 */
export interface PersonMessage {
  phoneNumberId: string;
  waId: string;
  name: string;
  /** The message id (wamid); a redelivery repeats it. */
  id: string;
  /** Epoch ms when the person sent it (Meta sends seconds). */
  at: number;
  /** `{ type: 'text', text: { body } }`, `{ type: 'interactive', interactive: … }`, … */
  message: Record<string, unknown>;
}

export function personMessagePayload(m: PersonMessage): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: m.phoneNumberId },
              contacts: [{ profile: { name: m.name }, wa_id: m.waId }],
              messages: [
                { from: m.waId, id: m.id, timestamp: String(Math.floor(m.at / 1000)), ...m.message },
              ],
            },
          },
        ],
      },
    ],
  });
}
