/**
 * The follow-up's alarm on Durable Objects: a follow-up the person accepted becomes the
 * conversation object's alarm, the alarm hands the conversation to the sweep when it rings,
 * and the one question goes out then (in workerd, through test/workers/store-contract.worker.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { testAssistant } from '../support/assistant.ts';

const DAY = 86_400_000;
let worker: StoreWorker;

beforeAll(async () => {
  worker = await startStoreWorker();
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
});

describe('the follow-up on Durable Objects', () => {
  it('rings the conversation’s alarm when the follow-up is due, and the question goes out once', async () => {
    const { store, peek } = worker.connect();
    const a = await testAssistant({ store });
    // The engine's clock a week (less 4 s) behind the alarms' real one when the person says yes
    // to the follow-up (ten messages from now, each moving it 90 s): it falls due 4 s from now.
    a.clock.time = Date.now() + 4_000 - 7 * DAY - 10 * 90_000;
    await a.choose('intake:remains', 'do');
    for (const answer of ['Ana Ruiz Soto', 'Houston', 'ayer', 'hija', 'Lerdo', 'este chat'])
      await a.say(answer, 'do');
    await a.choose('yes', 'do');
    await a.engine.staff.close('test:do', 'ana');
    await a.choose('yes', 'do');
    await a.choose('yes', 'do');
    // Half an hour later the conversation goes idle (its earlier deadline): the follow-up's is next.
    a.clock.time += 31 * 60_000;
    expect(await a.engine.sweep()).toBe(1);
    const [file] = await store.casesOf('test:do');
    const dueAt = file?.followUp?.dueAt ?? 0;
    expect(file?.followUp?.state).toBe('accepted');
    expect((await peek('conversation', 'test:do')).alarm).toBe(dueAt);
    // Nothing is due before the alarm rings; then the sweep (on the engine's clock, moved to
    // real time) asks the question.
    a.clock.time = Date.now();
    expect(await a.engine.sweep()).toBe(0);
    await expect
      .poll(
        async () => {
          a.clock.time = Date.now();
          await a.engine.sweep();
          return (await store.getTranscript('test:do')).filter((l) => l.text.includes('¿Cómo va?')).length;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(1);
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
    expect((await store.casesOf('test:do'))[0]?.followUp?.state).toBe('asked');
    await a.engine.sweep();
    expect((await store.getTranscript('test:do')).filter((l) => l.text.includes('¿Cómo va?'))).toHaveLength(
      1,
    );
  });
});
