/**
 * How to reach the service of the topic under discussion, asked in words the topic model reads as this office or a
 * person of it (sight75-a): whether it is in person or by phone ("es en persona o por telefono" after psychological
 * support got the office's street), and how to get another office's appointment ("kijan pou l pran randevou" about the
 * INM's card put a Haitian in the office's queue). That topic's own aspect instead: where it is given, or its steps.
 * Folded text. Pure.
 */
import type { DialogueContext, Facet, Meaning, TopicId, TopicOrNone } from '../core/types.ts';
import { foldedWords } from './fold.ts';
import { movedTo } from './in-context-shapes.ts';
import { sentencesOf } from './question-part.ts';

/** A way other than in person named: "mejor voy en persona, ¿dónde están?" asks the office's street. */
const MODE =
  /\b(por telefono|x telefono|x tel|por tel|x videollamada|por videollamada|por video|x video|en linea|virtual|a distancia|by phone|over the phone|on the phone|by video|video call|online|pa telefon|pa telef\u00f2n|sou telefon|pa videyo|an liy)\b/u;
/**
 * A question of a few words: a longer one says more than how the service is given. Its own sentence counts ("puede
 * ser x telefono? ella vive en el rancho y no puede ir a durango", sight81-a: the reason told after it).
 */
const MODE_WORDS = 10;
const modeAsked = (text: string): boolean =>
  sentencesOf(text).some((sentence) => {
    const words = foldedWords(sentence);
    return words.length <= MODE_WORDS && MODE.test(words.join(' '));
  });

/** How to get an appointment, asked; a person asked for in other words is still a person. */
const APPOINTMENT_HOW =
  /\b(kijan|koman|how|como|donde|where|kote)\b.{0,25}\b(pran|fe|fè|jwenn|make|get|book|schedule|saco|sacar|saca|hago|hacer|agendo|agendar|agenda|pido|pedir|pide|consigo|conseguir)\b.{0,12}\b(randevou|rande vou|appointment|appt|cita)\b/u;
/** Procedures whose appointment is another office's, which the sources may tell of. */
const OTHER_OFFICES = new Set<TopicId>([
  'mx_status',
  'asylum',
  'us_visa_passport',
  'us_humanitarian_visa',
  'family_reunification',
]);
const NOT_PROCEDURES = new Set<TopicId>(['none', 'human', 'emergency', 'office_info']);

interface WayAsked {
  /** What the topic model read the question as ("none" where it found it out of scope: "por videollamada?", sight82-a). */
  misread: readonly TopicOrNone[];
  asked: (folded: string, text: string) => boolean;
  /** The conversations it is read in. */
  within: (topic: TopicId) => boolean;
  facet: Facet;
}

const wayAskedReading =
  ({ misread, asked, within, facet }: WayAsked) =>
  (m: Meaning, text: string, dialogue: DialogueContext | undefined, folded: string): Meaning => {
    const topic = dialogue?.topic;
    if (!topic || !within(topic) || dialogue?.emergency || m.emergency) return m;
    if (!misread.includes(m.topic) || !asked(folded, text)) return m;
    const { outOfScope: _inScope, ...read } = m;
    return movedTo(read, topic, { act: 'followUp', confidence: 1, facets: [facet], question: true });
  };

export const modeAskedReading = wayAskedReading({
  misread: ['office_info', 'none'],
  asked: (_folded, text) => modeAsked(text),
  within: (topic) => !NOT_PROCEDURES.has(topic),
  facet: 'where',
});

export const appointmentHowReading = wayAskedReading({
  misread: ['human'],
  asked: (folded) => APPOINTMENT_HOW.test(folded),
  within: (topic) => OTHER_OFFICES.has(topic),
  facet: 'steps',
});
