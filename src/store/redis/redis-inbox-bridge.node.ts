/**
 * Carries the inbox's live events between instances over Redis pub/sub, so an agent whose
 * browser is connected to instance A sees a message that arrived on instance B. Each
 * instance tags what it publishes and ignores its own echo.
 */
import type { Redis } from 'ioredis';
import type { InboxEvent } from '../../core/ports/staff-desk.ts';

/** The two ends of an instance's inbox events the bridge needs (src/staff's InboxEvents has them). */
export interface BridgedEvents {
  /** Tells this process's listeners only (events that came from another instance). */
  deliverLocally(event: InboxEvent): void;
  /** Also sends every event emitted here elsewhere. */
  forward(send: (event: InboxEvent) => void): void;
}

export async function bridgeInboxEvents(events: BridgedEvents, redis: Redis, prefix: string) {
  const channel = `${prefix}inbox`;
  const me = crypto.randomUUID();
  if (redis.status === 'wait') await redis.connect();
  // The subscriber may queue while it reconnects: missing an event only delays a refresh.
  const subscriber = redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
  subscriber.on('error', () => undefined); // it reconnects by itself; no console noise meanwhile
  await subscriber.subscribe(channel);
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const { from, event } = JSON.parse(message) as { from: string; event: InboxEvent };
      if (from !== me) events.deliverLocally(event);
    } catch {
      // Not ours: another program on the same channel.
    }
  });
  events.forward((event) => {
    void redis.publish(channel, JSON.stringify({ from: me, event })).catch(() => undefined);
  });
  return { close: () => subscriber.quit().then(() => undefined) };
}
