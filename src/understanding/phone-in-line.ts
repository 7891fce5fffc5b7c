/**
 * A phone number given while waiting for staff ("His number is 618 123 4567. Please have someone call him today":
 * judge116's sister, in line, was asked to write a number): kept with whatever the message was read as, so the reply
 * says it was noted. The emergency's own readers keep theirs already. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { slotsIn } from './slots.ts';

export function phoneInLineReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.emergency || m.slots?.phone) return m;
  const { phone } = slotsIn(folded, text);
  return phone ? { ...m, slots: { ...m.slots, phone } } : m;
}
