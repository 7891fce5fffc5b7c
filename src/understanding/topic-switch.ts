/**
 * When a follow-up moves to another topic: only when the message names it, by a glossary term
 * of several words ("kat rezidan", "constancia de origen"), or by one word when the topic under
 * discussion is not among the model's likely topics ("can I work with it?" stays on the card:
 * "work" is weak). Shared by the hand rules and the dialogue layer. Pure.
 */
import { FOREIGNER_TOPICS } from '../core/foreigner-topics.ts';
import type { Lang, TopicId } from '../core/types.ts';
import { sees } from './classify-topic.ts';
import { SURE_UNNAMED, UNNAMED_WORDS } from './follow-up-settings.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { papersToldFor } from './papers-held.ts';
import { asksSomething } from './question.ts';

/** The glossary terms of a message, with their length in words. */
export type Terms = ReadonlyMap<string, number>;

/** Topics a question moves to only when it names them. */
const UNNAMED_NEVER = new Set<TopicId>(['none', 'human', 'office_info']);
/** Asking to apply for a procedure ("y si pido refugio?", "eske nou ka mande azil la tou?", "can we apply for asylum"); "yo mande papye?" asks what they ask. */
const APPLIES =
  /\b(pido|pida|pidas|pidamos|pedir|pedimos|pedirlo|pedirla|solicito|solicitar|solicitamos|apply|applying|ask for|request|(m|mwen|nou|n) (ka |ta |vle |dwe |pral )?(mande|fe demann))\b/;

/** A part of the talk named ("lo de la…", "what about the…", "e pou…"), folded. */
/** Names of offices and cards a question may open on ("lekòl la", "paspò a" are the person's own things). */
const LEADING_NAMES = new Set([
  'tvrh',
  'cnb',
  'comar',
  'ifdp',
  'cndh',
  'conasama',
  'censida',
  'ceav',
  'fevimtra',
]);
/** The office's own words ("adrès la tanpri": the address of what was just named) lead to no procedure. */
const NOT_LED: ReadonlySet<TopicId> = new Set<TopicId>(['office_info', 'human', 'emergency']);
/** A word that opens a Kreyòl message, after a greeting, and the article that points at it ("TVRH la", "CNB a"). */
const LED_BY = /^(?:(?:bonjou|bonswa|alo|allo|ok|oke|e|epi)\s+)*(\S+)\s+(?:la|a|an|lan)\b/;
/** A need said ("tmb ocupo…", "i need…", "m bezwen…"), not what one has ("m gen selman paspò m"). */
const NEED =
  /\b(ocupo|ocupamos|necesito|necesitamos|quiero|queremos|quisiera|need|needs|want|wanna|bezwen|vle)\b/;
// "is it free? the dual nationality thing i mean" (judge126): a part named as what is meant.
const PART_NAMED =
  /\b(lo de|lo del|what about|how about|as for|regarding|e pou|epi pou|zafe|i mean|i meant|me refiero a|quiero decir|o sea|m vle di)\b/;

