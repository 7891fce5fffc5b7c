/**
 * Which passages of the knowledge base may answer a message (answer-search.ts), searched in the
 * topics it may be about: the one the message reads as, the one under discussion, and, as the
 * situation asks, the emergency's, the topic model's runner-up or likeliest topics, or the topics
 * a question about something else reads as on its own. The flow chooses among them. Pure.
 */
import type { DialogueContext, FoundPassage, Lang, Meaning, TopicId } from '../core/types.ts';
import type { createClassify } from './classify-topic.ts';
import { nameAsked } from './definition.ts';
import { foldedWords } from './fold.ts';
import { REFERS_BACK } from './follow-up-words.ts';
import { asksSomething } from './question.ts';
import { firstClause, sentencesOf } from './question-part.ts';
import type { ReadingTools } from './reading-tools.ts';
import { saysSubject } from './word-bound-answers.ts';

/** How sure the topic model must be of a topic for an emergency's question to be searched in it too. */
const SURE_TOPIC = 0.8;
/** Passages kept for the flow to choose from. */
const ANSWERS_KEPT = 6;
/** Passages searched beyond those, for the bound answers of states not named that are set aside. */
const BOUND_SPARE = 4;
/** The summed weight a passage must share with a name asked about to say what it is. */
const NAME_SAID = 6;
/** The share of the name's weight a passage must hold. */
const NAME_WHOLE = 0.95;
/** What a message may be doing when it asks what a name means (not asking for a person, the wait…). */
const MAY_ASK_A_NAME = new Set<Meaning['act']>([
  'followUp',
  'otherQuestion',
  'context',
  'unclear',
  'topic',
  'greeting',
]);
/** The likeliest topics searched for a named answer when the topic model reads none. */
const UNREAD_TOPICS = 3;

