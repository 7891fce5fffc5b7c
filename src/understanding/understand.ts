/**
 * Message understanding: language, emergency, topic and confidence, and what the message
 * does in the conversation (a yes, a follow-up about a facet, a correction…), in one call.
 * Order matters: emergency patterns first (they outrank everything), then language, then the
 * answer to the question just asked, then topic and facets. Below the confidence bar the
 * topic is `none` and the caller asks a clarifying question with the likeliest topics.
 * Pure and synchronous: no I/O.
 */

import { folioIn } from '../core/case-file.ts';
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { LEARNED } from './classify-learned.ts';
import { createClassify } from './classify-topic.ts';
import { createCareTest } from './detect-emergency.ts';
import { situationOf } from './dialogue-model.ts';
import { fold, foldedWords } from './fold.ts';
import { createFollowUpReader } from './follow-up.ts';
import { createFormReading } from './form-reading.ts';
import { createContextReader } from './in-context.ts';
import { createOfficeExamples, type OfficeExamples } from './office-examples.ts';
import { createReadingTools } from './reading-tools.ts';
import { createTopicSwitch } from './topic-switch.ts';
import { createUntrainedTopics } from './untrained-topics.ts';

/** The topic whose entry says where migrants on the road are seen by a doctor. */
const CARE_TOPIC = 'transit_safety';

/** Words at least in a message that moves a conversation to another language without being asked. */
const LANGUAGE_SWITCH_WORDS = 6;

/** What understanding returns: the shared Meaning (src/core/types.ts). */
export type Understanding = Meaning;

export { LEARNED } from './classify-learned.ts';

