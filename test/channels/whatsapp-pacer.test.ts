/**
 * WhatsApp pacing: one chat's messages in order and apart, "typing…" before each, and the
 * whole number under its rate, on vitest's fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../src/channels/whatsapp/pacer.ts';

function recorder(failTyping = false) {
  const events: Array<{ at: number; what: 'typing' | 'send'; chatId: string; text?: string }> = [];
  return {
    events,
    sends: () => events.filter((e) => e.what === 'send'),
    channel: {
      async typing(chatId: string) {
        events.push({ at: Date.now(), what: 'typing', chatId });
        if (failTyping) throw new Error('chat not found');
      },
      async send(chatId: string, text: string) {
        events.push({ at: Date.now(), what: 'send', chatId, text });
      },
    },
  };
}

describe('WhatsApp pacer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('sends one chat’s parts in order, each after "typing…", at least the per-chat gap apart', async () => {
    const pacer = createPacer({ perChatGapMs: 1_500, perMinute: 600 });
    const r = recorder();
    const done = pacer.deliver('521@c.us', ['uno', 'dos', 'x'.repeat(400)], r.channel);
    await vi.advanceTimersByTimeAsync(20_000);
    await done;
    expect(r.events.map((e) => e.what)).toEqual(['typing', 'send', 'typing', 'send', 'typing', 'send']);
    const sends = r.sends();
    expect(sends.map((s) => s.text?.slice(0, 3))).toEqual(['uno', 'dos', 'xxx']);
    expect(sends[0]?.at).toBe(1_000_000 + 600); // a short text: the least "typing…" time
    expect((sends[1]?.at ?? 0) - (sends[0]?.at ?? 0)).toBe(1_500); // the gap, longer than its typing
    expect((sends[2]?.at ?? 0) - (sends[1]?.at ?? 0)).toBe(3_000); // 400 characters: typing, capped
  });

  it('keeps the whole number under its rate across chats', async () => {
    const pacer = createPacer({ perChatGapMs: 0, perMinute: 30, minTypingMs: 0, typingMsPerChar: 0 });
    const r = recorder();
    const all = Promise.all(
      Array.from({ length: 5 }, (_, i) => pacer.deliver(`chat-${i}@c.us`, ['hola'], r.channel)),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    await all;
    const times = r.sends().map((s) => s.at);
    expect(times).toHaveLength(5);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(2_000);
  });

  it('sends even when "typing…" cannot be shown', async () => {
    const pacer = createPacer({ perChatGapMs: 100, perMinute: 600 });
    const r = recorder(true);
    const done = pacer.deliver('521@c.us', ['hola'], r.channel);
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(r.sends()).toHaveLength(1);
  });

  it('lets different chats type at the same time (only sends share the number’s rate)', async () => {
    const pacer = createPacer({ perChatGapMs: 0, perMinute: 6_000, minTypingMs: 1_000, typingMsPerChar: 0 });
    const r = recorder();
    const all = Promise.all([
      pacer.deliver('a@c.us', ['1'], r.channel),
      pacer.deliver('b@c.us', ['2'], r.channel),
    ]);
    await vi.advanceTimersByTimeAsync(5_000);
    await all;
    const [a, b] = r.sends().map((s) => s.at - 1_000_000);
    expect(a).toBe(1_000);
    expect(b).toBe(1_010); // 6,000 a minute: 10 ms apart, not another full typing time
  });
});
