/**
 * The outbox and a channel that sends a turn part by part: each turn's messages reach the
 * channel named with their turn, the same name when the turn is tried again and another for
 * the next turn, so the channel can send only what it has not sent yet; and a turn that keeps
 * failing does not hold back the person's later replies.
 */
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { testAssistant } from '../support/assistant.ts';

/** A channel without delivery reports whose first turn fails once, or always (told by its name). */
function pushChannel(firstTurnFails: 'once' | 'always') {
  const calls: Array<{ refs: Array<string | undefined>; texts: string[]; ok: boolean }> = [];
  let first: string | undefined;
  let failures = 0;
  const channel: Channel = {
    name: 'push',
    choices: 'numbered',
    async deliver(_address, messages) {
      const refs = messages.map((m) => m.ref);
      first ??= refs[0];
      const fail = refs[0] === first && (firstTurnFails === 'always' || failures === 0);
      calls.push({ refs, texts: messages.map((m) => m.text), ok: !fail });
      if (fail) {
        failures += 1;
        throw new Error('the channel is down for this turn');
      }
    },
  };
  return { channel, calls, first: () => first };
}

describe('the outbox names each turn for the channel', () => {
  it('gives a retry of a turn the same name, and the next turn another', async () => {
    const push = pushChannel('once');
    const a = await testAssistant({ channels: [push.channel], channel: 'push' });
    await a.say('hola');
    await a.say('quiero hablar con una persona'); // 90 s later: the leftover first, then this turn
    const [failed, retried, next] = push.calls;
    expect(push.first()).toMatch(/:p$/);
    expect(failed?.ok).toBe(false);
    expect(retried).toMatchObject({ ok: true, texts: failed?.texts });
    expect(retried?.refs.every((ref) => ref === push.first())).toBe(true);
    expect(next?.ok).toBe(true);
    expect(next?.refs.every((ref) => ref !== undefined && ref !== push.first())).toBe(true);
    // Every message of a turn carries the same name.
    expect(new Set(next?.refs).size).toBe(1);
  });

  it('sends the next turns while an earlier turn keeps failing', async () => {
    const push = pushChannel('always');
    const a = await testAssistant({ channels: [push.channel], channel: 'push' });
    await a.say('hola');
    await a.say('quiero hablar con una persona');
    await a.say('¿cuánto tarda?');
    const delivered = push.calls.filter((c) => c.ok);
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(push.calls.filter((c) => !c.ok).every((c) => c.refs[0] === push.first())).toBe(true);
  });
});
