/**
 * Deterministic emergency detection, run before anything else on every message.
 * Patterns come from knowledge/signals/emergency.yaml and are matched on folded text
 * in all three languages at once (people mix languages when they panic).
 * Recall over precision: a false alarm costs a minute, a miss can cost a life.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';
import { anyPattern } from './any-pattern.ts';
import { fold } from './fold.ts';
import { createRuleSieve, patternAnchors } from './pattern-anchors.ts';

export interface EmergencyMatch {
  kind: string;
  pattern: string;
}

interface Rule {
  kind: string;
  source: string;
  body: RegExp;
  /** From a leading `^(?!.*GUARD)`: the message must not match this anywhere. */
  guard: RegExp | null;
  /** From leading `(?=.*NEED)` look-aheads: the message must match each of these anywhere. */
  needs: RegExp[];
}

const GUARD_START = '^(?!.*';
const NEED_START = '(?=.*';

/** The index just past the `)` closing the group whose opening `(` ends at `from` (exclusive). */
function closing(source: string, from: number): number {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Splits `^(?!.*GUARD).*BODY` into GUARD and BODY, and takes `(?=.*NEED)` look-aheads at the
 * start of what is left out as NEEDs. The guard is a look-ahead that scans the whole message,
 * so checking it only after the body has matched makes detection several times faster with the
 * same meaning. A need left in an expression that is not anchored is scanned again from every
 * position of the message; tested once on its own it means the same on folded text, which has
 * no line breaks for `.` to stop at.
 */
function compile(kind: string, source: string): Rule {
  let rest = source;
  let guard: RegExp | null = null;
  if (source.startsWith(GUARD_START)) {
    const end = closing(source, GUARD_START.length);
    if (end !== -1) {
      guard = new RegExp(source.slice(GUARD_START.length, end - 1), 'u');
      rest = source.slice(end).replace(/^\.\*/, '');
    }
  }
  // After a guard the body is unanchored; without one, only a leading `^` keeps the look-ahead at the start.
  let at = guard === null && rest.startsWith(`^${NEED_START}`) ? 1 : 0;
  const found: string[] = [];
  while (rest.startsWith(NEED_START, at)) {
    const end = closing(rest, at + NEED_START.length);
    if (end === -1) break;
    found.push(rest.slice(at + NEED_START.length, end - 1));
    at = end;
  }
  // Only look-aheads followed by `.*` (the body may then start anywhere) are taken out.
  const freeBody = /^\.\*(?![?*+{])/.test(rest.slice(at));
  const needs = freeBody ? found.map((need) => new RegExp(need, 'u')) : [];
  const body = needs.length ? rest.slice(at + 2) : rest;
  return { kind, source, body: new RegExp(body, 'u'), guard, needs };
}

export function createEmergencyDetector(signals: EmergencySignals) {
  // Rules in the file's order; the first kind that fires names the emergency.
  const rules = signals.kinds.flatMap(({ kind, es, en, ht }) =>
    [...es, ...en, ...ht].map((p) => compile(kind, p)),
  );
  const byAnchor = new Map<string, number[]>();
  // Rules that have no anchor are looked at for every message.
  const always: number[] = [];
  rules.forEach((rule, index) => {
    const anchors = patternAnchors(rule.body.source);
    if (!anchors) always.push(index);
    for (const anchor of new Set(anchors ?? []))
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), index]);
  });
  const candidatesIn = createRuleSieve(byAnchor, always, rules.length);
  const cancels =
    signals.not.length > 0 ? new RegExp(signals.not.map((p) => `(?:${p})`).join('|'), 'u') : null;

  function firstMatch(folded: string): EmergencyMatch | null {
    // Only rules whose literal anchors occur in the message can match it (see pattern-anchors.ts).
    for (const index of candidatesIn(folded)) {
      const rule = rules[index] as Rule;
      if (matches(rule, folded) && !cancels?.test(folded)) {
        return { kind: rule.kind, pattern: rule.source };
      }
    }
    return null;
  }

  return function detectEmergency(text: string): EmergencyMatch | null {
    const folded = fold(text);
    if (folded === '') return null;
    // Spanish texting short forms spelled out too ("dice q tiene a mi hijo, q le deposite"):
    // the patterns are written with the words.
    const spelled = folded.replace(SHORT_QUE, 'que').replace(SHORT_PORQUE, 'porque');
    return firstMatch(folded) ?? (spelled !== folded ? firstMatch(spelled) : null);
  };
}

/** A rule fires on folded text: its body, every need, and not its guard. */
const matches = (rule: Rule, folded: string) =>
  rule.body.test(folded) && rule.needs.every((need) => need.test(folded)) && !rule.guard?.test(folded);

/** "q", "k" for "que"; "xq", "pq", "porq" for "porque" (never Kreyòl's "k", which is "ki"). */
const SHORT_QUE = /\bq\b/g;
const SHORT_PORQUE = /\b(?:xq|pq|porq)\b/g;

export type DetectEmergency = ReturnType<typeof createEmergencyDetector>;

