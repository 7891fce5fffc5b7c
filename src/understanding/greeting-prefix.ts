/**
 * A message's opening greeting set apart ("bonjou, m ansent 6 mwa…", "hola buenas, ¿dónde me
 * atienden?"): the topic model, trained mostly on messages that start with what they ask, read
 * a greeting and then a request as small talk the office does not do. The greeting phrases come
 * from knowledge/signals/language.yaml; "svp", "porfa", "please" go with them. Pure.
 */
import type { Lang } from '../core/types.ts';
import type { Read } from './classify-topic.ts';
import { fold } from './fold.ts';

/** Words of politeness said along with a greeting, and the French greetings Haitians write ("bonjour svp"). */
const POLITE = [
  'svp',
  'sil vous plait',
  'souple',
  'por favor',
  'porfa',
  'porfavor',
  'please',
  'pls',
  'plz',
  'bonjour',
  'bonsoir',
  'salut',
];

/** Words of greeting phrases that do more than open a message. */
const NOT_OPENING = new Set(
  'gracias thanks thank thx ty u mesi bye goodbye adios orevwa luego nada jaja jajaja jajajaja lol haha hahaha bien ok como estas esta usted how are you kijan koman ki jan ye byen dako sak sa k pase ap fet boule nwit night tal onda'.split(
    ' ',
  ),
);

/** Words a message must still have after its greeting for it to be set apart. */
const MIN_REST = 3;

const WORD = /[\p{L}\p{N}]+/gu;

export function createGreetingPrefix(greetings: readonly string[]) {
  const phrases = [...greetings, ...POLITE]
    .map((phrase) => fold(phrase).split(' ').filter(Boolean))
    // Only what opens a message: thanks, goodbyes, laughter and "how are you" say more than hello.
    .filter((words) => !words.some((w) => NOT_OPENING.has(w)))
    .filter((words) => words.length > 0)
    // The longest phrase first: "buenas tardes" before "buenas".
    .sort((a, b) => b.length - a.length);

  /** The message without its opening greeting; the message itself when it has none or little else. */
  return function withoutGreeting(text: string): string {
    const tokens = [...text.matchAll(WORD)];
    const words = tokens.map((t) => fold(t[0]));
    let at = 0;
    for (;;) {
      const phrase = phrases.find((p) => p.every((w, i) => words[at + i] === w));
      if (!phrase) break;
      at += phrase.length;
    }
    if (at === 0 || tokens.length - at < MIN_REST) return text;
    return text.slice(tokens[at]?.index ?? 0);
  };
}

/**
 * A topic reading that reads a message again without its opening greeting when it read nothing
 * ("bonjou, m ansent 6 mwa, ki kote m ka fè swen gratis?" was small talk); only then, since a
 * greeting helps the model read other messages.
 */
export function readingPastGreeting(
  classify: (text: string, lang: Lang) => Read,
  greetings: readonly string[],
) {
  const withoutGreeting = createGreetingPrefix(greetings);
  return (text: string, lang: Lang): Read => {
    const whole = classify(text, lang);
    const bare = whole.topic === 'none' ? withoutGreeting(text) : text;
    if (bare === text) return whole;
    const read = classify(bare, lang);
    return read.topic !== 'none' ? read : whole;
  };
}
