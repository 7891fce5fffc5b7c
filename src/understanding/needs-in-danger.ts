/**
 * In a danger or after one, food or water told as a need ("nou bezwen manje ak dlo", "necesitamos comida y agua",
 * "we haven't eaten since yesterday": emerg-fk's robbed men got their words noted as a place): what the sources name
 * for food and water on the road. Never in a desert or lost, where water is the danger itself and its lines answer.
 * Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

/** Food or water needed or missing, folded. */
const FOOD_NEEDED =
  /\b(necesit\w*|ocup\w*|falta|faltan|we need|i need|need some|bezwen)\b.{0,25}\b(comida|agua|comer|food|water|something to eat|manje|dlo)\b|\b(tenemos|tengo|traemos) (mucha )?hambre\b|\bno (hemos|he) comido\b|\b(we re|we are|im|i m|i am) (so |very )?hungry\b|\b(haven t|havent|have not) eaten\b|\b(nou|m|mwen) (grangou|pa manje depi)\b/u;
/** Lost or in the desert: water is the danger there. */
const LOST = /\b(desierto|desert|deze|perdid[oa]s?|lost|pedi)\b/u;

export function needsInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || m.act !== 'context') return m;
  if (!FOOD_NEEDED.test(folded) || LOST.test(folded)) return m;
  // No place: the need is told, not where they are.
  return { ...emergencyAnswerAsked(m, 'answer.food_water', 'transit_safety'), slots: {} };
}
