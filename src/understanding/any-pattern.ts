/**
 * "Does any of these patterns match?" for a signal list, on folded text, faster than one
 * expression that joins them all (issue 32, fifth pass). A pattern written `^(?!.*GUARD)(?=.*NEED)….*BODY`
 * says: BODY somewhere, each NEED somewhere, GUARD nowhere. Joined with the others it is tried at every
 * position of the message, and each of its look-aheads scans the rest of the message from there; tested
 * apart as BODY, then each NEED, then not GUARD, each expression scans the message once (the emergency
 * rules do the same: detect-emergency.ts). Only patterns whose shape makes the two readings the same are
 * taken apart; every other pattern stays in the joined expression. Same answers, pure.
 */

/** The start of a guard or a need, after the pattern's `^`. */
const GUARD = '(?!.*';
const NEED = '(?=.*';

/**
 * The top-level pieces of an expression between `|`s; null when a group or a class is not closed.
 * Escapes and classes (whose `(`, `)` and `|` are plain characters) are stepped over.
 */
function topLevelAlternatives(source: string): string[] | null {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (i >= source.length) return null;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (c === '|' && depth === 0) {
      pieces.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  pieces.push(source.slice(start));
  return pieces;
}

/** The index just past the group that opens at `from` (a `(`), or -1. */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * What a look-ahead `(?!.*X)` or `(?=.*X)` looks for anywhere: X, when each of its top-level
 * alternatives after the first starts with `.*` too (`(?!.*A|B)` looks for B at the start only: kept whole).
 */
function anywhere(inside: string): RegExp | null {
  // A lazy or doubled quantifier after `.*` (`(?!.*?X)`): kept whole.
  if (/^[?*+{]/.test(inside)) return null;
  const pieces = topLevelAlternatives(inside);
  if (!pieces || pieces.slice(1).some((piece) => !piece.startsWith('.*'))) return null;
  return new RegExp(inside, 'u');
}

/** A pattern taken apart into tests that each scan the message once; null when its shape does not allow it. */
function apart(source: string): ((folded: string) => boolean) | null {
  // Back-references number their groups in the joined expression: never taken apart.
  if (!source.startsWith('^') || /\\[1-9]|\\k</.test(source)) return null;
  const whole = topLevelAlternatives(source);
  if (whole?.length !== 1) return null;
  const guards: RegExp[] = [];
  const needs: RegExp[] = [];
  let at = 1;
  while (source.startsWith(GUARD, at) || source.startsWith(NEED, at)) {
    const end = groupEnd(source, at);
    if (end === -1) return null;
    const looked = anywhere(source.slice(at + GUARD.length, end - 1));
    if (!looked) return null;
    (source.startsWith(GUARD, at) ? guards : needs).push(looked);
    at = end;
  }
  // The body may start anywhere only after a plain, greedy `.*`.
  if (guards.length + needs.length === 0 || !/^\.\*(?![?*+{])/.test(source.slice(at))) return null;
  const body = new RegExp(source.slice(at + 2), 'u');
  return (folded) =>
    body.test(folded) &&
    needs.every((need) => need.test(folded)) &&
    !guards.some((guard) => guard.test(folded));
}

/**
 * A test of whether any pattern of the list matches folded text (which has no line breaks, so `.`
 * reaches its end), as `anyOf(list).test` answers; null for an empty list.
 */
export function anyPattern(list: readonly string[]): { test: (folded: string) => boolean } | null {
  if (list.length === 0) return null;
  const tests: Array<(folded: string) => boolean> = [];
  const joined: string[] = [];
  for (const source of list) {
    const test = apart(source);
    if (test) tests.push(test);
    else joined.push(source);
  }
  const rest = joined.length ? new RegExp(joined.map((p) => `(?:${p})`).join('|'), 'u') : null;
  return { test: (folded) => rest?.test(folded) === true || tests.some((test) => test(folded)) };
}
