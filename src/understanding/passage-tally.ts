/**
 * The running sums of one passage search (answer-search.ts) over one language's passages: per
 * passage its score, shared words and words beyond its reply, and per way of asking it how much
 * of it the message says. Kept in arrays made once per language and cleared after each search:
 * a message meets a few dozen passages, and a map of fresh objects per search was a quarter of
 * understanding's garbage. One search at a time (understanding is synchronous).
 */
export function createPassageTally(asksPerPassage: readonly number[]) {
  const size = asksPerPassage.length;
  const score = new Float64Array(size);
  const shared = new Int32Array(size);
  const beyondReply = new Int32Array(size);
  const isMet = new Uint8Array(size);
  const met: number[] = [];
  // Each passage's ways of asking side by side: passage p's are askStart[p] .. askStart[p + 1].
  const askStart = new Int32Array(size + 1);
  asksPerPassage.forEach((n, p) => {
    askStart[p + 1] = (askStart[p] as number) + n;
  });
  const said = new Float64Array(askStart[size] as number);
  const isAsked = new Uint8Array(size);
  const asked: number[] = [];

  return {
    /** A stem of weight w the passage holds; `word`: a word, not a glossary term; `beyond`: not in its reply. */
    add(p: number, w: number, word: boolean, beyond: boolean): void {
      if (isMet[p] === 0) {
        isMet[p] = 1;
        met.push(p);
      }
      score[p] = (score[p] as number) + w;
      if (!word) return;
      shared[p] = (shared[p] as number) + 1;
      if (beyond) beyondReply[p] = (beyondReply[p] as number) + 1;
    },
    /** A stem of weight w that the passage's a-th way of asking holds. */
    addAsked(p: number, a: number, w: number): void {
      if (isAsked[p] === 0) {
        isAsked[p] = 1;
        asked.push(p);
      }
      const at = (askStart[p] as number) + a;
      said[at] = (said[at] as number) + w;
    },
    /** The passages met, in the order they were met. */
    met: (): readonly number[] => met,
    /** The passage's score alone (read for every passage met, so no object is made). */
    score: (p: number): number => score[p] as number,
    sums: (p: number) => ({
      score: score[p] as number,
      shared: shared[p] as number,
      beyondReply: beyondReply[p] as number,
    }),
    /** How much of each of the passage's ways of asking the message says (none: never met). */
    said: (p: number): Float64Array | null =>
      isAsked[p] === 1 ? said.subarray(askStart[p], askStart[p + 1]) : null,
    /** Back to zero for the next search: only what this one touched. */
    clear(): void {
      for (const p of met) {
        isMet[p] = 0;
        score[p] = 0;
        shared[p] = 0;
        beyondReply[p] = 0;
      }
      for (const p of asked) {
        isAsked[p] = 0;
        said.fill(0, askStart[p], askStart[p + 1]);
      }
      met.length = 0;
      asked.length = 0;
    },
  };
}

export type PassageTally = ReturnType<typeof createPassageTally>;

/** A passage met by a search, with its rank and place (answer-search.ts). */
export interface Ranked {
  rank: number;
  at: number;
  p: number;
  askSaid: number;
}

/** Above this many kept, passages are sorted once at the end instead of placed as they come. */
const PLACED = 16;

/** Higher rank first; equal ranks by place (a total order: places differ). */
const precedes = (rank: number, at: number, other: Ranked) =>
  rank > other.rank || (rank === other.rank && at < other.at);

/**
 * The first `keep` passages by rank, then place: what sorting every passage met and taking the
 * first `keep` gives, without sorting them all when the caller reads a few (most read six or one).
 */
export function createRanking(keep: number) {
  const kept: Ranked[] = [];
  const placed = keep <= PLACED;
  return {
    offer(rank: number, at: number, p: number, askSaid: number): void {
      if (!placed) {
        kept.push({ rank, at, p, askSaid });
        return;
      }
      const last = kept[kept.length - 1];
      if (kept.length >= keep && (!last || !precedes(rank, at, last))) return;
      if (kept.length >= keep) kept.pop();
      let i = kept.length;
      while (i > 0 && precedes(rank, at, kept[i - 1] as Ranked)) i--;
      kept.splice(i, 0, { rank, at, p, askSaid });
    },
    best(): Ranked[] {
      if (placed) return kept;
      kept.sort((a, b) => b.rank - a.rank || a.at - b.at);
      return kept.slice(0, keep);
    },
  };
}
