/**
 * The edge's line (src/http/limits/turn-gate.ts): places go in arrival order, a newcomer never
 * overtakes one already waiting, a full line refuses at once, and leaving twice frees one place.
 */
import { describe, expect, it } from 'vitest';
import { createTurnGate } from '../../src/http/limits/turn-gate.ts';

describe('the turn gate', () => {
  it('lets in up to its limit, lines up the next ones in order, and refuses past the line', async () => {
    const gate = createTurnGate({ inFlight: 1, waiting: 2 });
    const order: string[] = [];
    const noted = (name: string) => (leave: () => void) => {
      order.push(name);
      return leave;
    };
    const first = await gate.enter();
    const second = gate.enter()?.then(noted('second'));
    const third = gate.enter()?.then(noted('third'));
    expect(gate.enter()).toBeNull();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });

    first?.();
    first?.();
    const leaveSecond = await second;
    expect(order).toEqual(['second']);
    // The place went to the second in line; a newcomer now waits behind the third.
    const fourth = gate.enter();
    expect(fourth).not.toBeNull();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    leaveSecond?.();
    (await third)?.();
    (await fourth)?.();
    expect(order).toEqual(['second', 'third']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
