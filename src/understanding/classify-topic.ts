/**
 * Which topic a message is about, from the learned model: the office's filed examples first,
 * then an untrained topic's own phrases, then the model's likeliest topic when it is clear; the
 * likeliest ones for a clarifying question otherwise; "visa humanitaria" (two topics, the same
 * words) settled by who usually means which. Whether it asks for something the office does not
 * do, and how sure the model is of that. Pure.
 */
import type { Lang, Meaning, TopicId } from '../core/types.ts';
import { LEARNED, NOT_TOPICS, type ReadLearned } from './classify-learned.ts';
import { asksSomething } from './question.ts';

/** Two topics that the same words ask for; the pair and who usually means which. */
const AMBIGUOUS_PAIRS: ReadonlyArray<[TopicId, TopicId]> = [['us_humanitarian_visa', 'mx_status']];

export type Read = Pick<Meaning, 'topic' | 'confidence' | 'candidates' | 'ambiguousWith'> & {
  /** The message asks for something the office does not do. */
  outOfScope: boolean;
  outOfScopeP?: number;
  /** The likely topics the model gives a real share (NEAR_P), not merely the next in its ranking. */
  near?: readonly TopicId[];
};

/**
 * The share a topic needs to count as seen beside the likeliest: the three next readings are always
 * named, however small ("mi ama se quedo viuda… con seguro social" read as the pension at 1.00 still
 * listed the remains third, which kept the conversation there: sight60-a; topic-switch.ts `keeps`).
 */
const NEAR_P = 0.05;

/** Whether the reading sees `topic` among its likely topics with a real share. */
export const sees = (read: { candidates: readonly TopicId[]; near?: readonly TopicId[] }, topic: TopicId) =>
  (read.near ?? read.candidates).includes(topic);

/** A reading's topic part, as a message's meaning carries it (no out-of-scope flags). */
export const pick = (r: Pick<Meaning, 'topic' | 'confidence' | 'candidates' | 'ambiguousWith'>) => ({
  topic: r.topic,
  confidence: r.confidence,
  candidates: r.candidates,
  ...(r.ambiguousWith ? { ambiguousWith: r.ambiguousWith } : {}),
});

/**
 * How sure the topic model must be that a message is out of scope for a follow-up to be told so,
 * and for a first message to be told so even when a named answer says most of it.
 */
export const SURE_OUT_OF_SCOPE = 0.8;

/** What classifying reads besides the model. */
export interface ClassifyReaders {
  /** An untrained topic's own phrases (untrained-topics.ts). */
  untrainedTopic: (text: string) => string | null;
  /** The office's filed examples (office-examples.ts): a topic, 'none', or null when none matches. */
  filedTopic?: (text: string) => string | null;
  /** Whether a glossary term in the text names the topic as a service (reading-tools.ts). */
  termNames?: (text: string, topic: string) => boolean;
}

export function createClassify(
  readLearned: ReadLearned,
  { untrainedTopic, filedTopic = () => null, termNames = () => false }: ClassifyReaders,
) {
  /** The topic the words name, if clearly; else the likeliest ones for a clarifying question. */
  return function classify(text: string, lang: Lang): Read {
    // Danger is decided once, in understand.ts (patterns, the model, their guards): here the
    // topic is the likeliest label that is not a danger.
    const { ranked } = readLearned(text);
    const untrained = untrainedTopic(text);
    const topics = ranked.filter((r) => !NOT_TOPICS.has(r.label));
    const [best, second] = topics;
    const likely = ranked.find((r) => r.label !== 'emergency');
    const base = {
      candidates: topics.slice(0, 3).map((c) => c.label),
      near: topics
        .slice(0, 3)
        .filter((c) => c.p >= NEAR_P)
        .map((c) => c.label),
      outOfScope: likely?.label === 'none',
      /** How sure the model is that the message asks for something the office does not do. */
      outOfScopeP: likely?.label === 'none' ? likely.p : 0,
    };
    // Staff filed this message (or one with the same words) from the review list.
    const filed = filedTopic(text);
    if (filed === 'none') return { ...base, topic: 'none', confidence: 0, outOfScope: true };
    if (filed) return { ...base, topic: filed, confidence: 1 };
    if (untrained) return { ...base, topic: untrained, confidence: 1 };
    // "Nothing the office does" against a term of its likeliest topic ("are there jobs for people
    // like me?", "quiero chambear… ¿ayudan a buscar trabajo?": the model filed them with loans for a
    // car; judge79), asked; not a statement ("el trabajó en oregon en los viveros": context), nor
    // the terms of the requests filed as nothing the office does ("a loan for a new pickup").
    if (best && base.outOfScope && asksSomething(text) && termNames(text, best.label))
      return { ...base, outOfScope: false, outOfScopeP: 0, topic: best.label, confidence: best.p };
    if (!best || likely?.label !== best.label) return { ...base, topic: 'none', confidence: 0 };
    const margin = second ? best.p / (best.p + second.p) : 1;
    const pair = second && AMBIGUOUS_PAIRS.find((p) => p.includes(best.label) && p.includes(second.label));
    // The pair's words alone ("visa humanitaria", nothing about who or where) leave both
    // possible: the person is asked which. A longer message usually says.
    const alone = text.trim().split(/\s+/).length <= LEARNED.pairAloneWords;
    if (pair && (alone || margin < 0.6) && best.p + second.p >= LEARNED.minProbability) {
      // Haitian and Central American people in Mexico mean the Mexican card; families in Durango, the US permit.
      const picked: TopicId = lang === 'ht' ? 'mx_status' : pair[0];
      const other = picked === pair[0] ? pair[1] : pair[0];
      return {
        ...base,
        topic: picked,
        confidence: margin,
        ...(lang === 'ht' ? {} : { ambiguousWith: other }),
      };
    }
    const clear = best.p >= LEARNED.minProbability && margin >= LEARNED.minMargin;
    return { ...base, topic: clear ? best.label : 'none', confidence: best.p };
  };
}
