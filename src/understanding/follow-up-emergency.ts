/**
 * What a message does while an emergency is under way, once the dialogue model has read its act: a place,
 * "who is coming?", "should I pay?", "I can't call", "what do I do?", thanks, a new danger, a person asked
 * for, or a question about a procedure. Where the person is goes to staff whatever else it does. Pure.
 */
import type { Facet, TopicId } from '../core/types.ts';
import { aspectFacets } from './aspect-in-danger.ts';
import { DOCTOR_NEEDED } from './care-reading.ts';
import { careWhereAsked } from './care-where-asked.ts';
import { fearedFromHelp } from './children-feared.ts';
import { pick } from './classify-topic.ts';
import type { EmergencyMessage } from './emergency-message.ts';
import {
  ASKED_SURE,
  BY_ACT,
  backToAsked,
  CALLED_WORDS,
  callToldFirst,
  contextTold,
  HELP_WORDS,
  HELPER,
  hoursAlone,
  moneyAsked,
  NOT_PROCEDURES,
  PLACE_OVER_PROCEDURE,
  PREFACES,
  PROCEDURE_REQUESTED,
  PROCEDURE_SURE,
  payingTold,
  placeToldUnpaid,
  preventionAsked,
  STAY_OR_LEAVE,
  STILL_THERE_WORDS,
  surerOf,
  unknownTold,
} from './emergency-message-parts.ts';
import {
  CALL_REFUSED,
  CALLS_FOR_US,
  CARE_PLACE,
  COMING,
  DANGER_MOVE,
  GOING_HOME,
  HOME_ASKED,
  HOW_ASKED,
  NOT_YET,
  NUMBER_ASKED,
  OFFICE_NAMED,
  PAYING_SAID,
  PHONE_AT_RISK,
  PRICE_ASKED,
  searchAsked,
  WHERE_TO_GO,
  WONT_CALL,
} from './emergency-words.ts';
import { foldedWords } from './fold.ts';
import {
  CALLING_OUT,
  LOW_PHONE,
  onlyHelpTold,
  PERCENT,
  POLICE_THREAT,
  STAFF_ANSWER_WAITED,
  STILL_THERE,
  WHO_COMES,
  WHO_GOES,
} from './follow-up-words.ts';
import { HELP_CALLED, HELP_CAME, POLICE_DISTRUSTED, ROBOT_SAID, YOU_GO } from './help-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { modelPayOf } from './model-pay.ts';
import { policeInDanger } from './police-in-danger.ts';
import { asksSomething, messageAsks } from './question.ts';
import { lastQuestion, sentencesOf } from './question-part.ts';
import { refugeMeant, statusFeared } from './status-feared.ts';
import { atCare } from './taken-to-care.ts';
import { WAIT_ASKED, WHAT_NOW_ASKED, WHAT_TO_DO_ALONE } from './wait-asked.ts';

