/**
 * Every choice a person can make with a button (or by typing its number or its words), as
 * one zod-checked union, and the only code that turns a choice into the opaque string a
 * channel carries and back. Channels never look inside these strings; a string that does
 * not decode to a choice the assistant gives is refused (a 400 from the web chat, "I did not
 * understand" elsewhere), never guessed at.
 */
import { z } from 'zod';
import { FOLIO } from '../src/core/case-file.ts';
import { CASE_OUTCOMES } from '../src/core/case-status.ts';
import { LANGS, TOPIC_ID } from '../src/core/types.ts';

/** What decoding needs to know: which topics exist, and which forms with which options. */
export interface ChoiceVocabulary {
  topics: ReadonlySet<string>;
  forms: Readonly<Record<string, { fields: ReadonlyArray<{ name: string; options?: readonly string[] }> }>>;
}

const word = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const choiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yes') }),
  z.object({ kind: z.literal('no') }),
  z.object({ kind: z.literal('topic'), topic: z.string().regex(TOPIC_ID) }),
  z.object({ kind: z.literal('menu'), page: z.enum(['main', 'more']) }),
  z.object({ kind: z.literal('human') }),
  z.object({ kind: z.literal('details') }),
  z.object({ kind: z.literal('lang'), lang: z.enum(LANGS) }),
  z.object({ kind: z.literal('intake'), form: word }),
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('option'), value: word }),
  /** The answer the person told before the form, offered back as the form asks for it. */
  z.object({ kind: z.literal('told') }),
  z.object({ kind: z.literal('cancel') }),
  /** "I am in danger", offered by the safety line when the model sees a possible danger. */
  z.object({ kind: z.literal('danger') }),
  /**
   * An answer to the follow-up question after a case was closed. The button names its case,
   * so a tap hours later (after the conversation started again) still answers that case.
   */
  z.object({
    kind: z.literal('outcome'),
    outcome: z.enum(CASE_OUTCOMES),
    folio: z.string().regex(FOLIO).optional(),
  }),
]);
export type Choice = z.infer<typeof choiceSchema>;

/** The string a channel carries for a choice (at most 64 bytes: Telegram's callback_data limit). */
export function encodeChoice(choice: Choice): string {
  switch (choice.kind) {
    case 'topic':
      return `topic:${choice.topic}`;
    case 'menu':
      return choice.page === 'main' ? 'menu' : 'menu:more';
    case 'lang':
      return `lang:${choice.lang}`;
    case 'intake':
      return `intake:${choice.form}`;
    case 'option':
      return `answer:${choice.value}`;
    case 'details':
      return 'more';
    case 'outcome':
      return `outcome:${choice.outcome}${choice.folio ? `:${choice.folio}` : ''}`;
    default:
      return choice.kind;
  }
}

const PREFIXED: Record<string, (rest: string) => unknown> = {
  topic: (topic) => ({ kind: 'topic', topic }),
  lang: (lang) => ({ kind: 'lang', lang }),
  intake: (form) => ({ kind: 'intake', form }),
  answer: (value) => ({ kind: 'option', value }),
  menu: (page) => ({ kind: 'menu', page }),
  outcome: (rest) => {
    const [outcome, folio] = rest.split(':');
    return { kind: 'outcome', outcome, ...(folio ? { folio } : {}) };
  },
};
const PLAIN: Record<string, unknown> = {
  yes: { kind: 'yes' },
  no: { kind: 'no' },
  menu: { kind: 'menu', page: 'main' },
  human: { kind: 'human' },
  more: { kind: 'details' },
  skip: { kind: 'skip' },
  told: { kind: 'told' },
  cancel: { kind: 'cancel' },
  danger: { kind: 'danger' },
};

/** Decoding against what exists: a topic, form or option the assistant does not have is no choice. */
export function createChoiceCodec(vocabulary: ChoiceVocabulary) {
  const options = new Set(
    Object.values(vocabulary.forms).flatMap((form) => form.fields.flatMap((f) => f.options ?? [])),
  );
  // Button values come from a small, fixed set: each is checked once, then remembered.
  const decoded = new Map<string, Choice | null>();
  function decode(value: string): Choice | null {
    const known = decoded.get(value);
    if (known !== undefined) return known;
    const choice = check(value);
    if (decoded.size < 1_000) decoded.set(value, choice);
    return choice;
  }
  return {
    encode: encodeChoice,
    decode,
  };

  function check(value: string): Choice | null {
    const colon = value.indexOf(':');
    const raw = colon < 0 ? PLAIN[value] : PREFIXED[value.slice(0, colon)]?.(value.slice(colon + 1));
    const parsed = choiceSchema.safeParse(raw);
    if (!parsed.success) return null;
    const choice = parsed.data;
    if (choice.kind === 'topic' && !vocabulary.topics.has(choice.topic)) return null;
    if (choice.kind === 'intake' && !Object.hasOwn(vocabulary.forms, choice.form)) return null;
    if (choice.kind === 'option' && !options.has(choice.value)) return null;
    return choice;
  }
}

export type ChoiceCodec = ReturnType<typeof createChoiceCodec>;
