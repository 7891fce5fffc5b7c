/**
 * A place to sleep asked for ("is there somewhere to sleep tonight", "¿dónde puedo dormir hoy?", "kote m ka dòmi aswè
 * a?"), which the topic model, hearing "sleep", read as psychological support (sight65-a's deported man got the
 * psychologists): a shelter, of the help after a deportation when that is under discussion, else of the road. A place
 * for deported people asked for ("is there a place for deported people there", emerg-es: a business project) is the
 * help after a deportation. Both asked in a danger too, as questions: its flow answers them after its lines. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { askedAs } from './in-context-shapes.ts';
import { answeredBy, chosen } from './named-asked.ts';
import { asksSomething } from './question.ts';
import { sentencesOf } from './question-part.ts';

/**
 * Nowhere to sleep told ("nou pa gen kote pou n dòmi", "no tenemos donde dormir", "we have nowhere to stay", "i have no
 * money and nowhere to sleep": sight105-a got the psychologists), folded.
 */
const NONE_TOLD =
  /\b(pa gen kote pou (n|m|nou|mwen) (domi|rete)|no (tengo|tenemos) (donde|a donde|adonde) (dormir|quedarme|quedarnos)|(have|got) nowhere to (sleep|stay)|(and|or|y) nowhere to (sleep|stay)|ni (donde|a donde|adonde) (dormir|quedarme|quedarnos)|(don t|dont|do not) have (a place|anywhere|anyplace) to (sleep|stay))\b/u;
/** Somewhere to sleep or stay asked for, or none told ("nou pa gen kote pou n dòmi"), folded; never "I can't sleep". */
export const SLEEP_PLACE = new RegExp(
  String.raw`\b((somewhere|some place|a place|anywhere|where) (to|can i|can we|could i|do i|do we|i can|we can|i could|we could) (sleep|stay|spend the night)|(donde|a donde|algun lugar|un lugar) (para |pa |pa' )?(puedo |podemos |puedo ir a |ir a )?(dormir|quedarme|quedarnos|pasar la noche)|(donde|a donde) (me|nos) (puedo|podemos) (quedar|dormir)|(kote|ki kote|yon kote) (pou )?(m|mwen|nou)? ?(ka )?(domi|rete aswe a|pase nwit la))\b|${NONE_TOLD.source}`,
  'u',
);

/**
 * Shelters asked about ("hay albergues en el camino?", "is there a shelter", "gen abri?"), folded; "hay" typed as it
 * sounds ("ay algun albergue en torreon?", judge131).
 */
const SHELTER_ASKED =
  /\b(hay|ay|habra|any|is there|are there|gen|genyen) (algun |algunos |un |unos |a |an |yon )?(albergues?|shelters?|abri|casas? del migrante)\b|\b(donde|where|kote)\b.{0,20}\b(albergues?|shelters?|abri)\b|(?<!\b(el|este|ese|del|al|nan|an|la) )\b(albergues?|shelters?|abri) (hay|habra|gen|genyen)\b(?=( (aqui|aca|por aqui|isit|la a))?( (en|nan) \w+)?$)/u;
/**
 * A refuge asked for women ("eske gen refij pou fanm?", emerg-gs: asylum's COMAR), folded: a bed. Never with asylum
 * named, nor for children or families, whose refuge is as often asylum (a review: "hay refugio para niños que vienen
 * solos? mi sobrino quiere pedir refugio").
 */
const WOMEN_REFUGE =
  /^(?!.*\b(asilo|asylum|azil|pedir refugio|ask for refuge|mande refij|comar|refugiad\w*|refugee\w*|refijye)\b).*\b(hay|habra|gen|genyen|is there|are there|any) (algun |un |yon |a |an )?(refugios?|refij|refuges?) (para|pa|pou|for) (mujeres|fanm|women|madres|manman|moms|mothers)\b/u;
/** A bed asked for ("ki kote m ka jwenn yon kabann", "donde consigo una cama"), not a hospital's, folded. */
const BED_ASKED =
  /^(?!.*\b(hospital|lopital|clinica|clinic|klinik|doctor|dokte|enferm\w*|sick|malad)\b).*\b(donde|where|kote)\b.{0,25}\b(kabann|cama|bed)\b/u;
/** The road's other help asked beside it (its Grupos Beta, water, food, a doctor), which the road's answers cover. */
const OTHER_HELP =
  /\b(beta|agua|water|dlo|comida|food|manje|doctor|dokte|clinica|clinic|klinik|hospital|lopital|medicina|medicine|calentura|fiebre|fever|lafyev|vomit\w*|enferm\w*|sick|malad|o algo|or something|or anything|oswa yon lot bagay)\b/u;
/**
 * The sentences that ask with a mark, folded, else the whole: "ok we go to hospital here. after, is there a shelter in
 * torreon for us?" asks a shelter alone (judge122's Honduran couple got the clinics again).
 */
