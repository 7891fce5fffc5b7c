/**
 * When a passage of the knowledge base is the reply: understanding finds the passages that
 * share the most words with the message (src/understanding/answer-search.ts); one counts as
 * the answer when it shares enough of them, by weight and by share of the message. Pure.
 */
import { FOREIGNER_TOPICS } from '../../src/core/foreigner-topics.ts';
import type { FoundPassage, Meaning, Reply, TopicId } from '../../src/core/types.ts';

/** The summed weight of the shared words, and its share of the message's own weight. */
const STRONG = { score: 6, coverage: 0.45 };
/** Words at least that a passage shares with a message of that many or more. */
const MIN_SHARED = 2;
/**
 * The same, for a named answer that comes with a topic's first answer: it says most of what was
 * asked, the message says most of one way of asking it, and two of the words it shares are not
 * in that first answer ("soy de honduras y quiero pedir refugio" asks for the first answer alone).
 */
const SURE = { score: 8, coverage: 0.6, askSaid: 0.6, beyondReply: 2 };

/** What share of the message a way of asking said whole must hold when context comes before it. */
const WHOLE_ASK_COVERAGE = 0.3;

/** A long message that says most of one way of asking a named answer, with many rare words of it. */
const HEAVY = { score: 16, askSaid: 0.7, beyondReply: 3 };

/**
 * Whether a named answer is sure to be what the message asks: by SURE's bars; or, of the topic
 * the model reads, by weight in a long message (HEAVY: the words around the question keep its
 * share low); or as a short message that is one of its ways of asking word for word, whose words
 * may be common ones ("ki nimewo telefòn biwo a?": the staff's "ekip biwo a" made "biwo" common).
 */
function isSure(a: FoundPassage, readTopic: TopicId | undefined): boolean {
  const askSaid = a.askSaid ?? 0;
  if (askSaid < SURE.askSaid || a.beyondReply < SURE.beyondReply) return false;
  const bySure = a.score >= SURE.score && a.coverage >= SURE.coverage;
  const heavy =
    a.topic === readTopic &&
    a.score >= HEAVY.score &&
    askSaid >= HEAVY.askSaid &&
    a.beyondReply >= HEAVY.beyondReply;
  const saidWhole = a.score >= STRONG.score && a.coverage >= 0.95 && askSaid >= 0.95;
  return bySure || heavy || saidWhole;
}

/**
 * A named answer one of whose ways of asking an aspect's question says whole, after a clause of
 * context ("tiene 3 años y le di paracetamol pero sigue igual, donde queda ese centro de salud":
 * judge79 got the aspect's paragraph on the Grupos Beta).
 */
export const askedAfterContext = (a: FoundPassage): boolean =>
  isNamed(a) &&
  (a.askSaid ?? 0) >= 0.95 &&
  a.beyondReply >= HEAVY.beyondReply &&
  a.score >= SURE.score &&
  a.coverage >= WHOLE_ASK_COVERAGE;

/**
 * A named answer one of whose ways of asking the message says whole, with words of its own around it
 * ("se puede denunciar sin dar el nombre? nos da miedo q se enteren": the 089 answer in an emergency,
 * session 58). Not sure enough for a first message (it took longing for a dying relative's visa).
 */
export const askedWhole = (a: FoundPassage): boolean =>
  isNamed(a) &&
  (a.askSaid ?? 0) >= 0.95 &&
  a.score >= SURE.score &&
  a.coverage >= STRONG.coverage &&
  a.beyondReply >= 3;

/** Aspects a named answer that merely names the same thing does not answer better than the aspect's own. */
const ASPECT_OWN = new Set(['where', 'time']);
/** How far ahead of every other, in share of a way of asking said, a named answer must be to stand out. */
const STANDS_OUT = 0.25;

/**
 * Of named answers that hold all of a short message and share the same words with it ("pero la
 * curp? ¿quién me la da?"), the one whose ways of asking the message says clearly most of: the
 * CURP's own answer, not the school's or the social security number's that name the CURP too.
 */
function standsOut(m: Meaning | null, topics: readonly TopicId[]): FoundPassage | undefined {
  // "Which clinic?", "how long is the wait?": where and when are the aspect's own to answer.
  if (m?.facets.some((f) => ASPECT_OWN.has(f))) return undefined;
  const whole = (m?.answers ?? []).filter(
    (a) => isNamed(a) && topics.includes(a.topic) && a.coverage >= 0.95,
  );
  const top = Math.max(0, ...whole.map((a) => a.score));
  const tied = whole.filter((a) => a.score === top).sort((a, b) => (b.askSaid ?? 0) - (a.askSaid ?? 0));
  const [best, next] = tied;
  return best &&
    top >= STRONG.score &&
    (best.askSaid ?? 0) >= SURE.askSaid &&
    (best.askSaid ?? 0) - (next?.askSaid ?? 0) >= STANDS_OUT
    ? best
    : undefined;
}