export function createPassageLookup(
  tools: Pick<ReadingTools, 'searchAnswers' | 'reader' | 'withStates' | 'spelledOut' | 'boundAnswers'>,
  classify: (text: string, lang: Lang) => ReturnType<ReturnType<typeof createClassify>>,
) {
  /** The topic the model is sure a message is about, if any. */
  function sureTopic(text: string, lang: Lang): TopicId[] {
    const read = classify(text, lang);
    return read.topic !== 'none' && read.confidence >= SURE_TOPIC ? [read.topic] : [];
  }

  /** The likeliest topics of a message read without the conversation around it. */
  function readAlone(text: string, lang: Lang): TopicId[] {
    const read = classify(text, lang);
    return read.topic === 'none'
      ? read.candidates.slice(0, UNREAD_TOPICS)
      : [read.topic, ...read.candidates.slice(0, UNREAD_TOPICS - 1)];
  }

  /**
   * A name asked about in a conversation ("y qué es la COMAR? perdón no sé"): the passages that
   * hold the name, searched by its words alone, in the topic under discussion and the name's
   * likeliest; none when the name is an aspect ("what is the cost") or no passage holds it all.
   */
  function definition(text: string, lang: Lang, act: Meaning['act'], dialogue?: DialogueContext) {
    if (!dialogue?.topic || dialogue.emergency || dialogue.form || !MAY_ASK_A_NAME.has(act)) return null;
    const name = nameAsked(text);
    if (!name || tools.reader.facetsIn(name, name.join(' ')).facets.length) return null;
    const topics = [dialogue.topic, ...readAlone(name.join(' '), lang)].filter((t) => t !== 'none');
    const found = tools
      .searchAnswers(name, lang, [...new Set(topics)], ANSWERS_KEPT)
      .map(({ part: _, ...f }) => f);
    // Every word of the name, by weight: "humanitarian" alone does not say what the card is.
    const says = found.filter((f) => f.score >= NAME_SAID && f.coverage >= NAME_WHOLE);
    // The topic under discussion's own passage first ("what is the humanitarian visitor card" on status in Mexico).
    const best = says.find((f) => f.topic === dialogue.topic) ?? says[0];
    // A name in capitals ("INM", "FINABIEN"): the passages that spell it out come first, the topic
    // under discussion's if it has any; one that too many passages hold is found by them alone.
    const spelled = tools.spelledOut(name, lang, [...new Set(topics)]);
    const own = spelled.filter((f) => f.topic === dialogue.topic);
    const lead = own.length ? own : spelled;
    // A name none of whose passages is the topic under discussion's is another topic's ("Epi Paisano, kisa sa ye?" while
    // on status in Mexico): that topic is the one asked about now.
    const elsewhere = best && best.topic !== dialogue.topic ? { topic: best.topic } : {};
    if (best)
      return {
        answers: [...lead, best, ...found.filter((f) => f !== best)],
        defines: true as const,
        ...elsewhere,
      };
    return spelled.length ? { answers: spelled, defines: true as const } : null;
  }

  /** The passages that may answer the message: in the topic it reads as, and the one under discussion. */
  return function answersFor(
    text: string,
    words: readonly string[],
    lang: Lang,
    read: Pick<Meaning, 'topic' | 'confidence' | 'candidates' | 'act' | 'facets'>,
    dialogue?: DialogueContext,
  ): { answers?: FoundPassage[]; defines?: true; states?: string[]; topic?: TopicId } {
    // The states the message names: the conversation keeps them for the answers bound to a state.
    const told = tools.boundAnswers.statesIn(words);
    const states = told.length ? { states: told } : {};
    const named = definition(text, lang, read.act, dialogue);
    if (named) return { ...named, ...states };
    // In an emergency a question may be about any procedure: the topics the model sees in it too.
    // With its urgent case still open, the emergency's own answers ("how do I report them without my name?").
    const likely = dialogue?.emergency
      ? ['emergency', ...sureTopic(text, lang)]
      : dialogue?.urgentOpen
        ? ['emergency']
        : [];
    // A topic the model is unsure of: its runner-up may hold the answer to what was asked
    // ("solicité refugio, ¿me dan una CURP temporal?" reads as status in Mexico, then asylum).
    const runnerUp = read.confidence < SURE_TOPIC ? read.candidates.slice(0, 2) : [];
    // A message the topic model reads as no topic may still say most of a way of asking a named
    // answer ("me ofrecieron chamba en una finca de Chiapas, ¿qué papel ocupo?"): its likeliest
    // topics (every topic found the same on our sets, at twice the cost).
    const unread =
      read.topic === 'none' && !dialogue?.emergency ? read.candidates.slice(0, UNREAD_TOPICS) : [];
    // A question about something else in the middle of a topic ("also I never finished school,
    // can I do that here?"): the topics the message reads as on its own may hold the answer.
    // Not one that opens pointing back ("and can I do that without my passport?").
    const elsewhere =
      dialogue?.topic &&
      !dialogue.emergency &&
      read.act === 'otherQuestion' &&
      !foldedWords(firstClause(text)).some((w) => REFERS_BACK.has(w))
        ? readAlone(text, lang)
        : [];
    // A person asked for along with a question about the office ("is there someone who speaks
    // creole?"): the office's own answers may say what the sources know of it.
    const office = read.topic === 'human' ? ['office_info'] : [];
    const topics = [
      read.topic,
      ...office,
      dialogue?.topic ?? 'none',
      ...likely,
      ...runnerUp,
      ...unread,
      ...elsewhere,
    ].filter((t) => t !== 'none' && t !== 'human');
    // "de uruapan" is searched as Michoacán too: what the sources say of that state may answer it.
    const searched = tools.withStates(words);
    // Another state's own programme only where that state was named, here or before (bound-answers.ts).
    const statesNamed = [...told, ...(dialogue?.states ?? [])];
    const said = words.join(' ');
    const found = topics.length
      ? tools
          .searchAnswers(searched, lang, [...new Set(topics)], ANSWERS_KEPT + BOUND_SPARE)
          .filter((f) => tools.boundAnswers.mayAnswer(f, statesNamed) && saysSubject(f, said))
          .slice(0, ANSWERS_KEPT)
      : [];
    if (!found.length) return states;
    // Only an aspect's answer reads the mark (talk.ts), never an emergency's: no second search otherwise.
    const asked = read.facets.length && !dialogue?.emergency ? askedApart(text) : null;
    const inQuestion = asked
      ? tools.searchAnswers(foldedWords(asked), lang, [...new Set(topics)], ANSWERS_KEPT + BOUND_SPARE)
      : null;
    const marked = (f: FoundPassage): FoundPassage =>
      inQuestion && !inQuestion.some((q) => q.topic === f.topic && q.passage === f.passage)
        ? { ...f, onlyContext: true }
        : f;
    return { answers: found.map(({ part: _, ...f }) => marked(f)), ...states };
  };
}

/**
 * The sentences that ask, when others only tell ("ki papye m bezwen pote? m gen paspò ayisyen men li
 * ekspire"): a passage found by what is told alone answers something else. Null when every sentence
 * asks or none does.
 */
function askedApart(text: string): string | null {
  const sentences = sentencesOf(text);
  const asking = sentences.filter((s) => asksSomething(s));
  return asking.length && asking.length < sentences.length ? asking.join(' ') : null;
}
