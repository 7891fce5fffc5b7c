/**
 * Pacing through the store every instance or isolate shares (core/ports/send-slots.ts), with
 * this process's memory as insurance: a call the store cannot answer (an outage) is answered
 * by the process's own slots, so an outage costs the limits' exactness across instances,
 * never a reply.
 */
import { memorySlots } from '../core/memory-slots.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { SendSlots } from '../core/ports/send-slots.ts';

/** Paces through `shared`; a call it cannot answer (the store away) is answered by `local`, this process's memory. */
export function sendSlotsOr(shared: SendSlots, logger?: Logger, local: SendSlots = memorySlots()): SendSlots {
  let away = false;
  const either = async <T>(call: (slots: SendSlots) => Promise<T>): Promise<T> => {
    try {
      const result = await call(shared);
      away = false;
      return result;
    } catch (error) {
      if (!away)
        logger?.warn('pacing: the shared store does not answer; pacing in this process meanwhile', {
          error: (error as Error).message,
        });
      away = true;
      return call(local);
    }
  };
  return {
    reserve: (sender, person, rule) => either((s) => s.reserve(sender, person, rule)),
    senderSlot: (sender, rule) => either((s) => s.senderSlot(sender, rule)),
    holdSender: (sender, ms) => either((s) => s.holdSender(sender, ms)),
    holdPerson: (sender, person, rule) => either((s) => s.holdPerson(sender, person, rule)),
  };
}
