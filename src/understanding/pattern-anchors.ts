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

/**
 * Finds which anchors occur in a text, with one map look-up per position. The look-up key is
 * a number made of the position's first three UTF-16 units, not a three-letter substring:
 * every message is scanned at every position, and the substrings were most of its garbage.
 */
export function createAnchorIndex(anchors: Iterable<string>) {
  // Exactly MIN_ANCHOR (3) units: every anchor is at least that long.
  const keyAt = (text: string, i: number) =>
    text.charCodeAt(i) * 0x100000000 + text.charCodeAt(i + 1) * 0x10000 + text.charCodeAt(i + 2);
  const byPrefix = new Map<number, string[]>();
  for (const anchor of new Set(anchors)) {
    const key = keyAt(anchor, 0);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), anchor]);
  }
  return function anchorsIn(text: string): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i + MIN_ANCHOR <= text.length; i++) {
      const list = byPrefix.get(keyAt(text, i));
      if (list) for (const anchor of list) if (text.startsWith(anchor, i)) found.add(anchor);
    }
    return found;
  };
}
