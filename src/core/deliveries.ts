/**
 * Reads a conversation's delivery events (src/core/ports/delivery-log.ts) into one state per
 * turn's messages (their `ref`), the same whatever order the events arrived in: a turn is as
 * far as its least advanced part, and failed as soon as one part failed or was refused.
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

const rank = (state: DeliveryState) => DELIVERY_STATES.indexOf(state);

export function foldDeliveries(events: readonly DeliveryEvent[]): Map<string, DeliveryView> {
  /** Each part's furthest state, by the channel's id. */
  const parts = new Map<string, DeliveryView>();
  const partsOf = new Map<string, string[]>();
  const refused = new Map<string, DeliveryView>();
  const advance = (id: string, next: DeliveryView) => {
    const before = parts.get(id);
    if (!before || rank(next.state) > rank(before.state)) parts.set(id, next);
    else if (before && rank(next.state) === rank(before.state) && next.at > before.at) parts.set(id, next);
  };
  for (const event of events) {
    if (event.kind === 'accepted') {
      partsOf.set(event.ref, [...(partsOf.get(event.ref) ?? []), event.id]);
      advance(event.id, { state: 'accepted', at: event.at });
    } else if (event.kind === 'refused') {
      refused.set(event.ref, { state: 'failed', at: event.at, error: event.error });
    } else {
      advance(event.id, { state: event.state, at: event.at, ...(event.error ? { error: event.error } : {}) });
    }
  }
  const views = new Map<string, DeliveryView>();
  for (const [ref, ids] of partsOf) {
    const states = ids.map((id) => parts.get(id) as DeliveryView);
    const failed = states.find((s) => s.state === 'failed');
    const least = states.reduce((a, b) => (rank(b.state) < rank(a.state) ? b : a));
    views.set(ref, failed ?? { ...least, at: Math.max(...states.map((s) => s.at)) });
  }
  for (const [ref, view] of refused) views.set(ref, view);
  return views;
}
