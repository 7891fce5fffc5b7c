/**
 * The cost asked outright beside a fact of the asker's ("cuanto cuesta? yo tengo 67 años y mi esposo 71": judge109's
 * mother got only who may go, the age read as the aspect asked): the cost is answered too, first. Only on a follow-up
 * of the topic under discussion, whose aspects are being read. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

/** The cost asked in so many words, folded. */
const COST_ASKED =
  /\b(cuanto (cuesta|cobran|se paga|sale|vale)|how much (does it cost|is it|do they charge|does that cost|is the)|what does it cost|konbyen (li|sa|sa a) koute|konbyen kob)\b/u;

export function costKeptReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.act !== 'followUp' || m.topic !== dialogue?.topic) return m;
  if (m.facets.includes('cost') || !COST_ASKED.test(folded)) return m;
  return { ...m, facets: ['cost', ...m.facets] };
}

/** "How much do they take" in Kreyòl, no time named ("konbyen yo pran pou chak voye"), folded. */
const TAKE_ASKED = /\bkonbyen (yo|li|l|sa|sa a|biwo a) (pran|chaje|retire)\b/u;
const TIME_NAMED = /\b(tan|jou|semen|semenn|mwa|ane|lane|kile|ki le|minit|edtan)\b/u;

/**
 * "Konbyen yo pran pou chak voye" in a follow-up: what they charge, which the dialogue model read as how long it takes
 * (sight86-a got the support's time for money sent home). Pure.
 */
export function takeIsCostReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.act !== 'followUp' || !m.facets.includes('time')) return m;
  if (!TAKE_ASKED.test(folded) || TIME_NAMED.test(folded)) return m;
  return { ...m, facets: ['cost', ...m.facets.filter((f) => f !== 'time')] };
}
