/**
 * A child (or the person) born in the US who lives in Mexico and needs Mexican papers asks about
 * dual nationality (registering the US birth in Mexico), whatever the topic model leans to: a
 * grandmother in Tamazula with grandchildren born in Phoenix who "needs their Mexican papers for
 * school" got the returnees' job service, a granddaughter born in Minneapolis "without a CURP"
 * got a foreigner's status card, "I was born in Charlotte, my parents are from here" after a
 * school question got a museum trip for migrants' children (session 57, 17 of 141 such turns of
 * the developed-against sets). A US passport asked for is the US passport's topic. Pure.
 */
import type { DialogueAct, DialogueContext, Meaning, TopicId, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** US states and the cities people name as where a child was born or a paper was issued; never a Mexican border town. */
export const US_PLACE = [
  'estados unidos|ee ?uu|eeuu|eu|usa|u s a|us|u s|the states|ozetazini|etazini|lezetazini',
  'alabama|arizona|arkansas|california|carolina|colorado|connecticut|florida|georgia|idaho|illinois|indiana|iowa',
  'kansas|kentucky|louisiana|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska',
  'nevada|new jersey|nueva jersey|new mexico|nuevo mexico|new york|nueva york|ohio|oklahoma|oregon|pennsylvania',
  'pensilvania|tennessee|texas|utah|virginia|washington|wisconsin|wyoming|tx|az',
  'houston|dallas|fort worth|san antonio|austin|el paso|mcallen|phoenix|tucson|los angeles|san diego|san jose',
  'fresno|bakersfield|sacramento|santa ana|oakland|riverside|chicago|denver|greeley|atlanta|charlotte|raleigh',
  'minneapolis|las vegas|reno|salem|portland|seattle|yakima|miami|orlando|tampa|tulsa|wichita|dodge city',
  'liberal|guymon|omaha|albuquerque|nashville|memphis|detroit|boston|philadelphia|brooklyn|queens|milwaukee',
  'green bay|kenosha|racine|madison|springdale|rogers|little rock|fayetteville|boise|nampa|caldwell|twin falls',
  'idaho falls|worthington|willmar|saint paul|st paul|greenville|des moines|kansas city|salt lake city|provo',
  'oklahoma city|laredo|brownsville|harlingen|lubbock|amarillo|odessa|midland|waco|stockton|modesto|salinas',
  'oxnard|san francisco|new orleans|jacksonville|dalton|greensboro|indianapolis|louisville|baltimore|newark',
].join('|');

/** "nació en Phoenix", "born in the US", "li fèt Ozetazini", "US-born", "born in LA" (English only: "la" is an article in Spanish), on folded text. */
const BORN_IN_US = new RegExp(
  `\\b(naci|nacio|nacieron|nacida|nacido|nacidos|nacimos|born|fet)\\s+((en|in|nan|an|o|aux|a)\\s+)?(\\S+\\s+){0,2}?(${US_PLACE})\\b|\\b(us|u s)[- ]born\\b|\\bborn (in|at) (la|l a|nyc|ny|socal|cali)\\b` +
    // "one was born in mexico and the other one in tulsa" (sight92-a's mother back from Oklahoma)
    `|\\b(naci\\w*|born|fet)\\b.{0,40}\\b(the other( one)?|el otro|la otra|lot la|lot)\\s+(en|in|nan)\\s+(${US_PLACE})\\b`,
  'u',
);

/** "nació en LA", written in capitals as people write Los Angeles (sight99-a); the raw text, as "en la" is an article. */
const BORN_IN_LA = /\bnac\S*\s+en\s+LA\b/u;

/** "vivo en Chicago… mi niño nació aquí": born "here", said by someone who lives in the US. */
export const LIVES_IN_US = new RegExp(
  `\\b(vivo|vivimos|radico|i live|we live|m rete|mwen rete|nou rete)\\s+(en|in|nan|an|o)\\s+(\\S+\\s+)?(${US_PLACE})\\b`,
  'u',
);
const BORN_HERE = /\b(naci|nacio|nacieron|nacida|nacido|nacidos|born|fet)\s+(aqui|aca|here|isit|la a)\b/u;
/** Born in the US, said outright or as "here" by someone who lives there. */
export const bornInUs = (folded: string) =>
  BORN_IN_US.test(folded) || (LIVES_IN_US.test(folded) && BORN_HERE.test(folded));

/** Mexican papers, registration, nationality or school: what registering the birth in Mexico gives. */
const MEXICAN_PAPERS =
  /\b(papel(es)?|papers?|papeles mexicanos|acta|actas|curp|nacionalidad|nationality|citizenship|ciudadania|registr\w*|inscrib\w*|escuela|school|prepa|secundaria|primaria|kinder|lekol|nasyonalite|papye|dokiman|documentos?|documents?)\b/u;
/** The papers a procedure asks for ("¿qué papeles piden?", "what documents do I bring"). */
const PAPERS_ASKED =
  /\b(que|q|which|what|ki) (papeles|documentos|papers|documents|papye|dokiman)\b|\b(piden|llevar|bring|need to bring|pote)\b/u;
const PASSPORT = /\b(pasaportes?|passports?|paspo)\b/u;
const MEXICAN = /\b(mexican[oa]?s?|mexico|meksiken|de aqui)\b/u;
/** Another procedure named: the topic model's reading stands. */
const OTHER_ASK =
  /\b(apostill\w*|apostiy\w*|valid\w*|revalid\w*|equivalen\w*|transcripts?|visas?|viza|pension\w*|jubil\w*|ice|detenid[oa]s?|detained|arrest\w*|muri\w*|died|mouri|fallec\w*|cross\w*|cruz\w*|(entrar|enter|antre)(?! (a|al|to|nan) (la )?(prepa|escuela|school|high school|secundaria|primaria|universidad|lekol)))\b/u;

/** What the topic model may mistake a US birth for; other readings (a death, a detention…) stand. */
const MISTAKEN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'reintegration',
  'state_documents',
  'mx_status',
  'legal_advice',
  'family_reunification',
  'paisano',
  'productive_projects',
  'deportee_support',
  // "me ayudan con los papeles de mi nieto que nacio en denver" (judge117's grandmother in line got the permit's papers)
  'us_humanitarian_visa',
  'us_pension',
  // after the office's address, "my niece was born in denver, how do we get her mexican birth certificate here" (sight97-a)
  'office_info',
  // after a son found, "q papeles ocupo pa registrar a mi nieta nacida en denver" (judge126's grandmother got the search's papers)
  'locate_person',
  'none',
]);
/** What a message may be doing when it tells a US birth: not a yes, a form's answer or a danger. */
const ASKING: ReadonlySet<DialogueAct> = new Set<DialogueAct>([
  'topic',
  'context',
  'followUp',
  'otherQuestion',
  'unclear',
  'notHelped',
]);
/** A conversation on these keeps a bare "he was born in Kansas" as context for its own topic. */
const BIRTH_TOPICS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'us_visa_passport',
  'apostille',
  'paisano',
]);

