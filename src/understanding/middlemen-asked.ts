/**
 * Appointments or papers sold by others, asked in the talk of papers to stay in Mexico ("m tande gen moun k ap vann
 * randevou pou 200 dola, se vre?", "dicen que venden citas en 200 dolares": sight82-a's Haitian got "you are not in
 * line yet", the Honduran who may have the card): the answer that says to do it oneself and pay no middleman. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, namedAskedReading } from './named-asked.ts';

/** Appointments, turns or the card sold, or a middleman named, folded. */
const SOLD =
  /\b(venden|vende|vendiendo|revenden|sell|sells|selling|sold|vann|ap vann|vand)\b( \w+){0,3} (citas?|turnos?|fichas?|lugares|appointments?|slots?|randevou|randevo|tarjetas?|cards?|kat|papeles|papers|papye)\b|\b(gestor|gestores|coyotes? de papeles|intermediari[oa]s?|middlem[ae]n|fixers?|entemedye|ajan endepandan)\b/u;

/** Papers sped up or made for money offered ("yon nèg di m si m ba l 3000 peso l ap fè l vit", emerg-fc: read as a
 * danger, then as the wait asked; "…l ap fè kat la pou mwen", sight95-a), folded. */
const SPED_UP_FOR_MONEY =
  /\b(si (m|mwen|nou) (ba|bay) (l|li)|si le (doy|damos|pago|pagamos)|if (i|we) (pay|give) (him|her|them))\b.{0,40}\b(\d+|peso|pesos|dola|dolares|dollars|kob)\b.{0,60}\b(vit|rapid|rapido|rapidito|pronto|fast|quick|faster|quicker|sooner|fe kat|fe papye|make (the|my|your) (card|papers)|(me|te) (hace|saca|arregla) (la tarjeta|los papeles))\b/u;

/** Money asked by someone to make one's card or papers ("yon nèg di m fòk m peye 3000 peso pou l fè kat la pou mwen",
 * sight89-a: read as nothing and told "this office does not do that"), folded. */
const PAID_FOR_PAPERS =
  /^(?!.*\b(avoka|abogad[oa]|lawyer|attorney|licenciad[oa])\b).*\b(peye|pay|pagar|pague|pagarle|cobra|cobran|cobrar|charge|charges|wants?|quiere|piden|pide)\b.{0,30}\b\d+\b.{0,30}\b(pou|to|para|pa|por) (l |li |el |him |her |them )?(fe|make|do|get|hacer|hacerme|sacar|sacarme|tramitar|arreglar|arreglarme) (kat|papye|card|papers|tarjeta|papeles|tramite|the card|my card|my papers|mis papeles|la tarjeta)\b/u;

const soldAsked = namedAskedReading(
  'mx_status',
  new RegExp(`${SOLD.source}|${SPED_UP_FOR_MONEY.source}|${PAID_FOR_PAPERS.source}`, 'u'),
  'answer.paying_middlemen',
  { inFirst: true },
);

export function middlemenAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // As a first message read as nothing, money asked to make one's card is that answer too.
  const firstPaid =
    (!dialogue || dialogue.first) && m.topic === 'none' && !m.emergency && PAID_FOR_PAPERS.test(folded);
  const read = firstPaid
    ? answeredBy(m, 'mx_status', 'answer.paying_middlemen')
    : soldAsked(m, text, dialogue, folded);
  if (read === m) return m;
  // "randevou" read as the case's appointment asked: no case is asked about.
  const { caseQuery: _notAsked, ...asked } = read;
  return asked;
}
