/**
 * In a danger, a procedure asked to be told about by its name ("can u also tell me about the pension thing again",
 * "no really im ok, my brother is here. i just want to know about the pension": judge108's man, calmer after a
 * suicide's line, got "first, your safety" three times): that procedure, the danger's lines after it. A danger the
 * learned model alone read in such a message, with the person saying they are all right, is not a new one. Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { type GlossaryMatcher, proceduresNamed } from './glossary-terms.ts';
import { movedTo } from './in-context-shapes.ts';

/** Asked to be told about something, folded. */
const TELL_ABOUT =
  /\b(tell me|tell us|know|hear|info|information|informacion|saber|dime|digame|expliqueme|explicame|konnen|di m|eksplike m)\b( \w+){0,3} (about|on|sobre|de|del|acerca de|sou)\b/u;
/** All right said ("im ok", "estoy bien", "m byen"): no new danger. */
const ALL_RIGHT =
  /\b(i m|im|i am) (ok|okay|fine|alright|all right)\b|\bestoy bien\b|\b(m|mwen) (byen|oke)\b/u;

export function createToldAboutReading(glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>) {
  /** The one procedure the message's terms name, or null. */
  const procedureNamed = (folded: string): TopicId | null => {
    const named = new Set(proceduresNamed(glossary, folded));
    return named.size === 1 ? ([...named][0] ?? null) : null;
  };
  return (m: Meaning, _text: string, dialogue: DialogueContext | undefined, folded: string): Meaning => {
    if (!dialogue?.emergency || !TELL_ABOUT.test(folded)) return m;
    const modelOnly = m.emergency?.kind === 'unknown' && ALL_RIGHT.test(folded);
    if (m.emergency && !modelOnly) return m;
    const topic = procedureNamed(folded);
    if (!topic || topic === m.topic) return m;
    const moved = movedTo(m, topic, { act: 'topic', confidence: 1, facets: [] });
    return modelOnly ? { ...moved, emergency: null, danger: 'none' } : moved;
  };
}
