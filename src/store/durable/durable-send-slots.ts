/**
 * The Durable Object store's SendSlots: every call goes to the office's object
 * (office-pacing.ts), so every Worker isolate paces against the same WhatsApp number's rate
 * and the same person's spacing. One small call per message sent (two when it waits for its
 * person's spacing).
 */
/// <reference types="@cloudflare/workers-types" />
import type { SendSlots } from '../../core/ports/send-slots.ts';
import type { OfficePacingObject } from './office-pacing.ts';

export function durableSendSlots(office: () => DurableObjectStub<OfficePacingObject>): SendSlots {
  return {
    async reserve(sender, person, rule) {
      return await office().paceReserve(sender, person, rule);
    },
    async senderSlot(sender, rule) {
      return await office().paceSenderSlot(sender, rule);
    },
    async holdSender(sender, ms) {
      await office().paceHoldSender(sender, ms);
    },
    async holdPerson(sender, person, rule) {
      await office().paceHoldPerson(sender, person, rule);
    },
  };
}
