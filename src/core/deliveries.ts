/**
 * Reads a conversation's delivery events (src/core/ports/delivery-log.ts) into one state per
 * turn's messages (their `ref`), the same whatever order the events arrived in: a turn is as
 * far as its least advanced part, and failed as soon as one part failed or was refused. Parts
 * that carry their name (`partName`) also give each line of the turn its own state (`lineRef`),
 * so staff see which line did not reach the person.
 */
import {
  DELIVERY_STATES,
  type DeliveryError,
  type DeliveryEvent,
  type DeliveryState,
} from './ports/delivery-log.ts';

export interface DeliveryView {
  state: DeliveryState;
  /** Epoch ms of the latest event about it. */
  at: number;
  /** Why it failed, when it did. */
  error?: DeliveryError;
}

/** A short, stable name for a line's text (FNV-1a, 32 bits, base 36): a part's line within its turn. */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** One part of a turn: its line's text key, then which message of the turn and which piece of it. */
export const partName = (text: string, message: number, piece: number): string =>
  `${textKey(text)}:${message}.${piece}`;

/**
 * The parts of these messages' turns the log shows settled (taken by the platform, or given
 * up), as "ref part": another try of the turn, on any instance, skips them.
 */
export function settledParts(
  events: readonly DeliveryEvent[],
  messages: readonly { ref?: string }[],
): Set<string> {
  const refs = new Set(messages.flatMap((m) => (m.ref ? [m.ref] : [])));
  return new Set(
    events.flatMap((e) => (e.kind !== 'status' && e.part && refs.has(e.ref) ? [`${e.ref} ${e.part}`] : [])),
  );
}

/**
 * A part's name as sent with it to a channel that echoes it back in its delivery reports
 * (WhatsApp's `biz_opaque_callback_data`): "enlace-part <ref> <part>". Refs and part names
 * have no spaces.
 */
export const partCallback = (ref: string, part: string): string => `enlace-part ${ref} ${part}`;

/** The ref and part name a delivery report echoed back, or null for anything else. */
export function partOfCallback(data: string | undefined): { ref: string; part: string } | null {
  const match = /^enlace-part (\S{1,200}) (\S{1,200})$/.exec(data ?? '');
  return match?.[1] && match[2] ? { ref: match[1], part: match[2] } : null;
}

/** Where one line's own state is found in the fold: its turn's ref and its text key. */
export const lineRef = (ref: string, text: string): string => `${ref}#${textKey(text)}`;

/** The line a named part belongs to, in the fold's keys. */
const lineOfPart = (ref: string, part: string): string => `${ref}#${part.slice(0, part.indexOf(':'))}`;

const rank = (state: DeliveryState) => DELIVERY_STATES.indexOf(state);

export function foldDeliveries(events: readonly DeliveryEvent[]): Map<string, DeliveryView> {
  /** Each part's furthest state, by the channel's id. */
  const parts = new Map<string, DeliveryView>();
  /** The channel's ids of each turn's parts, and of each named line's. */
  const partsOf = new Map<string, string[]>();
  const refused = new Map<string, DeliveryView>();
  const advance = (id: string, next: DeliveryView) => {
    const before = parts.get(id);
    if (!before || rank(next.state) > rank(before.state)) parts.set(id, next);
    else if (before && rank(next.state) === rank(before.state) && next.at > before.at) parts.set(id, next);
  };
  const add = (key: string, id: string) => partsOf.set(key, [...(partsOf.get(key) ?? []), id]);
  for (const event of events) {
    if (event.kind === 'accepted') {
      add(event.ref, event.id);
      if (event.part) add(lineOfPart(event.ref, event.part), event.id);
      advance(event.id, { state: 'accepted', at: event.at });
    } else if (event.kind === 'refused') {
      const view: DeliveryView = { state: 'failed', at: event.at, error: event.error };
      refused.set(event.ref, view);
      if (event.part) refused.set(lineOfPart(event.ref, event.part), view);
    } else {
      advance(event.id, { state: event.state, at: event.at, ...(event.error ? { error: event.error } : {}) });
    }
  }
  const views = new Map<string, DeliveryView>();
  for (const [key, ids] of partsOf) {
    const states = ids.map((id) => parts.get(id) as DeliveryView);
    const failed = states.find((s) => s.state === 'failed');
    const least = states.reduce((a, b) => (rank(b.state) < rank(a.state) ? b : a));
    views.set(key, failed ?? { ...least, at: Math.max(...states.map((s) => s.at)) });
  }
  for (const [key, view] of refused) views.set(key, view);
  return views;
}
