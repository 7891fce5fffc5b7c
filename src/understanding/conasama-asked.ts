/**
 * How to reach CONASAMA, asked in the psychologists' talk ("m pa soti durango, m se ayisyen. kijan pou m kontakte
 * CONASAMA?": judge132's woman got the Institute's appointment steps, "how" being a steps word): the answer on CONASAMA,
 * which says what the sources give of it (phone crisis care, online consultations) and that its number is not there. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/**
 * CONASAMA named, and reaching it asked (contact, call, its number, where, how), folded; never when it did not answer or
 * sent them here, or the office's own psychologist is asked (a review: "conasama told me to ask you").
 */
const CONASAMA_REACHED =
  /^(?=.*\bconasama\b)(?!.*\b(no (me )?contest\w*|no respond\w*|pa reponn|didn t answer|didnt answer|no answer|told me to|sent me|me mandaron|me dijeron|randevou|cita|appointment|your psycholog\w*|su psicolog\w*|sikolog nou)\b).*\b(contact\w*|kontakte|llam\w*|call|rele|numero|number|nimewo|telefono|phone|telefon|donde|where|kote|como|how|kijan|reach|comunic\w*|jwenn)\b/u;

export const conasamaAskedReading = namedAskedReading('psych_support', CONASAMA_REACHED, 'answer.conasama');
