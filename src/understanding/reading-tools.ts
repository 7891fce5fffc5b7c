/**
 * The readers understanding is built from, made once per knowledge base: language, danger
 * patterns, the glossary, the topic model, the dialogue phrase lists, a language asked for,
 * the phrase lists as cues, the dialogue model, and the states of towns named. Shared by understand.ts (every message)
 * and by training (the dialogue model learns from the same cues it will be given). Pure.
 */
import { LANGS } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { createAnswerSearch } from './answer-search.ts';
import { createBoundAnswers } from './bound-answers.ts';
import { careBound, withoutCareBound } from './care-bound.ts';
import { createCareFar } from './care-far.ts';
import { CHILD_LOST_KINDS } from './child-lost-words.ts';
import { createLearnedReader } from './classify-learned.ts';
import { CROSSING_KINDS } from './crossing-words.ts';
import { bleedingStopped, threatDenied } from './danger-over.ts';
import { DESPAIR_KINDS } from './despair-words.ts';
import { createEmergencyDetector, createNotNowTest } from './detect-emergency.ts';
import { createLanguageDetector } from './detect-language.ts';
import { createDialogueReader } from './dialogue.ts';
import { createDialogueCues } from './dialogue-cues.ts';
import { createActReader } from './dialogue-model.ts';
import { FIGURE_LIGHTLY, FIGURE_NOT_NOW } from './figure-words.ts';
import { fold } from './fold.ts';
import { createGlossaryMatcher } from './glossary-terms.ts';
import { createIntroductionTest } from './introduction.ts';
import { LABOUR_KINDS } from './labour-words.ts';
import { createLanguageRequest } from './language-request.ts';
import { createNameExpansions } from './name-expansions.ts';
import { createLonePlace, createPlaceRemover, createPlaceStates, createTownFinder } from './place-states.ts';
import { POLICE_THREAT_KINDS } from './police-threat-words.ts';
import { thingLost, withoutThingLost } from './thing-lost.ts';
import { createUntrainedTopics } from './untrained-topics.ts';

/** Glossary terms that name a paper, not a service (see `termNames`). */
const PAPER_TERMS = new Set(
  [
    'birth_certificate',
    'certified_copy',
    'id_document',
    'us_visa',
    'passport',
    'work_visa_us',
    'green_card',
    'death_certificate',
    'certificate_of_origin',
    'tvrh',
    'residence_mx',
    'curp',
    'border_cards',
  ].map((id) => `_${id}`),
);

