/**
 * What the hand-written signals say about a follow-up, as extra tokens for the dialogue model:
 * the phrase lists (a yes, a no, thanks, "when will they answer", a person, a facet's words, a
 * language asked for), a danger pattern, and how the topic model's reading of the message
 * compares with the topic under discussion (the same, another, none). The model learns how
 * far to trust each one in each situation: the lists are its features, not the decision.
 * Pure; the same function builds training text and reads live messages.
 */
import type { Lang, TopicId } from '../core/types.ts';
import { NOT_TOPICS, type ReadLearned } from './classify-learned.ts';
import type { DetectEmergency } from './detect-emergency.ts';
import type { DialogueReader } from './dialogue.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import type { LanguageAsked } from './language-request.ts';

/** How sure the topic model must be of a topic for the cue to say which one it is. */
const TOPIC_CUE = 0.4;

export interface CueDeps {
  reader: DialogueReader;
  glossary: GlossaryMatcher;
  readLearned: ReadLearned;
  detectEmergency: DetectEmergency;
  languageAsked: LanguageAsked;
}

export function createDialogueCues(deps: CueDeps) {
  const { reader, glossary, readLearned, detectEmergency, languageAsked } = deps;

  /** The glossary's word for the topics a message's terms point to, against the one under discussion. */
  function namedTopics(folded: string, topic: TopicId | null): string[] {
    let same = false;
    let other = false;
    for (const token of glossary.termsIn(folded)) {
      const topics = glossary.topicsOf(token);
      if (topic && topics.includes(topic)) same = true;
      else if (topics.length > 0) other = true;
    }
    return [...(same ? ['c_names_same'] : []), ...(other ? ['c_names_other'] : [])];
  }

  return function cuesOf(
    text: string,
    words: readonly string[],
    lang: Lang,
    topic: TopicId | null,
  ): string[] {
    const out: string[] = [];
    const flag = (on: boolean, cue: string) => on && out.push(cue);
    flag(reader.saysYes(words, text), 'c_yes');
    flag(reader.saysNo(words, text), 'c_no');
    flag(reader.thanks(words), 'c_thanks');
    flag(reader.asksWhen(words), 'c_when');
    flag(reader.asksCase(words), 'c_case');
    flag(reader.wantsPerson(words), 'c_person');
    flag(reader.notHelped(words), 'c_nothelped');
    flag(reader.cannotCall(words), 'c_cantcall');
    flag(reader.changesSubject(words), 'c_another');
    for (const facet of reader.facetsIn(words, text).facets) out.push(`c_${facet}`);
    flag(languageAsked(words, lang) !== null, 'c_language');
    flag(detectEmergency(text) !== null, 'c_danger');
    const { ranked, danger } = readLearned(text);
    flag(danger >= 0.5, 'c_risky');
    const best = ranked.find((r) => !NOT_TOPICS.has(r.label));
    if (ranked[0]?.label === 'none') out.push('c_outside');
    else if (best && best.p >= TOPIC_CUE)
      out.push(!topic ? 'c_topic' : best.label === topic ? 'c_same' : 'c_other');
    out.push(...namedTopics(words.join(' '), topic));
    flag(/\d/.test(text), 'c_digits');
    flag(words.length <= 2, 'c_short');
    return out;
  };
}

export type DialogueCues = ReturnType<typeof createDialogueCues>;
