/**
 * A request to go on in another language, in any of the three and in any words: "mejor en
 * kreyol", "in english please", "pale panyòl souple", "can we do this in spanish", "no entiendo
 * español" (then the language the message is written in). Only short messages count, and
 * never one that asks about a language ("¿necesito saber inglés?"): that is a question about
 * a procedure. Vocabulary from knowledge/signals/dialogue.yaml. Pure.
 */
import { LANGS, type Lang } from '../core/types.ts';
import type { DialogueSignals } from '../knowledge/schema.ts';
import { WORDS_ASKED } from './emergency-words.ts';
import { fold } from './fold.ts';
import { SOMEONE } from './follow-up-words.ts';
import { languageNamed } from './language-named.ts';
import { createOwnLanguageAsked } from './own-language.ts';
import { firstClause } from './question-part.ts';

/** A service's language asked ("can he get counseling? in spanish? for free?", emerg-eq): not this chat's language. */
const SERVICE_IN =
  /\b(counsel\w*|therap\w*|psycholog\w*|psicolog\w*|terapia|lawyer|abogad[oa]|doctor\w*|medico|classes|clases|appointment|cita|interview|entrevista|sikolog\w*|avoka|dokte)\b.{0,30}\b(in|en|an) (spanish|english|espanol|ingles|kreyol|creole|panyol|angle)\b/u;
/** Words at most in a message that asks for a language. */
const MAX_WORDS = 16;
/** Words at most around a language's name that a request may carry ("can we do this in spanish"). */
const OTHER_WORDS = 4;
/** Words that say a language is wanted ("mejor en español", "in english please"). */
const PREFERS = new Set([
  'mejor',
  'prefiero',
  'prefer',
  'please',
  'pls',
  'plz',
  'porfa',
  'favor',
  'svp',
  'souple',
  'tanpri',
  'pito',
  // "an kreyol si posib", "in english if possible"
  'posib',
  'posible',
  'possible',
]);
/** "si", "if" before a word that prefers ("an kreyol si posib", "en español si es posible"): the request goes on past it. */
const IF = new Set(['si', 'if']);
// "can't" folds to "can t": "cant" and "can" + "t" are negations, never "can" alone ("can you write in spanish?").
/** Saying what one speaks ("hablo inglés perfecto", "nosotros hablamos español"): a statement. */
const TELLS = new Set(['hablo', 'hablamos']);
/** Words that ask whether something can be done ("can we do this in spanish?", "¿podemos seguir en inglés?"). */
const CAN = new Set(['can', 'could', 'podemos', 'puedes', 'puede', 'podria', 'podrias', 'ka', 'kapab']);
/** Someone other than the person and the assistant: the office's staff, a clinic's. */
const OTHERS = new Set([...SOMEONE, 'they', 'ellos', 'yo', 'anybody']);
/** The person themselves: "can someone talk to me in english?" asks for it. */
const ME = new Set('me mwen nos us'.split(' '));
const NEGATIONS = new Set(['no', 'not', 'dont', 'don', 'pa', 'never', 'nunca', 'cant', 't']);
/**
 * "A little" before a language's name ("m pale ti kras panyòl sèlman", "hablo poquito inglés", "I
 * speak a little spanish"): that language is not understood well, as with a negation. emerg-ci's
 * pregnant woman was switched to Spanish by saying she speaks only a little of it.
 */
const LITTLE = new Set(['kras', 'tikras', 'poco', 'poquito', 'poquitito', 'little', 'bit']);
/** "my english is not good", "mi inglés no es bueno", "angle m pa bon": that language read poorly, as with a negation. */
const POOR =
  /\b(?:my|mi) (\w+) (?:is not|isnt|is no|no es|not|no) (?:very |so |muy |tan )?(?:good|great|bueno|buena)\b|\b(?:my|mi) (\w+) (?:is|es) (?:bad|poor|weak|mal[oa]|pobre)\b|\b(\w+) (?:mwen|m) pa (?:bon|fo)\b/;
/** Words at most between a negation and the word of understanding it denies ("no le entiendo"). */
const NEGATION_REACH = 3;
/**
 * Someone else who speaks a language ("he's 80 and only speaks spanish", "li pale panyòl", "a
 * counselor who speaks spanish for my mom"): no request.
 */
