/**
 * WhatsApp Cloud pacing on a simulated clock (no real waiting): one person's messages in
 * order, the number's throughput cap, per-person spacing after a short burst, retries on
 * 130429 / 131056 with their push-backs, giving up, no retry on other errors, idle people forgotten.
 * (The same limits across instances, through a shared store: whatsapp-cloud-shared-pacing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { GraphApiError } from '../../src/channels/whatsapp-cloud/graph-client.ts';
import { type CloudPacingOptions, createCloudPacer } from '../../src/channels/whatsapp-cloud/pacing.ts';
import { memorySlots } from '../../src/core/memory-slots.ts';

/** A discrete-event clock: sleeps wake in time order, time jumps to the next one. */
function fakeClock() {
  let t = 0;
  let seq = 0;
  const timers: Array<{ at: number; seq: number; wake: () => void }> = [];
  const settle = () => new Promise<void>((r) => setImmediate(r));
  return {
    now: () => t,
    sleep: (ms: number) => new Promise<void>((wake) => timers.push({ at: t + ms, seq: seq++, wake })),
    /** Moves time on until `work` settles. */
    async run<T>(work: Promise<T>): Promise<T> {
      let done = false;
      work.then(
        () => (done = true),
        () => (done = true),
      );
      await settle();
      while (!done) {
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers.shift();
        if (!next) throw new Error('nothing left to wait for');
        t = Math.max(t, next.at);
        next.wake();
        await settle();
      }
      return work;
    },
  };
}

function setup(options: CloudPacingOptions = {}) {
  return setupWith({ clock: fakeClock(), ...options });
}

function setupWith({ clock, ...options }: CloudPacingOptions & { clock: ReturnType<typeof fakeClock> }) {
  const pacer = createCloudPacer({ now: clock.now, sleep: clock.sleep, random: () => 1, ...options });
  const sent: Array<{ to: string; at: number; text: string }> = [];
  const send = (to: string, text: string) =>
    pacer.send(to, async () => {
      sent.push({ to, at: clock.now(), text });
      return text;
    });
  return { clock, pacer, sent, send };
}

const err = (code: number, status = 400) => new GraphApiError(code, `error ${code}`, status);

describe('WhatsApp Cloud pacing', () => {
  it('sends one person’s messages in order, one after the other', async () => {
    const { clock, pacer } = setup({ perPersonMs: 0 });
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await clock.sleep(ms);
      log.push(`end ${name}`);
      return name;
    };
    const all = Promise.all([
      pacer.send('a', task('1', 300)),
      pacer.send('a', task('2', 10)),
      pacer.send('a', task('3', 100)),
    ]);
    expect(await clock.run(all)).toEqual(['1', '2', '3']);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('keeps the whole number under its throughput: 200 people at 80/s take more than 2 s', async () => {
    const { clock, sent, send } = setup({ perSecond: 80 });
    await clock.run(Promise.all(Array.from({ length: 200 }, (_, i) => send(`p${i}`, 'hola'))));
    const times = sent.map((s) => s.at);
    expect(times).toHaveLength(200);
    expect(Math.max(...times)).toBeGreaterThanOrEqual(2_000);
    for (const start of times)
      expect(times.filter((x) => x >= start && x < start + 1_000).length).toBeLessThanOrEqual(80);
  });

  it('lets a turn’s 3 messages go together, then spaces one person 6 s apart; others do not wait', async () => {
    const { clock, sent, send } = setup();
    const a = Array.from({ length: 5 }, (_, i) => send('a', `a${i}`));
    const b = send('b', 'b0');
    await clock.run(Promise.all([...a, b]));
    const at = (text: string) => sent.find((s) => s.text === text)?.at ?? Number.NaN;
    expect(sent.filter((s) => s.to === 'a').map((s) => s.text)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(at('a2')).toBeLessThan(100);
    expect(at('a3') - at('a2')).toBeGreaterThanOrEqual(5_900);
    expect(at('a4') - at('a3')).toBeGreaterThanOrEqual(6_000);
    expect(at('b0')).toBeLessThan(100);
  });

  it('retries a 130429 and holds every person back meanwhile', async () => {
    const { clock, pacer, sent, send } = setup({ backoffMs: 1_000 });
    let calls = 0;
    const a = pacer.send('a', async () => {
      if (++calls === 1) throw err(130429);
      return 'ok';
    });
    const b = clock.sleep(1).then(() => send('b', 'b0'));
    expect(await clock.run(Promise.all([a, b]))).toEqual(['ok', 'b0']);
    expect(calls).toBe(2);
    expect(sent[0]?.at).toBeGreaterThanOrEqual(1_000);
  });

  it('retries a 131056 after that person’s next slot, without holding others back', async () => {
    const { clock, pacer, sent, send } = setup({ backoffMs: 1_000 });
    const tries: number[] = [];
    const a = pacer.send('a', async () => {
      tries.push(clock.now());
      if (tries.length === 1) throw err(131056);
      return 'ok';
    });
    const b = clock.sleep(1).then(() => send('b', 'b0'));
    expect(await clock.run(Promise.all([a, b]))).toEqual(['ok', 'b0']);
    expect(tries).toHaveLength(2);
    expect((tries[1] ?? 0) - (tries[0] ?? 0)).toBeGreaterThanOrEqual(6_000);
    expect(sent[0]?.at).toBeLessThan(100);
  });

  it('gives up after `retries` and throws the error, with growing backoff', async () => {
    const { clock, pacer } = setup({ retries: 2, backoffMs: 1_000, perPersonMs: 0 });
    const tries: number[] = [];
    const failing = pacer.send('a', async () => {
      tries.push(clock.now());
      throw err(0, 503);
    });
    await expect(clock.run(failing)).rejects.toMatchObject({ status: 503 });
    expect(tries).toEqual([0, 1_000, 3_000]);
  });

  it('throws a non-retryable error (131047) at once, and the next message still goes', async () => {
    const { clock, pacer, send } = setup();
    let calls = 0;
    const failing = pacer.send('a', async () => {
      calls++;
      throw err(131047);
    });
    await expect(clock.run(failing)).rejects.toMatchObject({ code: 131047 });
    expect(calls).toBe(1);
    expect(clock.now()).toBe(0);
    expect(await clock.run(send('a', 'next'))).toBe('next');
  });

  it('keeps no one with nothing queued, and its memory forgets idle people', async () => {
    const clock = fakeClock();
    const slots = memorySlots(clock.now, 10);
    const { pacer, send } = setupWith({ clock, slots });
    await clock.run(Promise.all(Array.from({ length: 50 }, (_, i) => send(`p${i}`, 'hola'))));
    expect(pacer.size).toBe(0);
    expect(slots.size).toBe(50);
    await clock.run(clock.sleep(20_000));
    await clock.run(send('new', 'hola'));
    expect(slots.size).toBe(1);
  });
});
