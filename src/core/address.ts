/**
 * Where a person is: a channel and that channel's id for the chat. One conversation per
 * address; its id is "{channel}:{chatId}" (the chat id may itself hold colons). Every part
 * of the code that needs one from the other goes through here.
 */
import { z } from 'zod';

export const addressSchema = z.object({
  channel: z.string().regex(/^[a-z][a-z0-9-]{0,19}$/, 'a short lowercase channel name such as "telegram"'),
  chatId: z.string().min(1).max(200),
});
export type Address = z.infer<typeof addressSchema>;

/** The conversation id of an address. */
export const conversationId = (address: Address): string => `${address.channel}:${address.chatId}`;

/** The address of a conversation id; null when the id is not one this module wrote. */
export function addressOf(id: string): Address | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const parsed = addressSchema.safeParse({ channel: id.slice(0, colon), chatId: id.slice(colon + 1) });
  return parsed.success ? parsed.data : null;
}
