/**
 * Finds, for a regular expression, literal "anchors": strings at least one of which must
 * appear in any text the expression matches. A rule whose anchors are all absent from a
 * message cannot match it, so the emergency detector skips it; that keeps hundreds of
 * patterns cheap. Conservative: when it cannot prove an anchor, it returns null and the
 * rule is always tested. Handles the subset of syntax the signal files use.
 */

/** The shortest anchor worth filtering on; shorter ones ("me", "a") occur in every message. */
const MIN_ANCHOR = 3;

/** Splits a pattern at its top-level `|`. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** Index just past the `)` that closes the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

const optionalAfter = (source: string, i: number) => {
  const q = source[i];
  return q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(source.slice(i)));
};

/** The best anchor set of one sequence (no top-level `|`), or null. */
function sequenceAnchors(seq: string): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run.trim().length >= MIN_ANCHOR) candidates.push([run]);
    run = '';
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i] ?? '';
    if (c === '(') {
      endRun();
      const end = groupEnd(seq, i);
      if (
        !optionalAfter(seq, end) &&
        !seq.startsWith('(?!', i) &&
        !seq.startsWith('(?<', i) &&
        !seq.startsWith('(?=', i)
      ) {
        const inner = seq.slice(i + (seq.startsWith('(?:', i) ? 3 : 1), end - 1);
        const anchors = patternAnchors(inner);
        if (anchors) candidates.push(anchors);
      }
      i = end + (seq[end] === '+' ? 1 : 0);
      continue;
    }
    if (/[a-z0-9 ]/.test(c)) {
      if (optionalAfter(seq, i + 1)) endRun();
      else run += c;
      i++;
      continue;
    }
    // Anything else (\b, \w, ., [..], {n,m}, quantifiers, anchors) ends the literal run.
    endRun();
    if (c === '\\') i += 2;
    else if (c === '[' || c === '{') {
      const close = seq.indexOf(c === '[' ? ']' : '}', i + 1);
      i = close === -1 ? seq.length : close + 1;
    } else i++;
  }
  endRun();
  if (candidates.length === 0) return null;
  // The most selective: the set whose shortest anchor is longest.
  const shortest = (set: string[]) => Math.min(...set.map((a) => a.length));
  return candidates.reduce((best, set) => (shortest(set) > shortest(best) ? set : best));
}

/** Anchors for a whole pattern: each alternative must contribute one, or there is none. */
export function patternAnchors(source: string): string[] | null {
  const sets: string[] = [];
  for (const alternative of alternatives(source)) {
    const anchors = sequenceAnchors(alternative);
    if (!anchors || anchors.some((a) => a.trim().length < MIN_ANCHOR)) return null;
    sets.push(...anchors);
  }
  return sets;
}

/** Buckets of the anchor index: a power of two, several times more than the anchors' beginnings. */
const BUCKETS = 16384;

/** An anchor in its bucket: its fourth unit (-1 when it has three), checked before the whole anchor. */
interface Filed {
  anchor: string;
  fourth: number;
  rules: readonly number[];
}

/**
 * The rules a text may match: those with no anchor (`always`) and those with an anchor in the
 * text (`byAnchor`: an anchor's rules), each once, in ascending order, as trying every rule in
 * order and skipping the others would meet them. One array look-up per position: the bucket is a
 * small number hashed from the position's first three UTF-16 units, not a three-letter substring
 * nor a map key (every message is scanned at every position, and the substrings were most of its
 * garbage). Anchors sharing a bucket are told apart by their fourth unit, then by comparing them
 * with the text.
 */
export function createRuleSieve(
  byAnchor: ReadonlyMap<string, readonly number[]>,
  always: readonly number[],
  ruleCount: number,
) {
  // Exactly MIN_ANCHOR (3) units: every anchor is at least that long.
  const bucketAt = (text: string, i: number) =>
    (((text.charCodeAt(i) * 31 + text.charCodeAt(i + 1)) * 31 + text.charCodeAt(i + 2)) >>> 0) % BUCKETS;
  const buckets: Array<Filed[] | undefined> = Array.from({ length: BUCKETS }, () => undefined);
  for (const [anchor, rules] of byAnchor) {
    const b = bucketAt(anchor, 0);
    const fourth = anchor.length > MIN_ANCHOR ? anchor.charCodeAt(MIN_ANCHOR) : -1;
    buckets[b] = [...(buckets[b] ?? []), { anchor, fourth, rules }];
  }
  const marked = new Uint8Array(ruleCount);
  for (const index of always) marked[index] = 1;

  function mark(out: number[], rules: readonly number[]) {
    for (const index of rules) {
      if (marked[index] === 1) continue;
      marked[index] = 1;
      out.push(index);
    }
  }

  return function candidates(text: string): number[] {
    const out = always.slice();
    const anchored = out.length;
    for (let i = 0; i + MIN_ANCHOR <= text.length; i++) {
      const list = buckets[bucketAt(text, i)];
      if (!list) continue;
      const fourth = text.charCodeAt(i + MIN_ANCHOR);
      for (const filed of list)
        if ((filed.fourth === -1 || filed.fourth === fourth) && text.startsWith(filed.anchor, i))
          mark(out, filed.rules);
    }
    for (let k = anchored; k < out.length; k++) marked[out[k] as number] = 0;
    return out.sort((a, b) => a - b);
  };
}
