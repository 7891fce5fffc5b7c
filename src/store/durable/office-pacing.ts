/**
 * The office Durable Object's part of SendSlots (core/ports/send-slots.ts): the pacing every
 * Worker isolate shares, so a WhatsApp number's rate and a person's spacing (and a Telegram
 * bot's) hold across isolates, not in each one alone. In the object's memory (core/
 * memory-slots.ts): its calls run one at a time, which is all a reservation needs; nothing
 * is written to storage, since a send time is worth keeping for seconds at most (an object
 * that restarts forgets them, as an idle isolate did). OfficeObject extends it. Runs only in
 * workerd.
 */
/// <reference types="@cloudflare/workers-types" />
import { z } from 'zod';
import { memorySlots } from '../../core/memory-slots.ts';
import type { PaceRule } from '../../core/ports/send-slots.ts';
import { OfficeAliasesObject } from './office-aliases.ts';
import { check } from './schemas.ts';

const ruleSchema = z.object({
  senderMs: z.number().positive().max(60_000),
  personMs: z.number().min(0).max(600_000),
  burst: z.number().int().min(1).max(100),
});
const name = z.string().min(1).max(200);
const ms = z.number().min(0).max(600_000);

export class OfficePacingObject extends OfficeAliasesObject {
  #slots = memorySlots();

  paceReserve(sender: string, person: string, rule: PaceRule) {
    return this.#slots.reserve(check(name, sender), check(name, person), check(ruleSchema, rule));
  }

  paceSenderSlot(sender: string, rule: PaceRule) {
    return this.#slots.senderSlot(check(name, sender), check(ruleSchema, rule));
  }

  paceHoldSender(sender: string, wait: number) {
    return this.#slots.holdSender(check(name, sender), check(ms, wait));
  }

  paceHoldPerson(sender: string, person: string, rule: PaceRule) {
    return this.#slots.holdPerson(check(name, sender), check(name, person), check(ruleSchema, rule));
  }
}
