/**
 * A bribe an official asked on the trip home, with where to complain asked ("at the checkpoint before chihuahua a guy
 * in uniform asked us for 500 pesos to let us pass. is that legal?? where do i complain": judge109's father got the
 * Paisano guide's help desks; sight88-a's sister, in legal advice's talk, the Institute's
 * street): the programme's answer on complaints against officials of every level. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** Talks of the road or a foreigner's status, where a bribe is not a visitor's. */
const ROAD: ReadonlySet<string> = new Set(['transit_safety', 'mx_status', 'asylum', 'emergency']);

/** An official or a checkpoint asking money, then a complaint asked (or the reverse), folded. */
const BRIBE_COMPLAINED =
  /^(?=.*\b(complain|complaint|queja|quejarme|me quejo|report (him|it|them|the officer)|reportar(lo|los)?|denunci\w*|plent|is (that|this|it) legal|es legal)\b).*\b(bribe|mordida|checkpoint|reten|aduana|customs|uniform|uniformad[oa]s?|officer|agente|oficial|police|policia|cops?|federales|guardia nacional|polis|ajan)\b.{0,80}\b(asked|pidio|pidieron|cobro|cobraron|wanted|quiso|quisieron|mande|money|dinero|pesos|dollars|dolares|lajan)\b/u;

export const bribeComplaintReading = namedAskedReading(
  'paisano',
  BRIBE_COMPLAINED,
  'answer.what_happens_to_my_complaint',
  {
    inFirst: true,
    anyTopic: true,
    // A migrant on the road's bribe is no visitor's (emerg-aq: police at a bus stop): the Paisano is for Mexicans.
    unless: (_m, dialogue) =>
      dialogue?.topic !== 'paisano' &&
      Boolean(dialogue?.foreigner || dialogue?.urgentOpen || ROAD.has(dialogue?.topic ?? 'none')),
  },
);
