/**
 * What a follow-up says of the assistant or of the person themselves, whatever act the dialogue
 * model read: a question to the assistant ("¿eres un robot?", "usted es robot o persona?") is the
 * office's topic, as it is in a first message; how the person feels in mind ("no he dormido
 * nada, me siento muy mal", "tbh im not doing ok mentally") is psychological support, never
 * "sorry that did not help" or "you are welcome". Pure.
 */
import type { Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { ABOUT_YOU, FEELS } from './follow-up-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';

/** How sure the topic model must be that a question to the assistant is about the office. */
const SURE_OFFICE = 0.8;
/** The dialogue model's readings that a statement of how someone feels is mistaken for. */
const MISREAD_FEELINGS = new Set(['complaint', 'thanks', 'context']);

export function readAboutSelf(
  m: { act: string; text: string; words: readonly string[]; lang: Lang; current: TopicId | null },
  tools: {
    reader: DialogueReader;
    classify: ReturnType<typeof createClassify>;
    /** The aspects the phrase lists find ("what time are you open?" asks one: the facet answers it). */
    cueFacets: () => readonly Facet[];
  },
): InContext | null {
  if (m.current !== 'office_info' && ABOUT_YOU.test(m.text) && tools.cueFacets().length === 0) {
    const read = tools.classify(m.text, m.lang);
    if (read.topic === 'office_info' && read.confidence >= SURE_OFFICE)
      return { ...pick(read), facets: [], act: 'topic' };
  }
  const feels =
    MISREAD_FEELINGS.has(m.act) && FEELS.test(m.words.join(' ')) && !tools.reader.notHelped(m.words);
  if (m.current !== 'psych_support' && feels)
    return { ...NONE, topic: 'psych_support', confidence: 1, act: 'topic' };
  return null;
}