/** "Mexican" said of the papers, not Mexico as where one is ("i got nothing to show in mexico now"). */
const MEXICAN_NAMED = /\b(mexican[oa]?s?|meksiken)\b/u;

/**
 * "nacieron allá los 2" told by someone back from the US, or in a talk of a US-born child's papers: "there" is the US.
 * Not a foreigner's conversation, where "there" is the country they left.
 */
const BORN_THERE =
  /\b(naci|nacio|nacieron|nacida|nacido|nacidos|born|fet)\s+(alla|alli|over there|there|laba|lotbo)\b(?!\s+(en|in|nan|a|de)\s)/u;
const THERE_IS_US: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'reintegration',
  'deportee_support',
  'dual_nationality',
  'us_visa_passport',
]);
const bornThereInUs = (folded: string, dialogue?: DialogueContext) =>
  Boolean(dialogue?.topic && THERE_IS_US.has(dialogue.topic) && !dialogue.foreigner) &&
  BORN_THERE.test(folded);

/** The topic a told US birth asks about, or null when the reading stands. */
function usBornTopic(
  folded: string,
  usBirth: boolean,
  dialogue: DialogueContext | undefined,
): TopicId | null {
  if (OTHER_ASK.test(folded)) return null;
  // The birth told earlier: "y el niño también ocupa sus papeles mexicanos pa la escuela" stays on them; after
  // a US-born child's passport, Mexican papers are what a child born abroad lacks (sight96-a got the returnees' school).
  if (!usBirth)
    return dialogue?.topic === 'dual_nationality'
      ? MEXICAN.test(folded) && MEXICAN_PAPERS.test(folded)
        ? 'dual_nationality'
        : null
      : dialogue?.topic === 'us_visa_passport' &&
          !dialogue.foreigner &&
          MEXICAN_NAMED.test(folded) &&
          MEXICAN_PAPERS.test(folded)
        ? 'dual_nationality'
        : null;
  if (PASSPORT.test(folded)) return MEXICAN.test(folded) ? 'dual_nationality' : 'us_visa_passport';
  if (MEXICAN_PAPERS.test(folded)) return 'dual_nationality';
  return dialogue?.topic && BIRTH_TOPICS.has(dialogue.topic) ? null : 'dual_nationality';
}

