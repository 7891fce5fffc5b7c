/**
 * A named answer asked in words the aspects' lists take elsewhere, in the conversation of its topic: work asked while
 * asylum is talked about ("Can I work while I wait? I have no money left" got who qualifies, then COMAR's time),
 * where a relative held by Mexico's migration is ("se migrasyon meksik ki arete l… nan ki estasyon li ye?" got the
 * desert's search), and whether he may call home from there (judge99). The answer comes first, with no aspect. Pure.
 */
import type { DialogueContext, FoundPassage, Meaning, TopicId } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

/** What the topic model read such a question as, instead of the topic talked about. */
const MISREAD = new Set<string>(['reintegration', 'none', 'legal_advice', 'transit_safety']);

/** How a reading treats who may (an aspect asked with it) and first messages. */
interface AskedOptions {
  /** Who may, asked with it ("can I work…?"), is answered first, then the named answer. */
  readonly keepAspect?: boolean;
  /** Read in a first message too, where the topic model read the topic itself. */
  readonly inFirst?: boolean;
  /** Read in another topic's talk too (a bribe on the trip home told while legal advice is talked about). */
  readonly anyTopic?: boolean;
  /** Where else the reading holds back (an answer to a form's question, an aspect asked, another topic's reading). */
  readonly unless?: (m: Meaning, dialogue: DialogueContext | undefined, folded: string) => boolean;
  /** Further topics the model may read such a question as (a Haitian's own papers asked in her child's dual nationality). */
  readonly misreadAs?: readonly string[];
}

/** A reading: in `topic`'s conversation, words `asked` bring the named answer `passage` first. */
export const namedAskedReading =
  (
    topic: TopicId,
    asked: RegExp,
    passage: string,
    { keepAspect = false, inFirst = false, anyTopic = false, unless, misreadAs = [] }: AskedOptions = {},
  ) =>
  (m: Meaning, _text: string, dialogue: DialogueContext | undefined, folded: string): Meaning => {
    const misread = m.topic === topic || MISREAD.has(m.topic) || misreadAs.includes(m.topic);
    // In a first message (`inFirst`), only where the topic model read the topic itself ("fre m nan estasyon
    // migrasyon…", sight73-a, and whether he may call from there); work asked with asylum as a first message keeps its
    // own answers (sight52-a lost the CURP).
    const first = (!dialogue || dialogue.first === true) && m.topic === topic;
    const here = dialogue?.topic === topic || (inFirst && first) || (anyTopic && !dialogue?.first);
    if (m.emergency || dialogue?.emergency || !here || !misread || !asked.test(folded)) return m;
    if (unless?.(m, dialogue, folded)) return m;
    // Who may is answered first, then the named answer (talk.ts).
    const kept = keepAspect && m.topic === topic && m.act === 'followUp' ? m.facets : [];
    // With another aspect ("how long, and can I work meanwhile?"), its "can I" is no who-may of its own.
    const aspect = kept.length > 1 ? kept.filter((f) => f !== 'eligibility') : kept;
    const act = aspect.length ? 'followUp' : 'otherQuestion';
    const moved = movedTo(m, topic, { act, confidence: 1, facets: aspect, question: true });
    const others = (moved.answers ?? []).filter((a) => a.passage !== passage);
    return { ...moved, answers: [chosen(topic, passage), ...others] };
  };

/** Above every bar of passage.ts (a score of 8 and two words beyond the first answer are "sure"). */
const CHOSEN = { score: 20, shared: 3 };
/** The answer the words ask for, as sure as a way of asking said whole, whatever the word search scored. */
export const chosen = (topic: TopicId, passage: string): FoundPassage => ({
  topic,
  passage,
  score: CHOSEN.score,
  coverage: 1,
  shared: CHOSEN.shared,
  words: CHOSEN.shared,
  askSaid: 1,
  beyondReply: CHOSEN.shared,
});

/** A message moved to `topic` and asked as a question there, `passage` its only answer (the reading chose it). */
export const answeredBy = (m: Meaning, topic: TopicId, passage: string): Meaning => ({
  ...movedTo(m, topic, { act: 'otherQuestion', confidence: 1, facets: [], question: true }),
  answers: [chosen(topic, passage)],
});

/** After the first message, in no danger, no person asked for: where a named answer may be asked in other words. */
export const laterQuestion = (
  m: Meaning,
  dialogue: DialogueContext | undefined,
): dialogue is DialogueContext =>
  dialogue !== undefined && !dialogue.first && !m.emergency && !dialogue.emergency && m.topic !== 'human';

