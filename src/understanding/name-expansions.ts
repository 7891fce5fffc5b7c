/**
 * Where the knowledge base spells out a name written in capitals: "INM (Instituto Nacional de
 * Migración)", "Kat Vizitè pou Rezon Imanitè (TVRH)". Asked "INM se kisa?", "what is INM", a
 * person gets a passage that says what the letters stand for: the name is in dozens of passages,
 * so the words of the question alone weigh too little to pick one (session 54: "our sources do
 * not say" to "what is INM"). Built once per knowledge base from the passages' own text. Pure.
 */
import type { FoundPassage, Lang, TopicId } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { passagesOf } from '../knowledge/passages.ts';
import { fold } from './fold.ts';

/** A name in capitals, then what it stands for in brackets, in words only ("CONOFAM (datos hasta 2021)" is a date, "INM (https://…)" a link). */
const NAME_THEN_WORDS = /\b(\p{Lu}{2,12})\s+\(([\p{L} ,'’-]{8,120})\)/gu;
/** Words, then the name in capitals in brackets: "Servicio Postal Mexicano (SEPOMEX)". */
const WORDS_THEN_NAME = /(\p{Lu}[\p{L} ]{8,100}?)\s+\((\p{Lu}{2,12})\)/gu;

interface Spelled {
  topic: TopicId;
  passage: string;
  /** The passage's length: the shortest says it with the least around it. */
  length: number;
}

export function createNameExpansions(knowledge: Pick<Knowledge, 'entries'>) {
  const byLang = new Map<Lang, Map<string, Spelled[]>>();
  for (const entry of knowledge.entries) {
    const names = byLang.get(entry.lang) ?? new Map<string, Spelled[]>();
    byLang.set(entry.lang, names);
    for (const passage of passagesOf(entry)) {
      const found = new Set([
        ...[...passage.text.matchAll(NAME_THEN_WORDS)].map((m) => m[1] as string),
        ...[...passage.text.matchAll(WORDS_THEN_NAME)].map((m) => m[2] as string),
      ]);
      for (const name of found) {
        const key = fold(name);
        names.set(key, [
          ...(names.get(key) ?? []),
          { topic: entry.id, passage: passage.id, length: passage.text.length },
        ]);
      }
    }
  }
  // Shortest first, once: the one that says it with the least around it leads.
  for (const names of byLang.values())
    for (const list of names.values()) list.sort((a, b) => a.length - b.length);

  /**
   * The passages that spell out a one-word name asked about, shortest first: in the first of
   * `topics` that has any, else anywhere; none when no passage spells it out.
   */
  return function spelledOut(
    name: readonly string[],
    lang: Lang,
    topics: readonly TopicId[],
  ): FoundPassage[] {
    if (name.length !== 1) return [];
    const all = byLang.get(lang)?.get(name[0] as string) ?? [];
    const inTopic = topics.map((t) => all.filter((s) => s.topic === t)).find((list) => list.length);
    return (inTopic ?? all).map((s) => ({
      topic: s.topic,
      passage: s.passage,
      score: 0,
      coverage: 1,
      shared: 1,
      words: 1,
      beyondReply: 1,
      spells: true as const,
    }));
  };
}

export type NameExpansions = ReturnType<typeof createNameExpansions>;
