/**
 * A town or state told on the road's health care that the care block names no place in ("estamos en
 * torreon cerca del tren", "i am in chihuahua city… is there nothing here?", "nou nan saltillo
 * coahuila"): the reply says the sources name none there before listing the ones they name (judge78's
 * people got Tijuana, Tapachula and Juárez three times over, as if they were near). A state whose towns
 * the block names (Chihuahua: Ciudad Juárez) is near enough, unless its city is meant ("chihuahua
 * city", "ciudad de chihuahua"). Names come from knowledge/signals/places.yaml; the display name is the
 * folded name in capitals. Pure.
 */
import type { DialogueContext } from '../core/types.ts';
import type { Entry } from '../knowledge/parse-entry.ts';
import type { PlaceSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import { longestNameAt, nameIndex, spacedWords, textsOf } from './place-states.ts';

interface Place {
  display: string;
  /** The state's own towns, for a state named alone. */
  towns?: readonly string[];
}

/** Where someone lives, said before a town ("vive en", "lives in", "rete nan"): not where the one writing is. */
const LIVES = new Set(['vive', 'viven', 'vivia', 'lives', 'lived']);
const THEY = new Set(['li', 'l', 'yo']);
const LINKS = new Set(['en', 'in', 'nan', 'a']);
/** Words that lead to where one goes ("regresarme a durango", "get home to durango"). */
const TOWARD = new Set(['a', 'al', 'pa', 'para', 'hasta', 'to', 'towards', 'rive', 'ale']);
/** Where one comes from ("desde q sali de oaxaca", "we left from tapachula", "m soti ayiti"): not where one is. */
const LEFT = new Set([
  'sali',
  'salimos',
  'salio',
  'vengo',
  'venimos',
  'vine',
  'vino',
  'left',
  'came',
  'come',
  'coming',
]);
const FROM = new Set(['de', 'desde', 'from']);
const cameFrom = (words: readonly string[], i: number) =>
  words[i - 1] === 'soti' || (FROM.has(words[i - 1] ?? '') && LEFT.has(words[i - 2] ?? ''));
const CITY_WORDS = /^(city|ciudad|ciudad de|vil|vil la|lavil)$/;
/** A town's care line: "tuxtla gutierrez" → health_tuxtla, "ciudad juarez" → health_juarez. */
const CASE = 'health_';
const caseOf = (name: string) => `${CASE}${name.replace(/^ciudad /, '').split(' ')[0]}`;
const capitalized = (name: string) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
/** The road's named answers that list its shelters. */
const SHELTERS = ['shelters_named', 'women_shelters'];
/** A place said to be too far or out of reach ("juarez is far", "no puedo ir a juarez", "m pa ka ale tijuana"). */
const TOO_FAR =
  /\b(far|lejos|lejisimos|retirado|lwen|(can t|cant|cannot|can not|couldn t|couldnt) (go|get|reach|travel|make it)|no (puedo|podemos|alcanzo|alcanzamos|llego|llegamos) (ir|llegar|a ir)|(m|mwen|nou) pa (ka|kapab) (ale|rive))\b/u;

export function createCareFar(places: PlaceSignals, entries: readonly Entry[]) {
  const road = entries.filter((e) => e.id === 'transit_safety');
  // The care block's towns with a line of their own (`<!-- case: health_tijuana -->`).
  const townCases = new Set(road.flatMap((e) => Object.keys(e.cases).filter((c) => c.startsWith(CASE))));
  // The care block and those towns (Monterrey's is in no list: emerg-gs's mother there got "none named"); their names,
  // not their text ("Nuevo León" in it made León near: a review).
  const careText = spacedWords([
    ...road.map((e) => e.cases.health ?? ''),
    ...[...townCases].map((c) => c.slice(CASE.length)),
  ]);
  // The road's shelters name their own towns: a town with care may have no bed (judge120's Haitian in Ciudad Juárez).
  const shelterText = spacedWords(road.flatMap((e) => SHELTERS.map((name) => e.answers[name]?.text ?? '')));
  // Any of the road's answers may be sent beside care: a place named in one of them is no "none there".
  const roadText = spacedWords(road.flatMap(textsOf));
  const named = new Map<string, Place>();
  for (const town of places.home) named.set(fold(town), { display: capitalized(fold(town)) });
  for (const [state, towns] of Object.entries(places.states)) {
    for (const town of towns) named.set(fold(town), { display: capitalized(fold(town)) });
    named.set(fold(state), { display: state, towns: towns.map(fold) });
  }
  const index = nameIndex(named);
  const stateOf = new Map(
    Object.entries(places.states).flatMap(([state, towns]) =>
      towns.map((town) => [fold(town), fold(state)] as const),
    ),
  );
  // Durango's own towns gone to right after the care ("how do i get home to durango"): home, not where care is sought.
  const home = new Set([...places.home.map(fold), 'durango']);

  /**
   * `words`: the message's folded words; `asksCare`: the message asks for care; right after the care ("y en
   * saltillo no hay?") its block is what names places too, and a home town is no place sought; else any of the
   * road's answers, when the road is a topic read or under discussion. The first place told that it names none in.
   */
  return function careFar(
    words: readonly string[],
    asksCare: boolean,
    dialogue: DialogueContext | undefined,
    read: string | null | undefined,
  ): { careFar?: string; careAt?: string; careTooFar?: true; shelterFar?: string; shelterNear?: true } {
    const care = asksCare || (dialogue?.lastCare === true && 'after');
    // Where one is, on any topic: a bed may be asked later ("i just got to ciudad juarez, im from guatemala").
    const noBed = shelterIn(words);
    if (!care && dialogue?.topic !== 'transit_safety' && read !== 'transit_safety') return noBed;
    return { ...careIn(words, care), ...noBed };
  };

  /**
   * The first town or state told where one is (one gone to only when no other is; never where someone else lives:
   * "mi hermano vive en ciudad juarez… estoy en monterrey", a review), and whether the road's shelters name one there.
   */
  function shelterIn(words: readonly string[]): { shelterFar?: string; shelterNear?: true } {
    const told: { name: string; place: Place; toward: boolean }[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const found = longestNameAt(words, i, index);
      if (!found) continue;
      const name = words.slice(i, i + found.length).join(' ');
      const before = words[i - 2] ?? '';
      const theirs = LIVES.has(before) || (before === 'rete' && THEY.has(words[i - 3] ?? ''));
      const lives = LINKS.has(words[i - 1] ?? '') && theirs;
      const toward = TOWARD.has(words[i - 1] ?? '') || cameFrom(words, i);
      if (!lives) told.push({ name, place: found.value, toward });
      i += found.length - 1;
    }
    const where = told.find((t) => !t.toward) ?? told[0];
    if (!where) return {};
    const inShelters = (place: string) => shelterText.includes(` ${place} `);
    // A town whose state has a shelter named is near one (Monterrey: Zuazua, Nuevo León).
    const state = stateOf.get(where.name);
    const near =
      inShelters(where.name) || where.place.towns?.some(inShelters) || (state && inShelters(state));
    return near ? { shelterNear: true } : { shelterFar: where.place.display };
  }

  function careIn(
    words: readonly string[],
    care: boolean | 'after',
  ): { careFar?: string; careAt?: string; careTooFar?: true } {
    const said = care ? careText : roadText;
    const inCare = (name: string) => said.includes(` ${name} `);
    let at: string | undefined;
    const tooFar = TOO_FAR.test(words.join(' '));
    // Where one is goes before where one goes ("cut his hand on the way down to durango, were at a gas station in
    // saltillo": emerg-fk's family got Durango's silence): a place gone to counts only when no other is named.
    const toward = (i: number) => TOWARD.has(words[i - 1] ?? '') || cameFrom(words, i);
    const placesAt = words.map((_, i) => (longestNameAt(words, i, index) ? i : -1)).filter((i) => i >= 0);
    const skipToward = placesAt.some((i) => !toward(i));
    for (let i = 0; i < words.length; i += 1) {
      const found = longestNameAt(words, i, index);
      if (!found || (care !== 'after' && skipToward && toward(i))) continue;
      // "cd juarez" is Ciudad Juárez, whose care the sources name (a review: "im in cd juarez" got no clinic there).
      // The CAIM, care asked there ("y en el caim me dan doctor?"), is beside the repatriation point in Ciudad Juárez;
      // where it is, asked after the care, is its own answer ("ki kote CAIM nan ye": sight87-a).
      const raw = words
        .slice(i, i + found.length)
        .join(' ')
        .replace(/^cd /, 'ciudad ');
      const name = care === true && raw === 'caim' ? 'ciudad juarez' : raw;
      const { display, towns } = found.value;
      if (care === 'after' && home.has(name) && TOWARD.has(words[i - 1] ?? '')) return {};
      const city =
        CITY_WORDS.test(words[i + found.length] ?? '') ||
        CITY_WORDS.test(words.slice(Math.max(0, i - 2), i).join(' ')) ||
        CITY_WORDS.test(words[i - 1] ?? '');
      // A state's city ("chihuahua city") is named only as a city: the state's name is everywhere.
      const cityNamed = said.includes(` ciudad de ${name} `) || said.includes(` ${name} city `);
      const near = towns ? (city ? cityNamed : towns.some(inCare)) : inCare(name);
      if (!near) return { careFar: display };
      // A town the care block names, with a line of its own: that line, not the whole list (flows decide if care is meant).
      if (!towns && !at && townCases.has(caseOf(name))) {
        // Said too far to reach (judge108's pregnant woman in Chihuahua city got Juárez's centre again): not its line.
        if (tooFar) return { careTooFar: true };
        at = caseOf(name);
      }
      i += found.length - 1;
    }
    return at ? { careAt: at } : {};
  }
}

export type CareFar = ReturnType<typeof createCareFar>;
