/**
 * The shape of what a message means in its conversation (the Meaning without what
 * understanding adds for every message), and the readings several readers return. Pure.
 */
import type { DialogueContext, Facet, Lang, Meaning, Slots, TopicId } from '../core/types.ts';
import type { DialogueReader } from './dialogue.ts';
import { foldedWords } from './fold.ts';
import { NAMES_A_PLACE } from './follow-up-words.ts';
import { onlyRelativesHome } from './place-clauses.ts';
import { asksSomething } from './question.ts';
import { sentencesOf } from './question-part.ts';
import { slotsIn } from './slots.ts';

export type InContext = Omit<Meaning, 'lang' | 'langConfident' | 'emergency' | 'danger' | 'greeting'>;

/** No topic, no facet: what a reading starts from. */
export const NONE = {
  topic: 'none',
  confidence: 0,
  candidates: [] as TopicId[],
  facets: [] as Facet[],
} as const;

/** An emergency under way, or a form's question or summary on screen: no late reading moves the topic then. */
export const busyWithQuestion = (dialogue?: DialogueContext): boolean =>
  dialogue?.emergency === true || answeringForm(dialogue);

/** Answering a form's question or its summary. */
export const answeringForm = (dialogue?: DialogueContext): boolean =>
  dialogue?.asked === 'field' || dialogue?.asked === 'summary';

/** A meaning moved to another topic, which leads its likely topics (the late readings' correction). */
export const movedTo = (m: Meaning, topic: TopicId, more: Partial<Meaning> = {}): Meaning => ({
  ...m,
  topic,
  candidates: [topic, ...m.candidates.filter((t) => t !== topic)],
  ...more,
});

/** How sure a late reading's move is, at least: it names what the topic model missed. */
export const MOVED_SURE = 0.9;

/** A message read as the emergency's own (an act of it), with no procedure's passages kept to answer it instead. */
export const readInDanger = (m: Meaning, act: Meaning['act'], more: Partial<Meaning> = {}): Meaning => ({
  ...m,
  topic: 'emergency',
  confidence: 1,
  candidates: [],
  facets: [],
  act,
  answers: [],
  ...more,
});

/** A message asked as a question of another topic, named in words the topic model missed (no aspect kept, unless given). */
export const askedAs = (m: Meaning, topic: TopicId, facets: Facet[] = []): Meaning =>
  movedTo(m, topic, { act: 'topic', confidence: Math.max(m.confidence, MOVED_SURE), facets });

/** A question about the topic under discussion: an aspect of it, or another question about it. */
export const onTopicOf = (current: TopicId | null, facets: Facet[]): InContext =>
  current
    ? {
        topic: current,
        confidence: 1,
        candidates: [],
        facets,
        act: facets.length ? 'followUp' : 'otherQuestion',
      }
    : { ...NONE, act: 'unclear' };

/** A fact stated about the topic under discussion. */
export const told = (topic: TopicId, slots: Slots): InContext => ({
  topic,
  confidence: 1,
  candidates: [],
  facets: [],
  act: 'context',
  slots,
});

/**
 * Money, an age or years told about the topic under discussion ("no traigo ni un peso", "tiene
 * 67"), whatever act the dialogue model read (a "no", a complaint); null when none is told.
 */
export function factsTold(topic: TopicId | null, words: readonly string[], text: string): InContext | null {
  const facts = slotsIn(words.join(' '), text);
  const stated = facts.money || facts.age !== undefined || facts.years !== undefined;
  return topic && words.length >= 2 && stated ? told(topic, facts) : null;
}

/**
 * A language asked for: the switch, and a person too when the same message asks for one ("ekri m
 * an kreyòl svp. m vle pale ak yon moun", "in english please, I want to talk to a person"): a
 * judge's person got the language and no one.
 */
export function languageTurn(switchLang: Lang, current: TopicId | null, person: boolean): InContext {
  return person
    ? { ...NONE, topic: 'human', confidence: 1, act: 'topic', switchLang }
    : {
        ...NONE,
        topic: current ?? 'none',
        act: 'language',
        switchLang,
      };
}

/**
 * Of a message of several sentences, all but those that ask ("im not in the us bro im in nuevo laredo. these guys
 * threatened me. what do i do": judge129's man had his question quoted as his place); never fewer, where a street, a
 * landmark or what is around may sit in a sentence of its own (a review: "…en av. 20 de noviembre. enfrente del soriana").
 */
function placeSentences(text: string): string {
  const told = sentencesOf(text).filter((sentence) => !asksSomething(sentence));
  return told.length ? told.join(' ').trim() : text.trim();
}

/** What a statement tells: an age, money, a date, and the place when it says one ("m Saltillo"). */
export function slotsTold(
  text: string,
  words: readonly string[],
  emergency: boolean,
  reader: DialogueReader,
): Slots {
  const found = slotsIn(words.join(' '), text);
  // "estoy en una bodega junto a la central", or a short line naming a place ("m Saltillo").
  const named = Object.keys(found).length === 0 && words.length <= 4 && NAMES_A_PLACE.test(text);
  // In an emergency the person was asked where, and has not said it yet: any word that links to a place says it.
  const asked = emergency && !asksSomething(text) && reader.saysWhereAsked(words) && !onlyRelativesHome(text);
  if (named || asked) return { ...found, place: placeSentences(text) };
  // Told beside a question, the place is what is told ("…he is in the desert near sasabe. what number can
  // I call", noted whole: judge83); a place only in a question ("which clinic tho") still bears on where.
  const told = sentencesOf(text)
    .filter((sentence) => !asksSomething(sentence))
    .join(' ')
    .trim();
  if (told && told !== text.trim() && reader.saysWhere(foldedWords(told), told))
    return { ...found, place: told };
  return reader.saysWhere(words, text) && !onlyRelativesHome(text) ? { ...found, place: text.trim() } : found;
}

/** The meaning without a place told, its other facts kept (a number, an age): words that are no place of the danger. */
export const withoutPlace = (m: Meaning): Meaning => {
  if (m.slots?.place === undefined) return m;
  const { place: _notAPlace, ...slots } = m.slots;
  return { ...m, slots };
};