export function createTopicSwitch(glossary: GlossaryMatcher) {
  const tokensOf = new Map<string, Set<string>>();
  /** The glossary tokens that point to a topic, kept once per topic. */
  function tokensFor(topic: TopicId): Set<string> {
    let tokens = tokensOf.get(topic);
    if (!tokens) {
      tokens = new Set(glossary.tokensFor(topic));
      tokensOf.set(topic, tokens);
    }
    return tokens;
  }
  /**
   * How the message names a topic: the longest glossary term in it that points to that topic
   * and not to the one under discussion, in words (0: it does not name it).
   */
  function names(terms: Terms, topic: TopicId, current: TopicId): number {
    let longest = 0;
    for (const [token, length] of terms)
      if (tokensFor(topic).has(token) && !tokensFor(current).has(token)) longest = Math.max(longest, length);
    return longest;
  }
  /** The message holds a glossary term that points to some topic other than the one under discussion. */
  function namesAnother(terms: Terms, current: TopicId): boolean {
    const own = tokensFor(current);
    for (const token of terms.keys())
      if (!own.has(token) && glossary.topicsOf(token).some((t) => t !== current)) return true;
    return false;
  }
  /**
   * Whether the topic under discussion is among a reading's likely topics: with a real share (`sees`) when a term
   * of several words names the other ("seguro social" while on the remains: sight60-a), else anywhere in its three
   * (a lone "apostille" asked on dual nationality is about it, though the model gives it all to apostilles).
   */
  function keeps(
    read: { topic: TopicId; candidates: readonly TopicId[]; near?: readonly TopicId[] },
    current: TopicId,
    terms: Terms,
  ) {
    return names(terms, read.topic, current) >= 2 ? sees(read, current) : read.candidates.includes(current);
  }
  /** Whether a reading of the message (its topic and likely topics) takes over from `current`. */
  function switchesTo(
    read: { topic: TopicId; candidates: readonly TopicId[] },
    current: TopicId | null,
    terms: Terms,
  ) {
    if (read.topic === 'none' || read.topic === current) return false;
    if (!current) return true;
    // A foreigner asking about status in Mexico who asks "can they deport me?" asks about that
    // status, not the help Mexicans get after a deportation (a Haitian in Monterrey got the latter).
    if (FOREIGNER_TOPICS.has(current) && read.topic === 'deportee_support') return false;
    const named = names(terms, read.topic, current);
    return named >= 2 || (named === 1 && !read.candidates.includes(current));
  }
  /**
   * Whether a message the dialogue model reads as a fact told moves to another topic: as a question
   * does, but never to the office for a place told ("they live in Vicente Guerrero, 2 hours from the
   * city"), only for a question ("¿cuál es el teléfono de la oficina?", which a retrained model read
   * as a fact). When it tells no place, age, name or other fact (`slots`), a need (NEED) the model, reading it
   * alone, is all but sure is another topic's moves there too ("tmb ocupo una copia certificada de mi acta
   * de nacimiento" on the humanitarian permit: sight68-a got "noted").
   */
  function factSwitchesTo(
    read: { topic: TopicId; confidence: number; candidates: readonly TopicId[] },
    current: TopicId,
    terms: Terms,
    { text, words, slots }: { text: string; words: readonly string[]; slots: object },
  ) {
    // "m gen kat TVRH" while on remittances: the papers in hand, told for this topic.
    if (papersToldFor(text, current)) return false;
    if (
      !Object.keys(slots).length &&
      NEED.test(words.join(' ')) &&
      sureElsewhere(read, current, words, terms)
    )
      return true;
    return (read.topic !== 'office_info' || asksSomething(text)) && switchesTo(read, current, terms);
  }
  /**
   * A question long enough to stand alone that the topic model, reading it alone, is all but sure is about
   * another topic, one it does not see this one beside ("y si quiero poner mi propio taller de soldadura,
   * dan prestamos o algo?" after jobs on return; "is there any way she could come visit us?" after support
   * for a mother): it moves there though no glossary term names it (sight49-a). Asked as applying for it
   * ("y si pido refugio?" on the humanitarian card: a fresh set's mother got the card's eligibility), a
   * term of the other topic named (`terms`) moves a question of any length there, though the model sees
   * this one too. Only so: "ocupan apostilla?" on dual nationality and "y si nos niegan la visa?" on the
   * visits programme are about the topic under discussion (a trial without it: 23 turns gained, 23 lost).
   */
  function sureElsewhere(
    read: { topic: TopicId; confidence: number; candidates: readonly TopicId[] },
    current: TopicId | null,
    words: readonly string[],
    terms?: Terms,
  ) {
    // A person or the office are asked for in words (dialogue.ts), never by the model's leaning alone.
    if (current === null || read.topic === current || UNNAMED_NEVER.has(read.topic)) return false;
    if (read.confidence < SURE_UNNAMED) return false;
    if (terms && appliesTo(read, current, words)) return true;
    return (
      words.length >= UNNAMED_WORDS &&
      !(terms ? keeps(read, current, terms) : read.candidates.includes(current))
    );
  }
  /**
   * Asking to apply for another topic's procedure by one of its terms, named after the asking ("y si pido refugio?",
   * "m ka mande refij tou?"), the topic model all but sure of it: a move there, though it sees this one too. A term
   * told before it is what one lacks or has ("m pa gen paspò, eske m ka mande kanmenm?" on asylum asks asylum).
   */
  function appliesTo(
    read: { topic: TopicId; confidence: number },
    current: TopicId | null,
    words: readonly string[],
  ) {
    if (current === null || read.topic === current || UNNAMED_NEVER.has(read.topic)) return false;
    const joined = words.join(' ');
    const at = joined.search(APPLIES);
    if (at < 0 || read.confidence < SURE_UNNAMED) return false;
    return names(glossary.termsWithLength(joined.slice(at)), read.topic, current) >= 1;
  }
  /**
   * A message that opens on one topic's own word and points at it ("TVRH la, konbyen jou li pran?", "bonswa. CNB a,
   * ki nimewo li?": judge90's Haitians got the legal advice's time and the psychologists' place): that topic.
   */
  function ledBy(current: TopicId, folded: string): TopicId | null {
    const word = LED_BY.exec(folded)?.[1];
    if (!word || !LEADING_NAMES.has(word)) return null;
    const tokens = [...glossary.termsWithLength(word).keys()];
    if (tokens.length !== 1 || tokensFor(current).has(tokens[0] as string)) return null;
    const topics = glossary.topicsOf(tokens[0] as string);
    const topic = topics.length === 1 ? (topics[0] as TopicId) : null;
    return topic && topic !== current && !NOT_LED.has(topic) ? topic : null;
  }
  /**
   * The one topic a message names outright as the part it asks about ("y cuánto tarda lo de la doble
   * nacionalidad?", "what about the dual nationality", "e pou doub nasyonalite a?"): a term of several
   * words of one topic only, none of the topic under discussion's, after a marker that names a part.
   * Null when none is, or more than one (judge85's mother got the passport's time twice).
   */
  function namedPart(terms: () => Terms, current: TopicId, folded: string, lang?: Lang): TopicId | null {
    const led = lang === 'ht' ? ledBy(current, folded) : null;
    if (led) return led;
    // The marker first: the glossary's terms are found only for a message that names a part.
    if (!PART_NAMED.test(folded)) return null;
    const named = new Set<TopicId>();
    for (const [token, length] of terms()) {
      if (tokensFor(current).has(token)) return null;
      const topics = glossary.topicsOf(token);
      if (length >= 2 && topics.length === 1 && topics[0] !== current) named.add(topics[0] as TopicId);
    }
    return named.size === 1 ? ([...named][0] ?? null) : null;
  }
  return { names, namesAnother, switchesTo, keeps, factSwitchesTo, sureElsewhere, appliesTo, namedPart };
}

export type TopicSwitch = ReturnType<typeof createTopicSwitch>;
