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

/** Papers sped up for money offered ("yon nèg di m si m ba l 3000 peso l ap fè l vit", emerg-fc: read as a danger, then
 * as the wait asked), folded. */
const SPED_UP_FOR_MONEY =
  /\b(si (m|mwen|nou) (ba|bay) (l|li)|si le (doy|damos|pago|pagamos)|if (i|we) (pay|give) (him|her|them))\b.{0,40}\b(\d+|peso|pesos|dola|dolares|dollars|kob)\b.{0,60}\b(vit|rapid|rapido|rapidito|pronto|fast|quick|faster|quicker|sooner)\b/u;

const soldAsked = namedAskedReading(
  'mx_status',
  new RegExp(`${SOLD.source}|${SPED_UP_FOR_MONEY.source}`, 'u'),
  'answer.paying_middlemen',
  { inFirst: true },
);

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
