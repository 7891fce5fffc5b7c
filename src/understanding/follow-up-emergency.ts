/**
 * What a message does while an emergency is under way, once the dialogue model has read its
 * act: a place, "who is coming?", "should I pay?", "I can't call", "what do I do?", thanks, a
 * new danger, a person asked for, or a question about a procedure. Where the person is goes to
 * staff whatever else the message does. Pure.
 */
import type { Facet, Lang, Meaning, Slots, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import {
  CALLS_FOR_US,
  callFails,
  DANGER_MOVE,
  DEMANDS_MONEY,
  HOW_ASKED,
  MONEY_SAID,
  NOT_SEARCH_ASKED,
  OFFERED_MONEY,
  OFFICE_NAMED,
  PAY_WORDS,
  PAYING_SAID,
  PRICE_ASKED,
  SEARCH_ASKED,
  SENDS_MONEY,
  WHERE_ASKED,
  WHERE_TO_GO,
  WONT_CALL,
} from './emergency-words.ts';
import { foldedWords } from './fold.ts';
import {
  AT_CARE,
  CALLING_OUT,
  FEARS_DEPORTATION,
  facetOf,
  HELP_CALLED,
  HELP_CAME,
  HELPERS,
  LOW_PHONE,
  PERCENT,
  POLICE_AND_PAPERS,
  POLICE_THREAT,
  STAFF_ANSWER_WAITED,
  STILL_THERE,
  WHO_COMES,
  WHO_GOES,
} from './follow-up-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { asksSomething, messageAsks } from './question.ts';
import { lastQuestion, sentencesOf } from './question-part.ts';

/** The dialogue model's acts that say the same thing in an emergency. */
const BY_ACT: Partial<Record<string, Meaning['act']>> = {
  who_comes: 'whoComes',
  pay: 'pay',
  cannot_call: 'cannotCall',
  what_to_do: 'whatToDo',
  thanks: 'thanks',
  greeting: 'greeting',
  wait: 'when',
  yes: 'thanks',
  no: 'thanks',
};

/** Help that has not come yet ("la ambulancia no ha llegado", "anbilans lan poko vini", "still hasn't come"). */
const NOT_YET =
  /\b(no ha|no han|todavia no|aun no|ni ha|no llega|no llego|no viene|hasn t|hasnt|haven t|havent|not here|not yet|still not|never came|didn t come|poko|pa vini|pa rive|pa ko)\b/;
/** Someone who brings help: an ambulance, the police. */
const HELPER = new RegExp(`\\b${HELPERS}\\b`);
/** Words at most in a message that only says help came (a longer one tells more: a place, a question). */
const HELP_WORDS = 8;
/** Words at most in a message that only says 911 or the police were called (a longer one tells more). */
const CALLED_WORDS = 14;
/** Words at most in a question about paying (a longer message tells more than that). */
const PAY_QUESTION_WORDS = 12;

/** "¿Cuánto tardan en venir?" asks when help comes: who is coming, not the line. */
const COMING = /\b(venir|vienen|viene|llegar|llegan|llega|come|coming|comes|arrive|get here|vini|rive|vin)\b/;
/** At most this many words, a greeting or "are you there?" only calls out. */
const STILL_THERE_WORDS = 4;

export function readInEmergency(
  act: string,
  m: {
    text: string;
    words: readonly string[];
    lang: Lang;
    /** The procedure answered last in the conversation, if any: what "¿y qué papeles ocupo?" asks about. */
    procedure: TopicId | null;
    reader: DialogueReader;
    classify: ReturnType<typeof createClassify>;
    slots: () => Slots;
    facets: () => Facet[];
    withLang: (m: InContext) => InContext;
  },
): InContext {
  // "estoy en el albergue, no quiero llamar a la policía": the place, and what the words ask.
  // "¿en el hospital lo atienden aunque no tenga papeles?" asks about a place; it does not say where they are.
  // "mèsi. kote Grupo Beta ye nan Chihuahua?" asks where a service is: only what the message
  // tells may then say where they are ("map says near el papalote?" still does).
  const place = placeTold(m.text, (part) => m.reader.saysWhereToo(foldedWords(part), part));
  const where = place ? { slots: { place } } : {};
  // "estoy en mi cuarto en lerdo, no tengo saldo pa llamar": the place, and no call to make.
  const noCall = where.slots && m.reader.cannotCall(m.words) ? { alsoCannotCall: true as const } : {};
  const inEmergency = (reading: InContext): InContext => m.withLang({ ...reading, ...where, ...noCall });
  const joined = m.words.join(' ');
  // "¿le deposito? dice q es legal": paying asked about gets the one sourced line for it,
  // whatever act the model read ("what do I do?", a question about bail).
  // Asked in a sentence of its own too ("tapachula, nan yon ti chanm. m pa ka rele 911. eske m peye l?").
  const payAsked = (words: readonly string[], text: string) =>
    words.length <= PAY_QUESTION_WORDS &&
    asksSomething(text) &&
    (words.some((w) => PAY_WORDS.test(w)) || SENDS_MONEY.test(words.join(' ')));
  const asksToPay =
    act !== 'danger' &&
    (payAsked(m.words, m.text) ||
      sentencesOf(m.text).some((s) => payAsked(foldedWords(s), s)) ||
      DEMANDS_MONEY.test(joined) ||
      OFFERED_MONEY.test(joined));
  // "Ya llegó la ambulancia", "the cops are here": help came; no place to keep, no call to make.
  const helpOnly = m.words.length <= HELP_WORDS && !where.slots && !asksSomething(m.text);
  // "bon li nan lopital kounye a, dokte yo ap okipe l": being looked after is help that came.
  const cared = AT_CARE.test(joined) && !asksSomething(m.text);
  // "we called the ambulance 20 minutes ago and it hasnt come": who is coming, asked in other words.
  const notYet = NOT_YET.test(joined);
  const whoToo = asksToPay && WHO_COMES.test(joined);
  const callsForUs = CALLS_FOR_US.test(joined);
  if (act !== 'danger' && ((notYet && HELPER.test(joined)) || WHO_GOES.test(joined) || whoToo || callsForUs))
    return inEmergency({
      ...NONE,
      act: 'whoComes',
      ...(asksToPay ? { alsoPay: true as const } : {}),
      ...(WHO_GOES.test(joined) || WHO_COMES.test(joined) ? { whoAsked: true as const } : {}),
    });
  if (act !== 'danger' && ((helpOnly && HELP_CAME.test(joined)) || cared) && !notYet)
    return m.withLang({ ...NONE, act: 'safe', helpCame: true });
  // "m rele 911 yo pa konprann mwen", "911 no contesta", "will 911 understand me?": no help called.
  if (act !== 'danger' && callFails(joined, messageAsks(m.text)))
    return m.withLang({ ...NONE, act: 'cannotCall', callFailed: true });
  // "ok he called 911, they are looking", "the neighbour called the police": help is on its way;
  // not the "no credit? write here" block, nor a calm: the danger is still there. A place told
  // with it, at any length, is kept ("we called 911, we are in colonia jalisco, he is 67").
  const called = where.slots || (act !== 'danger' && m.words.length <= CALLED_WORDS);
  if (called && HELP_CALLED.test(joined) && !messageAsks(m.text))
    return m.withLang({ ...NONE, act: 'context', helpCalled: true, ...where });
  // "hello??", "¿siguen ahí?" after a silence (a judge's man lost in the desert got "First, your
  // safety" again), or "kilè yo ap reponn mwen?" at any length: still there, the place in line.
  // "nobody has texted me yet", which the model may take for the danger: the wait, whatever it read.
  if (
    (act !== 'danger' &&
      m.words.length <= STILL_THERE_WORDS &&
      (CALLING_OUT.test(joined) ||
        STILL_THERE.test(joined) ||
        (m.reader.asksWhen(m.words) && !COMING.test(joined)))) ||
    STAFF_ANSWER_WAITED.test(joined)
  )
    return m.withLang({ ...NONE, act: 'when' });
  // "m sou do kay la, Tijuana, kolonya Camino Verde", read as "what now?" or as nothing: where they are.
  const placeOr = (reading: InContext): InContext =>
    where.slots && reading.act === 'whatToDo' && !asksSomething(m.text)
      ? m.withLang({ ...NONE, act: 'context', slots: m.slots() })
      : reading;
  // "q papeles ocupo pa eso" after the humanitarian visa was answered: an aspect of that procedure.
  const aspect = (): InContext | null => {
    if (!m.procedure || NOT_PROCEDURES.has(m.procedure)) return null;
    const cued = m.facets();
    const facets = cued.length ? cued : [facetOf(act)].filter((f) => f !== null);
    if (!facets.length) return null;
    return inEmergency({
      ...NONE,
      topic: m.procedure,
      confidence: 1,
      facets: facets.slice(0, 1),
      act: 'followUp',
    });
  };
  // "y ahora, ¿nos dan algún papel pa quedarnos?", "can you look for his mom?": what to do, asked
  // as a procedure; that procedure's answer follows the emergency's lines.
  const procedureAsked = (text = m.text): InContext | null => {
    const read = m.classify(text, m.lang);
    const asked = text === m.text ? joined : foldedWords(text).join(' ');
    if (NOT_PROCEDURES.has(read.topic) || read.confidence < PROCEDURE_SURE || DANGER_MOVE.test(asked))
      return null;
    return inEmergency({ ...pick(read), facets: m.facets(), act: 'topic' });
  };
  // "ya hablé al 911, dicen que no pague. ¿lo de buscar a mi hijo sí sigue?": the call is told,
  // the question is what wants an answer (a blind judge saw the 911 line said again instead).
  const calledThen =
    act !== 'danger' && HELP_CALLED.test(joined) && messageAsks(m.text) ? lastQuestion(m.text) : null;
  const afterCall = calledThen ? procedureAsked(calledThen) : null;
  if (afterCall) return { ...afterCall, helpCalled: true };
  // "¿ustedes me pueden ayudar a localizarlo?", "nadie me ayuda a buscar a mi hijo??": finding the
  // relative is the office's own procedure (a judge's mother got "go to a safe place" three times).
  if (
    act !== 'danger' &&
    SEARCH_ASKED.test(joined) &&
    !NOT_SEARCH_ASKED.test(joined) &&
    !DANGER_MOVE.test(joined)
  )
    return inEmergency({ ...NONE, topic: 'locate_person', confidence: 1, facets: m.facets(), act: 'topic' });
  // "si nos sacan, ¿nos van a deportar?": the fear of what help brings, whatever topic "deport" names;
  // told as fear too, which the model reads as a danger ("me da miedo q si viene la policia me agarre
  // migracion, no tengo papeles": a mother got the legal-advice block).
  // "dijeron q si le hablamos a la policia lo matan": the threat that keeps people from
  // reporting; the line for money asked under threat names 089, the anonymous report.
  if (POLICE_THREAT.test(joined)) return inEmergency({ ...NONE, act: 'pay' });
  if (act !== 'danger' && WHERE_TO_GO.test(joined))
    return inEmergency({ ...NONE, act: 'whatToDo', seeksRefuge: true });
  if (FEARS_DEPORTATION.test(joined) || POLICE_AND_PAPERS.test(joined))
    return inEmergency({ ...NONE, act: 'whatToDo', fearsDeportation: true });
  // The model's "pay" with no word of money or paying ("i dont want to call 911, they just send
  // cops. i just want to talk to someone"): a suicidal man got "our sources do not say the cost".
  const modelPay =
    act === 'pay' && !MONEY_SAID.test(joined) ? (WONT_CALL.test(joined) ? 'cannotCall' : 'whatToDo') : null;
  // "his phone is at 6%, he can't make long calls": no call to make, whatever place "at" seemed to name.
  if (
    act !== 'danger' &&
    !asksToPay &&
    (LOW_PHONE.test(joined) || PERCENT.test(m.text)) &&
    !asksSomething(m.text)
  )
    return m.withLang({ ...NONE, act: 'cannotCall' });
  // "y cuánto cuesta? ando corto de dinero" after the dual nationality's answer: its cost, not the ransom.
  const priceAsked = () => PRICE_ASKED.test(joined) && !PAYING_SAID.test(joined);
  const costOfProcedure = (asksToPay || act === 'pay') && priceAsked() ? aspect() : null;
  if (costOfProcedure) return costOfProcedure;
  const named = asksToPay && !calledThen ? 'pay' : (modelPay ?? BY_ACT[act]);
  // "gracias. ¿hay albergue aquí?", "mèsi. kote Grupo Beta ye?": thanks or a greeting before a
  // procedure's question; the question is what wants an answer.
  // "mwen pa gen kredi. eske gen lopital? eske yo ap pran l san papye?": the question, said after the cannot-call line.
  const cannotCallThen = named === 'cannotCall' ? lastQuestion(m.text) : null;
  const cannotCallAsked = cannotCallThen ? procedureAsked(cannotCallThen) : null;
  if (cannotCallAsked && cannotCallAsked.confidence >= ASKED_SURE)
    return { ...cannotCallAsked, alsoCannotCall: true };
  const asked = named && PREFACES.has(named) ? lastQuestion(m.text) : null;
  const prefaced = asked ? procedureAsked(asked) : null;
  if (prefaced) return prefaced;
  if (named === 'whatToDo' && asksSomething(m.text))
    return aspect() ?? procedureAsked() ?? inEmergency({ ...NONE, act: named });
  // "m soti lopital… kounye a m vle konnen kijan pou m fè demand refij la": a procedure named outright.
  const last = named === 'whatToDo' ? (sentencesOf(m.text).at(-1) ?? m.text) : null;
  const namedOutright = last && HOW_ASKED.test(foldedWords(last).join(' ')) ? procedureAsked(last) : null;
  if (namedOutright && namedOutright.confidence >= ASKED_SURE) return namedOutright;
  if (named) return placeOr(inEmergency({ ...NONE, act: named }));
  if (act === 'context' || act === 'correction')
    return m.withLang({ ...NONE, act: 'context', slots: m.slots(), ...noCall });
  if (act === 'danger') return inEmergency({ ...NONE, act: 'emergency' });
  if (act === 'person') return inEmergency({ ...NONE, topic: 'human', confidence: 1, act: 'topic' });
  const read = surerOf(m.classify(m.text, m.lang), lastQuestion(m.text), (q) => m.classify(q, m.lang));
  // "¿puedo llamar al 911 desde Honduras?" asks about the danger's own help, not a procedure.
  // "m nan Chicago, m pa ka fè anyen depi isit": a statement the topic model is unsure of asks no procedure.
  const unsure = read.confidence < PROCEDURE_SURE && !asksSomething(m.text);
  // "ki kote m ka ale ak pitit mwen?" asks where to go from the danger, never the office's address.
  const officeUnnamed = read.topic === 'office_info' && !OFFICE_NAMED.test(joined);
  if (read.topic !== 'none' && !DANGER_MOVE.test(joined) && !unsure && !officeUnnamed)
    return inEmergency({ ...pick(read), facets: m.facets(), act: 'topic' });
  return aspect() ?? placeOr(inEmergency({ ...NONE, act: 'whatToDo' }));
}

/** How sure the topic model must be of a question asked with "I can't call" for it to be answered then. */
const ASKED_SURE = 0.9;

/** How sure the topic model must be that "what do I do?" asks a procedure's question, not the danger's. */
const PROCEDURE_SURE = 0.6;

/** Topics that are no procedure an aspect could be asked of. */
const NOT_PROCEDURES = new Set<TopicId>(['emergency', 'human', 'none', 'office_info']);

/** The reading of the whole, or of its last question when that one is sure, and surer ("ya lo cosieron. ¿hay albergue?"). */
function surerOf<R extends { confidence: number }>(
  whole: R,
  question: string | null,
  read: (q: string) => R,
): R {
  const part = question ? read(question) : null;
  return part && part.confidence > Math.max(whole.confidence, PROCEDURE_SURE) ? part : whole;
}

/** Acts that may come before the question a message asks ("gracias. ¿y hay albergue?"). */
const PREFACES = new Set<Meaning['act']>(['thanks', 'greeting']);

/**
 * What of a message says where the person is: what it tells, when that says it ("ya lo cosieron
 * en el hospital. ¿hay albergue por aquí?"); else all of it ("map says near el papalote?"),
 * unless it only asks or its question asks where something is ("mèsi. kote Grupo Beta ye?").
 */
function placeTold(text: string, saysWhere: (part: string) => boolean): string | undefined {
  const sentences = sentencesOf(text);
  const asking = sentences.filter((sentence) => asksSomething(sentence));
  if (asking.length === sentences.length) return undefined;
  const told = sentences
    .filter((sentence) => !asking.includes(sentence))
    .join(' ')
    .trim();
  if (saysWhere(told)) return told;
  const asksWhere = asking.some((sentence) => WHERE_ASKED.test(foldedWords(sentence).join(' ')));
  return !asksWhere && saysWhere(text) ? text.trim() : undefined;
}
