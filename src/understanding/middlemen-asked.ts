/**
 * Appointments or papers sold by others, asked in the talk of papers to stay in Mexico ("m tande gen moun k ap vann
 * randevou pou 200 dola, se vre?", "dicen que venden citas en 200 dolares": sight82-a's Haitian got "you are not in
 * line yet", the Honduran who may have the card): the answer that says to do it oneself and pay no middleman. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { namedAskedReading } from './named-asked.ts';

/** Appointments, turns or the card sold, or a middleman named, folded. */
const SOLD =
  /\b(venden|vende|vendiendo|revenden|sell|sells|selling|sold|vann|ap vann|vand)\b( \w+){0,3} (citas?|turnos?|fichas?|lugares|appointments?|slots?|randevou|randevo|tarjetas?|cards?|kat|papeles|papers|papye)\b|\b(gestor|gestores|coyotes? de papeles|intermediari[oa]s?|middlem[ae]n|fixers?|entemedye|ajan endepandan)\b/u;

const soldAsked = namedAskedReading('mx_status', SOLD, 'answer.paying_middlemen', { inFirst: true });

export function middlemenAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const read = soldAsked(m, text, dialogue, folded);
  if (read === m) return m;
  // "randevou" read as the case's appointment asked: no case is asked about.
  const { caseQuery: _notAsked, ...asked } = read;
  return asked;
}