export function createReadingTools(knowledge: Knowledge) {
  const terms = knowledge.glossary.terms;
  const detectLanguage = createLanguageDetector(knowledge.languageSignals, {
    es: terms.flatMap((t) => t.es),
    en: terms.flatMap((t) => t.en),
    ht: terms.flatMap((t) => t.ht),
  });
  // The file's signals, with the ways of saying a danger or a figure of speech kept in code until the next retraining
  // of the dialogue model on the file (despair-, crossing-, child-lost-, labour- and figure-words.ts).
  const signals = {
    ...knowledge.emergencySignals,
    kinds: [
      ...knowledge.emergencySignals.kinds,
      ...DESPAIR_KINDS,
      ...CROSSING_KINDS,
      ...CHILD_LOST_KINDS,
      ...LABOUR_KINDS,
    ],
    notNow: [...knowledge.emergencySignals.notNow, ...FIGURE_NOT_NOW],
    jokes: [...knowledge.emergencySignals.jokes, ...FIGURE_LIGHTLY],
  };
  // Asked of the same message by the detector and by understanding, each once: remembered.
  const notNowTest = createNotNowTest(signals);
  const notNowPlain = lastOne((text: string) => notNowTest(text));
  const notNowByModel = lastOne((text: string) => notNowTest(text, true));
  const notNow: typeof notNowTest = (text, byModel = false) =>
    byModel ? notNowByModel(text) : notNowPlain(text);
  const firstKind = createEmergencyDetector(signals);
  const heldOnly = createEmergencyDetector({
    ...signals,
    kinds: signals.kinds.filter((k) => k.kind === 'held'),
  });
  // Understanding and the dialogue cues ask about the same message: each answer is kept for it.
  // The first kind in the file names the emergency; but when it is told months ago ("se fue a un
  // rancho hace un mes… el patrón anda armado"), being held in the same message ("no los dejan
  // salir") is held now whatever time is told, and names it.
  const byFile = lastOne((text: string) => {
    const found = firstKind(text);
    return found && found.kind !== 'held' && notNow(text) === 'longAgo' ? (heldOnly(text) ?? found) : found;
  });
  // Dangers kept in code until the next retraining (police-threat-words.ts): understanding reads them, the dialogue
  // model's training rows do not, so adding one needs no retraining.
  const codeKind = createEmergencyDetector({ ...signals, kinds: POLICE_THREAT_KINDS });
  // A threat said to be over in so many words is none, whatever word of it a pattern fires on; being held read
  // only in "I can't leave the kids" is none either (care-bound.ts).
  const anyKind = (text: string) => byFile(text) ?? codeKind(text);
  const detectEmergency = lastOne((text: string) => {
    const folded = fold(text);
    if (threatDenied(folded) || bleedingStopped(folded)) return null;
    const found = anyKind(text);
    if (found?.kind === 'held' && careBound(text)) return anyKind(withoutCareBound(text));
    return found?.kind === 'desert' && thingLost(text) ? anyKind(withoutThingLost(text)) : found;
  });
  const matcher = createGlossaryMatcher(knowledge.glossary);
  const glossary = {
    ...matcher,
    termsIn: lastOne(matcher.termsIn),
    termsWithLength: lastOne(matcher.termsWithLength),
  };
  const readLearned = createLearnedReader(knowledge, glossary);
  const outOfScopeTerms = new Set(
    LANGS.flatMap((lang) => knowledge.outOfScope[lang].flatMap((text) => matcher.termsIn(fold(text)))),
  );
  const reader = createDialogueReader(knowledge.dialogueSignals, createTownFinder(knowledge.placeSignals));
  const languageAsked = createLanguageRequest(knowledge.dialogueSignals);
  return {
    detectLanguage,
    detectEmergency,
    notNow,
    glossary,
    readLearned,
    reader,
    languageAsked,
    cuesOf: createDialogueCues({ reader, glossary, readLearned, detectEmergency: byFile, languageAsked }),
    readAct: createActReader(knowledge.dialogueModel, glossary),
    searchAnswers: createAnswerSearch(knowledge, glossary),
    spelledOut: createNameExpansions(knowledge),
    withStates: createPlaceStates(knowledge.placeSignals, knowledge.entries),
    careFar: createCareFar(knowledge.placeSignals, knowledge.entries),
    boundAnswers: createBoundAnswers(knowledge.placeSignals),
    lonePlace: createLonePlace(knowledge.placeSignals),
    untrainedTopic: createUntrainedTopics(knowledge),
    /**
     * Whether a glossary term in the text names the topic as a service: not a paper, which every
     * country issues ("eske nou ka ede m renouvle paspò ayisyen m?" is no US passport), nor the
     * terms of the requests the office does not do (knowledge/signals/out-of-scope.yaml: "a loan
     * for a new car").
     */
    termNames: (text: string, topic: string) =>
      glossary
        .termsIn(fold(text))
        .some(
          (token) =>
            !PAPER_TERMS.has(token) &&
            !outOfScopeTerms.has(token) &&
            glossary.topicsOf(token).includes(topic),
        ),
    withoutPlaces: createPlaceRemover(knowledge.placeSignals),
    introducesOnly: createIntroductionTest(knowledge.placeSignals),
  };
}

export type ReadingTools = ReturnType<typeof createReadingTools>;

/** A function of one string that remembers its last answer (the same message is read several times). */
function lastOne<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}
