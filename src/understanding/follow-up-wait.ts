/**
 * A follow-up the dialogue model reads as asking about the wait or who is coming: a procedure's
 * time ("¿cuánto tarda el trámite?") is that aspect of the topic; out of line, words no one asks
 * the wait with are a question, not the wait (the model read "ya estando allá quiero chambear,
 * ¿hay trabajo?" as one); "who are you, is this the government?" is about the office; else the
 * wait, with the conversation's case looked up when no one is on the way yet. Pure.
 */
import type { DialogueContext, Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { NOT_PROCEDURES } from './emergency-message-parts.ts';
import { ABOUT_YOU, PROCEDURE_TIME } from './follow-up-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { SERVICE_ASKED } from './plain-ask.ts';
import { messageAsks } from './question.ts';

/** Pain or a sign of illness told (folded words). */
const PAIN_TOLD =
  /\b(fe (m|mwen|li|l) mal|doule|lafyev|me duele|le duele|dolor|fiebre|calentura|hurts|pain|fever|headache)\b/;

/** How sure the topic model must be that a procedure's time asked in line names another procedure. */
const NAMED_SURE = 0.8;

/** The office's whereabouts asked ("ki kote biwo nou an ye", "¿dónde queda la oficina?"): the office, not the case (sight70-a). */
const OFFICE_WHERE =
  /\b((ki )?kote (biwo|lofis)|(donde|dnd|onde) (esta|queda|estan|quedan) (la |las |su |sus |ustedes )?oficinas?|where (is|are) (the |your |ur )?offices?)\b/;

/** How a procedure works, asked ("¿cómo funciona eso?", "how does that work?", "kijan sa mache?"). */
const HOW_IT_WORKS = /\b(como funciona|how does (it|that|this) work|kijan (sa|li) mache)\b/;

export function readWait(
  act: 'wait' | 'who_comes',
  message: {
    text: string;
    words: readonly string[];
    lang: Lang;
    dialogue: DialogueContext;
    current: TopicId | null;
  },
  read: {
    reader: DialogueReader;
    classify: ReturnType<typeof createClassify>;
    onTopic: (facets: Facet[]) => InContext;
    question: (facets: Facet[]) => InContext;
    cueFacets: () => Facet[];
    withLang: (m: InContext) => InContext;
  },
): InContext {
  const { text, words, lang, dialogue, current } = message;
  if (act === 'wait' && PROCEDURE_TIME.test(words.join(' '))) {
    // "How long does COMAR usually take to decide?" in line after a CURP: the procedure it names (judge90).
    const named = read.classify(text, lang);
    const other =
      named.topic !== current && named.confidence >= NAMED_SURE && !NOT_PROCEDURES.has(named.topic);
    if (other) return read.withLang({ ...pick(named), facets: ['time'], act: 'topic' });
    if (current) return read.onTopic(['time']);
  }
  // A question with no word of the wait in it asks something else (statements keep the model's reading:
  // "I said no because I waited too long" is about the wait).
  const other = !read.reader.asksWhen(words) && !read.reader.asksCase(words) && messageAsks(text);
  if (act === 'wait' && !dialogue.withStaff && other)
    return current ? read.onTopic(read.cueFacets()) : read.question(read.cueFacets());
  // In line too, "¿cómo funciona eso?" asks how a procedure works, never the wait (a retrained model read it so).
  // So does "so is there a shelter in altar or no": a service named (judge103's man rescued in Altar got his place in line).
  if (other && SERVICE_ASKED.test(words.join(' ')))
    return current ? read.onTopic(read.cueFacets()) : read.question(read.cueFacets());
  if (act === 'wait' && other && HOW_IT_WORKS.test(words.join(' ')))
    return current ? read.onTopic(['steps']) : read.question(['steps']);
  // "tèt mwen ap fè m mal anpil": pain told, not the wait (session 80's fresh set got the queue's line).
  const pain = act === 'wait' && current && PAIN_TOLD.test(words.join(' ')) && !read.reader.asksWhen(words);
  if (pain) return read.onTopic([]);
  const about =
    (act === 'who_comes' || ABOUT_YOU.test(text) || OFFICE_WHERE.test(words.join(' '))) && !dialogue.withStaff
      ? read.classify(text, lang)
      : null;
  if (about?.topic === 'office_info') return read.withLang({ ...pick(about), facets: [], act: 'topic' });
  // Out of line, "ki kote li ka wè dokte gratis" (where can he see a doctor) asks of a procedure, not who is coming.
  const procedure = about && about.topic !== 'none' && !NOT_PROCEDURES.has(about.topic);
  if (act === 'who_comes' && !dialogue.withStaff && other && procedure)
    return about.topic === current ? read.onTopic(read.cueFacets()) : read.question(read.cueFacets());
  const caseQuery = dialogue.withStaff ? {} : { caseQuery: { folio: null } };
  return read.withLang({ ...NONE, act: 'when', ...caseQuery });
}
