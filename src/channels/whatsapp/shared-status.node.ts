/**
 * With several instances on one Redis, only one drives the WhatsApp number; the others stand
 * by. An admin behind a load balancer may reach any of them, so the driving instance keeps
 * its connection state (the QR code included) in Redis, and a standing-by instance shows
 * that instead of its own "standby": the QR to scan is on every instance's /staff/whatsapp.
 */
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { WhatsAppState } from './connection.node.ts';

// What another instance wrote is checked before it is shown.
const stateSchema = z.object({
  state: z.enum(['starting', 'pairing', 'ready', 'disconnected']),
  since: z.number(),
  qr: z.string().max(2_000).optional(),
  reason: z.string().max(1_000).optional(),
  problem: z
    .object({ code: z.string().regex(/^[a-zA-Z]{1,40}$/), detail: z.string().max(1_000).optional() })
    .optional(),
  retryAt: z.number().nullable().optional(),
  attempt: z.number().optional(),
});

export function shareWhatsAppStatus(options: {
  redis: Redis;
  key: string;
  connection: { status(): WhatsAppState; onStatus(listener: (s: WhatsAppState) => void): () => void };
  /** How often the driver refreshes its entry and a standby reads it. */
  everyMs?: number;
}) {
  const { redis, key, connection } = options;
  const every = options.everyMs ?? 2_000;
  let remote: WhatsAppState | undefined;

  const publish = async (status: WhatsAppState) => {
    if (status.state === 'standby' || status.state === 'stopped') return;
    // A driver that dies stops refreshing: its entry is gone a few periods later.
    await redis.set(key, JSON.stringify(status), 'PX', every * 5);
  };
  const tick = async () => {
    const local = connection.status();
    if (local.state !== 'standby') return publish(local);
    const json = await redis.get(key);
    const parsed = json ? stateSchema.safeParse(JSON.parse(json)) : undefined;
    remote = parsed?.success ? (parsed.data as WhatsAppState) : undefined;
  };
  const stop = connection.onStatus((status) => void publish(status).catch(() => undefined));
  const timer = setInterval(() => void tick().catch(() => undefined), every);
  timer.unref();

  return {
    /** The driver's state when this instance stands by and the driver is known; else this one's. */
    status(): WhatsAppState {
      const local = connection.status();
      return local.state === 'standby' && remote ? remote : local;
    },
    /** Reads or refreshes now (tests; the timer does it every few seconds). */
    tick,
    stop() {
      clearInterval(timer);
      stop();
    },
  };
}
