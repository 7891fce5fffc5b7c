/**
 * Which passage of the knowledge base answers a message (knowledge/passages.ts): every passage
 * is indexed by its words (their first five letters, so "caravanas" meets "caravana") and the
 * glossary terms it holds, a named answer also by how people ask it; a message is scored
 * against the passages of the topics it may be about by the words it shares with each, each
 * weighted by how rare it is among all passages in that language. A word of a message is a
 * question's word unless it is a stop word; figures count ("180", "22"). Pure: built once
 * per knowledge base, no I/O.
 */
import type { FoundPassage, Lang, TopicId } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { type Passage, passagesOf } from '../knowledge/passages.ts';
import { stripMarkers } from '../knowledge/text.ts';
import { fold } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { createPassageTally, createRanking, type PassageTally } from './passage-tally.ts';

/** Letters of a word that count as its stem. */
const STEM = 5;
/** Letters at least in a word that counts (figures always count). */
const MIN_LETTERS = 3;
const HAS_FIGURE = /\d/;

/** A passage found for a message (core's FoundPassage), with the part of the entry it is. */
export interface Found extends FoundPassage {
  part: Passage['part'];
}

interface Indexed {
  topic: TopicId;
  passage: Passage;
  stems: Set<string>;
  /** Each way of asking a named answer: the summed weight of its stems. */
  asks: number[];
}

/**
 * One language's passages, and for each stem, by topic, the passages and the ways of asking that
 * hold it: a message is searched in a few topics, so only their passages are walked.
 */
interface LangIndex {
  passages: Indexed[];
  weight: Map<string, number>;
  replyStems: Map<TopicId, Set<string>>;
  postings: Map<string, Map<TopicId, number[]>>;
  /** Pairs of a passage's index and one of its ways of asking, flattened. */
  askPostings: Map<string, Map<TopicId, number[]>>;
  tally: PassageTally;
}

/**
 * How much a way of asking counts in the order of passages: a message that says most of one
 * ("how long does the temporary curp last") comes before one that shares as many words spread
 * over a long text (session 28: the right passage first on 0.573 of the failed turns, 0.557
 * without).
 */
const ASKED_LIKE = 3;

