/**
 * In line for staff, whether the person who will answer speaks a language ("eske moun nan pale kreyol? mwen pa pale
 * panyol byen", "does the staff speak english?"): the office's answer on languages,
 * not the topic under discussion (judge94's woman in the queue got psychological support; judge96's "moun ki pral reponn mwen an pale kreyol?" too). Asked of the assistant
 * itself ("do you speak creole?") it is the languages it writes (language-request.ts). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { MOVED_SURE, movedTo } from './in-context-shapes.ts';

/** A language named, folded. */
const LANGUAGE = '(kreyol|creole|english|ingles|angle|espanol|panyol|spanish|frances|french|franse)';
/** Speaks, in the three languages. */
const SPEAK = '(pale|speak|speaks|habla|hablan|hable)';

/**
 * The person of the office who will answer, then a language spoken, folded. Not "is there someone who speaks Kreyòl?",
 * which on the road asks for the clinic's interpreter, nor "can someone call him? he only speaks Spanish".
 */
const STAFF_SPEAKS = new RegExp(
  `\\b(moun nan|moun (ki|k) ?(ap|pral|va|a) (reponn|ekri)|(whoever|the one|the person) (who s|who will|that will|who is going to) (answer|reply|write)|(el|la) (que|q) me (va a )?(atender|contestar|responder|escribir)|anplwaye yo|ekip biwo a|the person|the staff|your staff|staff member|el personal|la persona|quien me va a atender|quien me atienda|quien me va a contestar)\\b.{0,30}\\b${SPEAK}\\s+${LANGUAGE}\\b`,
  'u',
);
/** Someone at the office who speaks a language, asked outside the line ("eske gen moun ki pale kreyol nan biwo a?", judge109). */
const OFFICE_SPEAKS = new RegExp(
  `\\b${SPEAK}\\s+${LANGUAGE}\\b.{0,20}\\b(nan biwo (a|la|nou)|in (the|your) office|at (the|your) office|en la oficina|en su oficina|ahi en la oficina)\\b`,
  'u',
);
/**
 * The same asked of "there" after a procedure's office ("we're in Durango city, where do I go?… is there someone who
 * speaks English there?", sight88-a got "our sources do not say"); not on the road, where "there" is a clinic.
 */
const THERE_SPEAKS = new RegExp(
  `\\b(speak|speaks|habla|hablan|hable)\\s+${LANGUAGE}\\s+(there|ahi|alli|alla)\\b`,
  'u',
);
/** Someone who speaks a language, asked in a danger, folded; the message ends with it ("hay alguien que habla ingles con
 * nosotros, es un gringo" tells who is there). */
const SOMEONE_SPEAKS = new RegExp(
  `\\b((gen |eske gen )?(yon )?moun (ki|k) pale|(is there )?(someone|anyone|somebody|anybody) (who|that) (speaks|can speak)|(hay )?alguien (que|q) (hable|habla))\\s+${LANGUAGE}(\\s+(la|la a|tanpri|please|pls|porfa|por favor|aqui|alla|ahi|there|here|isit|isit la|nan biwo a|in the office|en la oficina))?\\s*$`,
  'u',
);
const ROAD = new Set(['transit_safety', 'asylum', 'mx_status', 'psych_support', 'emergency']);
const OWN = new Set(['human', 'office_info']);
const ASKS = /[?¿]|^\s*(eske|es ke|do|does|is|can|will|hay|habla|hablan|alguien|ustedes|gen)\b/u;

export function staffLanguageReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Read already as a person asked for (the queue answers it from the office's answers) or as the office: as it is.
  if (m.emergency || m.act === 'language' || OWN.has(m.topic)) return m;
  // In a danger, whether someone speaks it is the staff who have the case ("eske gen moun ki pale kreyol?": emerg-ge got
  // "your safety first" and the suicide line again); a person asked for stays one.
  if (dialogue?.emergency)
    return SOMEONE_SPEAKS.test(folded) && ASKS.test(folded)
      ? movedTo(m, 'office_info', {
          act: 'topic',
          facets: [],
          confidence: Math.max(m.confidence, MOVED_SURE),
        })
      : m;
  const asked = dialogue?.withStaff
    ? STAFF_SPEAKS.test(folded) || OFFICE_SPEAKS.test(folded)
    : OFFICE_SPEAKS.test(folded) || (THERE_SPEAKS.test(folded) && !ROAD.has(dialogue?.topic ?? 'none'));
  if (!asked || !(ASKS.test(text) || ASKS.test(folded))) return m;
  return movedTo(m, 'office_info', {
    act: 'topic',
    facets: [],
    confidence: Math.max(m.confidence, MOVED_SURE),
  });
}
