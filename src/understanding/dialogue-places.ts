/**
 * Whether a message says where someone is (knowledge/signals/dialogue.yaml: placeWords,
 * placeLinks): as an answer to "where are you?", a word for a place or a link followed by a name;
 * in passing, along with something else, a word for a place only with a word that links to it
 * ("gracias, ya voy con la señora del albergue" is thanks, not a place). Pure.
 */
import type { DialogueSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import { phraseSet } from './phrase-set.ts';

/** Words that place something next to a place ("cerca de la central", "toupre pon an"). */
const NEAR = new Set([
  'near',
  'cerca',
  'cerquita',
  'junto',
  'enfrente',
  'frente',
  'atras',
  'detras',
  'behind',
  'toupre',
  'deye',
  'bo',
  'by',
]);

/** A capitalised word after the first: a name ("…sou do kay la, Tijuana, kolonya Camino Verde"). */
const NAME_INSIDE = /(?:^|\s)\p{Lu}\p{Ll}+/u;

/** A country alone names no place anyone could be found at ("¿puedo pedir refugio aquí en México?"). */
const COUNTRY =
  /(?:^|\s)(?:M[ée]xico|Meksik|Mexique|Estados Unidos|Etazini|Ozetazini|Guatemala|Honduras|Hait[ií]|Ayiti|Venezuela|Cuba|Kiba)(?=[\s,.;:!?]|$)/gu;
/** Words that ask for asylum: "refugio" after them is no shelter ("pedir refugio", "solicitar refugio"). */
const ASKS_FOR = new Set([
  'pedir',
  'pido',
  'pedi',
  'pidio',
  'solicitar',
  'solicito',
  'solicite',
  'pida',
  'dar',
  'den',
  'dan',
]);

/** A person's name after who they are ("my friend Emeka", "mi hijo Kevin", "li rele Jean"): no place. */
const PERSON_NAMED =
  /(?:^|\s)(?:friend|buddy|amigo|amiga|cuate|pana|compadre|comadre|zanmi|compa|son|daughter|hijo|hija|pitit|brother|sister|hermano|hermana|fre|se|husband|wife|esposo|esposa|mari|madanm|cousin|primo|prima|named|llama|llamado|rele)\s+\p{Lu}\p{Ll}+/giu;

/** A capitalised name after the first word, a country alone and a person's name aside. */
const nameInside = (text: string) =>
  NAME_INSIDE.test(
    text
      .replace(/^\s*\S+/, '')
      .replace(COUNTRY, ' ')
      .replace(PERSON_NAMED, ' '),
  );

/** People of a place: "nadie del albergue", "la señora del albergue" name people, not where one is. */
const PEOPLE_OF = new Set([
  'nadie',
  'alguien',
  'senora',
  'senor',
  'encargado',
  'encargada',
  'coordinador',
  'coordinadora',
  'responsable',
  'gente',
  'personal',
]);

const NEXT_TO = new Set(['a', 'al', 'de', 'del']);
/** "in a lot", "behind a lot": a parking lot; "it costs a lot", "a lot of people": no place (emerg-eo's father's ambulance). */
const AT_A_LOT = new Set(['in', 'at', 'on', 'near', 'by', 'behind', 'to', 'from', 'into', 'across']);

/** "behind us", "detrás de nosotros", "deye nou": someone following, no place (emerg-fy: "they're still behind us"). */
const BEHIND = new Set(['behind', 'atras', 'detras', 'deye']);
const FOLLOWED = new Set([
  'us',
  'me',
  'him',
  'her',
  'them',
  'nosotros',
  'mi',
  'el',
  'ella',
  'ellos',
  'nou',
  'm',
  'mwen',
  'li',
]);
const behindSomeone = (words: readonly string[], i: number) =>
  FOLLOWED.has(words[i + 1] ?? '') || (words[i + 1] === 'de' && FOLLOWED.has(words[i + 2] ?? ''));

/** Born, before a link to a town: a birthplace. */
const BORN = new Set(['born', 'naci', 'nacio', 'nacimos', 'nacieron', 'nacido', 'nacida', 'fet']);

/** Links that are only "I am"/"we are" ("estoy", "mwen"): with a verb of having, the line tells what one has, not where. */
const PRONOUN_LINKS = new Set(['estoy', 'estamos', 'im', 'were', 'nou', 'mwen']);
const HAVE = new Set(['gen', 'tengo', 'tenemos', 'traigo', 'have', 'has', 'got']);

/**
 * The words without "refugio" where it is asked for, nor a place whose people are meant, nor "junto" that
 * is no "junto a" ("ya tengo el dinero junto", emerg-dk: money gathered, noted as the place), nor "a lot" of much,
 * nor "behind us".
 */
const placeSense = (words: readonly string[]) =>
  words.map((w, i) =>
    (w === 'refugio' && ASKS_FOR.has(words[i - 1] ?? '')) ||
    (w === 'junto' && !NEXT_TO.has(words[i + 1] ?? '')) ||
    (w === 'lot' && words[i - 1] === 'a' && !AT_A_LOT.has(words[i - 2] ?? '')) ||
    (BEHIND.has(w) && behindSomeone(words, i)) ||
    (words[i - 1] === 'del' && PEOPLE_OF.has(words[i - 2] ?? ''))
      ? ''
      : w,
  );

export function createPlaceReader(
  signals: Pick<DialogueSignals, 'placeWords' | 'placeLinks'>,
  townIn: (words: readonly string[]) => boolean = () => false,
) {
  const phrases = phraseSet(signals.placeWords);
  const placeWords = { find: (words: readonly string[]) => phrases.find(placeSense(words)) };
  /** A word for a kind of place ("hospital", "bodega", "larivyè"), whatever else the line says. */
  const namesPlaceKind = (words: readonly string[]) => placeWords.find(words) !== null;
  const placeLinks = new Set(signals.placeLinks.map(fold));
  /** A link followed by a name: "en Reynosa", "nou Ciudad Acuña". */
  const named = (words: readonly string[], text: string) => nameInside(text) || townIn(words);
  // "i was born in gomez palacio", "naci en lerdo": where one was born is not where one is (judge131: noted as the place).
  const namesAPlace = (words: readonly string[], text: string) =>
    words.some((w, i) => placeLinks.has(w) && !BORN.has(words[i - 1] ?? '')) && named(words, text);
  return {
    namesPlaceKind,
    /** A word for a place ("bodega", "larivyè", "near"), or a link followed by a name ("en Reynosa"). */
    saysWhere: (words: readonly string[], text = '') => namesPlaceKind(words) || namesAPlace(words, text),
    /**
     * In answer to "where are you?" in an emergency: a word for a place, or any word that links
     * to one, capital or not ("vamos en la 57 rumbo a san luis", "rivye suchiate, bo ciudad hidalgo").
     */
    saysWhereAsked: (words: readonly string[]) => {
      // "m gen kèk grenn mwen te achte" (a judge's woman in a suicide crisis) tells of pills, not where she is.
      const having = words.some((w) => HAVE.has(w));
      const linked = (w: string) => placeLinks.has(w) && !(having && PRONOUN_LINKS.has(w));
      return namesPlaceKind(words) || placeSense(words).some((w) => linked(w) || NEAR.has(w));
    },
    /** A word for a place with a link to it ("estamos en la bodega", "near the gas station") or a name, or a link and a name. */
    saysWhereToo: (words: readonly string[], text = '') =>
      (namesPlaceKind(words) &&
        (placeSense(words).some((w) => placeLinks.has(w) || NEAR.has(w)) || named(words, text))) ||
      namesAPlace(words, text),
  };
}
