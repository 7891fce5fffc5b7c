/**
 * Durango's office in a US city asked about ("ok thanks, and is there an office of durango in dallas?", "¿hay oficina
 * de Durango en Houston?", "eske gen biwo Durango nan Chicago?"): where the Durango offices in the US are (Los
 * Angeles and Chicago), not the programme under discussion (sight65-a got the Héroes Paisanos guide's desks), nor the
 * Institute's own address (office_info's first answer). Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeringForm, busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { US_PLACE } from './us-born.ts';

/** An office of Durango asked for in a US place, folded. */
const US_OFFICE = new RegExp(
  `\\b(office|offices|oficina|oficinas|biwo|casa durango|representacion)\\b.{0,30}\\bdurango\\b.{0,25}\\b(in|en|nan|an)\\s+(the\\s+|el\\s+|los\\s+)?(\\S+\\s+)?(${US_PLACE}|us|usa|states|estados unidos|etazini)\\b|\\bdurango (office|offices)\\b.{0,10}\\bin\\s+(the\\s+)?(\\S+\\s+)?(${US_PLACE}|us|usa|states)\\b|\\bdurango (office|offices) (in|at) (la|l a)$`,
  'u',
);
/** An office asked for in a US place without Durango named ("is there an office in texas? dallas maybe?", "no hay oficina en dallas?",
 * "my brother lives in dallas, is there one there too?" after the offices abroad, sight89-a,
 * "do you have an office in LA": "la" only after an English office, where it is no article; "vivo en chicago, hay
 * oficina de durango aqui?": sight90-a), folded. */
const OFFICE_IN_US = new RegExp(
  `\\b(an|any|una|alguna|yon|your|su|sus|hay|gen)\\s+(office|oficina|biwo)\\b.{0,12}\\b(in|en|nan|an)\\s+(the\\s+)?(${US_PLACE})\\b|\\b(${US_PLACE})\\b.{0,40}\\b(an|una|yon)\\s+(office|oficina|biwo)\\s+(there|alla|ahi|la a|la)\\b|\\b(an|any|your)\\s+offices?\\s+(in|at)\\s+(la|l a)\\b|\\b(${US_PLACE})\\b.{0,40}\\b(is there|are there|hay|gen|eske gen|any)\\s+(one|uno|una|youn|yonn|one of those)\\s+(there|alla|ahi|la|too|tambien|tou)\\b|\\b(${US_PLACE})\\b.{0,40}\\b(hay|gen|is there|any|tienen|do you have)\\s+(an?\\s+|una\\s+|yon\\s+)?(office|oficina|biwo)\\b.{0,15}\\b(aqui|aca|here|isit la|la a)\\b`,
  'u',
);

/** Only a US place asked after the offices ("y en dallas no hay?", "what about in houston?": sight91-a), folded. */
const PLACE_ONLY = new RegExp(
  `^(y |and |e |ok |pero |what about |how about )?(en|in|nan) (the )?(${US_PLACE})( no hay| tampoco| either| too| pa gen| nan pa gen)?$`,
  'u',
);

/** Where the Institute's own office in Chicago or Los Angeles is, asked ("Where exactly is the Chicago office and what
 * are its hours?": judge119 got the Institute's street in Durango first; "y la oficina de chicago donde esta?": judge132
 * got the Paisano guide), folded. */
const US_OFFICE_WHERE =
  /\b(where|donde|adonde|kote|address|direccion|adres)\b.{0,30}\b((the |la |el )?(chicago|los angeles) (office|oficina)|(?<!\b(ice|uscis|immigration|migracion|asylum|consulate|consular|sre|inm) )(office|oficina|oficinas|biwo) (of|de|in|en|nan) (chicago|los angeles))\b|\b(office|oficina|biwo) (of|de|in|en|nan) (chicago|los angeles)\b.{0,20}\b(where|donde|kote)\b/u;

/** An office near them asked after a US place told ("we live in Reno. is there a Durango office near us?": sight94-a got
 * the Institute's street in Durango), folded; read as the office itself too. */
const NEAR_US_PLACE = new RegExp(
  `^(?!.*\\b(ice|uscis|immigration|migracion|inm|consulate|consulado|consular|konsila|social security|seguro social|asylum)\\b).*\\b(${US_PLACE})\\b.{0,40}\\b(office|oficina|biwo)\\b.{0,15}\\b(near|close to|cerca de|toupre) (us|me|here|aqui|nosotros|mi|nou|mwen)\\b`,
  'u',
);

/** The offices talked about: the state's documents or the office itself. */
const officesTalk = (dialogue?: DialogueContext): boolean =>
  dialogue?.topic === 'state_documents' || dialogue?.topic === 'office_info';

export function usOfficeAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const own = m.topic === 'office_info' || m.topic === 'state_documents';
  const placeOnly = officesTalk(dialogue) && PLACE_ONLY.test(folded.trim());
  const asked = US_OFFICE_WHERE.test(folded) || NEAR_US_PLACE.test(folded);
  if (!m.emergency && !busyWithQuestion(dialogue) && m.topic !== 'human' && asked)
    return movedTo(m, 'state_documents', { act: 'topic', confidence: 1, facets: ['where'] });
  // Read as the office itself, an office asked in a US place is still the offices there ("do you guys have an office in
  // LA?", emerg-gc: who the assistant is and that the sources lack the hours).
  const inUs = US_OFFICE.test(folded) || OFFICE_IN_US.test(folded);
  // In a danger too, an office where they are is asked outright ("yo estoy en chicago, tienen oficina aca?", emerg-gc got
  // the Institute's street in Durango first); a form's answer is not.
  const busy = inUs ? answeringForm(dialogue) : busyWithQuestion(dialogue);
  if (m.emergency || (own && !placeOnly && !inUs) || m.topic === 'human' || busy) return m;
  if (
    !(inUs || placeOnly) ||
    !/[?¿]|\b(is there|hay|eske|do you have|tienen|address|direccion|adres|whats|what s|what is|where is|wheres|where s|donde esta|cual es|kote)\b/u.test(
      `${text} ${folded}`,
    )
  )
    return m;
  // In a danger, the offices' first answer, which names them, without the Institute's street in Durango (emerg-ga).
  const facets: Meaning['facets'] = dialogue?.emergency ? [] : ['where'];
  return movedTo(m, 'state_documents', { act: 'topic', confidence: 1, facets });
}
