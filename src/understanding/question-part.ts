/**
 * The part of a message that asks, for when the whole says more than its question: what a
 * message that calms an emergency also asks ("ya nos abrieron, vino la policía. ¿sigue en pie lo
 * del refugio?"), and the question after a preface that is no topic ("hi, i volunteer with
 * haitian families in tijuana, where can a pregnant woman get a checkup?"). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { foldedWords } from './fold.ts';
import { asksSomething } from './question.ts';

const SENTENCE_END = /(?<=[.!?\n])\s+/u;

/** A report or complaint wanted, which asks as a question does ("m vle fè plent, yo pran lajan m": judge128), folded. */
const REPORT_WANTED =
  /\b(?<!\bno )(quiero|queremos|necesito|i want to|we want to|i need to|m vle|mwen vle|nou vle|m bezwen) (poner (una |la )?(denuncia|queja)|denunciar\w*|quejarme|report\w*|file (a )?(report|complaint)|fe (yon )?plent|pote plent|fe deklarasyon|denonse)\b/u;

/** A message's sentences, blank ones left out. */
export const sentencesOf = (text: string): string[] =>
  text.split(SENTENCE_END).filter((sentence) => sentence.trim());

/**
 * The sentences of a message that ask nothing with a mark, "¿" opening one of its own: "He says he will come
 * tonight to take me. What should I do?" tells its danger in the first. "" when every sentence asks.
 */
export const toldSentences = (text: string): string =>
  partsOf(text, /(?=¿)/)
    .filter((sentence) => !/[?¿]/.test(sentence))
    .join(' ');

/** A message's parts: its sentences, and in a sentence the clauses `opens` sets apart; blank ones left out. */
export const partsOf = (text: string, opens: RegExp): string[] =>
  sentencesOf(text).flatMap((sentence) => sentence.split(opens).filter((part) => part.trim()));

/** The sentences that ask something and say nothing of the danger being over; null when none. */
export function questionAfterCalm(
  text: string,
  saysSafe: (sentence: string) => boolean,
  /** In a danger just over, a report wanted asks too; in calm talk it is read whole (a mid-session run). */
  reportAsks = false,
): string | null {
  // "no es emergencia puedo caminar bien, nomás quiero saber dónde me curan gratis": in a sentence
  // that says so, the clauses that do not (a judge's man with a wound got only "glad you are safe").
  const asking = text
    .split(SENTENCE_END)
    .flatMap((sentence) =>
      saysSafe(sentence) ? sentence.split(',').filter((c) => !saysSafe(c)) : [sentence],
    )
    // "ahora sí, ¿cómo me regreso?": a clause a comma sets apart may be the question.
    .filter((sentence) =>
      sentence
        .split(',')
        .some(
          (clause) =>
            asksSomething(clause) || (reportAsks && REPORT_WANTED.test(foldedWords(clause).join(' '))),
        ),
    );
  return asking.length ? asking.join(' ').trim() : null;
}

/**
 * The last question of a message from the clause it starts in, when something comes before it
 * ("soy voluntaria en Tijuana, ¿dónde puede ver a un doctor una embarazada?"); null when the
 * message is its question and nothing else.
 */
export function lastQuestion(text: string): string | null {
  const sentences = text.trim().split(SENTENCE_END);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const clauses = (sentences[i] ?? '').split(',');
    const at = clauses.findIndex((clause) => asksSomething(clause));
    if (at < 0) continue;
    const asked = [clauses.slice(at).join(','), ...sentences.slice(i + 1)].join(' ').trim();
    return asked && asked !== text.trim() ? asked : null;
  }
  return null;
}

/** The text up to its first full stop, question or exclamation mark: "sí, está bien" of "sí, está bien. ¿y cuánto tardan?" */
export function firstSentence(text: string): string {
  return text.split(/[.!?;¿¡\n]/).find((part) => part.trim()) ?? '';
}

/** The text up to its first comma or sentence end: "wi" of "wi, yon moun silvouplè, pou yo di m ki klinik". */
export function firstClause(text: string): string {
  return firstSentence(text).split(',')[0] ?? '';
}

/** What a message does about the danger itself: calling, paying, who comes, what to do. */
const DANGER_ACTS = new Set<Meaning['act']>(['cannotCall', 'pay', 'whoComes', 'whatToDo']);

/**
 * What is searched for an answer, with its words: in an emergency, a place told in its own sentence
 * beside a question ("near sasabe i think. if i call 911 they deport us?": judge84's man got the place
 * noted and the question dropped), the sentences that ask; otherwise the whole message.
 */
export function askedPart(
  text: string,
  words: readonly string[],
  read: Pick<Meaning, 'slots' | 'act'>,
  dialogue?: Pick<DialogueContext, 'emergency'>,
): [string, readonly string[]] {
  // A procedure asked beside the place ("nou pral Altar… ki kote nou ka dòmi?") is searched whole: the place is its.
  const place = dialogue?.emergency && DANGER_ACTS.has(read.act) ? read.slots?.place : undefined;
  if (!place || place.trim() === text.trim()) return [text, words];
  const asking = sentencesOf(text).filter(asksSomething).join(' ').trim();
  return asking ? [asking, foldedWords(asking)] : [text, words];
}
