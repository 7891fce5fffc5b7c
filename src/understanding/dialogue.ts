/**
 * Reads what a message does in the conversation, given what the assistant just asked: a
 * yes or a no, "that did not help", "when will they answer?", thanks, "I cannot call" in an
 * emergency, a correction of a form's answer, and which facets of a topic it asks about.
 * Vocabulary from knowledge/signals/dialogue.yaml, matched on folded words. Pure.
 */
import type { DialogueContext, Lang } from '../core/types.ts';
import type { DialogueSignals } from '../knowledge/schema.ts';
import { asksIfCaseSettled } from './case-settled.ts';
import { createPlaceReader } from './dialogue-places.ts';
import { callsSomeone, noAspectAsked, passedToSomeone } from './dialogue-someone.ts';
import { indexFacetCues } from './facet-cues.ts';
import { type FacetsAsked, facetsAsked, QUESTION_WORDS } from './facets-asked.ts';
import { fold, spokenLl } from './fold.ts';
import { deniedAt, withoutWhile } from './follow-up-words.ts';
import { correctsWithNo } from './no-then-asks.ts';
import { type PhraseSet, phraseSet } from './phrase-set.ts';

const all = (lists: { es: string[]; en: string[]; ht: string[] }) => [...lists.es, ...lists.en, ...lists.ht];

/** Keeps offsets: one folded character per character of the text, so a match maps back onto it. */
function foldInPlace(text: string): string {
  let out = '';
  for (const c of text) {
    const f = c
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    out += f.length === c.length ? f : c.toLowerCase().slice(0, c.length).padEnd(c.length, ' ');
  }
  return out;
}
/** Yes words that accept whatever comes with them ("ok mesi, wi pase m yon moun"). */
const STRONG_YES = new Set(['si', 'yes', 'wi', 'claro', 'sip', 'yeah', 'yep', 'sure']);
/** Yes words that also just acknowledge ("ok", "va", "dakò"). */
const WEAK_YES = new Set([
  'ok',
  'okey',
  'oki',
  'okay',
  'va',
  'sale',
  'bueno',
  'dale',
  'alright',
  'fine',
  'oke',
  'dako',
  'kk',
]);

/**
 * Words at least after "another question, …" to be read alone: "ok we went, the doctor gave him syrup.
 * another question, can i get papers to stay in mexico?" was read whole as a returnee's job (judge73).
 */
const NEW_SUBJECT_WORDS = 3;

/** A negation just before a phrase asking for a person makes it a statement ("li pa rele m"). */
// "li pa janm rele m" (he never called me): "janm" is said only after "pa"; "li te rele m" (he called me) is told.
const NOT = new Set(['pa', 'janm', 'te', 'no', 'nunca', 'never', 'didnt', 'hasnt', 'havent', 'not']);
/** "Do I need an appointment or can I walk in?": whether one is needed, asked, two words before the phrase. */
const ASKS_IF = new Set(['do', 'does', 'should', 'will']);
const JOINING = new Set(['y', 'and', 'e', 'epi', 'pero', 'but', 'men', 'so', 'entonces', 'pues']);

/**
 * Words that make what follows a supposition ("si nou soti, migrasyon ap depòte nou?", "if we get
 * out…"): a safe phrase after them tells nothing over (emerg-ci: nine people still locked in were
 * told "glad you are not in danger"). Spanish "si" opening a message is also "yes" ("si ya salimos").
 */