/** The best passage found for the message in these topics that shares enough of it, if any. */
export function strongPassage(
  m: Meaning | null,
  topics: readonly TopicId[],
  keep: (found: FoundPassage) => boolean = () => true,
  how: 'strong' | 'sure' = 'strong',
): FoundPassage | undefined {
  const found = firstStrong(m, topics, keep, how);
  if (found || how !== 'sure') return found;
  const outstanding = standsOut(m, topics);
  return outstanding && keep(outstanding) ? outstanding : undefined;
}

function firstStrong(
  m: Meaning | null,
  topics: readonly TopicId[],
  keep: (found: FoundPassage) => boolean,
  how: 'strong' | 'sure',
): FoundPassage | undefined {
  return (m?.answers ?? []).find(
    (a) =>
      topics.includes(a.topic) &&
      (how === 'sure' ? isSure(a, m?.topic) : a.score >= STRONG.score && a.coverage >= STRONG.coverage) &&
      // One rare word in common is no answer to a question of several ("complaint about the police").
      a.shared >= Math.min(MIN_SHARED, a.words) &&
      keep(a),
  );
}

/**
 * A named answer a long question says many rare words of ("also last time at the checkpoint a federal guy asked me for
 * 200 bucks to let me thru. can i report that?": the Paisano complaints' answer), whose share of the whole message the
 * words around keep under STRONG's: likelier the answer than the entry's nearest sentence (judge92 got "check before
 * you travel" as the closest).
 */
const LIKELY = { score: 12, shared: 4, askSaid: 0.45 };
export const likelyNamed = (
  m: Meaning | null,
  topic: TopicId,
  keep: (found: FoundPassage) => boolean,
): FoundPassage | undefined =>
  (m?.answers ?? []).find(
    (a) =>
      isNamed(a) &&
      a.topic === topic &&
      a.score >= LIKELY.score &&
      a.shared >= LIKELY.shared &&
      (a.askSaid ?? 0) >= LIKELY.askSaid &&
      keep(a),
  );

/** How sure the topic model must be of a new topic for no other topic's named answer to be looked at first. */
const SURE_TOPIC = 0.8;
/** How much more a named answer of the topic under discussion must share with a message than anything of the new topic. */
const CLEARLY_BETTER = 1.25;

export const isNamed = (a: FoundPassage) => a.passage.startsWith('answer.');

/**
 * The named answer that says what a message asked, when the topic model reads a new topic in
 * it: one of that topic; when the model is unsure, one of the topic under discussion (the
 * temporary CURP of a refugee applicant, asked in a conversation about asylum) or of its
 * runner-up; when it is sure, one of the topic under discussion that shares clearly more with
 * the message than anything of the new topic ("¿y mientras me dan una CURP temporal?" stays on
 * asylum; "m bezwen pale ak yon sikològ" goes to psychological support).
 */
export function namedAnswerFor(
  m: Meaning,
  current: TopicId | null,
  among: 'its topics' | 'any topic' = 'its topics',
  firstGiven = false,
): FoundPassage | undefined {
  // The topic model saw no topic: the surest named answer of any, if one says most of the message.
  // A long message that says most of one way of asking it, with many of its rare words, counts
  // there too ("…no quiero quedarme aquí, ¿hay un albergue para mujeres y niños en Monterrey?").
  if (among === 'any topic')
    return (m.answers ?? []).find(
      (a) => isNamed(a) && a.shared >= Math.min(MIN_SHARED, a.words) && isSure(a, a.topic),
    );
  // An aspect asked with one word of a named answer, the topic's own name ("how long does the apostille usually
  // take?" after staff closed: sight82-a got what an apostille is), is that aspect, not that answer.
  const aspectAsked = m.facets.some((f) => f !== 'steps');
  const saysMore = (a: FoundPassage | undefined) =>
    aspectAsked && a && a.shared < MIN_SHARED ? undefined : a;
  const sure = m.confidence >= SURE_TOPIC;
  const runnerUp = m.candidates.filter((t) => t !== m.topic).slice(0, 1);
  const others = sure ? [] : [...(current ? [current] : []), ...runnerUp];
  const found = saysMore(
    strongPassage(m, [m.topic, ...others], isNamed, 'sure') ?? (firstGiven ? beyondFirst(m) : undefined),
  );
  if (!current || !sure) return found;
  const kept = saysMore(strongPassage(m, [current], isNamed, 'sure'));
  // One of the topic under discussion that shares more with the message than the new topic's
  // ("while I wait, can I get a CURP to work?" during asylum: the applicant's temporary CURP).
  if (found) return kept && kept.score > found.score ? kept : found;
  const rival = Math.max(0, ...(m.answers ?? []).filter((a) => a.topic === m.topic).map((a) => a.score));
  return kept && kept.score >= CLEARLY_BETTER * rival ? kept : undefined;
}