export function createAnswerSearch(knowledge: Knowledge, glossary: GlossaryMatcher) {
  const stop = new Set(
    (['es', 'en', 'ht'] as const).flatMap((lang) => knowledge.languageSignals[lang].stopwords.map(fold)),
  );
  /** The stems and glossary terms of folded words. */
  const stemsOfWords = (words: readonly string[]): Set<string> => {
    const stems = new Set<string>();
    for (const w of words)
      if (HAS_FIGURE.test(w) || (w.length >= MIN_LETTERS && !stop.has(w))) stems.add(w.slice(0, STEM));
    for (const term of glossary.termsWithLength(words.join(' ')).keys()) stems.add(term);
    return stems;
  };
  const stemsOf = (text: string) => stemsOfWords(fold(stripMarkers(text)).split(' '));
  const byLang = new Map<Lang, LangIndex>();
  for (const lang of ['es', 'en', 'ht'] as const) byLang.set(lang, indexOf(lang));

  function indexOf(lang: Lang): LangIndex {
    const read = knowledge.entries
      .filter((e) => e.lang === lang)
      .flatMap((entry) =>
        passagesOf(entry).map((passage) => ({
          topic: entry.id,
          passage,
          stems: stemsOf([passage.text, ...passage.asks].join(' ')),
          asks: passage.asks.map(stemsOf),
        })),
      );
    const counts = new Map<string, number>();
    for (const { stems } of read) for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    const weight = new Map([...counts].map(([s, n]) => [s, Math.log(1 + read.length / n)]));
    const postings = new Map<string, Map<TopicId, number[]>>();
    const askPostings = new Map<string, Map<TopicId, number[]>>();
    const add = (
      map: Map<string, Map<TopicId, number[]>>,
      s: string,
      topic: TopicId,
      ...values: number[]
    ) => {
      const byTopic = map.get(s) ?? new Map<TopicId, number[]>();
      map.set(s, byTopic);
      const list = byTopic.get(topic);
      if (list) list.push(...values);
      else byTopic.set(topic, [...values]);
    };
    const replyStems = new Map<TopicId, Set<string>>();
    const passages = read.map(({ asks, ...rest }, p): Indexed => {
      for (const s of rest.stems) add(postings, s, rest.topic, p);
      asks.forEach((stems, a) => {
        for (const s of stems) add(askPostings, s, rest.topic, p, a);
      });
      if (rest.passage.part === 'reply')
        replyStems.set(rest.topic, new Set([...(replyStems.get(rest.topic) ?? []), ...rest.stems]));
      return {
        ...rest,
        asks: asks.map((stems) => [...stems].reduce((sum, s) => sum + (weight.get(s) ?? 0), 0)),
      };
    });
    const tally = createPassageTally(passages.map((p) => p.asks.length));
    return { passages, weight, replyStems, postings, askPostings, tally };
  }

  /**
   * The passages of these topics that share words with the message (its folded words), best
   * first; the first `keep` of them (the callers read a few).
   */
  return function search(
    words: readonly string[],
    lang: Lang,
    topics: readonly TopicId[],
    keep = Number.POSITIVE_INFINITY,
  ): Found[] {
    const index = byLang.get(lang);
    if (!index || topics.length === 0) return [];
    const asked = stemsOfWords(words);
    // A word no passage holds says nothing about which passage answers.
    const known: string[] = [];
    const weights: number[] = [];
    let own = 0;
    let plain = 0;
    for (const s of asked) {
      const w = index.weight.get(s);
      if (w === undefined) continue;
      known.push(s);
      weights.push(w);
      own += w;
      if (!s.startsWith('_')) plain += 1;
    }
    if (own === 0) return [];
    // Only the passages and ways of asking of these topics that hold one of the message's stems are looked at.
    const order = new Map(topics.map((t, i) => [t, i]));
    const searched = [...order.keys()];
    const { tally } = index;
    for (let i = 0; i < known.length; i++) {
      const s = known[i] as string;
      const w = weights[i] as number;
      const holding = index.postings.get(s);
      const askedIn = index.askPostings.get(s);
      // A glossary term is the same word again ("police" and "_police"): words are counted once.
      const word = !s.startsWith('_');
      for (const topic of searched) {
        const held = holding?.get(topic);
        if (held) {
          const beyond = word && !index.replyStems.get(topic)?.has(s);
          for (const p of held) tally.add(p, w, word, beyond);
        }
        const pairs = askedIn?.get(topic);
        if (pairs)
          for (let k = 0; k < pairs.length; k += 2)
            tally.addAsked(pairs[k] as number, pairs[k + 1] as number, w);
      }
    }
    // Met in any order: the ranking below is a total order (a passage's place breaks ties).
    const ranked = createRanking(keep);
    for (const p of tally.met()) {
      const { topic, asks } = index.passages[p] as Indexed;
      // The way of asking it that the message says most of, and that says most of the message.
      let asked = 0;
      let askSaid = 0;
      const said = tally.said(p);
      if (said)
        for (let a = 0; a < said.length; a++) {
          const c = said[a] as number;
          const whole = asks[a] ?? 0;
          if (whole <= 0) continue;
          asked = Math.max(asked, (c * c) / whole);
          askSaid = Math.max(askSaid, c / whole);
        }
      // Ties in the order the topics were asked for, then the entry's own order.
      const at = (order.get(topic) ?? 0) * index.passages.length + p;
      ranked.offer(tally.score(p) + ASKED_LIKE * asked, at, p, askSaid);
    }
    const found = ranked.best().map(({ p, askSaid }): Found => {
      const { topic, passage, asks } = index.passages[p] as Indexed;
      const { score, shared, beyondReply } = tally.sums(p);
      return {
        topic,
        passage: passage.id,
        part: passage.part,
        score,
        coverage: score / own,
        shared,
        beyondReply,
        words: plain,
        ...(asks.length ? { askSaid } : {}),
      };
    });
    tally.clear();
    return found;
  };
}

export type AnswerSearch = ReturnType<typeof createAnswerSearch>;
