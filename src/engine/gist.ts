/**
 * What a person's message says of their problem, for the inbox row that sums up their case:
 * the message itself when it is about something, never a request for a person alone. A
 * message understanding reads as asking for a person is cut into its clauses: when one is
 * about something else ("perdí mi pasaporte en Chicago, necesito hablar con una persona",
 * "quiero hablar con alguien sobre mi hermano") the message stays whole, the person's own
 * words; when none is ("quiero hablar con alguien de la oficina") it says nothing (null), and
 * the row takes the person's earlier words instead (plan.ts, withGist). Pure, apart from the
 * understanding it is given.
 */
import type { Lang, Meaning } from '../core/types.ts';

/** Words enough to say what a case is about (not "sí", "humano", "yes please"). */
export const wordy = (text: string) => text.trim().split(/\s+/).length >= 3;

/** Where a message divides into clauses: punctuation, "and", "but", "about", "for" in the three languages. */
const CLAUSES =
  /[,.;:!?¿¡\n]+|\s(?:y|pero|sobre|por|para|and|but|about|for|regarding|e|epi|men|sou|pou|konsènan)\s/i;

/** A request for a person: the topic understanding gives to "a person, please" in any words. */
const ASKS_PERSON = 'human';

export function substanceOf(
  said: string,
  meaning: Pick<Meaning, 'topic' | 'lang'>,
  understand: (text: string, hint?: Lang) => Pick<Meaning, 'topic'>,
): string | null {
  if (meaning.topic !== ASKS_PERSON) return said;
  const about = said
    .split(CLAUSES)
    .map((clause) => clause.trim())
    .some((clause) => clause.includes(' ') && understand(clause, meaning.lang).topic !== ASKS_PERSON);
  return about ? said : null;
}
