/**
 * The CURP asked by one from abroad, in the talk of papers to stay in Mexico or of refuge ("bonjou m nan Saltillo, m
 * bezwen la CURP pou m travay", "tambien ocupo la curp para mi niño": sight82-a's Haitian and Honduran got the
 * humanitarian card's paragraph again, with no word on the CURP): the INM's CURP for foreigners, and in refuge's talk
 * the applicant's temporary CURP. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy } from './named-asked.ts';

/** The CURP named, folded. */
const CURP = /\bcurp\b/u;
/** The CURP needed, asked ("fòk yo gen CURP?", "¿les piden CURP?"), not the papers for it (a review), folded. */
const NEEDED =
  /^(?!.*\b(papeles|documentos|documents|papers|papye|dokiman|requisitos|requirements)\b).*\b(fok|fo|bezwen|need|needs|necesit\w*|ocup\w*|piden|pide|hace falta|tienen que tener|have to have|must have)\b.{0,25}\bcurp\b/u;
/** The answer on the INM's CURP for foreigners. */
const CURP_FOREIGNER = 'answer.curp_foreigner';
/** Topics the topic model gives such a question in these talks (a Mexican's papers too: sight82-a). */
const READ_AS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'mx_status',
  'asylum',
  'state_documents',
  'reintegration',
  'none',
  'legal_advice',
  'transit_safety',
]);

export function curpAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // An aspect asked of it ("¿cuánto dura esa CURP?", "kote pou m fè l") is answered as that aspect; how to get it or
  // whether one needs it ("do I need a CURP to work? how do I get it": sight86-a got the card's steps) is its answer.
  // Whether it is needed ("fòk yo gen CURP?", sight99-a's Haitian mother of two got the card's papers) is its answer too.
  const needed = NEEDED.test(folded);
  const aspect = m.facets.some((f) => f !== 'steps' && f !== 'eligibility' && !(f === 'documents' && needed));
  if (m.emergency || dialogue?.emergency || aspect || !CURP.test(folded) || !READ_AS.has(m.topic)) return m;
  const talk = dialogue?.topic ?? null;
  // Read as refuge, refuge's own answers say the temporary CURP.
  if (m.topic === 'asylum') return m;
  // In refuge's talk, the applicant's temporary CURP, unless read as papers to stay, whose answers say it.
  if (talk === 'asylum')
    return m.topic === 'mx_status' ? m : answeredBy(m, 'asylum', 'answer.temporary_curp');
  // Another answer of papers to stay that names the CURP found first ("the CURP for the social security number"): it.
  const top = m.answers?.[0];
  // Not when how to get it is asked ("kijan m ka jwenn CURP?": judge125 got the Guatemalans' border card).
  if (top?.topic === 'mx_status' && top.passage !== CURP_FOREIGNER && !m.facets.includes('steps')) return m;
  // Read as papers to stay after another topic's talk by a foreigner ("lòt bagay: kijan m ka jwenn CURP? m gen kat
  // imanitè" after FINABIEN: judge125's Haitian got the card's paragraph), the same; not a Mexican child's CURP.
  const foreign = dialogue?.foreigner === true || m.lang === 'ht';
  if (talk === 'mx_status' || (m.topic === 'mx_status' && (foreign || !talk)))
    return answeredBy(m, 'mx_status', CURP_FOREIGNER);
  return m;
}