const IF_WORDS = new Set(['si', 'if', 'when', 'cuando', 'le', 'once']);
const supposed = (words: readonly string[], start: number, asks: boolean) => {
  const before = words[start - 1] ?? '';
  return IF_WORDS.has(before) && !(before === 'si' && start === 1 && !asks);
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `townIn` tells a known town named in lower case ("in monterrey"), as a capital would. */
export function createDialogueReader(
  signals: DialogueSignals,
  townIn: (words: readonly string[]) => boolean = () => false,
) {
  const yes = phraseSet(all(signals.yes));
  const no = phraseSet(all(signals.no));
  const notHelped = phraseSet(all(signals.notHelped));
  const safe = phraseSet(all(signals.safe));
  const worse = phraseSet(all(signals.worse));
  const negations = new Set(signals.negations.map(fold));
  const helping = new Set(signals.helping.map(fold));
  /** A negation at most two words before a word for helping: "that didn't really help", "sa pa itil mwen". */
  const negatesHelp = (words: readonly string[]) =>
    words.some((w, i) => helping.has(w) && words.slice(Math.max(0, i - 3), i).some((n) => negations.has(n)));
  const when = phraseSet(all(signals.when));
  const thanks = phraseSet(all(signals.thanks));
  const cannotCall = phraseSet(all(signals.cannotCall));
  const conditional = phraseSet(signals.conditional);
  const negatedStatement = new Set(signals.negatedStatement.map(fold));
  const facetCues = indexFacetCues(signals.facets);
  const fields = new Map(
    Object.entries(signals.fields).map(([name, cues]) => [
      name,
      { names: cues.names, hints: phraseSet(cues.hints) },
    ]),
  );

  /** "si", "sí, mándenlo", "wi wi"; not "si el papá no está…" (if), nor "ok, how do I start?" (a question). */
  function saysYes(words: readonly string[], text: string): boolean {
    if (yes.covers(words)) return true;
    // "gracias", "ok gracias", "cool thanks": thanks close the question; they accept nothing.
    if (thanks.covers(words)) return false;
    if (yes.covers(words, thanks)) return true;
    const first = yes.at(words, 0);
    if (!first) return false;
    // "ok gracias, luego paso": an "ok" with thanks and more closes the talk; a "sí" still accepts.
    const closes = thanks.find(words.slice(1)) !== null && !words.slice(1).some((w) => STRONG_YES.has(w));
    if (WEAK_YES.has(words[0] ?? '') && closes && !person.find(words)) return false;
    // "ok, y ¿cómo empiezo?": a joining word before the question does not make it a yes.
    const rest = words.slice(first);
    const next = rest.find((w) => !JOINING.has(w)) ?? '';
    if (text.includes('?') || QUESTION_WORDS.has(next) || rest.length > 6) return false;
    if (words[0] !== 'si') return true;
    // "si," or "sí" with an accent is a yes; a bare "si" followed by a subject is an "if".
    return /^\s*(sí|si+\s*[,.!:;])/i.test(text) || !conditional.at(words, first);
  }
  /** Nothing but a yes ("sí así está bien", "yes that's right", "wi se sa"), thanks at most: it answers no open question. */
  function onlyYes(words: readonly string[]): boolean {
    return words.length > 0 && !thanks.covers(words) && (yes.covers(words) || yes.covers(words, thanks));
  }
  /** "no", "nel gracias así está bien", "non mèsi"; not "no, ¿y cuánto cuesta?" (a question). */
  function saysNo(words: readonly string[], text = ''): boolean {
    if (no.covers(words, thanks)) return true;
    const first = no.at(words, 0);
    if (!first || correctsWithNo(text)) return false;
    const rest = words.slice(first);
    const next = rest.find((w) => !JOINING.has(w)) ?? '';
    // "no tengo papeles", "no sé dónde está": a statement that starts with "no".
    if (first === 1 && negatedStatement.has(words[1] ?? '')) return false;
    return !text.includes('?') && !QUESTION_WORDS.has(next) && rest.length <= 6;
  }

  /** The facets asked about (facets-asked.ts); a message is asked this by two or three readers in turn. */
  let last: { words: readonly string[]; text: string; asked: FacetsAsked } | null = null;
  const facetsIn = (words: readonly string[], text = ''): FacetsAsked => {
    if (!last || last.text !== text || !sameWords(last.words, words))
      last = { words: [...words], text, asked: facetsAsked(facetCues, words, text) };
    const { asked } = last;
    // A copy: a reader may keep what it was given.
    return { ...asked, facets: [...asked.facets], cueWords: new Set(asked.cueWords) };
  };

  // The answer words of each language on their own, to tell the language of "yes please", "wi", "no gracias".
  const answersOf = Object.fromEntries(
    (['es', 'en', 'ht'] as const).map((lang) => [
      lang,
      phraseSet([
        ...signals.yes[lang],
        ...signals.no[lang],
        ...signals.thanks[lang],
        ...signals.notHelped[lang],
      ]),
    ]),
  ) as Record<Lang, PhraseSet>;
  /**
   * The language of a message made only of answer words: one language, 'several' ("ok", "no"),
   * or null when the message says more than that (the detector decides then).
   */
  function languageOf(words: readonly string[]): Lang | 'several' | null {
    const langs = (['es', 'en', 'ht'] as const).filter((lang) => answersOf[lang].covers(words));
    return langs.length === 0 ? null : langs.length === 1 ? (langs[0] as Lang) : 'several';
  }
  const again = phraseSet(all(signals.again));
  const caseStatus = phraseSet(all(signals.caseStatus));
  const person = phraseSet(all(signals.person));
  const personOrBot = phraseSet(all(signals.personOrBot));
  const another = phraseSet(all(signals.another));
  const officeHours = phraseSet(all(signals.officeHours));
  const askToAsk = phraseSet(all(signals.askToAsk));
  const askToAskAround = phraseSet(signals.askToAskAround);
  /** "hola otra vez", "hi again", "bonjou ankò": a greeting. */
  function greetsAgain(words: readonly string[], greetingWords: ReadonlySet<string>): boolean {
    return again.covers(words, { at: (w, i) => (greetingWords.has(w[i] ?? '') ? 1 : 0) });
  }

  /** A correction at a form's summary: the field it names (or hints at), and the new value. */
  function correction(text: string, form: NonNullable<DialogueContext['form']>) {
    const rest = text.replace(/^\s*(no+|nop|nope|non|not|nah)\b[\s,.:;!-]*/i, '');
    const folded = foldInPlace(rest);
    for (const field of form.fields) {
      for (const name of fields.get(field)?.names ?? []) {
        const words = fold(name).split(' ').map(escapeRegExp).join('\\W+');
        const match = new RegExp(`(?:^|[^\\p{L}])(${words})(?![\\p{L}])`, 'u').exec(folded);
        if (!match) continue;
        const after = rest.slice(match.index + match[0].length);
        // "el lugar es X", "the date was X", "kote a se X": the connecting words go, the value stays.
        const value = after
          .replace(
            /^[\s,:=-]*(?:(?:a|la|an|el|the)\s+)?(?:(?:es|era|fue|is|was|se|te|sete)\b)?[\s,:=-]*/i,
            '',
          )
          .trim();
        if (value) return { field, value };
      }
    }
    const words = fold(rest).split(' ');
    const hinted = form.fields.find((field) => fields.get(field)?.hints.find(words));
    return { field: hinted ?? null, value: rest.trim() };
  }

  const places = createPlaceReader(signals, townIn);
  const more = phraseSet(all(signals.more));

  /** Asks for a person of the office in other words: "que me llamen", "sign me up", "pale ak yon moun". */
  function wantsPerson(words: readonly string[]) {
    const spelled = words.map(spelledOut);
    const found = person.find(spelled);
    // "li pa rele m depi ayè" (he has not called me) tells; "is this a real person?" asks who answers.
    const told =
      found !== null &&
      (deniedAt(spelled, found.start, NOT) ||
        personOrBot.find(spelled) !== null ||
        ASKS_IF.has(spelled[found.start - 2] ?? ''));
    return (found !== null && !told) || callsSomeone(words) || passedToSomeone(words);
  }

  return {
    languageOf,
    /** Asks for more of the topic: "más información", "tell me more", "plis detay". */
    asksMore: (words: readonly string[]) => more.find(words) !== null,
    /** Says where someone is (dialogue-places.ts). */
    saysWhere: places.saysWhere,
    /** Says where someone is in passing, along with something else (dialogue-places.ts). */
    saysWhereToo: places.saysWhereToo,
    /** Says where, in answer to "where are you?" in an emergency (dialogue-places.ts). */
    saysWhereAsked: places.saysWhereAsked,
    /** Names a kind of place ("hospital", "bodega", "larivyè"), not only a link and a name (dialogue-places.ts). */
    namesPlaceKind: places.namesPlaceKind,
    greetsAgain,
    saysYes,
    onlyYes,
    /** Nothing but thanks ("ok thanks", "gracias", "mèsi"): no field's answer. */
    onlyThanks: (words: readonly string[]) => words.length > 0 && thanks.covers(words),
    saysNo,
    facetsIn,
    correction,
    notHelped: (words: readonly string[]) => notHelped.find(words) !== null || negatesHelp(words),
    asksWhen: (words: readonly string[]) => when.find(withoutWhile(words)) !== null,
    cannotCall: (words: readonly string[]) => cannotCall.find(words.map(spokenLl)) !== null,
    /** "No estoy en peligro", "it's not an emergency", "m pa an danje": no danger, in an emergency under way. */
    /** `asks`: the message asks something (an opening "si" is then "if", not "yes"). */
    saysSafe: (words: readonly string[], asks = false) =>
      words.some((_, i) => safe.at(words, i) > 0 && !supposed(words, i, asks)),
    /** "¿Y si empiezo a sangrar?", "what if it gets worse", "e si m santi m pi mal": what to do if it gets worse. */
    asksWorse: (words: readonly string[]) => worse.find(words) !== null,
    /** "¿cómo va mi trámite?", "kijan dosye m nan ye?": asks how a case is going. */
    asksCase: (words: readonly string[]) => caseStatus.find(words) !== null || asksIfCaseSettled(words),
    wantsPerson,
    /** Asks whether this chat is a person or a program ("are u a real person or a bot", "ou se yon robo?"). */
    asksIfBot: (words: readonly string[]) => personOrBot.find(words.map(spelledOut)) !== null,
    /** A person asked for with no aspect but "se puede?", or put through unasked ("connect me to someone today, she has days"). */
    wantsOnlyPerson: (words: readonly string[], text: string) =>
      (passedToSomeone(words) && !text.includes('?')) ||
      (wantsPerson(words) && [...facetsIn(words, text).cueWords].every((i) => noAspectAsked(words, i))),
    /** Asks when the office opens: "¿atienden el sábado?", "what time do you open", "ki lè biwo a louvri". */
    asksOfficeHours: (words: readonly string[]) => officeHours.find(words.map(spelledOut)) !== null,
    /** Says a new subject is coming: "otra cosa", "another question", "yon lòt bagay". */
    changesSubject: (words: readonly string[]) => another.find(words) !== null,
    /** What the new subject is: the words after "otra cosa", "another question" (three or more), else the whole text. */
    newSubject: (words: readonly string[], text: string) => {
      const found = another.find(words);
      const after = found ? words.slice(found.start + found.length) : [];
      return after.length >= NEW_SUBJECT_WORDS ? after.join(' ') : text;
    },
    /** Only says a question is coming ("y si tengo otra pregunta?", "m gen yon lòt kesyon"): none asked yet. */
    announcesQuestion: (words: readonly string[]) =>
      askToAsk.find(words) !== null && askToAsk.covers(words, askToAskAround),
    /** Only thanks or a closing word ("ok gracias", "mèsi anpil"); `thanksIn`: thanks anywhere. */
    thanks: (words: readonly string[]) => thanks.covers(words),
    thanksIn: (words: readonly string[]) => thanks.find(words) !== null,
  };
}

export type DialogueReader = ReturnType<typeof createDialogueReader>;
export type { PhraseSet };

/** Texting short forms of the words the phrase lists spell out ("q me llamen"). */
const SHORT_FORMS: Record<string, string> = {
  u: 'you',
  r: 'are',
  q: 'que',
  k: 'que',
  xq: 'porque',
  pls: 'please',
  plz: 'please',
};
const spelledOut = (word: string) => SHORT_FORMS[word] ?? word;

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((w, i) => w === b[i]);
