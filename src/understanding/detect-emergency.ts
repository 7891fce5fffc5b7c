/**
 * Deterministic emergency detection, run before anything else on every message.
 * Patterns come from knowledge/signals/emergency.yaml and are matched on folded text
 * in all three languages at once (people mix languages when they panic).
 * Recall over precision: a false alarm costs a minute, a miss can cost a life.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';
import { LEARNED } from './classify-learned.ts';
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
/** Told as a joke, long ago, of the authorities, or a service asked for calmly: no emergency by the model alone. */
export const MODEL_VETOES: ReadonlySet<string | null> = new Set([
  'joke',
  'longAgo',
  'authorities',
  'request',
]);

/**
 * Help begged and no way out, in words no pattern holds ("bonswa. m bzwn ed. m pa ka soti": judge78's
 * woman got the topic menu): the safety line, whose button says the danger if there is one. Folded text.
 */
const PLEADS_TRAPPED =
  /\b(ayuda|ayudenme|auxilio|help|ed|ede m|sekou|bzwn ed|bezwen ed)\b.*\b(no (puedo|podemos) salir|can ?t (get )?out|cant leave|can t leave|(m|mwen|nou) pa (ka|kapab) soti)\b|\b(no (puedo|podemos) salir|can ?t (get )?out|(m|mwen|nou) pa (ka|kapab) soti)\b.*\b(ayuda|auxilio|help|ed|sekou)\b/;
const pleadsTrapped = (folded: string): boolean => PLEADS_TRAPPED.test(folded);

/**
 * The safety line on the model's word alone, on a first message (or help begged with no way out): not
 * for a relative held by the authorities, unless the model all but calls it an emergency ("my brother got picked up by ICE…
 * we dont know where they took him" got "if you are in danger now, call 911", sight43-a).
 */
export const possibleByModel = (p: number, toldAs: string | null, folded: string): boolean =>
  pleadsTrapped(folded) || (p >= LEARNED.possible && !(toldAs === 'authorities' && p < LEARNED.emergency));

/** One pattern that matches any of a signal list's patterns; null for an empty list. */
export const anyOf = (list: readonly string[]): RegExp | null =>
  list.length > 0 ? new RegExp(list.map((p) => `(?:${p})`).join('|'), 'u') : null;

export function createNotNowTest(signals: EmergencySignals) {
  const notNow = anyOf(signals.notNow);
  const jokes = anyOf(signals.jokes);
  const longAgo = anyOf(signals.longAgo);
  const later = anyOf(signals.later);
  const byAuthorities = anyOf(signals.byAuthorities);
  const now = anyOf(signals.now);
  const onlyAsking = anyOf(signals.onlyAsking);
  const requestOnly = anyOf(signals.requestOnly);
  return (text: string, byModel = false): 'joke' | 'longAgo' | 'past' | 'authorities' | 'request' | null => {
    const folded = fold(text);
    // "Right now border patrol is holding him" is still a detention, not a kidnapping.
    if (byAuthorities?.test(folded)) return 'authorities';
    if (now?.test(folded)) return null;
    // "Nomás pregunto": no danger told now, for the model alone (a pattern keeps its force).
    if (byModel && onlyAsking?.test(folded)) return 'past';
    // "m ap chèche yon albèg pou fanm ak timoun": a service asked for calmly, for the model alone.
    if (byModel && requestOnly?.test(folded)) return 'request';
    // Folding drops emoji: a laughing face is looked for in the text as written.
    if (LAUGHING.test(text) || jokes?.test(folded)) return 'joke';
    if (longAgo?.test(folded) || later?.test(folded)) return 'longAgo';
    return notNow?.test(folded) ? 'past' : null;
  };
}

/**
 * A daily medicine run out ("my cousin has diabetes and ran out of his pills", "se le acabaron las pastillas de la
 * presión", "grenn tansyon li fini"): the road's care, unless it is insulin or an inhaler, which the emergency's own
 * lines name, or pills told beside the wish to die ("i dont see the point no more. i got a bunch of pills here").
 */
const MEDICINE_RUN_OUT =
  /^(?!.*\b(insulin\w*|insulina|ensilin|asthma|asma|inhaler|inhalador|epilep\w*|convuls\w*|point|die|dying|kill|morir|matarme|suicid\w*|all of them|todas|overdose|touye|mouri)\b).*(\b(ran out of|run out of|runs out of|se (me|le|nos|les) (acabaron|terminaron|acabo|termino)|ya no (tengo|tiene|tenemos) (su |sus |mi |mis )?)\b.{0,25}\b(pills|medicine|meds|medication|pastillas|medicina|medicamentos?|metformin\w*|grenn|medikaman)\b|\b(grenn|medikaman)\b.{0,20}\b(fini|kaba)\b)/;

