/**
 * SendSlots (core/ports/send-slots.ts) in memory: the pacing of one process (one dev process,
 * the tests, the stand-in while the shared store is away) or of one office Durable Object,
 * whose calls run one at a time. GCRA as Meta and Telegram count: a person's "theoretical
 * arrival time" moves on by their spacing with each message, and a message may go once it is
 * no more than the burst ahead of now; the sender's slots follow one another by its interval.
 */
import type { PaceRule, SendSlots } from './ports/send-slots.ts';

/** People and senders remembered at most before the idle ones are forgotten. */
const FORGET_PAST = 10_000;

export function memorySlots(
  now: () => number = () => Date.now(),
  forgetPast = FORGET_PAST,
): SendSlots & { readonly size: number } {
  /** Each sender's next free slot, and each person's theoretical arrival time (`sender person`). */
  const next = new Map<string, number>();
  const tat = new Map<string, number>();
  const forgetIdle = (map: Map<string, number>, t: number) => {
    if (map.size > forgetPast) for (const [key, at] of map) if (at <= t) map.delete(key);
  };
  const senderSlot = (sender: string, rule: PaceRule, t: number) => {
    const at = Math.max(t, next.get(sender) ?? t);
    next.set(sender, at + rule.senderMs);
    forgetIdle(next, t);
    return at - t;
  };
  return {
    async reserve(sender, person, rule) {
      const t = now();
      const key = `${sender} ${person}`;
      const arrival = tat.get(key) ?? t;
      const at = Math.max(t, arrival - (Math.max(1, rule.burst) - 1) * rule.personMs);
      tat.set(key, Math.max(arrival, t) + rule.personMs);
      forgetIdle(tat, t);
      if (at > t) return { waitMs: at - t, senderTaken: false };
      return { waitMs: senderSlot(sender, rule, t), senderTaken: true };
    },
    async senderSlot(sender, rule) {
      return senderSlot(sender, rule, now());
    },
    async holdSender(sender, ms) {
      next.set(sender, Math.max(next.get(sender) ?? 0, now() + ms));
    },
    async holdPerson(sender, person, rule) {
      const key = `${sender} ${person}`;
      tat.set(key, Math.max(tat.get(key) ?? 0, now() + Math.max(1, rule.burst) * rule.personMs));
    },
    /** People remembered (tests check that idle ones are forgotten). */
    get size() {
      return tat.size;
    },
  };
}
