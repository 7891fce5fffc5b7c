/**
 * A channel on which staff's free text reaches a person only for a while after the person
 * last wrote: WhatsApp's 24-hour customer-service window. Past it, only a message the
 * platform approved beforehand (a template) may go, and it asks the person to write again.
 * The inbox reads this to warn staff before they type and to offer that message.
 */
import type { Address } from '../address.ts';
import type { Lang } from '../types.ts';

/** The approved re-engagement message as it would go to a person of one language. */
export interface Reengagement {
  /** The template's name, as approved. */
  name: string;
  /** The language it goes in (the platform's code, "es_MX"). */
  language: string;
  /** Our language it is in: differs from the person's when theirs has no approved template. */
  lang: Lang;
}

export interface ReplyWindow {
  /** How long after the person's last message free text still reaches them. */
  ms: number;
  /** What would be sent to re-open a conversation in this language; null when none is configured. */
  reengagement(lang: Lang): Reengagement | null;
  /** Sends it. Throws DeliveryRefusedError, with words for staff, when the channel refused it. */
  reengage(address: Address, lang: Lang): Promise<void>;
}
