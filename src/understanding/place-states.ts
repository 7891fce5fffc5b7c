/**
 * The state a town or city named in a message is in (knowledge/signals/places.yaml): "de
 * uruapan" is from Michoacán, "vivo en tepatitlan" in Jalisco, where the sources know another
 * state's program, office or fee than Durango's. The state's name is added to the words a
 * passage is searched with (passage-lookup.ts), so that a named answer asked as "soy de
 * michoacán, ¿hay algo así?" answers it; never to what the topic model reads. And whether a
 * message is only a place (createLonePlace). Pure.
 */
import type { Entry } from '../knowledge/parse-entry.ts';
import type { PlaceSignals } from '../knowledge/schema.ts';
import { fold, foldOnce } from './fold.ts';

/**
 * A town the sources name themselves (Tapachula, Tijuana, Monterrey) is searched as it is: its
 * state would pull the search to that state's general passages, away from the ones about the town.
 */
export function createPlaceStates(places: PlaceSignals, entries: readonly Entry[]) {
  const named = namedIn(entries, Object.values(places.states).flat().map(fold));
  const stateOf = new Map<string, readonly string[]>();
  for (const [state, towns] of Object.entries(places.states)) {
    const stateWords = fold(state).split(' ');
    for (const town of towns) {
      const key = fold(town);
      if (!named.has(key)) stateOf.set(key, stateWords);
    }
  }
  const towns = nameIndex(stateOf);
  /** The words, and after them the words of each state a town among them is in (once each). */
  return function withStates(words: readonly string[]): readonly string[] {
    const added: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const state = longestNameAt(words, i, towns)?.value;
      if (state)
        for (const word of state) if (!words.includes(word) && !added.includes(word)) added.push(word);
    }
    return added.length ? [...words, ...added] : words;
  };
}

/**
 * Folded names of one or more words, looked up at a word of a message: the words are taken one
 * more at a time for as long as they begin some name, so a word that begins none ("de", most
 * words) is passed over at once (joining every span up to the longest name at every word was a
 * twelfth of a turn's time).
 */
export interface NameIndex<T> {
  names: ReadonlyMap<string, T>;
  /** Every name's beginnings of whole words, the name itself included ("san", "san luis", …). */
  beginnings: ReadonlySet<string>;
}

export function nameIndex<T>(names: ReadonlyMap<string, T>): NameIndex<T> {
  const beginnings = new Set<string>();
  for (const name of names.keys()) {
    const words = name.split(' ');
    for (let n = 1; n <= words.length; n += 1) beginnings.add(words.slice(0, n).join(' '));
  }
  return { names, beginnings };
}

/**
 * The longest name of the index that starts at word `i`: its value and how many words it takes;
 * undefined when none does. Shared by the readings of places.
 */
export function longestNameAt<T>(
  words: readonly string[],
  i: number,
  index: NameIndex<T>,
): { value: T; length: number } | undefined {
  let found: { value: T; length: number } | undefined;
  let key = words[i] as string;
  for (let n = 1; i + n <= words.length; n += 1) {
    if (n > 1) key = `${key} ${words[i + n - 1]}`;
    if (!index.beginnings.has(key)) break;
    if (index.names.has(key)) found = { value: index.names.get(key) as T, length: n };
  }
  return found;
}

/** Texts as folded words between spaces, so that ` ${name} ` finds a place's whole name in them. */
export const spacedWords = (texts: readonly string[]): string =>
  ` ${fold(texts.join(' ')).replace(/[^a-z0-9]+/g, ' ')} `;

/** Every text of an entry: its reply, details, facets, cases and named answers. */
export const textsOf = (entry: Entry): string[] => [
  entry.reply,
  entry.details,
  ...Object.values(entry.facets).map((facet) => facet?.text ?? ''),
  ...Object.values(entry.cases),
  ...Object.values(entry.answers).map((answer) => answer.text),
];

/**
 * The names among `names` that the entries' texts hold as whole words, found in one walk over
 * those words (asking the whole text for each of some 400 towns was a sixth of start-up).
 */
function namedIn(entries: readonly Entry[], names: readonly string[]): ReadonlySet<string> {
  const index = nameIndex(new Map(names.map((name) => [name, true])));
  const words = spacedWords(entries.flatMap(textsOf)).trim().split(' ');
  const found = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    let key = words[i] as string;
    for (let n = 1; i + n <= words.length; n += 1) {
      if (n > 1) key = `${key} ${words[i + n - 1]}`;
      if (!index.beginnings.has(key)) break;
      if (index.names.has(key)) found.add(key);
    }
  }
  return found;
}

/** Words a lone place may open with ("de lerdo", "en leon", "m nan Leon", "from tepic"). */
const PLACE_OPENERS =
  /^(?:(?:somos|soy|estoy|estamos|vivo|vivimos|ando|andamos|aqui|aca|ahorita|ya|im|i m|i am|we re|we are|i live|we live|m|mwen|nou|li|yo|ok|si|yes|wi) )*(?:de|desde|en|from|in|at|nan|soti|rete|ye)?\s*/;

/**
 * Whether a message is only a place: a town of the list, a state's name or one of Durango's own
 * towns, maybe after "de", "en", "m nan" ("Leon", "de tepehuanes", "m nan Monterrey"). A judge's
 * Haitian in León got "you're welcome" to it (the dialogue model read thanks).
 */
/** Every place the signals name, folded: Durango's own towns, the states and their towns. */
const knownPlaces = (places: PlaceSignals): ReadonlySet<string> =>
  new Set([
    ...places.home.map(fold),
    ...Object.keys(places.states).map(fold),
    ...Object.values(places.states).flat().map(fold),
  ]);

/** Every known place as an index of names, for finding them among a message's words. */
const knownIndex = (places: PlaceSignals): NameIndex<true> =>
  nameIndex(new Map([...knownPlaces(places)].map((place) => [place, true as const])));

export function createLonePlace(places: PlaceSignals) {
  const known = knownPlaces(places);
  return (folded: string): boolean => {
    const rest = folded.replace(PLACE_OPENERS, '').trim();
    return rest !== '' && known.has(rest);
  };
}

/**
 * The text without the places it names (towns, states, Durango's own towns), for telling its
 * language: "hes from gomez palacio durango, 33 yrs old" is English (judge72: read as Spanish, the
 * reply switched an English conversation). Nothing is taken when only places are there.
 */
/**
 * Whether folded words name a known town or state anywhere ("he was in monterrey", "west of
 * nogales"): people type names without capitals, which the place reader otherwise looks for.
 */
export function createTownFinder(places: PlaceSignals) {
  const known = knownIndex(places);
  return (words: readonly string[]): boolean =>
    words.some((_, i) => longestNameAt(words, i, known) !== undefined);
}

export function createPlaceRemover(places: PlaceSignals) {
  const known = knownIndex(places);
  return (text: string): string => {
    const words = text.split(/\s+/).filter(Boolean);
    const folded = words.map(foldOnce);
    const kept: string[] = [];
    for (let i = 0; i < words.length; ) {
      const span = longestNameAt(folded, i, known)?.length ?? 0;
      if (span) i += span;
      else kept.push(words[i++] as string);
    }
    return kept.length ? kept.join(' ') : text;
  };
}