const THIRD = new Set([
  ...'he hes she shes el ella li grandpa grandma abuelo abuela mom dad mama papa granmoun manman'.split(' '),
  ...'counselor counsellor psychologist psicologo psicologa sikolog therapist terapeuta consejero consejera'.split(
    ' ',
  ),
]);
/** Words of speaking (a call), not of reading this chat. */
const SPEAKS = new Set('speaks speak talks talk habla hablan pale'.split(' '));
/** The person themselves, between someone else and the language ("she reads english but I prefer spanish"). */
const FIRST = new Set('i im me we us my yo nosotros prefiero quiero m mwen nou'.split(' '));

/**
 * A thing said to be in a language ("the INM website is in kreyol?", "¿esa página está en
 * creole?"): the verb right before "in"/"en" describes something; nothing is asked of the chat.
 * Two fresh writers' people asked that and had the conversation switched. Kreyòl says it with no verb, the
 * thing's determiner right before "an" ("batiste a an angle": the baptism record is in English; sight62-a's
 * Haitian was answered in English from there on).
 */
const IS = new Set('is are was its esta estan es son viene vienen sale salen se a la lan yo'.split(' '));

/** Words between a speaker and "speaks", one by one ("Rosa only speaks Spanish", "mi prima nomás habla español", "nada más"). */
const ONLY = new Set(['only', 'just', 'solo', 'nomas', 'nada', 'mas', 'selman']);

/**
 * Someone named who speaks the language ("Rosa only speaks Spanish"): the word before "speaks"
 * (past "only") is neither the person, nor the assistant, nor a polite word, nor missing
 * ("ok, pale panyòl souple", "speak spanish please").
 */
function spokenByAnother(words: readonly string[], at: number, you: ReadonlySet<string>): boolean {
  const speaks = words.slice(0, at).findLastIndex((w) => SPEAKS.has(w));
  if (speaks <= 0) return false;
  let i = speaks - 1;
  while (i > 0 && ONLY.has(words[i] ?? '')) i -= 1;
  const who = words[i] ?? '';
  return !ONLY.has(who) && !FIRST.has(who) && !you.has(who) && !CAN.has(who) && !NEGATIONS.has(who);
}

/** Words that join two choices. */
const OR_WORDS = new Set(['or', 'o', 'u', 'oswa', 'ou', 'osinon']);

