/**
 * Whether a message says the emergency under way is over or was a false alarm ("ya me habló,
 * está bien", "we are safe now", "se te manti"): a phrase of knowledge/signals/dialogue.yaml, in
 * a short message that tells of no other danger. A threat found false ("le marqué y está bien,
 * era mentira") is over however long the message. Pure.
 */
import type { DialogueReader } from './dialogue.ts';

/** Words at most in a "no danger" message that a danger pattern also fires on. */
const SAFE_WORDS = 12;
/** "…pero", "but", "men": what comes after may be another danger. */
const BUT = new Set(['pero', 'but', 'men', 'sino']);
/** A threat found false: "era mentira", "it was a lie", "se te manti". */
const FALSE_ALARM =
  /\b(era mentira|fue mentira|todo era mentira|todo fue mentira|era (una )?extorsion|fue (una )?extorsion|it was a lie|it was all a lie|it was fake|it was a scam|false alarm|se te manti|se te yon manti|se te fo)\b/;

/**
 * `dangerNamed`: the message itself fires a danger pattern; then only a short one without a "but"
 * ("…pero a mi hermano lo tienen encerrado") says the danger is over.
 */
export function saysOver(
  words: readonly string[],
  folded: string,
  dangerNamed: boolean,
  reader: Pick<DialogueReader, 'saysSafe'>,
): boolean {
  const falseAlarm = FALSE_ALARM.test(folded);
  const long = words.length > SAFE_WORDS && !falseAlarm;
  const other = dangerNamed && (long || words.some((w) => BUT.has(w)));
  return (reader.saysSafe(words) || falseAlarm) && !other;
}
