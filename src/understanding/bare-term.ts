/**
 * "e CURP la?", "y la CURP?", "and the CURP?": a thing named alone after "and", in a topic's talk, asks what the
 * sources say of it, not the topic's steps (the model's guess): with no aspect, the named answer its word finds
 * comes instead of the steps of the card (judge103's Haitian asked about the CURP three times). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';

/** "and" and at most two more words with no aspect asked, folded: "e curp la", "y la curp", "and the curp", "what about the curp". */
const AND_THE =
  /^(e|y|and|what about|how about|and what about|et|epi) (the |el |la |los |las |lo de (la |el )?)?\S+( \S+)?( (la|a|an|yo))?$/u;
/** How much of the message the named answer must hold: the thing named, if little else. */
const NAMED_COVERS = 0.5;
/** Words that ask an aspect: such a message keeps its facet. */
const ASPECT =
  /\b(como|how|kijan|cuanto|how much|konbyen|donde|where|kote|cuando|when|kile|que papeles|what papers)\b/u;

export function bareTermReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || m.act !== 'followUp' || !dialogue?.topic) return m;
  if (!m.facets.every((f) => f === 'steps') || !m.facets.length) return m;
  if (!AND_THE.test(folded.trim()) || ASPECT.test(folded)) return m;
  // Only where a named answer of the talk holds the thing named: else the steps the model read stand.
  const best = m.answers?.[0];
  const named =
    best?.topic === dialogue.topic && best.passage.startsWith('answer.') && best.coverage >= NAMED_COVERS;
  return named ? { ...m, facets: [] } : m;
}

/**
 * A digit alone while an offer's buttons are on screen, none of them its own ("4" under Yes, No, Menu: judge103's man
 * meant the person of a list shown before): no age or figure told, so the buttons are offered again, not who may.
 */
export function bareNumberReading(m: Meaning, text: string, dialogue: DialogueContext | undefined): Meaning {
  if (m.emergency || dialogue?.asked !== 'yesno' || !/^\s*\d\s*$/.test(text)) return m;
  const { slots: _, ...rest } = m;
  return { ...rest, act: 'unclear', topic: 'none', facets: [], candidates: [] };
}