export function createLanguageRequest(signals: DialogueSignals) {
  const names = new Map<string, Lang>();
  for (const lang of LANGS) for (const name of signals.languageNames[lang]) names.set(fold(name), lang);
  const asks = new Set(signals.languageAsks.map(fold));
  const before = new Set(signals.languageBefore.map(fold));
  const polite = new Set(signals.languagePolite.map(fold));
  const notAsks = new Set(signals.languageNotAsks.map(fold));
  const notUnderstood = new Set(signals.languageNotUnderstood.map(fold));

  /** The language named nearest a negation: the one not understood ("panyòl mwen pa twò bon"). */
  function nearestToNegation(words: readonly string[]): Lang | undefined {
    const negations = words.flatMap((w, i) => (NEGATIONS.has(w) ? [i] : []));
    let best: { lang: Lang; distance: number } | undefined;
    words.forEach((w, i) => {
      const lang = names.get(w);
      if (!lang) return;
      // A negation usually comes before what it denies ("m pa konprann panyòl"): a tie goes to it.
      const distance = Math.min(...negations.map((n) => (n < i ? i - n : n - i + 0.5)));
      if (!best || distance < best.distance) best = { lang, distance };
    });
    return best?.lang;
  }
  const you = new Set(signals.languageYou.map(fold));
  /** Words before "speaks" that name no one else: the assistant, a polite word. */
  const addressed = new Set([...you, ...polite]);
  const about = new Set([...notUnderstood, ...asks]);

  /**
   * A question whether the assistant writes a language other than the one it is asked in
   * ("¿este chat entiende kreyòl?", "do you speak creole?" asked in English): the languages it
   * writes, to choose from, never a switch the asker did not ask for.
   */
  function asksAbout(words: readonly string[], text: string, written: Lang): boolean {
    const named = words.map((w) => names.get(w)).filter((l): l is Lang => l !== undefined);
    return (
      !explicitly(words) &&
      text.includes('?') &&
      named.length > 0 &&
      !named.includes(written) &&
      words.some((w) => you.has(w)) &&
      words.some((w) => about.has(w))
    );
  }

  /**
   * Two languages offered as a choice ("is it in spanish or english", "¿es en inglés o en español?"): a question
   * about the service, answered as one, not a switch (sight67-a: a mother asking whether therapy is in English was
   * switched to Spanish).
   */
  function eitherNamed(words: readonly string[]): boolean {
    return words.some((w, i) => {
      const first = names.get(w);
      if (!first || !OR_WORDS.has(words[i + 1] ?? '')) return false;
      const second = names.get(words[i + 2] ?? '') ?? names.get(words[i + 3] ?? '');
      return second !== undefined && second !== first;
    });
  }

  /**
   * The language asked for, if the message asks for one; `written`: the message's own language.
   * With the text: "do they speak english?", "yo pale kreyòl?" ask about others, not for a language.
   */
  function languageAsked(words: readonly string[], written: Lang, text = ''): Lang | null {
    // Asked in so many words, whoever it is for and however long the message ("her mom only
    // speaks spanish, can you write to her in spanish", "my neighbor is here, she'll help me
    // type. can we do this in spanish?"): the language the request names.
    const said = languageNamed(words.join(' '));
    if (said) return names.get(said) ?? null;
    // "in english please, le voy a pasar el chat a mi novio…": a long message that opens with
    // the request is read by its opening clause.
    if (words.length > MAX_WORDS) {
      const opening = fold(firstClause(text)).split(' ').filter(Boolean);
      return opening.length > 0 && opening.length < words.length ? languageAsked(opening, written) : null;
    }
    if (words.length === 0) return null;
    // "what do I say in spanish?": words to say, for a call (emergency-words.ts), not this chat's language.
    if (WORDS_ASKED.test(words.join(' ')) || (/[?¿]/.test(text) && SERVICE_IN.test(words.join(' '))))
      return null;
    if (/[?¿]/.test(text) && words.some((w) => OTHERS.has(w)) && !words.some((w) => ME.has(w))) return null;
    const at = words.findIndex((w) => names.has(w));
    const first = names.get(words[at] ?? '');
    // "do I need spanish for the exam?" asks nothing of the chat; "pale panyol ak mwen svp, m bezwen
    // pratike" does: said outright at the name, a word like "need" elsewhere does not undo it.
    if (!first || (words.some((w) => notAsks.has(w)) && !outrightLang(words))) return null;
    // "hes 80 and only speaks spanish, can he call u?" tells of someone else, unless "in"/"en"
    // leads to the name ("in spanish please, he reads english badly").
    const other = words.slice(0, at).findLastIndex((w) => THIRD.has(w));
    // Someone who reads this chat ("my mom only reads spanish, can you write it for her") asks for it.
    const between = words.slice(other, at);
    const told =
      (other >= 0 && between.some((w) => SPEAKS.has(w)) && !between.some((w) => FIRST.has(w))) ||
      spokenByAnother(words, at, addressed);
    if (told && !before.has(words[at - 1] ?? '')) return null;
    const described = before.has(words[at - 1] ?? '') && IS.has(words[at - 2] ?? '');
    if (described && !words.some((w) => PREFERS.has(w) || CAN.has(w))) return null;
    // The negation belongs to the understanding ("m pa pale panyol", "no le entiendo al inglés"),
    // not to another clause ("pale kreyol svp… m pa gen papye" asks for Kreyòl).
    const negated =
      words.some(
        (w, i) =>
          notUnderstood.has(w) &&
          words.slice(Math.max(0, i - NEGATION_REACH), i).some((v) => NEGATIONS.has(v)),
      ) || words.slice(Math.max(0, at - NEGATION_REACH), at).some((w) => LITTLE.has(w));
    // Two languages named ask for neither ("my son speaks english and spanish"), unless one
    // follows "en"/"in" ("in spanish please, he reads english badly"), or the first is the one
    // not understood ("I can't read english, spanish please"): then the other.
    const named = [...new Set(words.map((w) => names.get(w)).filter((l): l is Lang => l !== undefined))];
    if (named.length > 1) {
      // "do you speak kreyol? my english is not good": the other one (sight69-a). Read in the message as written, which
      // the dialogue model's cue (words alone) does not see.
      const poor = names.get(POOR.exec(fold(text))?.slice(1).find(Boolean) ?? '');
      if (poor) return named.find((l) => l !== poor) ?? null;
      if (negated) return named.find((l) => l !== nearestToNegation(words)) ?? null;
      // "madanm mwen pa li kreyol byen, ann kontinye an panyol svp": the one asked for outright.
      if (!before.has(words[at - 1] ?? '')) return outrightLang(words, true);
    }
    // "no entiendo español", "I don't understand spanish": the language they write in, please;
    // unless the language is asked for outright ("m pa konprann byen… mejor en español por favor").
    if (negated) return outrightLang(words) ?? (first === written ? null : written);
    // "hablo inglés perfecto": what the person speaks, told, with nothing that asks for it.
    if (words.some((w) => TELLS.has(w)) && !words.some((w) => PREFERS.has(w) || CAN.has(w))) return null;
    // A word that asks to speak or write in it ("pale panyòl", "speak english"), or one that
    // leads to the name right before it ("mejor en kreyol", "in english please").
    const asking = words.some((w) => asks.has(w)) || before.has(words[at - 1] ?? '');
    const rest = words.filter((w) => !names.has(w) && !asks.has(w) && !before.has(w) && !polite.has(w));
    // The name alone (with polite words at most), or asked for with a few other words around it.
    if (rest.length === 0) return first;
    // A word that asks right next to the name carries a longer message ("pale panyol souple,
    // mari m meksiken e li vle li tou").
    const next =
      asks.has(words[at - 1] ?? '') ||
      asks.has(words[at + 1] ?? '') ||
      // "mejor en español, se me hace más fácil", "my mom wants to ask, can we do this in spanish?":
      // the name after "en", with a word that prefers it or asks whether it can be.
      (before.has(words[at - 1] ?? '') && words.some((w) => PREFERS.has(w) || CAN.has(w)));
    return asking && (rest.length <= OTHER_WORDS || next) ? first : null;
  }
  /** Asked in so many words ("can we do this in spanish?", "¿podemos seguir en inglés?", "nou ka kontinye an panyòl?",
   * "puedes mandarme la info en español": emerg-fs). */
  function explicitly(words: readonly string[]): boolean {
    return languageNamed(words.join(' ')) !== undefined;
  }
  /**
   * The request said outright at a language's name: a word that asks right before it, with a
   * polite word ("pale panyol souple"; "hablo inglés perfecto" tells), or "in"/"an" before it with
   * a word that asks or a polite word around ("ann kontinye an panyol svp", "an panyòl silvouplè").
   * `led`: only a name led by "en"/"an" counts ("…pale panyòl ak anglè" tells, it does not ask).
   */
  function outrightLang(words: readonly string[], led = false): Lang | null {
    const at = words.findIndex(
      (w, i) =>
        names.has(w) &&
        ((!led && asks.has(words[i - 1] ?? '') && words.some((v) => PREFERS.has(v))) ||
          (before.has(words[i - 1] ?? '') &&
            (asks.has(words[i - 2] ?? '') ||
              PREFERS.has(words[i + 1] ?? '') ||
              (IF.has(words[i + 1] ?? '') && words.slice(i + 2, i + 4).some((v) => PREFERS.has(v))) ||
              PREFERS.has(words[i - 2] ?? '')))),
    );
    return names.get(words[at] ?? '') ?? null;
  }
  const outright = (words: readonly string[]) => outrightLang(words) !== null;
  /**
   * The language asked for in so many words or outright, whatever else the message does ("m di:
   * konbyen moun ki devan m?? ekri an kreyol svp" asks the wait too): a judge's request was lost
   * when the wait was read first.
   */
  function saidOutright(words: readonly string[], written: Lang, text: string): Lang | null {
    if (!explicitly(words) && !outright(words)) return null;
    const whole = languageAsked(words, written, text);
    if (whole) return whole;
    // "ok my grandma wants to write. mejor en español mija, soy la abuela…": the clause that asks
    // (sight51-a: its opening clause was read, and the conversation stayed in English).
    const asking = text
      .split(/[.,;:!?¿¡\n]+/)
      .map((clause) => fold(clause).split(' ').filter(Boolean))
      .find((clause) => clause.length < words.length && outrightLang(clause) !== null);
    return asking ? languageAsked(asking, written) : null;
  }
  /** The language asked for, none when two are offered as a choice (`eitherNamed`): what a follow-up switches to. */
  const unlessChoice = (words: readonly string[], written: Lang, text = ''): Lang | null =>
    !explicitly(words) && eitherNamed(words) ? null : languageAsked(words, written, text);
  // Whether the assistant speaks the message's own language (own-language.ts).
  const own = createOwnLanguageAsked(names, you, notUnderstood);
  return Object.assign(languageAsked, { asksAbout, explicitly, outright, own, saidOutright, unlessChoice });
}

export type LanguageAsked = ReturnType<typeof createLanguageRequest>;
