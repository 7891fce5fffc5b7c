/**
 * A lawyer for a relative held in the US asked in the search's talk ("can you get him a lawyer for immigration court?"
 * after ICE picked up her husband in Atlanta: sight82-a's wife got the free lawyers of Mexico's migration stations):
 * the answer on lawyers for those detained in the US, through the consulates. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** A lawyer asked with the US court, ICE or a deportation hearing, folded. */
const LAWYER_IN_US =
  /^(?=.*\b(lawyer|lawyers|attorney|attorneys|abogad[oa]s?|licenciad[oa]|avoka)\b).*\b(in the us|in the u s|in the states|en estados unidos|en eu|en usa|ozetazini|immigration court|court|corte|ice|deportation hearing|hearing|audiencia|juez de (migracion|inmigracion)|immigration judge|tribunal|lakou)\b/u;

export const lawyerInUsReading = namedAskedReading(
  'locate_person',
  LAWYER_IN_US,
  'answer.lawyer_detained_us',
  {
    // Read as legal advice, its own answers tell the lawyers: only the search's own reading is corrected.
    unless: (m) => m.topic !== 'locate_person',
  },
);
