/**
 * Finds the forms of a style list in a text: whole words, case-insensitive, and
 * accent-insensitive ("oryante" also catches "Oryanté") except where the accent is the
 * whole error ("angle" for "anglè", "imel" for "imèl") or the rule asks for it ("ke", not
 * "kè"): there the form is matched with its accents, or a right word would be rejected too. A phrase never matches across
 * punctuation ("…li la. Ba l…" is not "la ba"), but a hyphen joins ("la-ba" is "la ba").
 * A rule's `pattern` (a regular expression, for what words cannot spell: "19,647") is matched on
 * the text as written.
 */
import type { StyleRule } from './style-schema.ts';

interface Token {
  /** Lower case, accents removed. */
  folded: string;
  /** Lower case, accents kept. */
  exact: string;
  start: number;
  end: number;
  /** Tokens in one stretch without punctuation share a segment; phrases match inside one. */
  segment: number;
}

export interface StyleHit {
  rule: StyleRule;
  /** The words as the text writes them. */
  found: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
// What may stand between two words of a phrase: spaces, a hyphen, an apostrophe.
const JOINER = /^[\s\-'’]*$/u;

export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const normal = text.normalize('NFC');
  const tokens: Token[] = [];
  let segment = 0;
  let last = 0;
  for (const m of normal.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (tokens.length > 0 && !JOINER.test(normal.slice(last, start))) segment++;
    tokens.push({
      folded: foldWord(m[0]),
      exact: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      segment,
    });
    last = start + m[0].length;
  }
  return tokens;
}

/** The form opens the text or a sentence: only spaces after . ! ? or a line break come before it. */
const opensSentence = (text: string, start: number) => /(^|[.!?\n])\s*[¿¡"«(]?$/u.test(text.slice(0, start));

interface Pattern {
  words: string[];
  /** Compare with accents: the form differs from its replacement only by accents, or the rule asks. */
  exact: boolean;
}

// The same rules are matched against thousands of texts: each form's pattern is made once.
const patterns = new Map<string, Pattern>();

function pattern(form: string, use: string, accents = false): Pattern {
  const key = `${form}\u0000${use}\u0000${accents}`;
  const known = patterns.get(key);
  if (known) return known;
  const made = makePattern(form, use, accents);
  patterns.set(key, made);
  return made;
}

function makePattern(form: string, use: string, accents: boolean): Pattern {
  const words = tokenize(form);
  const folded = (text: string) =>
    tokenize(text)
      .map((t) => t.folded)
      .join(' ');
  const exact = accents || folded(form) === folded(use);
  return { words: words.map((t) => (exact ? t.exact : t.folded)), exact };
}

const regexes = new Map<string, RegExp>();
/** A rule's `pattern`, made once: global, case-insensitive, Unicode. */
function regex(source: string): RegExp {
  let made = regexes.get(source);
  if (!made) {
    made = new RegExp(source, 'giu');
    regexes.set(source, made);
  }
  return made;
}

/** Spans [first token, last token] where the pattern occurs. */
function spans(p: Pattern, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = p.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = tokens[i + j] as Token;
      ok = (p.exact ? t.exact : t.folded) === p.words[j] && t.segment === (tokens[i] as Token).segment;
    }
    if (ok) out.push([i, i + n - 1]);
  }
  return out;
}

/** Every rejected form in the text, less those inside an `except` phrase; overlaps keep the longest. */
export function findForms(text: string, rules: readonly StyleRule[]): StyleHit[] {
  const tokens = tokenize(text);
  const normal = text.normalize('NFC');
  const hits: Array<StyleHit & { first: number; last: number }> = [];
  for (const rule of rules) {
    const excused = rule.except.flatMap((e) => spans(pattern(e, rule.use), tokens));
    if (rule.pattern !== undefined)
      for (const m of normal.matchAll(regex(rule.pattern))) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        // The tokens the match touches, so overlaps with word forms are settled as theirs are.
        const first = tokens.findIndex((t) => t.end > start);
        const last = tokens.findLastIndex((t) => t.start < end);
        if (first < 0 || last < first) continue;
        if (excused.some(([a, b]) => a <= first && last <= b)) continue;
        if (rule.start && !opensSentence(normal, start)) continue;
        hits.push({ rule, found: m[0], start, end, first, last });
      }
    for (const form of rule.reject) {
      for (const [first, last] of spans(pattern(form, rule.use, rule.accents), tokens)) {
        if (excused.some(([a, b]) => a <= first && last <= b)) continue;
        const start = (tokens[first] as Token).start;
        if (rule.start && !opensSentence(normal, start)) continue;
        const end = (tokens[last] as Token).end;
        hits.push({ rule, found: normal.slice(start, end), start, end, first, last });
      }
    }
  }
  hits.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => k.first <= h.last && h.first <= k.last)) kept.push(h);
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ rule, found, start, end }) => ({ rule, found, start, end }));
}

/**
 * Mistakes in the list itself: a replacement its own rule rejects (the check could never
 * pass), an `except` that holds none of the rule's forms (it excuses nothing: a typo).
 */
export function listProblems(rules: readonly StyleRule[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, i) => {
    const name = `rule ${i + 1} ("${rule.reject[0]}")`;
    if (findForms(rule.use, [rule]).length > 0)
      problems.push(`${name}: its replacement "${rule.use}" holds a form it rejects; reword one of them.`);
    for (const e of rule.except)
      if (findForms(e, [{ ...rule, except: [] }]).length === 0)
        problems.push(`${name}: the exception "${e}" holds none of the rejected forms; fix its spelling.`);
  });
  return problems;
}
