/**
 * Thanks or a greeting with a question after it, in a conversation ("ok thanks, ill wait for
 * them. do u guys have an office in chicago or LA at least?"): the question is what wants an
 * answer, not the thanks (a hand judge's person in line got "you're welcome"). Read as a new
 * topic when the question alone names one surely, else as an aspect of the topic under
 * discussion when a question word asks one; else null, and the thanks' own reply ("if you have
 * another question, write it here") answers "e si m gen lòt kesyon?". Pure.
 */
import type { Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { foldedWords } from './fold.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { lastQuestion, sentencesOf } from './question-part.ts';

/** A question asked with no mark ("ya llegué gracias a dios. ahora q hago pa buscar trabajo aca"), folded. */
const ASKS_UNMARKED =
  /^(y |and |e |ahora |now |kounye a |entonces |so )?(q|que|como|what|how|kisa|kijan|kouman|donde|where|kote) (hago|hacemos|le hago|le hacemos|do i|do we|can i|should i|pou m|pou n|m ka|nou ka|puedo|podemos)\b/;
const unmarkedQuestion = (text: string): string | null => {
  const last = sentencesOf(text).at(-1);
  return last && ASKS_UNMARKED.test(foldedWords(last).join(' ')) ? last : null;
};
/** How sure the topic model must be that the question alone names another topic. */
const SURE_TOPIC = 0.8;

export function questionAfterThanks(
  text: string,
  lang: Lang,
  current: TopicId | null,
  tools: { reader: DialogueReader; classify: ReturnType<typeof createClassify> },
): InContext | null {
  const asked = current ? (lastQuestion(text) ?? unmarkedQuestion(text)) : null;
  if (!asked || !current) return null;
  const words = foldedWords(asked);
  // "ok mesi. e si m gen lòt kesyon?" asks how to ask more: the thanks' own reply says it.
  if (tools.reader.changesSubject(words)) return null;
  const cued = tools.reader.facetsIn(words, asked);
  // An aspect only when a question word asks it ("e si…" alone is no question of who may).
  const facets: Facet[] = cued.interrogative ? cued.facets.slice(0, 1) : [];
  // The last question alone may say too little ("ok gracias. ando buscando trabajo…, ¿me pueden ayudar a encontrar
  // trabajo?" got "you're welcome", judge116): the whole message then, which says what it is about.
  const alone = tools.classify(asked, lang);
  const read = alone.confidence >= SURE_TOPIC || asked === text ? alone : tools.classify(text, lang);
  if (read.topic !== 'none' && read.topic !== current && read.confidence >= SURE_TOPIC)
    return { ...pick(read), facets, act: 'topic' };
  if (facets.length) return { ...NONE, topic: current, confidence: 1, facets, act: 'followUp' };
  // A question the topic model alone reads surely as this topic: what its passages say of it.
  if (read.topic === current && read.confidence >= SURE_TOPIC)
    return { ...NONE, topic: current, confidence: 1, facets: [], act: 'otherQuestion' };
  // Anything else after the thanks ("e si m gen lòt kesyon?") is left to the thanks' reply.
  return null;
}