const askingPart = (text: string, folded: string): string => {
  const asking = sentencesOf(text).filter((sentence) => sentence.includes('?'));
  return asking.length > 0 ? fold(asking.join(' ')) : folded;
};

/** A place or help for deported people asked for, folded. */
const DEPORTEE_PLACE =
  /\b(place|places|somewhere|shelter|shelters|albergue|albergues|lugar|lugares|casa|modulo|kote|abri|biwo)\b.{0,20}\b(for|para|pa|pou)\b.{0,15}\b(deported|deportees|deportados|deportadas|repatriados|depote)\b/u;

/** A deportation named, folded: the Institute's own answer on shelters. */
const DEPORTED = /\b(deport|repatri|depot)\w*/u;

/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'psych_support',
  'asylum',
  'mx_status',
  'legal_advice',
  'none',
  'productive_projects',
  'reintegration',
  'transit_safety',
]);

/** What a question asked in a danger is read as when it asks a topic's help. */
const TOPIC_ACTS: ReadonlySet<Meaning['act']> = new Set<Meaning['act']>([
  'topic',
  'followUp',
  'otherQuestion',
]);

export function shelterAskedReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Read as psychological support, or after a danger's calm as a status's "where" (emerg-by: "donde me puedo quedar
  // esta noche" got the INM's offices). In a form's question, an answer; in a danger, only a question.
  if (m.emergency || !MISREAD.has(m.topic) || dialogue?.asked === 'field' || dialogue?.asked === 'summary')
    return m;
  // In a danger, only a question: of a topic, or once where it happens is known, what to do tonight (right after the
  // danger is told, what to do is the danger's).
  const asked = TOPIC_ACTS.has(m.act) || (m.act === 'whatToDo' && dialogue?.placeKnown === true);
  if (dialogue?.emergency && (!asksSomething(text) || !asked)) return m;
  // The old topic's answers go (the move keeps a chosen answer first, and this one chooses none).
  if (DEPORTEE_PLACE.test(folded)) return { ...askedAs(m, 'deportee_support'), answers: [] };
  const sleepAsked = SLEEP_PLACE.test(folded) || BED_ASKED.test(folded);
  const womenRefuge = WOMEN_REFUGE.test(folded) && dialogue?.topic !== 'asylum';
  const placeAsked = sleepAsked || SHELTER_ASKED.test(folded) || womenRefuge;
  // Read as the road itself, its help came first (judge111: "kote m ka dòmi?" in Juárez got the Grupos Beta): the
  // shelters the sources name, first, with no move.
  // Only a place to sleep asked, and not in a first message, which may ask food, water or a doctor beside it (the
  // road's answers cover them).
  // A shelter asked after a deportation ("…aqui en juarez, hay albergue?", judge113's deported man got the Grupos
  // Beta twice): that the sources name none of the Institute's, and where the border's windows send people.
  // In a danger too, in a town the shelters name none in ("ay algun albergue en torreon?", judge131's mother got the
  // Grupos Beta): the flow says the sources' silence on the town before the shelters they name (emergency-refuge.ts).
  const later =
    dialogue !== undefined &&
    !dialogue.first &&
    m.topic === 'transit_safety' &&
    (!dialogue.emergency || m.shelterFar !== undefined);
  const afterDeportation = dialogue?.topic === 'deportee_support' || DEPORTED.test(folded);
  if (later && placeAsked && afterDeportation) return answeredBy(m, 'deportee_support', 'answer.shelter');
  // A shelter asked alone later on the road ("y albergue hay aqui en torreon?", judge119's mother got the clinics again).
  const shelterAlone = placeAsked && !OTHER_HELP.test(askingPart(text, folded));
  if (later && (sleepAsked || shelterAlone) && dialogue?.topic !== 'deportee_support') {
    const others = (m.answers ?? []).filter((a) => a.passage !== 'answer.shelters_named');
    // No aspect kept: "where" after a town's care line would be that line's place again (care-far-talk.ts).
    // A shelter asked in so many words keeps its "where" (the sources' silence on the town is said: care-far-talk.ts).
    const facets = shelterAlone && !sleepAsked ? (['where'] as const) : [];
    return {
      ...m,
      facets: [...facets],
      answers: [chosen('transit_safety', 'answer.shelters_named'), ...others],
    };
  }
  if (!placeAsked || m.topic === 'transit_safety') return m;
  // The shelters the sources name answer it, chosen whatever the words matched (kept through the move: late-readings.ts).
  const deported = dialogue?.topic === 'deportee_support';
  const answer = deported
    ? chosen('deportee_support', 'answer.shelter')
    : chosen('transit_safety', 'answer.shelters_named');
  return { ...askedAs(m, deported ? 'deportee_support' : 'transit_safety'), answers: [answer] };
}
