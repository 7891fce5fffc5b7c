/**
 * Staying in Mexico asked in the talk of the road ("y si mejor me quedo a trabajar aqui en mexico?", "what if she
 * wants to stay in Mexico?", "e si m ta rete Meksik?"): the papers to stay, asked as their topic's first answer, not who
 * the road's help is for (sight92-a's father with a sick child got the LGBTIQ+ shelters of Tijuana). Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs } from './in-context-shapes.ts';
import { laterQuestion } from './named-asked.ts';

/** Staying in Mexico, or to live or work there, asked or weighed, folded. */
const STAY_ASKED =
  /\b((me|nos|se) (quedo|quedamos|queda|quedan|quedara|quedaran)|quedarme|quedarnos|quedarse|(i|we|she|he|they) (want to |wants to |could |can |would |might )?stay|staying|(m|mwen|nou|li) (ta|vle) rete)\b.{0,30}\b(en mexico|aqui en mexico|in mexico|here in mexico|nan meksik|meksik|a vivir aqui|a trabajar aqui)\b(?! city)/u;
/** A place to sleep asked, not a stay ("where can i stay in mexico city tonight"). */
const SLEEP_ASKED = /\b(where|donde|adonde|kote|tonight|esta noche|aswe a|dormir|sleep|domi)\b/u;
/** The talks where staying is a new question: the road, and its care. */
const ON_THE_ROAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['transit_safety']);
/** What such a question was read as there. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['transit_safety', 'none', 'reintegration']);

export function stayInMexicoReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || !ON_THE_ROAD.has(dialogue.topic ?? 'none') || !MISREAD.has(m.topic))
    return m;
  return STAY_ASKED.test(folded) && !SLEEP_ASKED.test(folded) ? askedAs(m, 'mx_status') : m;
}
