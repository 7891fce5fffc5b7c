/**
 * Named answers bound to one state's own programme, office or place (knowledge/signals/places.yaml,
 * `answers`), and the states a message names: a state's name or one of its towns, Durango's own towns
 * never ("Vicente Guerrero" is in Durango, not Guerrero). A bound answer may answer a message only
 * when the message, or the conversation before it, names one of its states: a mother in Santiago
 * Papasquiaro whose son went missing in Reynosa got Chiapas's and Tabasco's search commissions, a
 * widow in Durango a Puebla programme (judge68, judge69). Pure.
 */
import type { FoundPassage } from '../core/types.ts';
import type { PlaceSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import { longestNameAt, nameIndex } from './place-states.ts';

const NAMED_ANSWER = 'answer.';

export function createBoundAnswers(places: PlaceSignals) {
  /** Each folded name, the state it names (null: one of Durango's towns, which names no other state). */
  const stateOf = new Map<string, string | null>();
  for (const [state, towns] of Object.entries(places.states)) {
    stateOf.set(fold(state), state);
    for (const town of towns) stateOf.set(fold(town), state);
  }
  for (const town of places.home) stateOf.set(fold(town), null);
  const names = nameIndex(stateOf);
  const bound = new Map(Object.entries(places.answers));

  /** The states the words name, longest names first ("sabinas hidalgo" is in Nuevo León). */
  function statesIn(words: readonly string[]): string[] {
    const named: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const found = longestNameAt(words, i, names);
      if (!found) continue;
      if (found.value && !named.includes(found.value)) named.push(found.value);
      i += found.length - 1;
    }
    return named;
  }

  /** Whether a passage found may answer where these states were named: unbound, or bound to one of them. */
  function mayAnswer(found: Pick<FoundPassage, 'topic' | 'passage'>, named: readonly string[]): boolean {
    if (!found.passage.startsWith(NAMED_ANSWER)) return true;
    const states = bound.get(`${found.topic}.${found.passage.slice(NAMED_ANSWER.length)}`);
    return !states || states.some((state) => named.includes(state));
  }

  return { statesIn, mayAnswer };
}
