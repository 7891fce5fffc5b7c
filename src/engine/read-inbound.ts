/**
 * Reads a person's message into a flow event: a global command ("MENÚ", "/borrar",
 * "EFASE"), a choice (a button, or a typed "2", "dos", "de" or the option's words), a
 * language named alone, a file, or free text with its meaning, read against what the
 * conversation was just doing (the flow's dialogue context). Only whole messages count as
 * commands, so "quiero borrar mi cita" is a question, not an erase request. Button values
 * are decoded by flows/choices.ts; one it does not know becomes `user.unknownChoice`. A
 * file's caption is read as text; a location shared in an emergency is the place the person
 * is (with its point); any other file or shared item is a file, with what it carries noted.
 */
import type { ChoiceCodec, FlowEvent, FlowView } from '../../flows/index.ts';
import { type Inbound, type InboundPlace, MAX_READ, type ReactionContent } from '../core/messages.ts';
import { mediaNote, placeWords } from '../core/said-line.ts';
import { type DialogueContext, LANGS, type Lang, type Meaning } from '../core/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { fold } from '../understanding/fold.ts';

const COMMANDS = ['menu', 'language', 'human', 'erase', 'restart'] as const;
type Command = (typeof COMMANDS)[number];
const NUMBERED = /^(?:#|n|no|num|numero|opcion|option|opsyon|nimewo)?\s*(\d{1,2})$/;

export type Understand = (text: string, hint?: Lang, dialogue?: DialogueContext) => Meaning;

/** A message to read: words, a choice or a file. A reaction is not read (reaction.ts keeps it). */
export type ReadableInbound = Omit<Inbound, 'content'> & {
  content: Exclude<Inbound['content'], ReactionContent>;
};

export function createInboundReader(i18n: I18n, understand: Understand, codec: ChoiceCodec) {
  const commands = new Map<string, { command: Command; lang: Lang }>();
  const numberWords = new Map<string, number>();
  // "English", "kreyòl", "en español" alone: the language to write in (WhatsApp has no button to tap).
  const languageNames = new Map<string, Lang>();
  for (const lang of LANGS) {
    for (const command of COMMANDS) {
      for (const word of i18n.list(lang, `commands.${command}`)) {
        const key = fold(word);
        if (!commands.has(key)) commands.set(key, { command, lang });
      }
    }
    for (const named of LANGS) {
      for (const word of i18n.list(lang, `languageNames.${named}`)) languageNames.set(fold(word), named);
    }
    i18n.list(lang, 'choice.numbers').forEach((word, index) => {
      if (!numberWords.has(fold(word))) numberWords.set(fold(word), index);
    });
  }

  // A button's label in every language, folded; texts do not change while the process runs.
  const labels = new Map<string, Set<string>>();
  function labelsOf(key: string): Set<string> {
    let set = labels.get(key);
    if (!set) {
      set = new Set(LANGS.map((lang) => fold(i18n.t(lang)(key))));
      labels.set(key, set);
    }
    return set;
  }

  // The same labels as words, for wordsLike: split once, not for every message and button.
  const labelWords = new Map<string, string[][]>();
  function wordsOfLabels(key: string): string[][] {
    let words = labelWords.get(key);
    if (!words) {
      words = [...labelsOf(key)].map(wordsOf);
      labelWords.set(key, words);
    }
    return words;
  }

  /** Which of the buttons on screen a typed text means, if any. */
  function choiceFromText(folded: string, choices: FlowView['choices']): string | null {
    if (choices.length === 0) return null;
    const digits = NUMBERED.exec(folded);
    const index = digits ? Number(digits[1]) - 1 : numberWords.get(folded);
    if (index !== undefined && choices[index]) return choices[index].value;
    for (const choice of choices) if (labelsOf(choice.label).has(folded)) return choice.value;
    // A label typed back with a word added or changed ("si con una persona por favor"): the
    // one button it is closest to, when exactly one is close enough.
    const typed = wordsOf(folded);
    const close = choices.filter((choice) =>
      wordsOfLabels(choice.label).some((label) => wordsLike(typed, label)),
    );
    return close.length === 1 ? (close[0]?.value ?? null) : null;
  }

  const choiceEvent = (value: string, at: number): FlowEvent => {
    const choice = codec.decode(value);
    return choice ? { type: 'user.choice', choice, at } : { type: 'user.unknownChoice', at };
  };

  /**
   * A button's label typed back. When the language was only guessed ("alo"), a label typed in
   * another language clearly ("m vle pale ak yon moun") settles it.
   */
  function typedChoice(value: string, text: string, view: FlowView, at: number, hint?: Lang): FlowEvent {
    const event = choiceEvent(value, at);
    if (!view.langGuessed || event.type !== 'user.choice') return event;
    const read = understand(text, hint, view.dialogue);
    return read.langConfident || read.langClear ? { ...event, lang: read.lang } : event;
  }

  /** Free text (a caption too): a command, a language, a choice typed, or words with their meaning. */
  function readText(
    written: string,
    view: FlowView,
    at: number,
    hint: Lang | undefined,
    media?: string,
  ): { event: FlowEvent; meaning: Meaning | null } {
    // Understood on its first MAX_READ characters; the transcript keeps it whole (core/said-line.ts).
    const text = written.length > MAX_READ ? startOf(written) : written;
    // fold() turns the slash of "/menu" into nothing.
    const folded = fold(text);
    const command = commands.get(folded);
    if (command) {
      // A command keeps the conversation's language; only a first message takes it from the
      // command word ("MENI"), or from the channel's hint for a slash command ("/start").
      const slash = text.trimStart().startsWith('/');
      // A slash command is the same word in every language: without a hint, the office's own language.
      const lang = view.lang === null ? (slash ? hint : command.lang) : undefined;
      return { event: { type: `cmd.${command.command}`, at, ...(lang ? { lang } : {}) }, meaning: null };
    }
    // Waiting for staff, or in an emergency, a language's name is a message that asks for it
    // (understanding reads it so): those states take no menu choice ("KREYOL" got the queue's
    // acknowledgement in Spanish).
    const named = view.inForm || view.withStaff ? undefined : languageNames.get(folded);
    if (named)
      return { event: { type: 'user.choice', choice: { kind: 'lang', lang: named }, at }, meaning: null };
    const typed = choiceFromText(folded, view.choices);
    if (typed) return { event: typedChoice(typed, text, view, at, hint), meaning: null };
    const meaning = understand(text, hint, view.dialogue);
    return { event: { type: 'user.text', text, meaning, at, ...(media ? { media } : {}) }, meaning };
  }

  /**
   * A location shared during an emergency: the answer to "where are you?", read as a place told
   * (what a typed "estoy en el Hospital General" means), its point carried for the urgent ticket.
   * Not typed, so no meaning for the office's reports.
   */
  function readPlace(
    place: InboundPlace,
    view: FlowView,
    at: number,
    hint: Lang | undefined,
  ): { event: FlowEvent; meaning: null } {
    const text = placeWords(place);
    const lang = view.lang ?? hint ?? understand(text, undefined, view.dialogue).lang;
    const meaning: Meaning = {
      lang,
      langConfident: false,
      emergency: null,
      danger: 'none',
      topic: 'none',
      confidence: 1,
      candidates: [],
      greeting: false,
      act: 'context',
      facets: [],
      slots: { place: text },
    };
    const point = { lat: place.lat, lon: place.lon };
    return { event: { type: 'user.text', text, meaning, place: point, at }, meaning: null };
  }

  /** The event for the flow, and what the text meant (null for buttons, commands, files and places). */
  return function readInbound(
    inbound: ReadableInbound,
    view: FlowView,
    at: number,
  ): { event: FlowEvent; meaning: Meaning | null } {
    const hint = view.lang ?? inbound.langHint;
    const content = inbound.content;
    if (content.type === 'choice') {
      const event = choiceEvent(content.value, at);
      // A language chosen in a form (the web chat's header) would be read as a skipped question.
      const inForm = view.inForm && event.type === 'user.choice' && event.choice.kind === 'lang';
      return { event: inForm ? { type: 'user.unknownChoice', at } : event, meaning: null };
    }
    if (content.type === 'text') return readText(content.text, view, at, hint);
    // A caption is the person's words: understood exactly as if typed, the file noted with it.
    if (content.caption?.trim()) return readText(content.caption, view, at, hint, content.media);
    if (content.place && view.emergency) return readPlace(content.place, view, at, hint);
    const note = mediaNote(content);
    return {
      event: {
        type: 'user.media',
        media: content.media,
        at,
        ...(note ? { note } : {}),
        ...(hint ? { lang: hint } : {}),
      },
      meaning: null,
    };
  };
}

export type ReadInbound = ReturnType<typeof createInboundReader>;

/** The first MAX_READ characters, without splitting an emoji's surrogate pair. */
function startOf(text: string): string {
  const code = text.charCodeAt(MAX_READ - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_READ - 1 : MAX_READ);
}

/** Words a typed label may add to a button's own, or change in it. */
const EXTRA_WORDS = 2;

const wordsOf = (folded: string): string[] => folded.split(' ').filter(Boolean);

/**
 * Whether typed words are a button's label with small changes: all of the label's words and at
 * most two more, or all but one of a label of three words or more and at most one other.
 * One-word labels must be typed as they are ("No", "Menú"), or they would catch every sentence.
 * Both already split into words (a message's once, each label's once).
 */
function wordsLike(words: readonly string[], own: readonly string[]): boolean {
  if (own.length < 2 || words.length === 0) return false;
  const shared = own.filter((w) => words.includes(w)).length;
  const extra = words.filter((w) => !own.includes(w)).length;
  if (shared === own.length) return extra <= EXTRA_WORDS;
  return own.length >= 3 && shared === own.length - 1 && extra <= 1;
}
