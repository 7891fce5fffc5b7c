/**
 * What a follow-up says of the assistant or of the person themselves, whatever act the dialogue
 * model read: a question to the assistant ("¿eres un robot?", "usted es robot o persona?") is the
 * office's topic, as it is in a first message; how the person feels in mind ("no he dormido
 * nada, me siento muy mal", "tbh im not doing ok mentally") is psychological support, never
 * "sorry that did not help" or "you are welcome"; and a person is asked for only in words. Pure.
 */
import type { DialogueContext, Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick } from './classify-topic.ts';
import type { DialogueReader } from './dialogue.ts';
import { relativeCalls } from './dialogue-someone.ts';
import { ABOUT_YOU, FEELS, LACKS_ID, PERSON, TALKING } from './follow-up-words.ts';
import { type InContext, NONE, onTopicOf } from './in-context-shapes.ts';

/** How sure the topic model must be that a question to the assistant is about the office. */
const SURE_OFFICE = 0.8;
/**
 * The office's own phone or email asked ("thx, and do u guys have a phone number", "¿tienen teléfono?",
 * "¿cuál es su número?", "nou gen nimewo?"), read as a statement of context (sight50-a: "Noted").
 */
const OFFICE_PHONE_ASKED =
  /\b((do|does) (you|u|you guys|u guys|yall|the office|the institute) (have|got) (a |an )?(phone|number|phone number|email|contact)|(whats|what s|what is) (your|ur|the office s|the office|the institute s) (phone|number|phone number|email)|(tienen|tiene ustedes) (un |algun )?(telefono|numero|tel|correo)|(cual es|me da|me pasa|me pasan|me dan|me podrian dar) (su|el) (telefono|numero|correo)( de (la oficina|ustedes|el instituto))?|(nou|ou|biwo a) gen (yon )?(nimewo|telefon|imel))\b/;
/** The Institute's offices abroad, named. */
const ABROAD_OFFICES = /\b(chicago|los angeles|angeles|illinois|california)\b/;
/** The dialogue model's readings that a statement of how someone feels is mistaken for. */
const MISREAD_FEELINGS = new Set(['complaint', 'thanks', 'context']);
/** Readings a statement of how someone feels is mistaken for when it asks nothing. */
const TOLD_ACTS = new Set(['new_topic', 'unclear', 'ask_other', 'danger']);
/** Procedures about Mexican or US civil papers. */
const MEXICANS_PAPERS = new Set<TopicId>([
  'dual_nationality',
  'state_documents',
  'apostille',
  'us_visa_passport',
]);
/** How a service is given ("por teléfono", "online", "in person"), not the office's phone number. */
const BY_MEANS =
  /\b((x|por|by|over the|on the|pa|via) (telefono|phone|telefon|fon)|en linea|online|en persona|in person|videollamada|video call)\b/;
/** Words for a person to talk to; "un agente me quiso sacar dinero" names an official, not one asked for. */
const SOMEONE_ASKED = new Set([...PERSON].filter((w) => w !== 'agente' && w !== 'agent'));

export function readAboutSelf(
  m: { act: string; text: string; words: readonly string[]; lang: Lang; current: TopicId | null },
  tools: {
    reader: DialogueReader;
    classify: ReturnType<typeof createClassify>;
    /** The aspects the phrase lists find ("what time are you open?" asks one: the facet answers it). */
    cueFacets: () => readonly Facet[];
  },
): InContext | null {
  // "¿lo atienden x teléfono?" while psychological support is under discussion: where and how that
  // topic's service is given, though the topic model is sure of the office (session 58's sets).
  if (m.current && m.act === 'new_topic' && BY_MEANS.test(m.words.join(' '))) {
    const read = tools.classify(m.text, m.lang);
    if (read.topic === 'office_info' && read.candidates.includes(m.current))
      return onTopicOf(m.current, ['where']);
  }
  if (m.current !== 'office_info' && ABOUT_YOU.test(m.text) && tools.cueFacets().length === 0) {
    const read = tools.classify(m.text, m.lang);
    if (read.topic === 'office_info' && read.confidence >= SURE_OFFICE)
      return { ...pick(read), facets: [], act: 'topic' };
  }
  // Not the offices in Chicago or Los Angeles ("do yall have a phone number for the chicago office"): their entry's.
  const folded = m.words.join(' ');
  if (m.current !== 'office_info' && OFFICE_PHONE_ASKED.test(folded) && !ABROAD_OFFICES.test(folded))
    return { ...NONE, topic: 'office_info', confidence: 1, act: 'topic' };
  // Told, not asked ("anda bien agüitado, no sale de la casa"), whatever the model read: how someone feels.
  const told = MISREAD_FEELINGS.has(m.act) || (!m.text.includes('?') && TOLD_ACTS.has(m.act));
  const feels = told && FEELS.test(folded) && !tools.reader.notHelped(m.words);
  if (m.current !== 'psych_support' && feels)
    return { ...NONE, topic: 'psych_support', confidence: 1, act: 'topic' };
  // "no trae acta ni curp ni nada" after a deportee's answer: what can serve instead, in this topic,
  // though the documents it names are another topic's words (session 58).
  // Not a Haitian's papers told about a Mexican's procedure ("nou pa gen paspò, se sèlman papye COMAR"
  // about their baby's birth): their status.
  const foreignPapers = m.lang === 'ht' && MEXICANS_PAPERS.has(m.current ?? 'none');
  if (m.current && !m.text.includes('?') && LACKS_ID.test(folded) && !foreignPapers)
    return onTopicOf(m.current, ['documents']);
  return null;
}

