/**
 * A procedure named and refused ("m pa meksiken m se ayisyen, paisano pa pou mwen…", "no pregunté por la COMAR", "i'm
 * not asking about the pension": judge132's Haitian got the Paisano programme again, and "m pa mande pou COMAR" got
 * COMAR): the topics the refused words name, which the reply must not be about. Read with the glossary's terms. Pure.
 */
import type { TopicId } from '../core/types.ts';
import { fold } from './fold.ts';
import { type GlossaryMatcher, proceduresNamed } from './glossary-terms.ts';

/** The words refused, before "is not for me", folded: up to four words; not "…not for me, for my mother". */
const NOT_FOR_ME =
  /\b((?:\w+ ){0,3}\w+) (pa pou (m|mwen|nou)|se pa pou (m|mwen|nou)|no es (para|pa) (mi|nosotros)|no aplica|(is|s) not for (me|us)|isn t for (me|us)|isnt for (me|us)|doesn t apply|doesnt apply)\b(?!.{0,20}\b(para|pa|for|pou)\b)/gu;
/** The words refused, after "I did not ask about", folded: up to four words. */
const NOT_ASKED =
  /\b(m pa (t )?mande pou|mwen pa (t )?mande pou|m pa (t )?poze kesyon sou|no (pregunte|pregunto|estoy preguntando|te pregunte) (por|de|sobre)|no (es|era) (eso|lo) de|(i m|im|i am) not asking (about|for)|i (didn t|didnt|did not) ask (about|for)|not asking (about|for)) ((?:\w+ ){0,3}\w+)/gu;

/** Spanish's "no" right before the asking, no comma between ("no pregunté por…", not "no, pregunté por…"). */
const NOT_ASKED_UNPARTED = /\bno\s+(te\s+)?(pregunt|estoy\s+pregunt|es\s+eso|era\s+eso|es\s+lo|era\s+lo)/u;

export function createRefusedTopics(glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>) {
  const topicsIn = (words: string) => proceduresNamed(glossary, words);
  /** The topics the message refuses by name; empty when it refuses none. */
  return (text: string): ReadonlySet<TopicId> => {
    const folded = fold(text);
    const refused = new Set<TopicId>();
    for (const found of folded.matchAll(NOT_FOR_ME)) for (const t of topicsIn(found[1] ?? '')) refused.add(t);
    for (const found of folded.matchAll(NOT_ASKED)) {
      // "no, te pregunté por las cenizas" asks about them (session-77's test): Spanish's "no" refuses only unparted.
      if (found[1]?.startsWith('no ') && !NOT_ASKED_UNPARTED.test(text.toLowerCase())) continue;
      for (const t of topicsIn(found.at(-1) ?? '')) refused.add(t);
    }
    return refused;
  };
}