/**
 * Back to a topic whose first answer was given already, a named answer the message asks by SURE's bars, its words in
 * that first answer or not ("y la constancia de repatriacion para q sirve?" after the deportation's answer named the
 * certificate: judge117 and judge118 got that first answer again).
 */
const beyondFirst = (m: Meaning): FoundPassage | undefined =>
  (m.answers ?? []).find(
    (a) =>
      a.topic === m.topic &&
      isNamed(a) &&
      (a.askSaid ?? 0) >= SURE.askSaid &&
      a.score >= SURE.score &&
      a.coverage >= SURE.coverage &&
      a.beyondReply >= 1 &&
      a.shared >= Math.min(MIN_SHARED, a.words),
  );

/** How much of a place told the named answer must hold, and of one of its ways of asking the message says. */
const PLACE = { coverage: 0.65, askSaid: 0.5 };

/** Words at most in a short statement that may name a place in lower case ("estoy en monterrey"). */
const SHORT_STATEMENT = 5;

/**
 * The named answer of the topic about a place told as context ("m nan Monterrey", "nou rive
 * tapachula"): of those that hold most of what the message says, the one asked most like it.
 * None when the message tells no place (a short statement of nothing else may name one).
 */
export function placePassage(m: Meaning, topic: TopicId, words: number): FoundPassage | undefined {
  const slots = Object.keys(m.slots ?? {});
  const mayName = slots.length === 0 && words <= SHORT_STATEMENT;
  if (!m.slots?.place && !mayName) return undefined;
  const near = (m.answers ?? []).filter(
    (a) =>
      a.topic === topic && isNamed(a) && a.coverage >= PLACE.coverage && (a.askSaid ?? 0) >= PLACE.askSaid,
  );
  return near.sort((a, b) => (b.askSaid ?? 0) - (a.askSaid ?? 0))[0];
}

/**
 * A person asked for with a question about the office in the same words ("is there someone who
 * speaks creole?", "¿hay alguien que hable inglés?"): what the office's named answer says of it,
 * before the place in line (a fresh hand judge found the question left unanswered).
 */
export function officeAnswerTo(m: Meaning | null): Reply[] {
  const said = m?.topic === 'human' ? strongPassage(m, ['office_info'], isNamed, 'sure') : undefined;
  if (said) return [{ kind: 'passage', topic: 'office_info', passage: said.passage }];
  // The office's hours asked with the person ("Yes, a person please… what time do you open?"): what the sources say.
  return m?.topic === 'human' && m.facets.includes('time')
    ? [{ kind: 'facet', topic: 'office_info', facets: ['time'] }]
    : [];
}

/**
 * Another topic's named answer that shares clearly more with a question than anything of the topic
 * under discussion, and whose ways of asking the question says most of ("ocupo jale, ¿ayudan con
 * trabajo a los deportados?" while on deportation: the employment service, not the airports).
 */
export function clearlyElsewhere(m: Meaning, current: TopicId): FoundPassage | undefined {
  const strong = (a: FoundPassage) =>
    a.score >= STRONG.score && a.coverage >= STRONG.coverage && a.shared >= Math.min(MIN_SHARED, a.words);
  const answers = m.answers ?? [];
  const own = Math.max(0, ...answers.filter((a) => a.topic === current).map((a) => a.score));
  const best = answers
    // A foreigner in Mexico asking "can they deport me?" asks about that status, not the help
    // Mexicans get after a deportation (as topic-switch.ts keeps it).
    .filter((a) => a.topic !== current && !(FOREIGNER_TOPICS.has(current) && a.topic === 'deportee_support'))
    .filter((a) => isNamed(a) && strong(a) && (a.askSaid ?? 0) >= SURE.askSaid)
    .sort((a, b) => b.score - a.score)[0];
  return best && best.score >= CLEARLY_BETTER * own ? best : undefined;
}

/** How much a message says of a facet's own paragraph of the topic (0 when none was found). */
export const ownScore = (m: Meaning, topic: TopicId, facet: string): number =>
  m.answers?.find((a) => a.topic === topic && a.passage.startsWith(`facet.${facet}.`))?.score ?? 0;

/**
 * The passage of a topic that answers a message: a strong one (a sure one with a facet asked: a passage that merely
 * shares words, "how much is the passport?" and the trips to the consulate, says something else), or one whose way of
 * asking the facet's question is said whole after context, or (any passage wanted) a named one a long question says
 * many rare words of.
 */
export function passageFound(
  m: Meaning,
  topic: TopicId,
  keep: (found: FoundPassage) => boolean,
  facetAsked: boolean,
  any: boolean,
): FoundPassage | undefined {
  return (
    strongPassage(m, [topic], keep, facetAsked ? 'sure' : 'strong') ??
    (facetAsked ? m.answers?.find((a) => a.topic === topic && askedAfterContext(a) && keep(a)) : undefined) ??
    (any ? likelyNamed(m, topic, keep) : undefined)
  );
}