/** A wound or a sore gone bad: infection takes days, so it is no fresh injury ("tiene pus", "li enfekte"). */
const INFECTED =
  /\b(pus|infectad[oa]s?|se infecto|infected|got infected|enfekte|li gen pi|gen pij|ampollas?|ampollad[oa]s?|blisters?|blistered|li wouj|li vin wouj|se (esta )?(puso|poniendo) roj[oa]|(turning|getting|it s|its) red)\b/;

/**
 * A limb or a wound swollen: swelling takes hours, so it is no fresh bleeding ("m blese pye m sou wout
 * la, li anfle e li fè m mal"); a face, a throat or a tongue swelling may be an allergy closing the airway.
 */
const SWOLLEN =
  /^(?!.*\b(cara|garganta|lengua|labios|boca|face|throat|tongue|lips|mouth|figi|goj|gòj|lang|bouch|po bouch)\b).*\b(anfle|hinchad[oa]s?|se (me|le) hincho|swollen|swelling|swelled)\b/;

/**
 * Care, not crisis (issue 30): a child's fever since yesterday, a wound getting infected, medicine
 * run out, with nothing that says life is at stake now. Such a message gets the health line and
 * the safety line, not the emergency flow. See `care` in knowledge/signals/emergency.yaml: a sign
 * it is not acute (`mild`), none that it is (`acute`), and either "where can we see a doctor?"
 * (`asks`) or, about an illness or a wound (`ill`), how the person is holding up ("she can walk",
 * "li toujou ap bwe dlo", or an acute sign said to be absent: "no bleeding", "pa senyen", which
 * is then no acute sign). Walking for days with no illness named is no care: it may be the desert.
 */
export function createCareTest(signals: EmergencySignals) {
  const { asks, mild, acute, calm, ill, lasting } = signals.care;
  const [asking, signOfMild, signOfAcute, holdingUp, illness, forDays] = [
    asks,
    mild,
    acute,
    calm,
    ill,
    lasting,
  ].map((list) => anyOf(list));
  const denied = deniedSigns(acute);
  /** `daysCount`: no pattern of danger fired (at most the model's), so days lasted may say care. */
  return (text: string, daysCount = true): boolean => {
    const folded = fold(text);
    const unsaid = denied ? folded.replace(denied, ' ') : folded;
    if (signOfAcute?.test(unsaid)) return false;
    if (MEDICINE_RUN_OUT.test(folded)) return true;
    // A wound gone bad is a mild sign in any words ("kounya li wouj e li gen pi"); so is an acute sign
    // said to be absent ("me corté el pie, no sangra mucho pero me duele": emerg-dc got the emergency flow).
    if (!signOfMild?.test(folded) && !INFECTED.test(folded) && unsaid === folded) return false;
    if (asking?.test(folded)) return true;
    // An illness that has lasted days with no acute sign ("dyare ak vomi depi 2 jou") is no sudden
    // threat; nor is a wound gone bad ("ya se está poniendo fea, tiene pus"), told with any danger's words.
    return Boolean(
      illness?.test(folded) &&
        (holdingUp?.test(folded) ||
          (daysCount && forDays?.test(folded)) ||
          INFECTED.test(folded) ||
          SWOLLEN.test(folded) ||
          unsaid !== folded),
    );
  };
}

/**
 * Whether a danger found may still be care, and whether days lasted count for it: nothing found
 * or the model's alone (days count), a medical pattern (they do not: "no insulin since yesterday"
 * may be grave), or violence told as past ("hace 2 días unos agentes me golpearon… ahora le sale
 * pus": the wound now is the matter; a fresh set's people beaten at a checkpoint days before got
 * "get away if you can"). `when`: what the not-now test said of the message.
 */
export function careReading(kind: string | undefined, when: string | null): { may: boolean; days: boolean } {
  const pastViolence = kind === 'violence' && when === 'past';
  const days = kind === undefined || kind === 'unknown' || pastViolence;
  return { may: days || kind === 'medical', days };
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
const deniedSigns = (acute: readonly string[]): RegExp | null =>
  acute.length
    ? new RegExp(`\\b(?:${NEGATIONS})\\s+(?:${acute.map((p) => `(?:${p})`).join('|')})`, 'gu')
    : null;

/** Words that say an acute sign is absent ("no bleeding", "sin sangrado", "pa senyen"). */
const NEGATIONS = 'no|not|sin|without|pa|never|nunca|no hay|there is no|no tiene|doesn t have|li pa';