export function createUnderstanding(
  knowledge: Knowledge,
  options: {
    /** The office's filed examples, when the caller keeps them up to date while running. */
    examples?: OfficeExamples;
    /** Without the learned dialogue layer: the hand rules alone (for comparisons). */
    rulesOnly?: boolean;
  } = {},
) {
  const examples = options.examples ?? createOfficeExamples(knowledge.officeExamples);
  const tools = createReadingTools(knowledge);
  const { detectLanguage, detectEmergency, notNow, glossary, readLearned, reader } = tools;
  const needsCare = createCareTest(knowledge.emergencySignals);
  const signals = knowledge.languageSignals;
  const greetingWords = new Set(
    [signals.es, signals.en, signals.ht].flatMap((s) => s.greetings.flatMap((g) => fold(g).split(' '))),
  );
  const classify = createClassify(readLearned, createUntrainedTopics(knowledge), (text) =>
    examples.match(text),
  );
  const forms = createFormReading(knowledge.dialogueSignals);
  const followUp = createFollowUpReader({ tools, classify, topicSwitch: createTopicSwitch(glossary), forms });
  const readInContext = createContextReader({
    classify,
    reader,
    glossary,
    forms,
    ...(options.rulesOnly ? {} : { followUp }),
  });

  /**
   * `dialogue`: what the conversation was doing (the topic under discussion, the question just
   * asked), so "¿y cuánto cuesta?" is a follow-up and "sí" a yes. Without it, the message is
   * read as a first message.
   */
  return function understand(text: string, hint?: Lang, dialogue?: DialogueContext): Meaning {
    const matched = detectEmergency(text);
    // The model reads what people write of their own accord; an answer to a question just
    // asked (a name, a town, "yes, the details") is too short to tell, and patterns still run.
    // A longer message after a question is read too: it usually says something new.
    const wordCount = text.trim().split(/\s+/).length;
    const long = wordCount >= LEARNED.emergencyMinWords;
    const read = !dialogue?.asked || long;
    const p = read ? readLearned(text).danger : 0;
    // A pattern's emergency told laughing, or in the past, the news or a figure of speech when
    // the model all but rules it out too ("a cop hit me last year, can I still report it?"),
    // is a possible one: the safety line, staff told.
    const when = matched ? notNow(text) : null;
    // Held or made to work "for three months" is still held now: a duration is no past for it.
    const ongoing = matched?.kind === 'held';
    const past = when === 'past' || when === 'longAgo';
    const overruled =
      when === 'joke' ||
      (when === 'longAgo' && !ongoing) ||
      (past && !ongoing && read && p < LEARNED.patternVeto);
    const pattern = overruled ? null : matched;
    // Laughing or months ago, the model alone calls nothing (a pattern's danger is vetoed above).
    const toldAs = matched ? when : notNow(text);
    // The model alone calls a full emergency on a first message long enough to tell a story:
    // on "when will someone answer me?" it was sure and wrong, and a follow-up ("do both
    // parents have to be there?") is read without what came before. In a conversation only a
    // long story it is all but sure of, told as now ("he loaded his gun and is by the door").
    // Else the safety line.
    const story = () =>
      dialogue?.asked !== 'field' &&
      dialogue?.asked !== 'summary' &&
      wordCount >= LEARNED.storyWords &&
      p >= LEARNED.storyEmergency &&
      toldAs === null;
    const alone =
      long &&
      toldAs !== 'joke' &&
      toldAs !== 'longAgo' &&
      (dialogue?.topic ? story() : p >= LEARNED.emergency);
    const found = pattern ?? (alone ? { kind: 'unknown', pattern: 'learned model' } : null);
    // Sick or hurt on the road, asking where to be seen, and not about life now: care, not the
    // emergency flow (issue 30). Not during an emergency under way, whose messages it reads.
    const care =
      !dialogue?.emergency &&
      (found === null || ['medical', 'unknown'].includes(found.kind)) &&
      needsCare(text);
    const emergency = care ? null : found;
    const detected = detectLanguage(text, hint);
    const words = foldedWords(text);
    // "yes please", "wi", "no gracias": words of one language's answers settle the language.
    const answered = reader.languageOf(words);
    const lang = answered && answered !== 'several' ? answered : detected.lang;
    // In a conversation, only a message clearly and long enough in one language may move the
    // conversation to it: never a yes, thanks, a greeting, a name or a short mixed line.
    const langConfident = dialogue
      ? answered === null && detected.confident && wordCount >= LANGUAGE_SWITCH_WORDS
      : answered === 'several'
        ? false
        : answered !== null || detected.confident;
    // In a conversation the safety line needs the dialogue model too, which reads the message
    // in its situation: an age, a date, an illness looked after or a danger told as past are
    // ordinary there (issue 30: under 1% of ordinary follow-ups), and the topic model, trained
    // on first messages, leans to danger on short follow-ups.
    const situation = situationOf(dialogue);
    const inConversation = situation !== null && situation !== 'emergency' && situation !== 'menu';
    const followDanger =
      inConversation && dialogue && !options.rulesOnly
        ? followUp.dangerOf(text, words, lang, dialogue, situation)
        : null;
    const possible =
      care ||
      (followDanger !== null
        ? p >= LEARNED.possible && followDanger >= LEARNED.possibleFollowUp && !(matched && when)
        : dialogue?.asked === 'field'
          ? // A form's answer (a name, a date, a place): the patterns speak; the model only when sure.
            p >= LEARNED.possibleInForm
          : overruled || p >= LEARNED.possible);
    const danger: Meaning['danger'] = emergency ? 'emergency' : possible ? 'possible' : 'none';
    const greeting =
      words.length > 0 &&
      (words.every((w) => greetingWords.has(w)) || reader.greetsAgain(words, greetingWords));
    const base = { lang, langConfident, emergency, danger, greeting };
    // A case asked about or a folio named (never in an emergency, never in a form, where "¿qué
    // pasó con mi caso?" asks for staff with what the form has): the engine looks it up.
    const inForm = dialogue?.asked === 'field' || dialogue?.asked === 'summary';
    const folio = emergency || inForm ? null : folioIn(text);
    const asksCase = !emergency && !inForm && reader.asksCase(words);
    const caseQuery = folio || asksCase ? { caseQuery: { folio } } : {};
    const inContext = readInContext(text, words, lang, { emergency, greeting }, dialogue);
    // Care on the road is answered from the road's topic: where migrants are seen.
    const cared = care
      ? { topic: CARE_TOPIC, confidence: 1, act: 'topic' as const, facets: [], care: true as const }
      : {};
    const more = dialogue && reader.asksMore(words) ? { more: true as const } : {};
    // A danger told with where it happens ("me están golpeando, estoy en la colonia Obrera"):
    // the place goes to the urgent ticket from the first message.
    const where =
      emergency && !inContext.slots && reader.saysWhere(words, text) ? { slots: { place: text.trim() } } : {};
    return { ...base, ...inContext, ...cared, ...caseQuery, ...more, ...where };
  };
}

export type Understand = ReturnType<typeof createUnderstanding>;