export function readMessage(act: string, m: EmergencyMessage): InContext {
  // "estoy en el albergue, no quiero llamar a la policía": the place, and what the words ask.
  // "¿en el hospital lo atienden aunque no tenga papeles?", "kote Grupo Beta ye nan Chihuahua?" ask where
  // something is: only what the message tells may then say where they are ("map says near el papalote?" does).
  const place = placeToldUnpaid(m.text, (part) => m.reader.saysWhereToo(foldedWords(part), part));
  const where = place ? { slots: { place } } : {};
  // "…foto del hotel donde los tenían, en Altar": a place told, not asked, is no procedure's "where".
  const notWhereTold = (facets: Facet[]) =>
    place && !messageAsks(m.text) ? facets.filter((f) => f !== 'where') : facets;
  // "estoy en mi cuarto en lerdo, no tengo saldo pa llamar", "…no quiero q venga la policia": no call to make.
  const wontCall = m.reader.cannotCall(m.words) || WONT_CALL.test(m.words.join(' '));
  const noCall = where.slots && wontCall ? { alsoCannotCall: true as const } : {};
  const inEmergency = (reading: InContext): InContext => m.withLang({ ...reading, ...where, ...noCall });
  const joined = m.words.join(' ');
  /** One of the office's own procedures, asked whatever the topic model reads (a search, getting home). */
  const theOffices = (topic: TopicId, care?: true, facets = m.facets()) =>
    inEmergency({ ...NONE, topic, confidence: 1, facets, act: 'topic', ...(care && { care }) });
  // "el hospital nos va a cobrar? no tiene seguro": what care costs, never the extortion line.
  // A sum named is a demand ("if we pay 2,000 more they'll take her to the hospital").
  const aboutCare = CARE_PLACE.test(joined) && asksSomething(m.text) && !/\d/.test(joined);
  // "they sent a pic of him tied up. we're gonna pay i think": paying told, even with the danger told again.
  const asksToPay = (act !== 'danger' && !aboutCare && moneyAsked(m.words, m.text)) || payingTold(joined);
  // "Ya llegó la ambulancia": help came, no place to keep or call to make; any act read if it says only that.
  const helpOnly = m.words.length <= HELP_WORDS && !where.slots && !asksSomething(m.text);
  const helpTold = helpOnly && HELP_CAME.test(joined) && (act !== 'danger' || onlyHelpTold(m.words));
  // "bon li nan lopital kounye a", "ya nos subieron a la ambulancia": help came, whatever act was read.
  const cared = atCare(joined) && !asksSomething(m.text);
  // "we called the ambulance 20 minutes ago and it hasnt come": who is coming, asked in other words.
  const notYet = NOT_YET.test(joined);
  const whoToo = asksToPay && WHO_COMES.test(joined);
  const callsForUs = CALLS_FOR_US.test(joined) || YOU_GO.test(joined);
  // "gen yon nimewo pou trata moun?": the kind's lines, which carry its numbers (not "who comes"); 089 for police distrusted.
  const distrust = POLICE_DISTRUSTED.test(joined) ? { distrustsPolice: true as const } : {};
  if (act !== 'danger' && !asksToPay && NUMBER_ASKED.test(joined) && asksSomething(m.text))
    return inEmergency({ ...NONE, act: 'whatToDo', ...distrust });
  // "ok he called 911, they are looking", "the neighbour called the police": help is on its way (below).
  const callFirst = callToldFirst(m.text);
  const callTold = callFirst || HELP_CALLED.test(joined);
  // "marqué al 911, dicen q mandan una patrulla pero no llega": the call told, not "who is coming?".
  const waitsForCalled = notYet && callTold && !messageAsks(m.text);
  const whoInOtherWords = notYet && HELPER.test(joined) && !waitsForCalled;
  if (act !== 'danger' && (whoInOtherWords || WHO_GOES.test(joined) || whoToo || callsForUs))
    return inEmergency({
      ...NONE,
      act: 'whoComes',
      ...(asksToPay ? { alsoPay: true as const } : {}),
      ...(wontCall ? { alsoCannotCall: true as const } : {}),
      ...(WHO_GOES.test(joined) || WHO_COMES.test(joined) || callsForUs ? { whoAsked: true as const } : {}),
    });
  if ((helpTold || cared) && !notYet) return m.withLang({ ...NONE, act: 'safe', helpCame: true });
  // "necesito un doctor, me duele…" after an assault, "donde me pueden atender": where to be seen (emerg-dm, emerg-fi).
  const doctorAsked = DOCTOR_NEEDED.test(joined) || careWhereAsked(joined);
  if (act !== 'danger' && !asksToPay && doctorAsked) return theOffices('transit_safety', true);
  // "m rele 911 yo pa konprann mwen", "911 no contesta", "will 911 understand me?": no help called.
  // "called 911 here, they said they cant do anything": reached, but no help from there.
  if (act !== 'danger' && CALL_REFUSED.test(joined))
    return m.withLang({ ...NONE, act: 'cannotCall', callFailed: 'refused' });
  // 911 that will not understand is read before this (follow-up-emergency-told.ts), over any act the model heard.
  // Help on its way, told: not the "no credit? write here" block, nor a calm: the danger is still
  // there. A place told with it, at any length, is kept ("we called 911, we are in colonia jalisco, he is 67").
  // Told in so many words, whatever act was read (not "si llamamos a la policía lo matan").
  const toldSo = (act !== 'danger' || callTold) && !POLICE_THREAT.test(joined);
  const called = where.slots || (toldSo && (m.words.length <= CALLED_WORDS || callFirst || waitsForCalled));
  if (called && callTold && !messageAsks(m.text) && !searchAsked(joined))
    return m.withLang({ ...NONE, act: 'context', helpCalled: true, ...where });
  // "a q hora abren" alone: the office's hours, not the wait nor a note (not "mientras me atienden, ¿…?").
  if (act !== 'danger' && hoursAlone(m.words, m.reader.asksOfficeHours))
    return inEmergency({ ...NONE, topic: 'office_info', confidence: 1, facets: ['time'], act: 'topic' });
  // "no sé pa q te escribo si eres un robot": that a person reads it (a judge's man got "noted").
  if (act !== 'danger' && ROBOT_SAID.test(joined))
    return m.withLang({ ...NONE, act: 'when', robotSaid: true });
  // "hello??", "¿siguen ahí?" after a silence (a judge's man lost in the desert got "First, your safety"
  // again); "nobody has texted me yet", "cuánto más tengo que esperar", "q pasó con lo de mi hermano?": the line.
  if (
    (act !== 'danger' &&
      m.words.length <= STILL_THERE_WORDS &&
      (CALLING_OUT.test(joined) ||
        STILL_THERE.test(joined) ||
        (m.reader.asksWhen(m.words) && !COMING.test(joined)))) ||
    (STAFF_ANSWER_WAITED.test(joined) && !WHAT_NOW_ASKED.test(joined)) ||
    WAIT_ASKED.test(joined) ||
    (act !== 'danger' && m.reader.asksCase(m.words))
  )
    return m.withLang({ ...NONE, act: 'when' });
  // "m sou do kay la, Tijuana, kolonya Camino Verde", read as "what now?" or as nothing: where they are.
  const placeOr = (reading: InContext): InContext =>
    where.slots && reading.act === 'whatToDo' && !asksSomething(m.text)
      ? m.withLang({ ...NONE, act: 'context', slots: m.slots(), ...noCall })
      : reading;
  // "q papeles ocupo pa eso" after the humanitarian visa was answered: an aspect of that procedure.
  const aspect = (): InContext | null => {
    if (!m.procedure || NOT_PROCEDURES.has(m.procedure)) return null;
    const cued = m.facets();
    const facets = notWhereTold(aspectFacets(cued, act, joined));
    if (!facets.length) return null;
    return inEmergency({
      ...NONE,
      topic: m.procedure,
      confidence: 1,
      facets: facets.slice(0, 1),
      act: 'followUp',
    });
  };
  const backToProcedure = (): InContext | null =>
    m.procedure && !NOT_PROCEDURES.has(m.procedure)
      ? (aspect() ?? inEmergency({ ...NONE, topic: m.procedure, confidence: 1, facets: [], act: 'topic' }))
      : null;
  // "y ahora, ¿nos dan algún papel pa quedarnos?", "can you look for his mom?": what to do, asked as a procedure;
  // that procedure's answer follows the emergency's lines. A search asked is the office's (judge88b's COMAR).
  const procedureAsked = (text = m.text): InContext | null => {
    const asked = text === m.text ? joined : foldedWords(text).join(' ');
    const read = searchAsked(asked)
      ? { ...m.classify(text, m.lang), topic: 'locate_person' as const, confidence: 1 }
      : m.classify(text, m.lang);
    if (NOT_PROCEDURES.has(read.topic) || read.confidence < PROCEDURE_SURE || DANGER_MOVE.test(asked))
      return null;
    if (WHAT_TO_DO_ALONE.test(asked)) return null;
    return inEmergency({ ...pick(read), facets: m.facets(), act: 'topic' });
  };
  // "oiga y regresando a lo de mi bebe, ¿qué papeles ocupo?": the procedure before; "y lo de X?": X's, else that one.
  const backAsked = act !== 'danger' ? backToAsked(joined, m.text) : null;
  const back = backAsked ? ((backAsked === 'part' ? procedureAsked() : null) ?? backToProcedure()) : null;
  if (back) return back;
  // "ya hablé al 911, dicen que no pague. ¿lo de buscar a mi hijo sí sigue?": the question wants the answer.
  const calledThen = act !== 'danger' && callTold && messageAsks(m.text) ? lastQuestion(m.text) : null;
  // "ya llamé al 911 pero me dijeron q espere. ¿y si deposito?": paying, the call told with it.
  if (calledThen && asksToPay) return m.withLang({ ...NONE, act: 'pay', helpCalled: true });
  const afterCall = calledThen ? procedureAsked(calledThen) : null;
  if (afterCall) return { ...afterCall, helpCalled: true };
  // "¿ustedes me pueden ayudar a localizarlo?", "nadie me ayuda a buscar a mi hijo??": finding the
  // relative is the office's own procedure (a judge's mother got "go to a safe place" three times).
  if (
    act !== 'danger' &&
    searchAsked(joined) &&
    // "m deja rele 911… eske nou ka ede m chèche l?": the call told is no move from the danger.
    !DANGER_MOVE.test(calledThen ? foldedWords(calledThen).join(' ') : joined)
  )
    return theOffices('locate_person');
  // "soy de Santiago Papasquiaro, ¿cómo me regreso pa allá sin dinero?": the help after a deportation, not a ransom.
  if (act !== 'danger' && GOING_HOME.test(joined) && asksSomething(m.text) && !PAYING_SAID.test(joined))
    return theOffices('deportee_support', undefined, ['steps']); // the way home, not the modules' list (judge131)
  // "estamos bien pero nos van a deportar. ¿cómo me regreso a durango?": deportation told as what
  // comes, and a procedure's question after it; that question is what wants an answer.
  const afterDeportation = (): InContext | null => {
    const question = lastQuestion(m.text);
    if (!question || question === m.text) return null;
    const words = foldedWords(question).join(' ');
    if (fearedFromHelp(words)) return null;
    // Getting home once sent back is the help after a deportation, whatever the topic model says of it.
    if (HOME_ASKED.test(words)) return theOffices('deportee_support', undefined, ['steps']);
    return procedureAsked(question);
  };
  // The police called again, threatened, not trusted or forbidden by the callers (police-in-danger.ts).
  const police = policeInDanger(joined, asksToPay);
  if (police) return inEmergency({ ...NONE, ...police });
  // "I want asylum. Where do I go?", "m vle mande refij, ki moun ki okipe sa?": the procedure, not where to hide.
  const requested = act !== 'danger' && PROCEDURE_REQUESTED.test(joined) ? procedureAsked() : null;
  const stays = STAY_OR_LEAVE.exec(joined); // "Should I stay or leave?", "should I tell her?" (judge82, judge92)
  if (act !== 'danger' && !requested && stays)
    return inEmergency({ ...NONE, act: 'whatToDo', staysOrGoes: stays.groups?.tell ? 'tellsNearby' : true });
  const goTo = requested ?? (act !== 'danger' && WHERE_TO_GO.test(joined) ? procedureAsked() : undefined);
  if (goTo !== undefined)
    return goTo && !refugeMeant(goTo.topic, joined)
      ? goTo
      : inEmergency({ ...NONE, act: 'whatToDo', seeksRefuge: true });
  const status =
    act !== 'danger' &&
    !aboutCare &&
    !unknownTold(joined, m.text) &&
    statusFeared(joined, asksSomething(m.text));
  if (status) return theOffices(status); // freed, "¿nos van a deportar?": status in Mexico
  // "si nos sacan, ¿nos van a deportar?": the fear of what help brings, whatever topic "deport" names.
  const feared = fearedFromHelp(joined);
  if (feared) return afterDeportation() ?? inEmergency({ ...NONE, act: 'whatToDo', fearsFromHelp: feared });
  // "please dont send police" said alone (a farewell got 089); "WE CANT CALL. what do we do" (not the desert's line again).
  const noCallAsked =
    (WONT_CALL.test(joined) && !asksSomething(m.text)) || (wontCall && act === 'what_to_do');
  if (act !== 'danger' && !where.slots && noCallAsked) return inEmergency({ ...NONE, act: 'cannotCall' });
  const modelPay = modelPayOf(act, joined, aboutCare);
  // "his phone is at 6%", "tengo 9% de bateria", "they took our phones, I hid this one" (it tells): no call to make.
  const battery = LOW_PHONE.test(joined) || PERCENT.test(m.text);
  if (act !== 'danger' && !asksToPay && (battery || PHONE_AT_RISK.test(joined)) && !/[?¿]/.test(m.text))
    return m.withLang({ ...NONE, act: 'cannotCall', ...(battery && { lowBattery: true as const }) });
  // "y cuánto cuesta? ando corto de dinero" after the dual nationality's answer: its cost, not the ransom.
  const priceAsked = () => PRICE_ASKED.test(joined) && !PAYING_SAID.test(joined);
  const costOfProcedure = (asksToPay || act === 'pay') && priceAsked() ? aspect() : null;
  if (costOfProcedure) return costOfProcedure;
  const named = asksToPay && !calledThen ? 'pay' : (modelPay ?? BY_ACT[act]);
  if (act !== 'danger' && !asksToPay && unknownTold(joined, m.text)) return contextTold(m, wontCall);
  // "gracias. ¿hay albergue aquí?", "mèsi. kote Grupo Beta ye?": the question after thanks wants the answer.
  // "mwen pa gen kredi. eske gen lopital? eske yo ap pran l san papye?": the question, said after the cannot-call line.
  const cannotCallThen = named === 'cannotCall' ? lastQuestion(m.text) : null;
  const cannotCallAsked = cannotCallThen ? procedureAsked(cannotCallThen) : null;
  if (cannotCallAsked && cannotCallAsked.confidence >= ASKED_SURE)
    return { ...cannotCallAsked, alsoCannotCall: true };
  const asked = named && PREFACES.has(named) ? lastQuestion(m.text) : null;
  const prefaced = asked ? procedureAsked(asked) : null;
  if (prefaced) return prefaced;
  if (act !== 'danger' && asksSomething(m.text) && preventionAsked(joined))
    return inEmergency({ ...NONE, act: 'whatToDo' });
  if (named === 'whatToDo' && asksSomething(m.text))
    return aspect() ?? procedureAsked() ?? inEmergency({ ...NONE, act: named });
  // "m soti lopital… kounye a m vle konnen kijan pou m fè demand refij la": a procedure named outright.
  const last = named === 'whatToDo' ? (sentencesOf(m.text).at(-1) ?? m.text) : null;
  const namedOutright = last && HOW_ASKED.test(foldedWords(last).join(' ')) ? procedureAsked(last) : null;
  if (namedOutright && namedOutright.confidence >= ASKED_SURE) return namedOutright;
  if (named) return placeOr(inEmergency({ ...NONE, act: named }));
  const personToo = act === 'context' && m.reader.wantsPerson(m.words); // "she is 23. i want a real person now"
  if ((act === 'context' && !personToo) || act === 'correction') return contextTold(m, wontCall);
  if (act === 'danger') return inEmergency({ ...NONE, act: 'emergency' });
  if (act === 'person' || personToo || m.reader.wantsOnlyPerson(m.words, m.text))
    return inEmergency({ ...NONE, topic: 'human', confidence: 1, act: 'topic' });
  const read = surerOf(m.classify(m.text, m.lang), lastQuestion(m.text), (q) => m.classify(q, m.lang));
  // "¿puedo llamar al 911 desde Honduras?", "m nan Chicago, m pa ka fè anyen depi isit" (unsure): no procedure asked.
  const unsure = read.confidence < PROCEDURE_SURE && !asksSomething(m.text);
  // "ki kote m ka ale ak pitit mwen?" asks where to go from the danger, never the office's address.
  const officeUnnamed = read.topic === 'office_info' && !OFFICE_NAMED.test(joined);
  const placeOnly = where.slots && !messageAsks(m.text) && read.confidence < PLACE_OVER_PROCEDURE; // "he's near the wall…"
  if (read.topic !== 'none' && !DANGER_MOVE.test(joined) && !unsure && !officeUnnamed && !placeOnly)
    return inEmergency({ ...pick(read), facets: notWhereTold(m.facets()), act: 'topic' });
  return aspect() ?? placeOr(inEmergency({ ...NONE, act: 'whatToDo' }));
}
