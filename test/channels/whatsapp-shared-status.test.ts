/**
 * Several instances on one Redis: the instance driving WhatsApp shares its state, QR code
 * included, so a standing-by instance's /staff/whatsapp shows the code to scan; a driver that
 * dies stops being shown. Against a real redis-server.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WhatsAppState } from '../../src/channels/whatsapp/connection.node.ts';
import { shareWhatsAppStatus } from '../../src/channels/whatsapp/shared-status.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let server: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server?.stop();
});

/** Our connection's interface, driven by hand: the state an instance would report. */
function instance(initial: WhatsAppState) {
  let current = initial;
  const listeners = new Set<(s: WhatsAppState) => void>();
  return {
    status: () => current,
    onStatus(listener: (s: WhatsAppState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: WhatsAppState) {
      current = next;
      for (const l of listeners) l(next);
    },
  };
}
/** What an instance reports while another one drives WhatsApp. */
const STANDBY: WhatsAppState = {
  state: 'standby',
  since: 1,
  reason: 'another instance drives it',
  problem: { code: 'otherDriving' },
};
const redis = () => {
  const client = new Redis(server.url);
  clients.push(client);
  return client;
};

describe('WhatsApp state shared between instances', () => {
  it('shows the driver’s QR on a standing-by instance, and forgets a driver that stopped refreshing', async () => {
    const key = 'shared:whatsapp:status';
    const a = instance({ state: 'starting', since: 1 });
    const b = instance(STANDBY);
    const onA = shareWhatsAppStatus({ redis: redis(), key, connection: a, everyMs: 100 });
    const onB = shareWhatsAppStatus({ redis: redis(), key, connection: b, everyMs: 100 });
    a.set({ state: 'pairing', since: 2, qr: '2@abc,def' });
    const seenByB = async () => {
      await onB.tick();
      return onB.status();
    };
    await expect.poll(seenByB).toEqual({ state: 'pairing', since: 2, qr: '2@abc,def' });
    expect(onA.status()).toEqual({ state: 'pairing', since: 2, qr: '2@abc,def' }); // its own
    onA.stop(); // the driver dies: no more refreshes
    await expect.poll(async () => (await seenByB()).state, { timeout: 3_000 }).toBe('standby');
    onB.stop();
  });

  it('shares why the driver is disconnected, for every instance’s page to word it', async () => {
    const key = 'shared:whatsapp:problem';
    const a = instance({ state: 'starting', since: 1 });
    const b = instance(STANDBY);
    const onA = shareWhatsAppStatus({ redis: redis(), key, connection: a, everyMs: 100 });
    const onB = shareWhatsAppStatus({ redis: redis(), key, connection: b, everyMs: 100 });
    const down = {
      state: 'disconnected',
      since: 3,
      reason: 'cannot reach WhatsApp',
      problem: { code: 'unreachable', detail: 'net::ERR_NAME_NOT_RESOLVED' },
      retryAt: 9,
      attempt: 1,
    } as const;
    a.set(down);
    await expect
      .poll(async () => {
        await onB.tick();
        return onB.status();
      })
      .toEqual(down);
    onA.stop();
    onB.stop();
  });

  it('ignores what it cannot trust in the shared entry', async () => {
    const key = 'shared:whatsapp:bad';
    const client = redis();
    await client.set(key, JSON.stringify({ state: 'pairing', since: 'yesterday', qr: 5 }));
    const b = instance(STANDBY);
    const onB = shareWhatsAppStatus({ redis: redis(), key, connection: b, everyMs: 100 });
    await onB.tick();
    expect(onB.status().state).toBe('standby');
    onB.stop();
  });
});
