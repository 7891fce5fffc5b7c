/**
 * The keyed queue (src/core/keyed-queue.ts): one task at a time per key, in order, keys side by
 * side. With `isolated` (Workers, where each request is a context of its own) a task waits for
 * the one before it on timers of its own instead of awaiting its promise, and goes on without a
 * task that runs past `giveUpMs` (its request ended under it: its promise never settles).
 */
import { describe, expect, it, vi } from 'vitest';
import { createKeyedQueue } from '../../src/core/keyed-queue.ts';

/** A task that runs until released, and says when it started and ended. */
function heldTask(name: string, log: string[]) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const task = async () => {
    log.push(`${name} starts`);
    await released;
    log.push(`${name} ends`);
    return name;
  };
  return { task, release };
}

describe.each([
  ['awaiting promises', {}],
  ['isolated', { isolated: { giveUpMs: 60_000 } }],
])('the keyed queue, %s', (_mode, options) => {
  it('runs one key’s tasks one at a time in order, and other keys beside them', async () => {
    const queue = createKeyedQueue(options);
    const log: string[] = [];
    const [a1, a2, b1] = [heldTask('a1', log), heldTask('a2', log), heldTask('b1', log)];
    const first = queue.run('a', a1.task);
    const second = queue.run('a', a2.task);
    const other = queue.run('b', b1.task);
    await expect.poll(() => log).toEqual(['a1 starts', 'b1 starts']);
    b1.release();
    await expect(other).resolves.toBe('b1');
    expect(log).not.toContain('a2 starts');
    a1.release();
    await expect(first).resolves.toBe('a1');
    await expect.poll(() => log).toContain('a2 starts');
    const idle = queue.idle();
    let settled = false;
    void idle.then(() => {
      settled = true;
    });
    await expect.poll(() => queue.size).toBe(1);
    expect(settled).toBe(false);
    a2.release();
    await expect(second).resolves.toBe('a2');
    await idle;
    expect(queue.size).toBe(0);
  });

  it('goes on after a task that failed', async () => {
    const queue = createKeyedQueue(options);
    const failed = queue.run('a', async () => {
      throw new Error('down');
    });
    await expect(failed).rejects.toThrow('down');
    await expect(queue.run('a', async () => 'next')).resolves.toBe('next');
  });
});

describe('the keyed queue, isolated', () => {
  it('goes on without a task that never settles once it has run past giveUpMs, and idle() too', async () => {
    const queue = createKeyedQueue({ isolated: { giveUpMs: 150 } });
    const log: string[] = [];
    // Its request ended under it: the promise never settles.
    void queue.run('a', () => new Promise<string>(() => log.push('stuck starts')));
    const started = Date.now();
    await expect(queue.run('a', async () => 'after')).resolves.toBe('after');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(log).toEqual(['stuck starts']);
    void queue.run('b', () => new Promise<string>(() => undefined));
    await queue.idle();
  });

  it('waits for a task still waiting its own turn, however long the chain before it', async () => {
    // On the fake clock: a loaded machine must not stretch a 100 ms hold past giveUpMs.
    vi.useFakeTimers();
    try {
      const queue = createKeyedQueue({ isolated: { giveUpMs: 150 } });
      const log: string[] = [];
      const [a1, a2] = [heldTask('a1', log), heldTask('a2', log)];
      void queue.run('a', a1.task);
      void queue.run('a', a2.task);
      const third = queue.run('a', async () => log.push('a3'));
      // a1 runs 100 ms, a2 about 100 ms: each within giveUpMs, so a3 waits for both, in order.
      await vi.advanceTimersByTimeAsync(100);
      expect(log).toEqual(['a1 starts']);
      a1.release();
      await vi.advanceTimersByTimeAsync(20);
      expect(log).toEqual(['a1 starts', 'a1 ends', 'a2 starts']);
      await vi.advanceTimersByTimeAsync(100);
      expect(log).not.toContain('a3');
      a2.release();
      await vi.advanceTimersByTimeAsync(20);
      await third;
      expect(log).toEqual(['a1 starts', 'a1 ends', 'a2 starts', 'a2 ends', 'a3']);
    } finally {
      vi.useRealTimers();
    }
  });
});
