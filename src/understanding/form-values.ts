/**
 * Values for a form's fields found in what a person writes: a date ("el 21 de abril", "october
 * 5th", "hace 2 semanas", "4 out"), a place ("en Nogales, Sonora"), where someone is from ("es
 * de Santiago Papasquiaro"), a name of two or more capitalised words, a relative, a phone.
 * People answer the question asked and add what they know ("se llama Ramiro, tiene 23, salió de
 * Nogales el 12"), and correct two answers at once ("the date is wrong, it was the 21st, and he
 * is from Gómez Palacio, not Lerdo"): each clause goes to the field it names or whose kind of
 * value it holds, with the new value only — never the old one after "no", "not", "pa". Pure.
 */
import type { FieldKind } from '../knowledge/schema.ts';

const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvye|fevriye|fevrye|mas|avril|me|jen|jiyè|jiye|out|dawout|septanm|oktòb|oktob|novanm|desanm';
const WEEKDAYS =
  'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lendi|madi|mèkredi|mekredi|jedi|vandredi|samdi|dimanch';
const DATE = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:de\\s+)?(?:${MONTHS})\\b(?:\\s*(?:de|del)?\\s*\\d{4})?`,
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s*\\d{4})?`,
    `\\b\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{2,4})?\\b`,
    `\\b(?:hace|desde hace|depi|since|for)\\s+(?:un|una|dos|tres|\\d+)\\s+(?:d[ií]as?|semanas?|meses|mes|years?|weeks?|days?|months?|jou|semèn|semenn|semen|mwa)\\b`,
    `\\b\\d+\\s+(?:d[ií]as|semanas|meses|days|weeks|months|jou|semèn|semenn|semen|mwa)(?:\\s+(?:ago|atras))?\\b`,
    `\\b(?:el\\s+|last\\s+|the\\s+)?(?:${WEEKDAYS})(?:\\s+pasado)?\\b`,
    `\\b(?:ayer|antier|anteayer|anoche|yesterday|last night|yè)\\b`,
    `\\b(?:the\\s+|el\\s+|le\\s+)\\d{1,2}(?:st|nd|rd|th)\\b`,
  ].join('|'),
  'iu',
);
/** "fue el 21", "it was the 21": a day of the month alone, when no fuller date is there; not an age ("el 21 años"). */
const DAY_ONLY = /(?<=\b(?:fue|era|was|se|te)\s+)(?:el|the|le)\s+\d{1,2}\b(?!\s*(?:a[nñ]os|an|years))/iu;
/** "no el 12", "not the 3rd", "pa Monterrey": the old value after a negation, cut off. */
const NEGATED_TAIL = /[\s,;]+(?:y\s+|and\s+|e\s+)?(?:no|not|pa|non|instead of|en vez de|en lugar de)\s+.*$/iu;
const PLACE =
  /\b(?:en|in|nan|at|near|cerca de|por|bò|bo)\s+(?:el\s+|la\s+|the\s+)?([\p{L}][\p{L}\s.'-]{1,60})/iu;
/** A place with a name ("en Nogales", "in Phoenix"), not "in the fields". */
const NAMED_PLACE = /\b(?:en|in|nan|at|near|cerca de|por|bò|bo|En|In|Nan|At)\s+(\p{Lu}[\p{L}\s.'-]{1,60})/u;
const ORIGIN =
  /\b(?:es de|era de|somos de|soy de|son de|is from|was from|he's from|she's from|from|soti|sòti|moun)\s+([\p{L}][\p{L}\s.'-]{1,60})/iu;
const NAME_AFTER =
  /\b(?:se llama|se llamaba|llamado|su nombre es|his name is|her name is|name is|named|li rele|l rele|non li se|non l se)\s+([\p{L}][\p{L}\s.'-]{1,60})/iu;
/** "se llama Jesus Alberto Ramirez tiene 19": the name ends where the story goes on (sight75-a noted "…Ramirez tiene"). */
const NAME_TAIL =
  /\s+(?:y|and|pero|but|que|q|who|esta|está|es|was|is|tiene|tenía|tenia|has|had|from|desde|since|epi|li|ki|gen|he|she|hes|shes|he's|she's|he’s|she’s|aged?)(?![\p{L}'’]).*$/isu;
/**
 * A relative's name told with who it is, before any form ("busco a mi hermana, se llama Keila
 * Mejía", "her name is Rosa Pérez"): up to four words after a third person's "se llama", stopping
 * at a word that goes on with the story ("…keila mejia y la detuvieron"). Never "me llamo": the
 * writer's own name is not the relative's.
 */
const THIRD_NAME =
  /\b(?:se llama|se llamaba|su nombre es|his name is|her name is|his name was|her name was|li rele|l rele|non li se|non l se)\s+((?:(?!(?:y|e|and|pero|but|que|q|who|she|he|hes|shes|he's|she's|he’s|she’s|la|lo|le|el|esta|es|was|is|tiene|has|from|desde|since|en|in|epi|li|ki|aged?)(?![\p{L}'’]))[\p{L}][\p{L}'.-]*\s*){1,4})/iu;
/** Caught or last seen, told before any form: where a search starts ("lo agarraron en arizona", judge101). */
const HELD_VERBS =
  '(?:lo|la|los) (?:agarraron|detuvieron|arrestaron|levantaron)|(?:lo|la) vieron por [uú]ltima vez|(?:was|got) (?:caught|arrested|detained|picked up|last seen)|(?:caught|arrested|detained|picked up) (?:him|her)|(?:yo )?(?:arete|kenbe) (?:li|l)|[uú]ltima vez (?:estaba|estuvo|que supe de (?:[eé]l|ella)|lo vi|la vi)|last (?:seen|heard from (?:him|her))|(?:denye|dènye) fwa (?:li|l) te';
/**
 * Where someone died (or was caught), told with the death before any form ("mi papá murió en dallas texas la semana
 * pasada", "he passed away in the hospital in Houston"): up to four words after the first "en/in"
 * that follows the death and opens no article, stopping at a word that goes on with the story.
 * judge71 saw the form ask again where a father died that his son had named in his first message.
 */
const DIED_IN = new RegExp(
  `\\b(?:muri[oó]|falleci[oó]|perdi[oó] la vida|lo mataron|la mataron|died|passed away|was killed|mouri|${HELD_VERBS})(?![\\p{L}])[^,.;!?]{0,40}?\\b(?:en|in|nan)\\s+(?!(?:un|una|el|la|los(?!\\s+[aá]ngeles)|las(?!\\s+(?:vegas|cruces))|a|an|the|su|his|her|my|mi|yon|casa|home|kay|${MONTHS})(?![\\p{L}]))((?:(?!(?:la|el|hace|ayer|antier|anoche|y|and|on|last|yesterday|este|esta|pasado|pasada|semana|week|como|how|que|q|e|epi|yè|ye|semenn|mes|month|of|por|from|when|cuando)(?![\\p{L}]))[\\p{L}][\\p{L}'.-]*\\s*){1,4})`,
  'iu',
);
const CAPITALISED = /(?:^|[\s,])((?:\p{Lu}[\p{Ll}'-]+\s+){1,4}\p{Lu}[\p{Ll}'-]+)/u;
// Accented words ("mamá", "frè") end where \b, which knows only ASCII letters, does not see an end.
const RELATIVE =
  /(?<![\p{L}\p{N}])(mam[aá]|mami|am[aá]|jefa|pap[aá]|apa|jefe|hij[oa]|espos[oa]|marido|herman[oa]|abuel[oa]|t[ií][oa]|prim[oa]|niet[oa]|sobrin[oa]|cuñad[oa]|suegr[oa]|mother|mom|father|dad|son|daughter|husband|wife|brother|sister|grandfather|grandmother|grandpa|grandma|uncle|aunt|cousin|nephew|niece|manman|papa|pitit|madanm|mari|frè|fre|sè|kouzen|kouzin|tonton|matant)(?![\p{L}\p{N}])/iu;
const PHONE = /\+?\d[\d\s().-]{7,}\d/u;
/** Where a clause stops: a comma, a semicolon, or "and", "y", "e", "epi" starting the next one. */
const CLAUSES = /\s*(?:[,;]|\.\s|\s(?:y|and|e|epi|ademas|also|tambien)\s)\s*/iu;

/** "Altar on june 9", "Nogales el 12", "Reynosa desde marzo": a place ends where its time begins. */
const PLACE_TAIL =
  /\s+(?:on|el|desde|since|hace|around|last|depi|le|the|(?:in|en|nan)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvye|fevriye|mas|avril|me|jen|jiye|out|septanm|oktòb|oktob|novanm|desanm))\b.*$/iu;
const PLACE_KINDS = new Set<string>(['place', 'namedPlace', 'diedIn', 'origin']);
/** "at Sunrise hospital. he was 71": a sentence that goes on in lower case ends the place ("St. George" stays whole). */
const SENTENCE_AFTER = /\.\s+(?=\p{Ll}).*$/su;

const tidy = (value: string) =>
  value
    .replace(NEGATED_TAIL, '')
    .replace(/^[\s,:;-]+|[\s,.;:!?-]+$/gu, '')
    .trim();

/**
 * Two or more capitalised words as a name, unless they are the place the text names or comes from
 * ("en El Paso", "from San Antonio"): a father's "en El Paso" was noted as his son's name.
 */
function capitalisedName(text: string): string | null {
  const name = CAPITALISED.exec(text)?.[1];
  if (!name) return null;
  const places = [NAMED_PLACE.exec(text)?.[1], ORIGIN.exec(text)?.[1]];
  return places.some((place) => place?.includes(name)) ? null : name;
}

/** The value of one kind found in a piece of text, if any. */
export function fieldValue(
  kind: FieldKind | 'namedPlace' | 'thirdName' | 'diedIn',
  text: string,
): string | null {
  const found = (() => {
    switch (kind) {
      case 'date':
        return DATE.exec(text)?.[0] ?? DAY_ONLY.exec(text)?.[0] ?? null;
      case 'place':
        return PLACE.exec(text)?.[1] ?? null;
      case 'namedPlace':
        return NAMED_PLACE.exec(text)?.[1] ?? null;
      case 'diedIn':
        // "in Los Angeles. He was from…": the sentence ends the place ("St. George" stays whole).
        return DIED_IN.exec(text)?.[1]?.replace(/(?<=\p{L}{3})\.\s.*$/su, '') ?? null;
      case 'origin':
        return ORIGIN.exec(text)?.[1] ?? null;
      case 'thirdName':
        return THIRD_NAME.exec(text)?.[1] ?? null;
      case 'name':
        return NAME_AFTER.exec(text)?.[1]?.replace(NAME_TAIL, '') ?? capitalisedName(text);
      case 'relation':
        return RELATIVE.exec(text)?.[1] ?? null;
      case 'contact':
        return PHONE.exec(text)?.[0] ?? null;
      default:
        return null;
    }
  })();
  const value = found
    ? tidy(PLACE_KINDS.has(kind) ? found.replace(SENTENCE_AFTER, '').replace(PLACE_TAIL, '') : found)
    : '';
  return value.length >= 2 ? value : null;
}

/** The clauses of a message: "fue el 21, y él es de Lerdo" → ["fue el 21", "él es de Lerdo"]. */
export const clausesOf = (text: string): string[] =>
  text
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
