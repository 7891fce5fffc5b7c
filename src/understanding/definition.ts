/**
 * A question about what a word means: "¿y qué es la COMAR?", "q es eso de la condonacion",
 * "what does FINABIEN mean", "kisa COMAR ye?", "kisa sa vle di TVRH". People with little
 * schooling ask it of a name the answer just used; the reply is what the sources say of that
 * name, not a facet the other words happen to match ("q son los grupos beta" is no question of
 * time). Returns the words of the name asked about, folded; null when the message asks no such
 * thing. Pure.
 */
import { foldedWords } from './fold.ts';
import { asksSomething } from './question.ts';

/** "qué es (eso de) la X", "what is (a) X", "kisa X ye", on a folded clause: the name is `term`. */
const ASKS_MEANING: readonly RegExp[] = [
  /(?:^|\s)(?:que|q|ke|k)\s+(?:es|son|significa|quiere\s+decir)\s+(?:eso\s+(?:de|del)\s+|esa\s+|ese\s+|esos\s+|esas\s+)?(?<term>.+)$/,
  /(?:^|\s)(?:(?:what|wat|wht)\s+(?:is|s|are)|whats|wats|whts)\s+(?:an?\s+|the\s+|this\s+|that\s+)?(?<term>.+)$/,
  /(?:^|\s)what\s+(?:does|do)\s+(?<term>.+?)\s+(?:mean|stand\s+for)$/,
  /(?:^|\s)(?:kisa|kis|ki\s+sa)\s+(?:sa\s+)?vle\s+di\s+(?<term>.+)$/,
  /(?:^|\s)(?:kisa|kis|ki\s+sa|sa)\s+(?<term>.+?)\s+(?:a\s+|la\s+|lan\s+|nan\s+)?ye$/,
  // "y el INM q es?", "INM se kisa?", "kisa TVRH vle di?": the name before the question word, or between.
  /^(?:y\s+|e\s+|and\s+)?(?<term>.+?)\s+(?:que|q|ke|k)\s+(?:es|son|significa)$/,
  /^(?<term>.+?)\s+se\s+(?:kisa|ki\s+sa|kiss)$/,
  /(?:^|\s)(?:kisa|kis|ki\s+sa)\s+(?<term>.+?)\s+vle\s+di$/,
];

/** Clauses of a message: a name asked about sits in one ("y que es la comar? perdon no se"). */
const CLAUSE = /(?<=[?.!,;:\n])/u;

/** Words that open a term but name nothing: "que es lo que", "what is the cost", "kisa pou m fè". */
const NO_NAME = new Set(
  'lo que eso esto ese esa pero y and e it this that there my mi mis su sus your you i we m mwen pou nou li yo w ou el la los las the a an to de del'.split(
    ' ',
  ),
);
/** Words of an aspect asked, not a name: "what are the office hours", "que es el horario". */
const ASPECT = new Set(
  'hours hour horario horarios hora address direccion phone telefono number numero cost price precio costo requirements requisitos ore adres pri'.split(
    ' ',
  ),
);
/** First words of a term that make it a question of its own. */
const OPENS_QUESTION = new Set('lo mas mejor better best more it there pi kisa ki sa how why'.split(' '));
/** Words after a name that are no part of it ("la comar perdon no se", "comar exactly"). */
const TAIL = new Set(
  'perdon disculpa no se ni idea exactamente exactly sorry please pls plz svp souple tanpri mesi gracias oiga pues entonces lol jaja jajaja haha'.split(
    ' ',
  ),
);
/**
 * Names longer than this are left to the whole message's reading: an acronym or a two-word name
 * ("COMAR", "Grupos Beta") is what a passage holds; "the humanitarian visitor card" matched
 * passages that only share its words (a lost card).
 */
const MAX_NAME_WORDS = 2;

export function nameAsked(text: string): string[] | null {
  const clauses = text.split(CLAUSE).filter((c) => c.trim());
  for (const [i, clause] of clauses.entries()) {
    const said = nameIn(foldedWords(clause).join(' '));
    // "Epi Paisano, kisa sa ye?", "y el paisano, ¿qué es eso?": the name is the clause before.
    const name = said && isPointer(said) ? (i > 0 ? nameBefore(clauses[i - 1] as string) : null) : said;
    if (!name) continue;
    // "¿Qué son los Grupos Beta? ¿Me ayudan sin papeles?" asks more than the name: the whole is read.
    return clauses.some((c, j) => j !== i && asksSomething(c)) ? null : name;
  }
  return null;
}

/** "What is it?": the name said before, not in the question. */
const POINTERS = new Set('sa eso esto ese esa that it this li l'.split(' '));
const isPointer = (name: readonly string[]) => name.length === 1 && POINTERS.has(name[0] as string);
/** Words that open a clause before the name ("epi", "and", "y"). */
const OPENERS = new Set('epi e y and also tambien tanbien oiga ok oke'.split(' '));

function nameBefore(clause: string): string[] | null {
  const words = foldedWords(clause).filter((w) => !OPENERS.has(w) && !NO_NAME.has(w));
  return words.length && words.length <= MAX_NAME_WORDS && !words.some((w) => ASPECT.has(w)) ? words : null;
}

function nameIn(folded: string): string[] | null {
  for (const pattern of ASKS_MEANING) {
    const term = pattern.exec(folded)?.groups?.term;
    if (!term) continue;
    const words = term.split(' ').filter(Boolean);
    // "kisa sa ye?": a pointer at a name said before (nameAsked finds it).
    if (isPointer(words)) return words;
    // "que es lo que necesito", "what is better", "que es mas rapido": a question, no name.
    if (OPENS_QUESTION.has(words[0] as string)) continue;
    while (words.length && NO_NAME.has(words[0] as string)) words.shift();
    const cut = words.findIndex((w) => TAIL.has(w));
    const name = cut >= 0 ? words.slice(0, cut) : words;
    // "que es lo que necesito", "what is my place in line": no name left, or a whole question.
    if (name.length === 0 || name.length > MAX_NAME_WORDS || name.some((w) => ASPECT.has(w))) continue;
    return name;
  }
  return null;
}