/** A person refused in words: "no quiero hablar con nadie", "i dont want to talk to a person", "m pa vle pale ak moun". */
const PERSON_REFUSED =
  /\b((no|tampoco) (quiero|necesito|ocupo) (hablar|platicar) con (nadie|alguien|una persona|personas?)|(dont|don t|do not) (want|need) (to )?(talk|speak) (to|with) (anyone|anybody|someone|a person|a human|people)|(m|mwen) pa (vle|bezwen) pale ak (moun|pesonn|yon moun))\b/;

/**
 * A person is asked for in words ("alguien", "call me", "yon moun", "hablar con"); the topic
 * model alone reads "¿dónde me quejo?" or "where is your office" as asking for one. In a
 * conversation, such a reading takes the model's next topic instead (queueing them answered
 * nothing they asked).
 */
export function personOnlyIfAsked(
  reading: InContext,
  words: readonly string[],
  reader: DialogueReader,
  dialogue?: DialogueContext,
): InContext {
  if (reading.topic !== 'human' || reading.act !== 'topic') return reading;
  // "are u a real person or a bot": who answers here, the office's own entry (sight52-a queued it).
  if (reader.asksIfBot(words) && !reader.wantsPerson(words)) return { ...reading, topic: 'office_info' };
  if (!dialogue || dialogue.first) return reading;
  // "m pa vle pale ak moun, m jis vle enfomasyon": a person refused is an offer declined (it queued them).
  if (PERSON_REFUSED.test(words.join(' ')))
    return dialogue.asked === 'yesno'
      ? { ...NONE, topic: dialogue.topic ?? 'none', act: 'no' }
      : { ...reading, topic: dialogue.topic ?? 'none' };
  // "can he call me?": the relative detained or away calling, about the procedure under way.
  if (relativeCalls(words)) return { ...reading, topic: dialogue.topic ?? reading.candidates[1] ?? 'none' };
  if (reader.wantsPerson(words) || words.some((w) => SOMEONE_ASKED.has(w) || TALKING.test(w))) return reading;
  const next = reading.candidates.find((t) => t !== 'human');
  return next ? { ...reading, topic: next } : reading;
}

/**
 * Words that name the Institute's own office ("your office", "ustedes", "biwo nou") or how to
 * reach it ("the office phone number"), not the office a procedure is done at.
 */
const THE_INSTITUTE = new Set(
  [
    'your yours ur yall ustedes usted tu tus su sus nou w ou instituto institute enstiti iapmf enlace durango',
    'phone telefono telefon number numero nimewo email correo imel',
  ]
    .join(' ')
    .split(' '),
);

/** The Institute's own office named as the person's interlocutor's ("sus oficinas", "your office", "biwo nou a"). */
const YOUR_OFFICE =
  /\b(sus oficinas|su oficina|la oficina de ustedes|las oficinas de ustedes|your office|your offices|ur office|you guys located|biwo nou|biwo ou|biwo w)\b/;

/** Served from afar asked ("¿se puede por teléfono?", "can they do it online?", "eske yo ka fè l pa telefòn?"). */
const REMOTE_ASKED =
  /\b(se puede|puedo|pueden|me pueden atender|atienden|me atienden|can (i|they|you|he|she|it)|is it|do they|yo ka|m ka|ou ka)\b.{0,40}\b(por telefono|por tel|en linea|por internet|virtual|a distancia|por videollamada|by phone|over the phone|online|on the phone|by video|pa telefon|nan telefon|sou entenet|an liy)\b/;

/**
 * "What do I bring to the office?" after the apostille, "¿cuánto cobran en la oficina?" after the
 * visa: an aspect of the procedure under discussion (its papers, its cost), not the Institute's
 * entry, unless the message names the Institute ("your office", "ustedes"). Where the office is and
 * when it opens stay the Institute's.
 */
export function officeOfProcedure(
  reading: InContext,
  words: readonly string[],
  dialogue?: DialogueContext,
): InContext {
  const current = dialogue?.topic;
  if (!current || dialogue.first || current === 'office_info') return reading;
  // "me da pena ir a la oficina, ¿se puede por teléfono?" after the psychologist: the procedure
  // by phone, not the office's number (a judge's man in crisis got the address and the bot's biography).
  if (reading.topic === 'office_info' && REMOTE_ASKED.test(words.join(' ')))
    return {
      ...reading,
      topic: current,
      confidence: 1,
      candidates: [],
      facets: [],
      act: dialogue.emergency ? 'topic' : 'followUp',
    };
  if (dialogue.emergency) return reading;
  // "ah y una ultima, ¿dónde están sus oficinas?" after the visa: the Institute's own place, not the visa's.
  if (reading.topic === current && reading.facets.includes('where') && YOUR_OFFICE.test(words.join(' ')))
    return {
      ...reading,
      topic: 'office_info',
      confidence: 1,
      candidates: [],
      facets: ['where'],
      act: 'topic',
    };
  if (reading.topic !== 'office_info' || reading.act !== 'topic' || reading.facets.length === 0)
    return reading;
  // Where it is and when it opens are the Institute's own ("¿dónde queda la oficina?", "a q hora abren?").
  if (reading.facets.some((f) => f === 'where' || f === 'time')) return reading;
  if (words.some((w) => THE_INSTITUTE.has(w))) return reading;
  return { ...reading, topic: current, confidence: 1, candidates: [], act: 'followUp' };
}
