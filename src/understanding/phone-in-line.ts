/**
 * A phone number given while waiting for staff ("His number is 618 123 4567. Please have someone call him today":
 * judge116's sister, in line, was asked to write a number): kept with whatever the message was read as, so the reply
 * says it was noted. The emergency's own readers keep theirs already, but for a call asked. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { slotsIn } from './slots.ts';

export function phoneInLineReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // In a danger, its readers keep a number told; a call asked with one ("eske ekip la ka rele m? nimewo m se 871…": judge118)
  // is read as the person asked for, which keeps none.
  if (!dialogue?.withStaff || m.slots?.phone || (dialogue.emergency && m.topic !== 'human')) return m;
  const { phone } = slotsIn(folded, text);
  return phone ? { ...m, slots: { ...m.slots, phone } } : m;
}
