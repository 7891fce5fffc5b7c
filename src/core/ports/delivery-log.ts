/**
 * What became of the messages sent to a person on a channel that reports it (the WhatsApp
 * Cloud API: accepted, sent, delivered, read, failed), kept per conversation so the inbox can
 * show staff each line's fate and never shows as sent what the channel refused. Events are
 * only appended, never merged by the store: status webhooks arrive in any order and at once,
 * and `foldDeliveries` (src/core/deliveries.ts) reads the same result from any order. Erased
 * with the conversation, kept as long as its transcript.
 */

/** Where a message stands, furthest last (failed is final whatever came before). */
export const DELIVERY_STATES = ['accepted', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** The channel's reason for a failure, for staff: its code and its own words. */
export interface DeliveryError {
  code: number;
  title: string;
  /** Set when the channel gave up after this many failed tries (the channel was away, not a refusal). */
  tries?: number;
}

/**
 * Events about one part of a turn name it (`partName` in src/core/deliveries.ts): a retry of
 * the turn then skips the parts already accepted or given up, and the inbox shows each line's
 * own fate. Events written before parts were named have none.
 */
export type DeliveryEvent =
  /** The channel took one part of a turn's messages and gave it this id. */
  | { kind: 'accepted'; ref: string; id: string; at: number; part?: string }
  /**
   * The channel refused one part outright (the 24-hour window, an unknown number), or could
   * not send it after its last try (`error.tries`): it never went.
   */
  | { kind: 'refused'; ref: string; at: number; error: DeliveryError; part?: string }
  /** A later report about the part with this id (a status webhook). */
  | {
      kind: 'status';
      id: string;
      state: Exclude<DeliveryState, 'accepted'>;
      at: number;
      error?: DeliveryError;
    };

/** The most events kept per conversation (the oldest go first). */
export const MAX_DELIVERY_EVENTS = 500;

export interface DeliveryLog {
  /** Appends one event to the conversation's delivery log. */
  recordDelivery(conversationId: string, event: DeliveryEvent): Promise<void>;
  /** The conversation's delivery events, oldest first (at most MAX_DELIVERY_EVENTS). */
  deliveryEvents(conversationId: string): Promise<DeliveryEvent[]>;
}