/** In a danger or after one, a message that tells no new danger: where the emergency's own answers may be asked. */
export const askedInOrAfterDanger = (m: Meaning, dialogue: DialogueContext | undefined): boolean =>
  Boolean(dialogue?.emergency || dialogue?.urgentOpen) && !m.emergency;

/**
 * One of the emergency's own answers asked in a danger or after one: that answer first, as a question. Another topic's
 * answer so asked (the road's food and water: needs-in-danger.ts) takes that `topic`.
 */
export function emergencyAnswerAsked(m: Meaning, passage: string, topic: TopicId = 'emergency'): Meaning {
  const others = (m.answers ?? []).filter((a) => a.passage !== passage);
  const answers = [chosen(topic, passage), ...others];
  return { ...m, topic, act: 'otherQuestion', facets: [], question: true, answers };
}

/** Work asked about ("can I work while I wait?", "¿puedo trabajar mientras?", "eske m ka travay"). */
const WORK_ASKED =
  /\b((can|could|may) (i|we|he|she) (legally )?(work|have a job|get a job|take a job)|allowed to work|work while|(puedo|podemos|puede|pueden) (trabajar|chambear|conseguir (un )?(trabajo|empleo|chamba))|trabajar mientras|(m|mwen|nou|li) ka (travay|jwenn (yon )?travay))\b/u;
export const asylumWorkReading = namedAskedReading('asylum', WORK_ASKED, 'answer.work_while_waiting', {
  keepAspect: true,
});
/** Talk where work while the COMAR decides may be asked in passing. */
const STATUS_TALK = new Set<string>(['legal_advice', 'mx_status']);
/** Work asked with the COMAR or asylum named ("eske mwen ka travay pandan COMAR ap etidye dosye m?"), folded. */
const WORK_ASKED_IN_ASYLUM = new RegExp(
  `^(?=.*\\b(comar|komar|asilo|azil|refij|refijye|asylum|refugee status|condicion de refugiado)\\b)(?=.*${WORK_ASKED.source})`,
  'u',
);
/** The same in another topic's talk (judge129's Haitian, queued in legal advice's, got the CNDH and the IFDP). */
export const asylumWorkNamedReading = namedAskedReading(
  'asylum',
  WORK_ASKED_IN_ASYLUM,
  'answer.work_while_waiting',
  // Only in talk a status question belongs to (legal advice, one's papers in Mexico); never a danger's.
  { anyTopic: true, unless: (_m, dialogue) => !STATUS_TALK.has(dialogue?.topic ?? 'none') },
);

/** Where to sleep tonight asked ("y donde duermo hoy?", "where do i sleep tonight", "kote n ka dòmi aswè a"), folded. */
const SLEEP_ASKED =
  /\b((donde|adonde|a donde) (duermo|dormimos|voy a dormir|vamos a dormir|puedo dormir|podemos dormir|me quedo(?! de ver)|nos quedamos(?! de ver)|paso la noche|pasamos la noche)|where (do|can|will|should) (i|we) (sleep|stay tonight|spend the night)|(ki )?kote (m|mwen|n|nou) (ap|pral|ka|va) (domi|pase nwit)|(albeg|abri|albergue|shelter) (pou|para|pa|to|for) (domi|dormir|sleep))\b/u;
/** Where the sources' shelters are answered, by the topic a sleep asked was read in. */
const SHELTER_OF: Partial<Record<TopicId, string>> = {
  deportee_support: 'answer.shelter',
  transit_safety: 'answer.shelters_named',
};
/**
 * After the first message, where to sleep is the shelters' answer of the topic it was read in (a deportation's, the
 * road's), not the repatriation modules' places nor the Grupos Beta (judge124, judge125). Never a form's answer.
 */
