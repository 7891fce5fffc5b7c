/**
 * Message understanding: language, emergency, topic and confidence, and what the message
 * does in the conversation (a yes, a follow-up about a facet, a correction…), in one call.
 * Order matters: emergency patterns first (they outrank everything), then language, then the
 * answer to the question just asked, then topic and facets. Below the confidence bar the topic
 * is `none` and the caller asks a clarifying question with the likeliest topics. Pure, synchronous.
 */
import { withoutFolios } from '../core/case-file.ts';
import { type DialogueContext, type Lang, LEARNED_ALONE, type Meaning } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { withWhatFollowsCalm } from './after-calm.ts';
import { readAfterSilence } from './after-silence.ts';
import { careReading, createCareTest, learnedKind } from './care-test.ts';
import { casesIn, NO_CASE } from './case-asked.ts';
import { LEARNED } from './classify-learned.ts';
import { createClassify } from './classify-topic.ts';
import { dangerPlace } from './danger-place.ts';
import { mostlyNames, movesConversation } from './detect-language.ts';
import { situationOf } from './dialogue-model.ts';
import { fold, foldedWords } from './fold.ts';
import { createFollowUpReader } from './follow-up.ts';
import { officeOfProcedure, personOnlyIfAsked } from './follow-up-self.ts';
import { createFormReading } from './form-reading.ts';
import { CARE_TOPIC, createWorseTests } from './gets-worse.ts';
import { readingPastGreeting } from './greeting-prefix.ts';
import { createContextReader } from './in-context.ts';
import { withQuestionBesideLanguage } from './language-question.ts';
import { createLateReadings } from './late-readings.ts';
import { ageIsFact, MODEL_VETOES, modelsVetoed, possibleAlone, vetoesAlone } from './model-vetoes.ts';
import { CORRECTS_A_FIGURE, FEARS_BEING_HELD, HYPOTHETICAL } from './not-told-now.ts';
import { createOfficeExamples, type OfficeExamples } from './office-examples.ts';
import { createPassageLookup } from './passage-lookup.ts';
import { kindInConversation } from './pattern-in-context.ts';
import { waitsForStaff } from './plain-ask.ts';
import { asksSomething, messageAsks } from './question.ts';
import { askedPart, firstClause, toldSentences } from './question-part.ts';
import { createReadingTools } from './reading-tools.ts';
import { lateTextOf, partToReread } from './restated.ts';
import { slotsIn } from './slots.ts';
import { stillGoingOn } from './still-going-on.ts';
import { createTopicSwitch } from './topic-switch.ts';
import { withQuestionAfterWait } from './wait-and-ask.ts';

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
  const { getsWorse, acuteNow } = createWorseTests(knowledge.emergencySignals);
  const signals = knowledge.languageSignals;
  const greetings = [signals.es, signals.en, signals.ht].flatMap((s) => s.greetings);
  const greetingWords = new Set(greetings.flatMap((g) => fold(g).split(' ')));
  const classifyOnce = createClassify(readLearned, { ...tools, filedTopic: (text) => examples.match(text) });
  // Several rules classify the same message (its danger, what it does, a topic it may name): once.
  let classified: { key: string; read: ReturnType<typeof classifyOnce> } | null = null;
  const classifyBare = readingPastGreeting(classifyOnce, greetings);
  const classify = (text: string, lang: Lang) => {
    const key = `${lang}\u0000${text}`;
    if (classified?.key !== key) classified = { key, read: classifyBare(text, lang) };
    return classified.read;
  };
  const forms = createFormReading(knowledge.dialogueSignals);
  const answersFor = createPassageLookup(tools, classify);
  const followUp = createFollowUpReader({ tools, classify, topicSwitch: createTopicSwitch(glossary), forms });
  const readInContext = createContextReader({
    classify,
    languageAsked: tools.languageAsked,
    reader,
    glossary,
    forms,
    ...(options.rulesOnly ? {} : { followUp }),
  });
  /**
   * `dialogue`: what the conversation was doing, so "¿y cuánto cuesta?" is a follow-up and "sí"
   * a yes (without it, a first message). A message that says an emergency is over, or asks the
   * wait, and asks something ("ya nos abrieron… ¿sigue en pie lo del refugio?") carries that too.
   */
  const lateReadings = createLateReadings(knowledge, answersFor, glossary, tools.careFar);
  return (text: string, hint?: Lang, dialogue?: DialogueContext): Meaning =>
    lateReadings(understandInContext(text, hint, dialogue), lateTextOf(text, dialogue), dialogue);

  function understandInContext(text: string, hint?: Lang, dialogue?: DialogueContext): Meaning {
    // The office's filed examples may change between messages: no reading is kept from the last one.
    classified = null;
    const m = readAfterSilence(understand(text, hint, dialogue), text, dialogue, understand);
    const safe = (sentence: string) => reader.saysSafe(foldedWords(sentence));
    // A question after the safety line ("no, I'm not in danger lol. is there anything closer?") or said again.
    const again = dialogue && !m.emergency ? partToReread(text, dialogue, safe) : null;
    const readPart = (part: string, within = dialogue) => understand(part, m.lang, within);
    if (again) return readPart(again.part, again.within);
    const beside = withQuestionBesideLanguage(m, text, dialogue, understand, tools.languageAsked);
    if (beside !== m) return beside;
    if (!dialogue?.emergency) return withQuestionAfterWait(m, text, dialogue, readPart);
    return withWhatFollowsCalm(m, text, dialogue, readPart, safe, notNow(text) === 'authorities');
  }

  function understand(text: string, hint?: Lang, dialogue?: DialogueContext): Meaning {
    const byPattern = detectEmergency(text);
    const matched = kindInConversation(byPattern, fold(text), dialogue);
    // The model reads what people write of their own accord; an answer to a question just asked (a name,
    // a town, "yes, the details") is too short to tell (patterns still run); a longer one usually says more.
    const wordCount = text.trim().split(/\s+/).length;
    const long = wordCount >= LEARNED.emergencyMinWords;
    const read = !dialogue?.asked || long;
    const p = read ? readLearned(text).danger : 0;
    // Told laughing, in the past, the news or a figure of speech the model all but rules out ("a cop hit me
    // last year, can I still report it?"), or being held only feared: the safety line, staff told.
    const when = matched ? notNow(text) : null;
    // Held "for three months" is still held; a farewell, thoughts of suicide not told as an attempt over, someone
    // lost with no news since and an extortion call's "detained by the migra" (its pretext) are now whatever time is told.
    const thoughts = stillGoingOn(matched?.kind, fold(text));
    const feared = matched?.kind === 'held' && FEARS_BEING_HELD.test(fold(text));
    const pretext = matched?.kind === 'extortion' && when === 'authorities';
    const ongoing = matched?.kind === 'held' || byPattern?.kind === 'farewell' || thoughts || pretext;
    const past = when === 'past' || when === 'longAgo' || when === 'authorities';
    const overruled =
      when === 'joke' ||
      feared ||
      (when === 'authorities' && matched?.kind === 'kidnapping') ||
      (when === 'longAgo' && !ongoing) ||
      (past && !ongoing && read && p < LEARNED.patternVeto);
    const pattern = overruled ? null : matched;
    // Laughing or months ago, the model alone calls nothing (a pattern's danger is vetoed above).
    const toldAs = matched ? when : notNow(text, true);
    // The model alone calls a full emergency on a first message long enough to tell a story ("when will someone
    // answer me?" it was sure of, wrongly); in a conversation only a long story it is all but sure of, told as
    // now ("he loaded his gun and is by the door"). Else the safety line.
    // "her mom is 66 and dad is 70, they live near el oro", "la niña tiene 6 años…": ages for a procedure, not a danger.
    const ageAsFact = () => ageIsFact(slotsIn(folded, text).age, wordCount);
    // "yes please, have them call him in the afternoon…": an answer to the offer on screen, not a story.
    const answersYes = () => dialogue?.asked === 'yesno' && reader.onlyYes(foldedWords(firstClause(text)));
    // A question ("¿tengo que ir hasta Juárez yo solo?") is no story to the model alone: what asks nothing is read.
    const marked = /[?¿]/.test(text);
    const statements = marked ? toldSentences(text) : text;
    const story = () =>
      dialogue?.asked !== 'field' &&
      dialogue?.asked !== 'summary' &&
      (marked ? statements.split(/\s+/).length : wordCount) >= LEARNED.storyWords &&
      (marked ? readLearned(statements).danger : p) >= LEARNED.storyEmergency &&
      toldAs === null &&
      !ageAsFact() &&
      !corrects &&
      !answersYes();
    // With no topic under discussion yet, the first message's bar, except for a question the model is not
    // all but sure of ("do they help people without papers too?" scored 0.93): the safety line then.
    const told = () => p >= LEARNED.emergency && !(asksSomething(text) && p < LEARNED.storyEmergency);
    const detected = detectLanguage(withoutFolios(tools.withoutPlaces(text)), hint);
    const words = foldedWords(text);
    // The folded words joined once: several readings below look at them.
    const folded = words.join(' ');
    const corrects = CORRECTS_A_FIGURE.test(folded);
    // "yes please", "wi", "no gracias": words of one language's answers settle the language.
    const answered = reader.languageOf(words);
    const lang = answered && answered !== 'several' ? answered : detected.lang;
    // In a conversation, only a message clearly and long enough in one language may move the
    // conversation to it: never a yes, thanks, a greeting, a name or a short mixed line.
    const langConfident = dialogue
      ? answered === null && movesConversation(detected, wordCount, text)
      : answered === 'several'
        ? false
        : answered !== null || detected.confident;
    // The dialogue model's own P(danger) is no veto on the model alone: it missed a third of the
    // dangers told mid-conversation in danger-d (and read a stroke told in Kreyòl as a correction).
    const situation = situationOf(dialogue);
    const followsUp = situation !== null && situation !== 'emergency' && !options.rulesOnly;
    const storyDanger =
      followsUp && dialogue ? followUp.dangerOf(text, words, lang, dialogue, situation) : null;
    // Staff who hold the conversation read every message: the model alone calls none there ("sí tengo foto, ahorita se la
    // mando"); nor in asking how a case goes, the office's hours ("…no quiero llegar y que este cerrado") or the wait.
    const casesAsked = reader.asksCase(words);
    const aboutCase =
      casesAsked || reader.asksOfficeHours(words) || waitsForStaff(reader, words, dialogue, followsUp);
    const alone =
      long &&
      !dialogue?.taken &&
      !aboutCase &&
      !vetoesAlone(folded, dialogue) &&
      !MODEL_VETOES.has(toldAs) &&
      (dialogue?.topic ? story() : followsUp ? told() : p >= LEARNED.emergency) &&
      // Last: only a message the model would call a danger alone is checked for a mere introduction.
      !tools.introducesOnly(folded);
    // A pattern's danger asked mid-conversation that the dialogue model does not read as a danger is the safety line
    // (none of 214 dangers told mid-conversation had a question mark, session 31); one opening "what if" always is.
    // Told in a sentence of its own, then asked ("He will come tonight. What should I do?"), it is told (judge82);
    // not an illness or a wound, whose care is asked.
    const toldApart = pattern !== null && pattern.kind !== 'medical' && detectEmergency(statements) !== null;
    const opensIf = HYPOTHETICAL.test(folded);
    const supposed = (marked && !toldApart) || opensIf;
    const askedAbout =
      pattern !== null &&
      storyDanger !== null &&
      supposed &&
      (storyDanger < LEARNED.possibleFollowUp || opensIf);
    const found =
      (askedAbout ? null : pattern) ??
      acuteNow(text, folded, dialogue) ??
      (alone ? { kind: learnedKind(folded), pattern: LEARNED_ALONE } : null);
    // Sick or hurt on the road, asking where to be seen, and not about life now: care, not the emergency flow (issue 30).
    const careMay = careReading(found?.pattern === LEARNED_ALONE ? 'unknown' : found?.kind, when);
    const care = !dialogue?.emergency && careMay.may && needsCare(text, careMay.days);
    const emergency = care ? null : found;
    // In a conversation the safety line needs the dialogue model too, which reads the message in its situation: an age,
    // a date, an illness looked after or a danger told as past are ordinary there (issue 30: under 1% of ordinary
    // follow-ups), and the topic model, trained on first messages, leans to danger on short follow-ups.
    const followDanger = situation !== 'menu' ? storyDanger : null;
    const possible =
      care ||
      askedAbout ||
      // A date or a spelling put right ("perdón, fue el 8 no el 9") is no danger, whatever the model leans to.
      (!corrects &&
        !modelsVetoed(folded, dialogue) &&
        (followDanger !== null
          ? (p >= LEARNED.possible && followDanger >= LEARNED.possibleFollowUp && !(matched && when)) ||
            // A story the topic model is nearly sure of gets the line whatever the dialogue model says.
            (wordCount >= LEARNED.possibleStoryWords &&
              p >= LEARNED.possibleStory &&
              toldAs === null &&
              !ageAsFact() &&
              !answersYes())
          : dialogue?.asked === 'field'
            ? // A form's answer (a name, a date, a place): the patterns speak; the model only when sure.
              p >= LEARNED.possibleInForm
            : possibleAlone(overruled, p, toldAs, folded)));
    const danger: Meaning['danger'] = emergency ? 'emergency' : possible ? 'possible' : 'none';
    const greeting =
      words.length > 0 &&
      (words.every((w) => greetingWords.has(w)) || reader.greetsAgain(words, greetingWords));
    // Clear on its own, however short ("yo ede ayisyen tou?"): moves a language only guessed so far.
    // Words of one language's answers say it too ("m vle pale ak yon moun" after "alo").
    const saysOne = answered === null ? detected.confident : answered !== 'several';
    const clear = saysOne && wordCount >= 2 && !mostlyNames(text);
    const base = {
      lang,
      langConfident,
      emergency,
      danger,
      greeting,
      ...(clear ? { langClear: true as const } : {}),
    };
    // A case asked about or a folio named (never in an emergency, never in a form, where "¿qué
    // pasó con mi caso?" asks for staff with what the form has): see case-asked.ts.
    const inForm = dialogue?.asked === 'field' || dialogue?.asked === 'summary';
    const { caseQuery, other } = emergency || inForm ? NO_CASE : casesIn(text, casesAsked, classify, lang);
    const reading = other ?? readInContext(text, words, lang, { emergency, greeting }, dialogue);
    const inContext = officeOfProcedure(personOnlyIfAsked(reading, words, reader, dialogue), words, dialogue);
    // Care on the road is the road's topic, unless a person is asked for in words ("wi, yon moun…").
    const cared =
      care && !(inContext.topic === 'human' && reader.wantsPerson(words))
        ? { topic: CARE_TOPIC, confidence: 1, act: 'topic' as const, facets: [], care: true as const }
        : {};
    const more = dialogue && reader.asksMore(words) ? { more: true as const } : {};
    const answers = answersFor(...askedPart(text, words, inContext, dialogue), lang, inContext, dialogue);
    const question = messageAsks(text) ? { question: true as const } : {};
    // On the road's health care: told worse ("ya tiene 39", an acute sign), or asked "and if I get a fever?".
    const ill = () => getsWorse(text, folded, dialogue?.topic);
    // In a danger, it getting worse asked is what to do, never an aspect of care's talk (emerg-gs got the Grupos Beta).
    const todo =
      dialogue?.emergency && inContext.act === 'followUp' ? { act: 'whatToDo' as const, facets: [] } : {};
    const worse = !emergency && (reader.asksWorse(words) || ill()) ? { worse: true as const, ...todo } : {};
    const thanked = dialogue?.withStaff && reader.thanksIn(words) ? { thanksStaff: true as const } : {};
    const asked =
      dialogue && !inContext.switchLang ? tools.languageAsked.saidOutright(words, lang, text) : null;
    const toldForForms = dialogue?.forms && !emergency ? forms.toldFor(text, dialogue.forms) : [];
    // Where the danger is, for the ticket (danger-place.ts).
    const dangerNow = { told: emergency !== null, ongoing: dialogue?.emergency === true };
    const where = dangerPlace({ text, folded }, inContext, dangerNow, reader.saysWhere);
    return {
      ...base,
      ...inContext,
      ...cared,
      ...tools.careFar(words, care, dialogue, inContext.topic),
      ...caseQuery,
      ...more,
      ...where,
      ...answers,
      // "¿Y qué es la COMAR?": what the sources say of the name, whatever aspect its words hint.
      ...(answers.defines ? { act: 'otherQuestion' as const, facets: [] } : {}),
      ...question,
      ...worse,
      ...thanked,
      ...(asked ? { switchLang: asked } : {}),
      ...(toldForForms.length ? { toldForForms } : {}),
      // "Ya lo encontramos… era mentira todo": the model alone saw danger in it; the message calls it off.
      ...(inContext.act === 'safe' && emergency?.pattern === LEARNED_ALONE
        ? { emergency: null, danger: 'none' as const }
        : {}),
    };
  }
}

export type Understand = ReturnType<typeof createUnderstanding>;
