/**
 * Which number to call if a danger came, asked outside one ("si yon moun menase m nan lari a, ki nimewo pou m rele?",
 * "if someone attacks us on the road what number do we call?"): safety on the road, asked for its steps (911, then 089
 * to report); the flows send the road's answer with its 911 line, not the topic under discussion's silence nor a person
 * queued for "call" (emerg-dy's Haitian woman on the humanitarian card was put in line). Not in an emergency, whose own
 * reading answers it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NUMBER_ASKED } from './emergency-words.ts';

/** A danger that may come, said as a condition ("si alguien me asalta", "if someone threatens me"), folded. */
const IF_DANGER =
  /\b(si|if|y si|what if|en caso de|in case|an ka)\b.{0,40}\b(amenaz\w*|threat\w*|menase|peligro|danger|danje|emergencia|emergency|ijans|asalt\w*|rob|robs|robbed|vole|secuestr\w*|kidnap\w*|kidnape|extors\w*|atac\w*|attack\w*|golpe\w*|beat|bat|agred\w*)\b/;

export function linesAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (dialogue?.emergency || m.topic === 'emergency') return m;
  if (!IF_DANGER.test(folded) || !NUMBER_ASKED.test(folded)) return m;
  return { ...m, topic: 'transit_safety', confidence: 1, act: 'topic', facets: ['steps'], question: true };
}
