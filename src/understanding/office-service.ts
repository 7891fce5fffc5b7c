/**
 * A service asked of the office ("can your office help me find a shelter in durango?", "eske biwo
 * sa ka ede m jwenn yon albergue nan Durango?") is that service's topic, not the office's address
 * and the assistant's biography (a fresh set's Haitian mother with a baby got the address three
 * times). Only when the words name exactly one other topic, and nothing asks where the office is
 * or when it opens. Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** Who the office is asked ("kiyès nou ye? nou se INM?", "are you from immigration?"): the office's own question. */
const WHO_YOU_ARE =
  /\b(who are (you|u)|who is this|quien(es)? (eres|es|son)|kiyes (nou|ou|w) ye|ki moun (nou|ou|w) ye|(are|r) (you|u|yall|you guys)|eres|son ustedes|(nou|ou|w) se)\b/;
/** Topics a service asked of the office is never moved to: the office itself, a person. */
const NOT_SERVICES: ReadonlySet<string> = new Set(['office_info', 'human', 'emergency']);

/** A word's plural ending, for the glossary's singular terms. */
const PLURAL = /\b(\p{L}{4,}?)e?s\b/gu;

/**
 * The topics a service the words name points to (glossary terms of `minWords` words or more), never the office, a
 * person or a danger. Also read by program-named.ts.
 */
export function servicesNamed(
  glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>,
  words: string,
  minWords = 1,
): Set<string> {
  const named = new Set<string>();
  for (const [token, length] of glossary.termsWithLength(words))
    if (length >= minWords)
      for (const topic of glossary.topicsOf(token)) if (!NOT_SERVICES.has(topic)) named.add(topic);
  return named;
}

export function createOfficeServiceReading(glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>) {
  return (m: Meaning, text: string, dialogue?: DialogueContext, folded = fold(text)): Meaning => {
    if (m.topic !== 'office_info' || m.emergency || m.act !== 'topic' || busyWithQuestion(dialogue)) return m;
    if (m.facets.some((f) => f === 'where' || f === 'time') || WHO_YOU_ARE.test(folded)) return m;
    const namedIn = (words: string) => servicesNamed(glossary, words);
    // A service named in the plural ("¿tienen psicólogos?", emerg-cq: the office's address): its singular.
    const found = namedIn(folded);
    const named = found.size ? found : namedIn(folded.replace(PLURAL, '$1'));
    if (named.size !== 1) return m;
    const [topic] = [...named] as TopicId[];
    return topic ? movedTo(m, topic, { confidence: 1 }) : m;
  };
}
