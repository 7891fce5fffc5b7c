/**
 * A message the dialogue model reads as a new topic, in the conversation it comes in: a person asked
 * for, an aspect of the topic under discussion when it names no other, or the topic it is about.
 * Split from follow-up.ts, which reads every other act. Pure.
 */
import type { Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { relativeCalls } from './dialogue-someone.ts';
import { PERSON_P, SURE_TOPIC } from './follow-up-settings.ts';
import { refersBack } from './follow-up-words.ts';
import { type InContext, told } from './in-context-shapes.ts';
import { papersToldFor } from './papers-held.ts';
import type { Terms, TopicSwitch } from './topic-switch.ts';

/** Below this, the topic model's other topic does not move a conversation whose topic it also reads. */
const UNSURE_ELSEWHERE = 0.4;
/** Below this, another topic named by no term is no more than a guess. */
const UNNAMED_UNSURE = 0.5;

/** A place pointed at ("y ahí no hay nada?", "anything there?", "pa gen anyen la a?"). */
const THERE = new Set(['ahi', 'ai', 'alli', 'alla', 'there', 'isit', 'laba']);
/** Words at most in such a short question. */
const SHORT_THERE = 6;

export function readNewTopic(
  message: { text: string; words: readonly string[]; lang: Lang; current: TopicId | null; pPerson: number },
  read: {
    reader: DialogueReader;
    classify: ReturnType<typeof createClassify>;
    topicSwitch: TopicSwitch;
    terms: () => Terms;
    onTopic: (facets: Facet[]) => InContext;
    question: (facets: Facet[]) => InContext;
    cueFacets: () => Facet[];
    askPerson: () => InContext;
    withLang: (m: InContext) => InContext;
  },
): InContext | null {
  const { text, words, lang, current, pPerson } = message;
  const { reader, topicSwitch, terms, onTopic, cueFacets, withLang } = read;
  // "can someone from the office contact us" names the office, and asks for a person.
  const seen = read.classify(reader.newSubject(words, text), lang);
  // "can he call me?" asks about the relative detained or away calling, not for someone of the office.
  const person = reader.wantsPerson(words) && !relativeCalls(words);
  if (person && (pPerson >= PERSON_P || seen.topic === 'office_info')) return read.askPerson();
  const named = topicSwitch.names(terms(), seen.topic, current ?? 'none');
  // "¿qué papeles me van a pedir?" names no other topic: an aspect of this one, unless the topic model
  // is all but sure the question is about another ("is there any way she could come visit us?").
  const elsewhere =
    topicSwitch.sureElsewhere(seen, current, words) || topicSwitch.appliesTo(seen, current, words);
  if (current && cueFacets().length && named === 0 && !elsewhere)
    return withLang(onTopic(cueFacets().slice(0, 1)));
  // "And can I do that without my passport?" points back: another topic only by a longer term, or by one the
  // topic model is sure of ("ki kote m ka jwenn yon avoka…? konbyen sa koute?" on status, "what about asylum, is
  // that better?" on the road: judge83 and 55 turns of the sets; 21 lost, "…isnt apostilled, is that a problem?").
  if (current && refersBack(words) && named < 2 && !(named === 1 && seen.confidence >= SURE_TOPIC))
    return withLang(onTopic(cueFacets().slice(0, 1)));
  // "y ahí no hay nada?" after the clinics named none in Torreón: there, of this topic, unless one is named or sure
  // (judge95's pregnant woman got the search for the missing, read at 0.55).
  const there = words.length <= SHORT_THERE && words.some((w) => THERE.has(w));
  if (current && there && named === 0 && seen.confidence < SURE_TOPIC)
    return withLang(read.question(cueFacets().slice(0, 1)));
  // Unsure of another topic, with this one among its next readings ("can my dad get the money deposited in
  // a mexican bank?" on the pension, read as remains at 0.36): a question about this one (sight51-a). Or
  // about as unsure, and no word names the other ("can they also get a curp?" on dual nationality, read
  // as the road's safety at 0.48, got the Grupos Beta and 911); never a person asked for ("me comunica con
  // alguien de carne y hueso", read as a person at 0.46, is one).
  const unsure =
    current &&
    ((seen.confidence < UNSURE_ELSEWHERE && seen.candidates.includes(current)) ||
      (seen.confidence < UNNAMED_UNSURE && named === 0 && seen.topic !== 'human'));
  // "m gen kat TVRH" while on remittances: what they have, told for this topic (papers-held.ts).
  if (current && papersToldFor(text, current)) return withLang(told(current, {}));
  if (seen.topic !== 'none' && seen.topic !== current && !unsure)
    return withLang({ ...pick(seen), facets: cueFacets(), act: 'topic' });
  if (unsure) return withLang(read.question(cueFacets().slice(0, 1)));
  // No topic read at all ("can they go to school here while we wait?" on asylum): a question about this one.
  return current && seen.topic === 'none' ? withLang(read.question(cueFacets().slice(0, 1))) : null;
}
