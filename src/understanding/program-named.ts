/**
 * A programme named by its own name in a statement ("se llama abrazando almas creo, tengo 67 años y mi esposo 70":
 * judge114's mother, answered about the humanitarian permit twice, got "Noted" when she named the programme she
 * meant): that programme's topic, not a detail noted for staff. Only a name of two words or more that points to one
 * other topic, said to be a name ("se llama", "the program"), told while a procedure is talked about. Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { servicesNamed } from './office-service.ts';

/** Words at least in a programme's name: single words ("visa", "pension") are said of too many things. */
const NAME_WORDS = 2;
/** A name said to be one: "se llama", "it's called", "el programa", "the program" (never "li rele": a person's). */
const NAME_SAID =
  /\b(se llama|se llaman|it s called|its called|el programa|un programa|the program|the programme|pwogram)\b/u;

export function createProgramNamedReading(glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>) {
  return (m: Meaning, text: string, dialogue?: DialogueContext, folded = fold(text)): Meaning => {
    if (m.act !== 'context' || m.emergency || !dialogue?.topic || busyWithQuestion(dialogue)) return m;
    // Named as a name: a paper one holds ("m gen rezidans tanporè") is a fact told, not a programme asked for.
    if (!NAME_SAID.test(folded)) return m;
    const named = servicesNamed(glossary, folded, NAME_WORDS);
    if (named.size !== 1) return m;
    const [topic] = [...named] as TopicId[];
    return topic && topic !== dialogue.topic
      ? movedTo(m, topic, { act: 'topic', confidence: 1, facets: [] })
      : m;
  };
}