/** 😂 🤣 😅 😆 😹: "la migra me va a llevar 😂" is a joke. */
const LAUGHING = /[\u{1F602}\u{1F923}\u{1F605}\u{1F606}\u{1F639}]/u;

/**
 * Where a message places its danger, when not now: 'authorities' (held by border patrol, ICE,
 * la migra: a search), 'joke' (laughter), 'longAgo' (months or
 * years ago, or a trip planned for later: as far from now), 'request' (a service asked for calmly, for the
 * model alone), 'past' (past time, news, a figure of speech, an asylum request), or null (now,
 * or nothing says otherwise; for the model alone, `onlyAsking` too). See `jokes`, `longAgo`,
 * `later`, `byAuthorities`, `notNow`, `onlyAsking` and `now` in
 * knowledge/signals/emergency.yaml.
 */
/** One pattern that matches any of a signal list's patterns; null for an empty list. */
export const anyOf = (list: readonly string[]): RegExp | null =>
  list.length > 0 ? new RegExp(list.map((p) => `(?:${p})`).join('|'), 'u') : null;

export function createNotNowTest(signals: EmergencySignals) {
  // Each asked of every message: a guarded pattern is tested apart (any-pattern.ts), the others joined.
  const notNow = anyPattern(signals.notNow);
  const jokes = anyPattern(signals.jokes);
  const longAgo = anyPattern(signals.longAgo);
  const later = anyPattern(signals.later);
  const byAuthorities = anyPattern(signals.byAuthorities);
  const now = anyPattern(signals.now);
  const onlyAsking = anyPattern(signals.onlyAsking);
  const requestOnly = anyPattern(signals.requestOnly);
  type When = 'joke' | 'longAgo' | 'past' | 'authorities' | 'request' | null;
  // A message is asked both ways (the patterns' reading, then the model's): the tests both share are
  // made once for the last message asked (`undefined`: not yet).
  let asked: string | null = null;
  let first: 'authorities' | 'now' | null = null;
  let rest: When | undefined;
  return (text: string, byModel = false): When => {
    const folded = fold(text);
    if (text !== asked) {
      asked = text;
      rest = undefined;
      // "Right now border patrol is holding him" is still a detention, not a kidnapping.
      first = byAuthorities?.test(folded) ? 'authorities' : now?.test(folded) ? 'now' : null;
    }
    if (first === 'authorities') return 'authorities';
    if (first === 'now') return null;
    // "Nomás pregunto": no danger told now, for the model alone (a pattern keeps its force).
    if (byModel && onlyAsking?.test(folded)) return 'past';
    // "m ap chèche yon albèg pou fanm ak timoun": a service asked for calmly, for the model alone.
    if (byModel && requestOnly?.test(folded)) return 'request';
    if (rest === undefined) rest = toldAs(text, folded);
    return rest;
  };

  function toldAs(text: string, folded: string): When {
    // Folding drops emoji: a laughing face is looked for in the text as written.
    if (LAUGHING.test(text) || jokes?.test(folded)) return 'joke';
    if (longAgo?.test(folded) || later?.test(folded)) return 'longAgo';
    return notNow?.test(folded) ? 'past' : null;
  }
}

/** An illness or a wound named (`ill`), or a sign that life is at stake (`acute`): what "what if…" may be about. */
export function createIllnessTest(signals: EmergencySignals) {
  const named = [...signals.care.ill, ...signals.care.acute];
  const illness = named.length ? new RegExp(named.map((p) => `(?:${p})`).join('|'), 'u') : null;
  return (text: string): boolean => illness?.test(fold(text)) ?? false;
}

/**
 * A sign that life is at stake (`acute`) not said to be absent: told in a conversation about
 * care ("coughing a lil blood now", "se me nubla la vista"), the person is worse.
 */
export function createAcuteTest(signals: EmergencySignals) {
  const { acute } = signals.care;
  const sign = acute.length ? new RegExp(acute.map((p) => `(?:${p})`).join('|'), 'u') : null;
  const denied = deniedSigns(acute);
  return (text: string): boolean => {
    const folded = fold(text);
    return sign?.test(denied ? folded.replace(denied, ' ') : folded) ?? false;
  };
}

/** The acute signs said to be absent ("no bleeding", "pa senyen"), to be taken out before looking. */
export const deniedSigns = (acute: readonly string[]): RegExp | null =>
  acute.length
    ? new RegExp(`\\b(?:${NEGATIONS})\\s+(?:${acute.map((p) => `(?:${p})`).join('|')})`, 'gu')
    : null;

/** Words that say an acute sign is absent ("no bleeding", "sin sangrado", "pa senyen") or over ("it stopped bleeding"). */
const NEGATIONS =
  'no|not|sin|without|pa|never|nunca|no hay|there is no|no tiene|no ha tenido|no tuvo|no le (han|ha) dado|nada de|ni|doesn t have|hasn t had|hasnt had|li pa|stopped|dejo de|ya dejo de|sispann|te sispann';
