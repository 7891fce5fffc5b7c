/**
 * Studies done abroad asked to be recognised, after the first message ("el mayor ya iba en 3ro de primaria alla, le
 * revalidan sus estudios?": sight83-a's family back from Oklahoma got how long the referral takes): the named answer
 * on validating studies from the US, which says the sources do not give how and who to ask. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';
import { US_PLACE } from './us-born.ts';

/** Studies, grades or a diploma recognised, validated or made equivalent, folded. */
const VALIDATED =
  /\b(revalid\w*|(validar|validan|valida|reconocen|reconocer) (sus|mis|los|el|la|su|mi) (estudios|grados?|certificado|diploma|boleta|primaria|secundaria|prepa)|equivalencia de estudios|(validate|recognize|recognise|accept|count|transfer) (his|her|my|their|our|the) (studies|school ?years?|grades|credits|diploma|schooling)|(valide|rekonet|rekonèt) (etid|lekol|diplom|klas)\w*|(credits|creditos|college|university|universidad)\b.{0,60}\b(count|validate|validated|recognize|recognized|transfer|accept|revalid\w*|validar|validan|valen|sirven)|(validate|transfer|count|validar|revalidar) (those|these|them|my|esos|mis) (credits|creditos)|(high ?school|school|studies|diploma|grades|schooling|prepa)( stuff| papers| years)? (recogni[sz]ed|validated|accepted|counted)|(recogni[sz]e|validate) (my |his |her |the )?(high ?school|school|studies|diploma))\b/u;

/** The named answer on validating studies from the US. */
const VALIDATE = 'answer.validate_us_studies';
/** Talks of coming back from the US, where studies asked are the US's. */
const RETURN_TALK: ReadonlySet<string> = new Set([
  'reintegration',
  'deportee_support',
  'dual_nationality',
  'productive_projects',
]);
/** The US named, folded. */
const US_NAMED = new RegExp(
  `\\b(${US_PLACE}|high school|highschool|estados unidos|usa|eu|us|the states|ozetazini|etazini)\\b`,
  'u',
);

export function studiesAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // A first message read as a return's topic with the US named ("born in the us… we live in durango… how do i get my
  // high school stuff recognized here", judge116 got the US birth's registration).
  const first = (!dialogue || dialogue.first === true) && !m.emergency && RETURN_TALK.has(m.topic);
  if (first)
    return VALIDATED.test(folded) && US_NAMED.test(folded) ? answeredBy(m, 'reintegration', VALIDATE) : m;
  if (!laterQuestion(m, dialogue)) return m;
  // Studies from the US, of one come back: not a foreigner's from home (a Haitian's asked in the status's talk).
  const back = dialogue.topic !== null && RETURN_TALK.has(dialogue.topic);
  if (!VALIDATED.test(folded) || dialogue.foreigner || !(back || US_NAMED.test(folded))) return m;
  return answeredBy(m, 'reintegration', VALIDATE);
}