export const sleepAskedReading = (
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning => {
  const passage = SHELTER_OF[m.topic];
  if (!passage || !dialogue || dialogue.first || m.emergency || dialogue.asked === 'field') return m;
  return SLEEP_ASKED.test(folded) ? { ...answeredBy(m, m.topic, passage), facets: ['where'] } : m;
};

/** Calling home from detention asked ("eske li gen dwa rele fanmi l?", "¿lo dejan llamar?", "can he call us?"). */
const CALL_ASKED =
  /\b((can|could|may|is) (he|she|they) (allowed to )?(call|phone)|(puede|pueden|lo dejan|la dejan|los dejan|le dejan|les dejan|tiene derecho a) (llamar|hablar por telefono|marcar)|(li|l|yo) (gen dwa|ka|kapab) rele)\b/u;
export const detentionCallReading = namedAskedReading(
  'locate_person',
  CALL_ASKED,
  'answer.calls_from_detention',
  { inFirst: true },
);

/** Held by Mexico's migration told ("se migrasyon meksik ki arete l", "lo tiene el INM", "mexican immigration has him", "fre m nan estasyon migrasyon"). */
const HELD_BY_INM =
  /\b((migrasyon|imigrasyon) (meksik|meksiken)|migracion (mexicana|de mexico)|mexican (immigration|migration)|inm|estacion migratoria|estasyon migrasyon|migration station)\b.{0,40}\b(arete|arrested|detained|has (him|her|them)|picked (him|her|them) up|lo (tiene|detuvo|agarro)|la (tiene|detuvo|agarro)|los (tiene|detuvo|agarro)|kenbe|pran)\b|\b(ki|que|what|which|cual) (estasyon|estacion|station)\b|\b(nan|en (la|una)|in (a|the)|at (a|the)) (estasyon migrasyon|estacion migratoria|migration station)\b|^(?=.*\b(meksik|mexico|reynosa|tapachula|monterrey|tijuana|saltillo|chiapas|veracruz|acuna|piedras negras|matamoros|nuevo laredo|mexicali|tenosique|villahermosa|oaxaca|puebla)\b)(?!.*\b(ice|etazini|ozetazini|usa|eeuu|estados unidos|texas|arizona|california|timoun|minor|menor|nino|nina|child|kid|gen (1[0-7]|[1-9]) an|tiene (1[0-7]|[1-9]) anos)\b).*\b(migrasyon|imigrasyon|migracion|la migra|el inm) (arete|kenbe|pran|agarro|detuvo|tiene|levanto) (l|li|lo|la)\b/u;
export const inmHeldReading = namedAskedReading('locate_person', HELD_BY_INM, 'answer.inm_search_request', {
  inFirst: true,
});

/** Whether care asks for papers ("do hospitals ask migrants for papers?", "lopital yo mande papye pou timoun nan?"). */
const CARE_PAPERS =
  /\b(hospital|hospitals|lopital|clinic|clinics|clinica|klinik|doctor|doctors|dokte|medico|centro de salud|health cent\w*)\b.{0,50}\b(papers|papeles|papye|documents|documentos|dokiman|id|identificacion)\b|\b(papers|papeles|papye)\b.{0,40}\b(hospital|lopital|clinic|clinica|klinik|doctor|dokte|medico)\b/u;
/** Being seen without papers asked outright ("me atienden sin papeles o no?", judge106: the Grupos Beta's who may). */
const SEEN_WITHOUT_PAPERS = new RegExp(
  String.raw`\b(me|nos|la|lo|le|les) (atienden|atiende|van a atender|revisan|ven) sin (papeles|documentos|identificacion)\b|\bwill (they|the doctors?) (see|treat|check) (me|us|her|him|them) without (papers|documents|id)\b|\b(yo|dokte a|lopital la) (ap|ka|pral) (trete|okipe|we|egzamine) (m|mwen|li|l|nou) san papye\b` +
    // Papers lacked, then being received asked ("nou pa gen papye, eske yo ap resevwa nou?", sight81-a, emerg-ey).
    String.raw`|\b(m|mwen|nou|li|l) pa gen papye\b.{0,30}\b(yo|dokte a|lopital la|klinik la) (ap|ka|pral|va) (resevwa|trete|okipe|we|pran) (m|mwen|li|l|nou)\b` +
    String.raw`|\bno (tengo|tenemos|tiene) papeles\b.{0,30}\b(me|nos|la|lo) (van a )?(atienden|atiende|reciben|recibe|atender|recibir)\b` +
    String.raw`|\b(don t|dont|do not|doesn t|doesnt) have (any )?papers\b.{0,30}\bwill (they|the doctors?|the clinic) (see|treat|take|accept) (me|us|her|him|them)\b` +
    // Papers needed to be received, asked ("fok nou gen papye pou yo resevwa nou?", sight100-a).
    String.raw`|\b(fok|fo|eske fok) (m|mwen|nou|li|l) gen papye pou (yo|dokte a|lopital la|klinik la) (ka )?(resevwa|trete|okipe|we|pran) (m|mwen|li|l|nou)\b` +
    String.raw`|\b(necesito|necesitamos|ocupo|ocupamos|tengo que|tenemos que|hay que) (tener |llevar )?papeles (para|pa|pa que|para que) (me|nos|la|lo) (atiendan|reciban|vean|revisen)\b` +
    String.raw`|\b(do|will) (i|we|they|she|he) (need|have to have) (papers|documents|id) (for them )?to (be seen|see (me|us|her|him)|treat (me|us|her|him)|get (seen|treated))\b` +
    // Papers asked for there, once care was given ("eske yo mande papye", sight82-a).
    String.raw`|\b(yo|dokte a|lopital la|klinik la) (mande|ap mande|egzije) (papye|dokiman|paspo)\b|\b(piden|pide|do they ask for|they ask for) (papeles|documentos|identificacion|papers|documents|id)\b`,
  'u',
);
/** In the road's care, the papers care asks for: care whatever one's status (judge102's pregnant woman got the Grupos Beta twice). */
const carePapers = namedAskedReading('transit_safety', CARE_PAPERS, 'answer.care_without_papers', {
  keepAspect: true,
});
/** The same asked with no place of care named, only once care was given (the Grupos Beta's who may otherwise). */
const seenWithoutPapers = namedAskedReading(
  'transit_safety',
  SEEN_WITHOUT_PAPERS,
  'answer.care_without_papers',
  {
    keepAspect: true,
  },
);
/** Being caught or deported feared with it ("nos van a agarrar si vamos al hospital?"): the danger's own answers. */
const CAUGHT_FEARED = /\b(deport\w*|agarr\w*|arrest\w*|detain\w*|deten\w*|depote|arete|migra|ice)\b/u;
/** Not after a danger, whose own lines answer it ("si la llevo al hospital me van a deportar?"). */
export const carePapersReading = (
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
) => {
  if (dialogue?.urgentOpen) return m;
  if (dialogue?.lastCare && SEEN_WITHOUT_PAPERS.test(folded))
    return seenWithoutPapers(m, text, dialogue, folded);
  return CAUGHT_FEARED.test(folded) ? m : carePapers(m, text, dialogue, folded);
};

/**
 * What one may bring without paying duty, asked in the Paisano talk ("can i bring a tv and my tools without paying":
 * sight86-a got the papers to enter Mexico): the duty-free allowance's answer.
 */
// Goods asked as gifts too ("can we bring a tv and tools as gifts", sight102-a).
const BRING_DUTY_FREE =
  /\b(bring|carry|traer|traigo|llevar|llevo|pasar|paso|pote|pase)\b.{0,40}\b(without paying|sin pagar|tax|taxes|impuestos?|duty|customs|aduana|franquicia|allowance|pa peye|san peye|ladwann)\b|\b(how much|cuanto|cuantos|cuantas|konbyen)\b.{0,25}\b(can i|can we|puedo|podemos|m ka|nou ka)\b.{0,10}\b(bring|traer|pasar|pote)\b|\bwhat (am i|are we|can i|can we) (allowed to )?(bring|take)\b|\b(que|q) (puedo|podemos|se puede) (traer|llevar|pasar)\b|\bkisa (m|mwen|nou) ka pote\b|\b(can|may) (i|we|he|she|they) (bring|take|carry)\b.{0,40}\b(as )?(gifts?|presents?)\b|\b(puedo|podemos|se puede|puede|pueden) (traer|llevar|pasar)\b.{0,40}\b(de )?regalos?\b|\b(m|mwen|nou) ka pote\b.{0,40}\bkado\b/u;
export const dutyFreeReading = namedAskedReading('paisano', BRING_DUTY_FREE, 'answer.duty_free_allowance', {
  keepAspect: true,
  // "I'm driving down from Chicago for Christmas. What am I allowed to bring?" as a first message (judge128).
  inFirst: true,
  // Asked in another topic's talk too ("also my dad is driving down… can he bring a tv without paying": judge119).
  anyTopic: true,
  // The cost asked ("how much stuff can we bring without paying"): the cost's own paragraph names the allowance.
  // Nor a complaint's talk ("quiero poner queja por lo que me pasó en la aduana": a review).
  unless: (m, dialogue) =>
    m.facets.includes('cost') || m.topic === 'legal_advice' || dialogue?.topic === 'legal_advice',
});