/**
 * "pitit mwen fèt isit Durango, kijan pou m deklare l", "mi bebé nació en Tapachula, somos hondureños":
 * a foreigner's child born in Mexico, whom Mexico's Civil Registry registers (an answer of status
 * in Mexico), not a US birth registered in Mexico (a fresh set's Haitian father got the latter).
 */
const BORN_IN_MEXICO =
  /\b(naci\w*|born|fet)\s+(isit|aqui|aca|here|(en|in|nan|an|a)\s+(mexico|meksik|durango|tapachula|chiapas|tijuana|monterrey|cdmx|juarez|reynosa|matamoros|saltillo|torreon))\b/u;
const FOREIGN_PARENT =
  /\b(soy|somos) (haitian[oa]s?|extranjer[oa]s?|migrantes?|hondurenos?|hondurenas?|venezolan[oa]s?|cuban[oa]s?|guatemaltec[oa]s?|salvadorenos?|salvadorenas?)\b|\b(i m|we re|we are) (haitian|from haiti|honduran|venezuelan|cuban|migrants?)\b|\b(m|mwen|nou) se ayisyen\b/u;
/** What a foreigner's birth in Mexico is mistaken for; asylum and status readings stand. */
const BIRTH_HERE_MISTAKEN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'dual_nationality',
  'state_documents',
  'transit_safety',
  'reintegration',
  'deportee_support',
  'none',
]);
const bornInMexicoToForeigners = (folded: string, m: Meaning, dialogue?: DialogueContext) =>
  BORN_IN_MEXICO.test(folded) &&
  (m.lang === 'ht' || dialogue?.foreigner === true || FOREIGN_PARENT.test(folded));

/** The reading: a told US birth with Mexican papers asked, or as bare context, is dual nationality. */
export function usBornReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  // "no traen acta mexicana, nacieron en oregon" opens with a no but tells a US birth (sight100-a): read as told.
  const toldWithNo = m.act === 'no' && bornInUs(folded) && folded.split(' ').length > 3;
  if (m.emergency || (!ASKING.has(m.act) && !toldWithNo)) return m;
  // In an emergency, a procedure asked outright ("mis hijos nacieron en texas… ¿les puedo sacar papeles?") is read too.
  const procedureInDanger = dialogue?.emergency === true && m.act === 'topic' && m.topic !== 'emergency';
  if (busyWithQuestion(dialogue) && !procedureInDanger) return m;
  const usBirth = bornInUs(folded) || BORN_IN_LA.test(text) || bornThereInUs(folded, dialogue);
  const mexican =
    !usBirth && BIRTH_HERE_MISTAKEN.has(m.topic) && bornInMexicoToForeigners(folded, m, dialogue);
  if (mexican) return movedTo(m, 'mx_status', { confidence: Math.max(m.confidence, 0.9), act: 'topic' });
  if (usBirth && m.topic === 'dual_nationality') return withoutReturneesSchool(m);
  const officeOnly = m.topic === 'office_info' && !MEXICAN.test(folded) && !MEXICAN_PAPERS.test(folded);
  if (!MISTAKEN.has(m.topic) || officeOnly) return m;
  const topic = usBornTopic(folded, usBirth, dialogue);
  if (topic === null || topic === m.topic) return m;
  // The topic under discussion already: the message's act stands (a follow-up stays one).
  const act = topic === dialogue?.topic ? m.act : 'topic';
  // "the kids need mexican papers for school": the papers are what the procedure gives, not what it asks.
  const product = !usBirth && !PAPERS_ASKED.test(folded);
  const moved = movedTo(m, topic, {
    confidence: Math.max(m.confidence, 0.9),
    act,
    ...(product && { facets: [] }),
  });
  return topic === 'dual_nationality' ? withoutReturneesSchool(moved) : moved;
}

/**
 * A US-born child's school is its registration in Mexico: the returnees' answer on enrolling children
 * (which only says the sources do not give the requirements) shares the school's words and would take
 * the conversation there (sessions 35 to 53's sets, 28 turns, wanted dual nationality).
 */
function withoutReturneesSchool(m: Meaning): Meaning {
  const answers = m.answers?.filter((a) => a.topic !== 'reintegration');
  return answers && answers.length !== m.answers?.length ? { ...m, answers } : m;
}
