/**
 * Whether a typed message goes to the office's review list (the improvement loop), and why:
 * not understood, out of scope, or "did not help". Pure, from the message and what the dialogue
 * policy (talk.ts) decided to do with it.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { Talk } from './talk.ts';

export function missedOf(
  event: { type: string; meaning?: Meaning },
  talk: Talk,
): 'unclear' | 'outOfScope' | 'notHelped' | null {
  if (event.type !== 'user.text') return null;
  if (event.meaning?.act === 'notHelped') return 'notHelped';
  if (talk.do === 'outOfScope') return 'outOfScope';
  if (talk.do === 'clarify' || (talk.do === 'offerStaff' && talk.why === 'unclear')) return 'unclear';
  return null;
}
