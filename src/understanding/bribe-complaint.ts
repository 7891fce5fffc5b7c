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
/**
 * The bribe supposed ahead of the trip ("y si un agente me pide dinero en la carretera?", "what if a cop asks us for
 * money"): sight103-a's family got who the programme is for (its "y si" is who may's cue).
 */
const BRIBE_SUPPOSED =
  /^(?!.*\b(prestad[oa]|prestamo|loan|borrow\w*|lend|prete|de viajes?|travel|seguros?|insurance|declar\w*|how much|cuanto|konbyen|mi (primo|prima|tio|tia|hermano|hermana|cunado)|my (cousin|uncle|aunt|brother|sister))\b).*\b(y si|and if|what if|e si|(que|q) tal si)\b.{0,20}\b(un |una |el |la |los |las |a |an |the |yon )?(policia|policias|federales|oficial|oficiales|agentes?|aduanal|officer|officers|cops?|police|ajan|polis)\b.{0,25}\b((me|nos|le)? ?(pide|piden|pidiera|pidieran|quiere|quieren) (dinero|lana|feria|mordida|una mordida)|asks? (me |us )?for (money|cash|a bribe)|wants? (money|a bribe|cash)|mande (m |nou )?(lajan|kob))\b/u;
/** Only in the Paisano's talk: a deportee's or a migrant's police are no visitor's (a review's deportee in Tijuana). */
export const bribeSupposedReading = namedAskedReading(
  'paisano',
  BRIBE_SUPPOSED,
  'answer.what_happens_to_my_complaint',
);

/**
 * A migration agent's bribe complained of ("yon ajan imigrasyon te mande m 2000 peso pou l pa arete m. kote m ka pote
 * plent?": judge132's Haitian got the Paisano's complaints three times, "paisano pa pou mwen"): a complaint against the
 * INM, the CNDH's, never a visitor's; never a US officer's, which no Mexican body reaches (a review). Folded.
 */
const MIGRATION_AGENT =
  /^(?!.*\b(us|u s|usa|american|americano|estadounidense|gringo|cbp|border patrol|ice|uscis|el paso|etazini|ameriken)\b).*(\b(inm|migracion|migra|imigrasyon|migrasyon|immigration|migration)\b.{0,40}\b(asked|pidio|pidieron|cobro|cobraron|wanted|quiso|quisieron|mande|money|dinero|pesos|dollars|dolares|lajan|kob|mordida|bribe)\b|\b(ajan|agente|agent|officer|oficial)\b.{0,20}\b(inm|migracion|imigrasyon|migrasyon|immigration|migration)\b)/u;
const inmBribeReading = namedAskedReading('legal_advice', BRIBE_COMPLAINED, 'answer.complaint_against_inm', {
  inFirst: true,
  anyTopic: true,
  misreadAs: ['paisano', 'mx_status', 'asylum', 'productive_projects', 'deportee_support'],
  unless: (_m, _dialogue, folded) => !MIGRATION_AGENT.test(folded),
});

const paisanoComplaintReading = namedAskedReading(
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

/** The bribe complained of: a migration agent's is the CNDH's, any other official's the Paisano's (above). */
export const bribeComplaintReading: typeof paisanoComplaintReading = (m, text, dialogue, folded) => {
  const againstInm = inmBribeReading(m, text, dialogue, folded);
  return againstInm !== m ? againstInm : paisanoComplaintReading(m, text, dialogue, folded);
};
