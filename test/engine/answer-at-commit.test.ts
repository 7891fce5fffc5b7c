/**
 * Turns that answer at their commit (Workers' webhooks): handle() resolves while the replies
 * are still going out, even the conversation's earlier replies; a conversation's replies still
 * go out in order, a slow send of one conversation holds no other conversation, and
 * sendsSettled() waits for every send.
 */
import { describe, expect, it } from 'vitest';
import type { Outbound } from '../../src/core/messages.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { sharedKnowledge } from '../support/assistant.ts';

/** A channel whose first send to chat 'slow' waits until released; every send is recorded in order. */
function gatedChannel() {
  const sent: Array<{ chat: string; text: string }> = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = false;
  const channel: Channel = {
    name: 'push',
    choices: 'numbered',
    deliver: async (address, messages: readonly Outbound[]) => {
      if (address.chatId === 'slow' && !held) {
        held = true;
        await gate;
      }
      for (const message of messages) sent.push({ chat: address.chatId, text: message.text ?? '' });
    },
  };
  return { channel, sent, release };
}

async function engineWith(channel: Channel, answerAtCommit: boolean) {
  const { knowledge, understand } = await sharedKnowledge();
  return createEngine({
    store: createMemoryStore(),
    knowledge,
    understand,
    i18n: createI18n(),
    channels: [channel],
    answerAtCommit,
  });
}

const text = (id: string, chatId: string, words: string) =>
  ({ id, channel: 'push', chatId, content: { type: 'text', text: words } }) as const;

describe('turns that answer at their commit', () => {
  it('resolve before their replies are sent, and sendsSettled waits for them', async () => {
    const { channel, sent, release } = gatedChannel();
    const engine = await engineWith(channel, true);
    await engine.handle(text('a1', 'slow', 'como apostillo un acta de nacimiento'));
    expect(sent.filter((s) => s.chat === 'slow')).toEqual([]);
    const settled = engine.sendsSettled();
    release();
    await settled;
    expect(sent.filter((s) => s.chat === 'slow').length).toBeGreaterThan(0);
  });

  it('send a conversation’s replies in order and hold no other conversation', async () => {
    const { channel, sent, release } = gatedChannel();
    const engine = await engineWith(channel, true);
    await engine.handle(text('b1', 'slow', 'hola'));
    // Another person is answered while the first one's send is held.
    await engine.handle(text('c1', 'fast', 'hola'));
    await expect.poll(() => sent.some((s) => s.chat === 'fast')).toBe(true);
    expect(sent.map((s) => s.chat)).not.toContain('slow');
    // The slow person's second turn answers at once, though its replies wait for the first
    // turn's: a turn of another person started after it runs and sends meanwhile.
    let answered = false;
    const second = engine.handle(text('b2', 'slow', 'gracias')).then(() => {
      answered = true;
    });
    const fastSoFar = sent.filter((s) => s.chat === 'fast').length;
    await engine.handle(text('c2', 'fast', 'gracias'));
    await expect.poll(() => sent.filter((s) => s.chat === 'fast').length).toBeGreaterThan(fastSoFar);
    await expect.poll(() => answered).toBe(true);
    expect(sent.map((s) => s.chat)).not.toContain('slow');
    release();
    await second;
    await engine.sendsSettled();
    const slow = sent.filter((s) => s.chat === 'slow').map((s) => s.text);
    expect(slow.at(-1)).toMatch(/De nada/);
    expect(slow.findIndex((t) => /De nada/.test(t))).toBe(slow.length - 1);
  });

  it('take a leftover over: the answer does not wait for it, and it goes first, once', async () => {
    const sent: string[] = [];
    let failing = 1;
    let open = () => {};
    let gate: Promise<void> = Promise.resolve();
    const channel: Channel = {
      name: 'push',
      choices: 'numbered',
      deliver: async (_address, messages: readonly Outbound[]) => {
        if (failing > 0) {
          failing--;
          throw new Error('the platform is away');
        }
        await gate;
        sent.push(messages.map((m) => m.text ?? '').join(' '));
      },
    };
    const clock = { time: Date.UTC(2026, 10, 23, 15), now: () => clock.time };
    const { knowledge, understand } = await sharedKnowledge();
    const engine = createEngine({
      store: createMemoryStore(clock),
      knowledge,
      understand,
      i18n: createI18n(),
      channels: [channel],
      clock,
      answerAtCommit: true,
    });
    await engine.handle(text('e1', 'late', 'como apostillo un acta de nacimiento'));
    await engine.sendsSettled(); // its reply failed: a leftover once its retry time is past
    expect(sent).toEqual([]);
    clock.time += 60_000;
    gate = new Promise((resolve) => {
      open = resolve;
    });
    // Answered while the leftover cannot go out yet: the turn does not wait for it.
    await engine.handle(text('e2', 'late', 'gracias'));
    expect(sent).toEqual([]);
    open();
    await engine.sendsSettled();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/apostill/i);
    expect(sent[1]).toMatch(/De nada/);
    // Taken over and acknowledged: nothing is left for a later turn or the sweep to send again.
    clock.time += 120_000;
    await engine.sweep();
    await engine.handle(text('e3', 'late', 'ok'));
    await engine.sendsSettled();
    expect(sent.filter((t) => /apostill/i.test(t))).toHaveLength(1);
  });

  it('by default resolve only once the replies are sent', async () => {
    const { channel, sent, release } = gatedChannel();
    const engine = await engineWith(channel, false);
    const handled = engine.handle(text('d1', 'slow', 'hola'));
    let done = false;
    void handled.then(() => {
      done = true;
    });
    await engine.handle(text('d2', 'fast', 'hola'));
    expect(done).toBe(false);
    release();
    await handled;
    expect(sent.some((s) => s.chat === 'slow')).toBe(true);
  });
});
