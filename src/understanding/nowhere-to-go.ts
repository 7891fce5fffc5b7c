/**
 * In a danger, nowhere to go told ("l ap tounen a 7è. m pa gen kote pou m ale": judge110's woman threatened by her
 * partner got her message quoted back; "no tengo a donde ir", "I have nowhere to go"): where the sources send people
 * in this danger, as "where can I go?" is, not a procedure's offices nor a place noted. Pure.
 */
import { type DialogueContext, LEARNED_ALONE, type Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** Nowhere to go or to stay, told, folded. */
const NOWHERE =
  /\bno (tengo|tenemos) (a )?(donde|adonde|otro lugar (a donde|adonde|donde|pa|para)) (ir|irme|irnos)\b|\b(i have|i ve got|i got|we have|we ve got) (nowhere|no where|no other place|no place)( else)? to go\b|\b(i|we) (don t|dont|do not) have (anywhere|any place|a place|any other place|anywhere else) to go\b|\b(m|mwen|nou) pa gen (okenn |lot |lòt )?kote pou (m|mwen|nou) ale\b/u;

export function nowhereToGoReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // A place to stay the night asked ("no tengo donde quedarme ni dinero" once stitched up): the road's shelters.
  // The model alone seeing the danger again in it is no new danger (judge123: "m pa gen lòt kote pou m ale" was noted as a place).
  const newDanger = m.emergency !== null && m.emergency.pattern !== LEARNED_ALONE;
  if (!dialogue?.emergency || newDanger || m.topic === 'human' || m.topic === 'transit_safety') return m;
  if (!NOWHERE.test(folded)) return m;
  return { ...m, ...NONE, act: 'whatToDo', seeksRefuge: true, answers: [] };
}
