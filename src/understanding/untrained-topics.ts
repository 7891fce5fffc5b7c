/**
 * Topics the model has not been trained on yet (an office added a folder and has not run
 * `npm run train`): recognised by their own example phrases until it does, so a new topic
 * works the day its folder is added. A message is taken as such a topic when most of its
 * words (three letters or more) occur in that topic's phrases and keywords. Pure.
 */
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { fold } from './fold.ts';

/** Share of the message's words that must occur in the topic's phrases. */
const MIN_SHARE = 0.6;

export function createUntrainedTopics(knowledge: Pick<Knowledge, 'entries' | 'model'>) {
  const trained = new Set(knowledge.model.labels);
  const vocabulary = new Map<string, Set<string>>();
  for (const entry of knowledge.entries) {
    if (trained.has(entry.id)) continue;
    const words = vocabulary.get(entry.id) ?? new Set<string>();
    for (const text of [entry.title, ...entry.phrases, ...entry.keywords])
      for (const word of fold(text).split(' ')) if (word.length > 2) words.add(word);
    vocabulary.set(entry.id, words);
  }
  /** The untrained topic the message asks about, if one clearly does. */
  return function untrainedTopic(text: string): string | null {
    if (vocabulary.size === 0) return null;
    const words = fold(text)
      .split(' ')
      .filter((w) => w.length > 2);
    if (words.length < 2) return null;
    let best: { topic: string; share: number } | null = null;
    for (const [topic, known] of vocabulary) {
      const share = words.filter((w) => known.has(w)).length / words.length;
      if (share >= MIN_SHARE && (!best || share > best.share)) best = { topic, share };
    }
    return best?.topic ?? null;
  };
}
