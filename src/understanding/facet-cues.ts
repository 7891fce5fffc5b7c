/**
 * The words that ask for a facet of a topic (knowledge/signals/dialogue.yaml `facets`), indexed
 * by first word, and the scan of a message for them. Pure.
 */
import type { Facet } from '../core/types.ts';
import type { DialogueSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

export type FacetCue = { facet: Facet; phrase: string[] };
export type FacetCueIndex = ReadonlyMap<string, readonly FacetCue[]>;

/** Every facet's cues in one index by first word, longest first, so a message is scanned once. */
export function indexFacetCues(facets: DialogueSignals['facets']): FacetCueIndex {
  const index = new Map<string, FacetCue[]>();
  for (const [facet, lists] of Object.entries(facets) as Array<[Facet, DialogueSignals['facets'][Facet]]>)
    for (const form of [...lists.es, ...lists.en, ...lists.ht]) {
      const phrase = fold(form).split(' ').filter(Boolean);
      const first = phrase[0];
      if (first) index.set(first, [...(index.get(first) ?? []), { facet, phrase }]);
    }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

/**
 * The cues a message's words hold, where each starts. A cue inside a longer one that began
 * earlier belongs to it: "no tengo papeles" asks who may be helped, and its "papeles" is not
 * a question about documents; "does that matter" after "didn't have papers" the same.
 */
export function cuesIn(index: FacetCueIndex, words: readonly string[]): Array<FacetCue & { at: number }> {
  const out: Array<FacetCue & { at: number }> = [];
  let coveredTo = 0;
  for (let i = 0; i < words.length; i++) {
    let end = coveredTo;
    for (const cue of index.get(words[i] ?? '') ?? []) {
      if (i < coveredTo || !cue.phrase.every((w, j) => words[i + j] === w)) continue;
      out.push({ ...cue, at: i });
      end = Math.max(end, i + cue.phrase.length);
    }
    coveredTo = end;
  }
  return out;
}
