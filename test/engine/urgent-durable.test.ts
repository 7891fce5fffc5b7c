/**
 * The re-alert on Durable Objects (Workers): an urgent ticket's next alert is the
 * conversation object's alarm; when it rings, the same engine code as Node's sweep alerts
 * staff again and sets the next alarm a period later; once someone takes it, the alarm that
 * rings next alerts nobody (in workerd, through test/workers/store-contract.worker.ts). The
 * period is two seconds here, on the real clock the alarms use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { testAssistant } from '../support/assistant.ts';

const PERIOD = 2_000;
let worker: StoreWorker;

beforeAll(async () => {
  worker = await startStoreWorker();
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
});

describe('the re-alert on Durable Objects', () => {
  it('rings the conversation’s alarm a period after the alert, again a period later, and stops once taken', {
    timeout: 30_000,
  }, async () => {
    const { store, peek } = worker.connect();
    const a = await testAssistant({ store, urgentRealertMs: PERIOD });
    a.clock.time = Date.now();
    await a.engine.handle({
      id: 'do-1',
      channel: 'test',
      chatId: 'urgent-do',
      content: { type: 'text', text: 'nos tienen secuestrados en una casa en reynosa ayuda' },
    });
    const id = 'test:urgent-do';
    const since = (await store.getTicket(id))?.since ?? 0;
    expect((await peek('conversation', id)).alarm).toBe(since + PERIOD);
    const realerts = () => a.desk.notices.filter((n) => n.type === 'realert');
    /** The engine's clock follows the real one, and the sweep takes whatever the alarms handed over. */
    const sweepNow = async () => {
      a.clock.time = Date.now();
      await a.engine.sweep();
    };
    /** How many re-alerts staff have had, after a sweep. */
    const sweptRealerts = async () => {
      await sweepNow();
      return realerts().length;
    };

    await sweepNow();
    expect(realerts()).toHaveLength(0); // not yet due
    await expect.poll(sweptRealerts, { timeout: 10_000, interval: 100 }).toBe(1);
    const alertedAt = (await store.getTicket(id))?.alertedAt ?? 0;
    expect(alertedAt).toBeGreaterThanOrEqual(since + PERIOD);
    expect((await peek('conversation', id)).alarm).toBe(alertedAt + PERIOD);
    await expect.poll(sweptRealerts, { timeout: 10_000, interval: 100 }).toBe(2);

    await a.engine.staff.take(id, 'ana');
    const pending = (await peek('conversation', id)).alarm ?? 0;
    await expect.poll(() => Date.now() > pending, { timeout: 10_000, interval: 100 }).toBe(true);
    await sweepNow();
    await sweepNow();
    expect(realerts()).toHaveLength(2);
    expect(await store.getTicket(id)).toMatchObject({ assignee: 'ana', realerts: 2 });
  });
});
