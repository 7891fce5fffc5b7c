/**
 * Children refused at school for want of papers, told by one back from the US ("regrese de phoenix hace 3 meses con mis
 * hijos y no los quieren aceptar en el school porque no tienen papeles de aqui. q hago?": judge129's mother got the
 * return's papers for work and health): the answer on enrolling children, which names the dual nationality. Never for a
 * foreigner (foreign-school.ts) nor in a danger or a form. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy } from './named-asked.ts';

/** A school that will not take them, told, folded. */
const REFUSED =
  /\b(no (los|las|lo|la|me los|me las|nos los) (quieren )?(aceptan|aceptar|inscriben|inscribir|reciben|recibir|admiten|admitir)|(won t|wont|will not|don t|dont|do not|didn t|didnt) (want to )?(accept|enroll|take|admit) (them|him|her|my (kids|children|son|daughter)))\b/u;
/** The school named, folded. */
const SCHOOL = /\b(escuela|school|primaria|secundaria|kinder|prepa)\b/u;
/**
 * The school asking for the papers, folded ("en la escuela me lo piden", "lekol la mande l"); not grades, an exam or an
 * age asked (a review: "en la escuela le piden sus calificaciones de alla").
 */
const SCHOOL_ASKS =
  /^(?=.*\b(escuela|school|primaria|kinder|lekol)\b).*\b((me|nos|se) (lo|la|los|las) (piden|pide|pidieron|pidio|exigen)|piden (el |su |sus |un |una )?(acta|papeles|documentos|registro|nacionalidad|curp)|(ask|asks|asked|asking|want|wants|require|requires) (for )?(it|them|his papers|her papers|the papers|papers|documents|a mexican \w+|his mexican \w+|her mexican \w+|the birth \w+)|mande (l|li|papye|ak nesans|batiste))\b/u;
/** One's own studies ("validar mi prepa", "my diploma"): the return's answer on studies, not the child's school. */
const OWN_STUDIES =
  /\b(mi prepa|mis estudios|my (diploma|studies|degree)|valid\w*|revalid\w*|certificado de estudios)\b/u;
/** What the topic model reads it as (read as the dual nationality, its own answer on school says it). */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['reintegration', 'state_documents', 'none']);

export function schoolRefusedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || dialogue?.asked === 'field' || dialogue?.foreigner) return m;
  // In the dual nationality's talk, its own answer on school says it (sight35-a, sight41-a lost it to this one); the
  // school that asks for it ("es q en la escuela me lo piden, tiene 6 años", sight104-a: the return's answer) too.
  if (dialogue?.topic === 'dual_nationality')
    return MISREAD.has(m.topic) &&
      (SCHOOL_ASKS.test(folded) || (REFUSED.test(folded) && SCHOOL.test(folded))) &&
      !OWN_STUDIES.test(folded)
      ? answeredBy(m, 'dual_nationality', 'answer.school_without_acta')
      : m;
  if (m.lang === 'ht' || !MISREAD.has(m.topic) || !REFUSED.test(folded) || !SCHOOL.test(folded)) return m;
  return answeredBy(m, 'reintegration', 'answer.enroll_children');
}
