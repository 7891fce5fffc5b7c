/**
 * Zod schemas for every file under knowledge/: topic entries, the office profile, the
 * document list, the glossary and the understanding signals. Files are never trusted:
 * whatever an office edits is validated here before the assistant uses it.
 */
import { z } from 'zod';
import { LANGS, type Lang, TOPIC_ID, type TopicId, type TopicOrNone } from '../core/types.ts';

export const langSchema = z.enum(LANGS);
export type { Lang, TopicId, TopicOrNone };

export const topicIdSchema = z
  .string()
  .regex(TOPIC_ID, 'a topic id: lowercase letters, digits and _, as its folder is named');

const lineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, 'the first line must not come after the last');

export const citationSchema = z.object({
  seed: z.string().regex(/^[\w.-]+\.txt$/, 'a seed file name such as 000_42a14087d130fee7.txt'),
  lines: lineRangeSchema,
});
export type Citation = z.infer<typeof citationSchema>;

export const entrySourceSchema = citationSchema.extend({
  id: z.string().regex(/^[a-z0-9]{1,12}$/, 'a short lowercase id, used in the text as [^id]'),
});

/** A named answer's name, as its `<!-- answer: NAME | … -->` header writes it. */
const answerNameSchema = z.string().regex(/^[a-z_]+$/);

export const entryFrontmatterSchema = z
  .object({
    id: topicIdSchema,
    lang: langSchema,
    title: z.string().min(3).max(120),
    summary: z.string().min(10).max(200),
    handoff: z.boolean(),
    /** Where the topic shows in the menus ("none": reached by asking only), and its place there. */
    menu: z.enum(['main', 'more', 'none']),
    order: z.number().int().nonnegative(),
    /** The topic's button in menus and "did you mean" questions: a few words. */
    label: z.string().min(3).max(60),
    related: z.array(topicIdSchema).max(5).default([]),
    sources: z.array(entrySourceSchema).min(1),
    phrases: z.array(z.string().min(2)).min(5),
    keywords: z.array(z.string().min(2)).default([]),
    /**
     * Figures the sources give for who qualifies, so "she is 58" or "19 years without seeing
     * him" is answered against them: ages (over), numbers of years (at least), two when the
     * sources disagree; `cites`: the source ids that give them.
     */
    limits: z
      .object({
        age: z.array(z.number().int().positive()).min(1).max(2).optional(),
        years: z.array(z.number().int().positive()).min(1).max(2).optional(),
        cites: z.array(z.string().min(1)).min(1),
      })
      .strict()
      .optional(),
    /**
     * The procedure each named answer is about, when it is one ("papers_taken: mx_status"): a
     * turn that gives it is reported as that procedure's (converse, the dashboard's topics).
     */
    answers_about: z.record(answerNameSchema, topicIdSchema).optional(),
    /** The named answer for someone who says they have no money: help without paying, if the sources give it. */
    no_money: answerNameSchema.optional(),
    /**
     * Named answers that are a subject of their own within the topic (sending money home within
     * business projects): asked first, they are sent without the topic's first reply about another thing.
     */
    answers_alone: z.array(answerNameSchema).optional(),
  })
  .strict();
export type EntryFrontmatter = z.infer<typeof entryFrontmatterSchema>;

const perLang = z.object({ es: z.string(), en: z.string(), ht: z.string() }).strict();
const perLangFilled = z
  .object({ es: z.string().min(1), en: z.string().min(1), ht: z.string().min(1) })
  .strict();

export const officeSchema = z
  .object({
    id: z.string().min(1),
    name: perLangFilled,
    shortName: z.string().min(1),
    address: z.object({ text: z.string().min(5), source: citationSchema }).strict(),
    phone: z.string().default(''),
    whatsapp: z.string().default(''),
    email: z.string().default(''),
    website: z.string().default(''),
    hours: perLang,
    emergencyLines: z
      .array(z.object({ number: z.string().min(3), label: perLangFilled, source: citationSchema }).strict())
      .min(1),
    placesServed: perLangFilled,
    placesServedSource: citationSchema,
    /** Where the office's days begin and end, for the dashboard (an IANA name such as America/Monterrey). */
    timeZone: z
      .string()
      .default('UTC')
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'an IANA time zone such as America/Monterrey (Durango) or America/Mexico_City'),
    /**
     * Casework: how many days after a close the follow-up question goes to a person who
     * accepted it. (`check`, the old choice between a name and a phone's last digits, is
     * still read and ignored: a case is now proven by the code given with its folio.)
     */
    cases: z
      .object({
        check: z.enum(['name', 'phone']).optional(),
        followUpDays: z.number().int().min(1).max(90).default(7),
      })
      .strict()
      .default({ followUpDays: 7 }),
  })
  .strict();
export type Office = z.infer<typeof officeSchema>;

/**
 * How a document is named and dated where a reply cites it. `published` is the date the
 * file itself gives (the year is what people see); `approximate` says the file carries
 * none and the date is read from its content (shown as "around 2021"); `dateLines` are the
 * seed lines that give the date (or, when approximate, the latest date the content names):
 * knowledge:check finds the year there.
 */
const namedDocument = {
  title: perLangFilled,
  /** The name a reply's source line uses: short, plain, no article, no date. */
  short: perLangFilled,
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  approximate: z.boolean().default(false),
  dateLines: lineRangeSchema,
};

/** One document bound inside a seed with others (a manual and a programme in one gazette issue). */
const documentPartSchema = z
  .object({ lines: lineRangeSchema, publisher: z.string().min(3).optional(), ...namedDocument })
  .strict();

export const sourcesFileSchema = z
  .object({
    documents: z.array(
      z
        .object({
          seed: z.string().min(5),
          lines: z.number().int().positive(),
          publisher: z.string().min(3),
          ...namedDocument,
          /** The documents inside the seed, by line range; citations are named after the one they fall in. */
          parts: z.array(documentPartSchema).default([]),
        })
        .strict()
        .superRefine((doc, ctx) => {
          const ranges = [doc.dateLines, ...doc.parts.flatMap((p) => [p.lines, p.dateLines])];
          if (ranges.some(([, last]) => last > doc.lines))
            ctx.addIssue({ code: 'custom', message: `a line range goes past the seed's ${doc.lines} lines` });
          const sorted = [...doc.parts].sort((a, b) => a.lines[0] - b.lines[0]);
          sorted.forEach((part, i) => {
            const next = sorted[i + 1];
            if (next && next.lines[0] <= part.lines[1])
              ctx.addIssue({
                code: 'custom',
                message: `parts overlap at lines ${next.lines[0]}-${part.lines[1]}: a line belongs to one document`,
              });
          });
        }),
    ),
  })
  .strict();
export type SourceDocument = z.infer<typeof sourcesFileSchema>['documents'][number];

export const glossarySchema = z
  .object({
    terms: z.array(
      z
        .object({
          id: z.string().min(1),
          topics: z.array(topicIdSchema).default([]),
          es: z.array(z.string().min(1)).default([]),
          en: z.array(z.string().min(1)).default([]),
          ht: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
  })
  .strict();
export type Glossary = z.infer<typeof glossarySchema>;

const regexString = z.string().refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const emergencySignalsSchema = z.object({
  kinds: z.array(
    z.object({
      kind: z.string().min(1),
      es: z.array(regexString).default([]),
      en: z.array(regexString).default([]),
      ht: z.array(regexString).default([]),
    }),
  ),
  not: z.array(regexString).default([]),
  /** Past time, news, jokes: with the model's agreement, a pattern's emergency becomes a possible one. */
  notNow: z.array(regexString).default([]),
  /** "Only asking", "not an emergency": the model alone calls no full emergency (a pattern still does). */
  onlyAsking: z.array(regexString).default([]),
  requestOnly: z.array(regexString).default([]),
  /** Laughter: a pattern's emergency becomes a possible one whatever the model says. */
  jokes: z.array(regexString).default([]),
  /** Months or years ago: the same, unless the danger goes on (held, made to work). */
  longAgo: z.array(regexString).default([]),
  later: z.array(regexString).default([]),
  /** Held by the authorities: a kidnapping pattern's emergency is none (a search, locate_person). */
  byAuthorities: z.array(regexString).default([]),
  /** …unless the message also says it is happening now. */
  now: z.array(regexString).default([]),
  /**
   * Care, not crisis: someone sick or hurt on the road who asks where to be seen (`asks`) or
   * says how they are holding up (`calm`: walking, drinking, feeling all right) about an illness
   * or a wound (`ill`), or tells it has lasted days (`lasting`: since yesterday, for three days),
   * with signs it is not about life right now (`mild`) and none that it is (`acute`).
   */
  care: z
    .object({
      asks: z.array(regexString).default([]),
      mild: z.array(regexString).default([]),
      acute: z.array(regexString).default([]),
      calm: z.array(regexString).default([]),
      ill: z.array(regexString).default([]),
      lasting: z.array(regexString).default([]),
    })
    .default({ asks: [], mild: [], acute: [], calm: [], ill: [], lasting: [] }),
});
export type EmergencySignals = z.infer<typeof emergencySignalsSchema>;

export const outOfScopeSchema = z.object({
  es: z.array(z.string().min(2)),
  en: z.array(z.string().min(2)),
  ht: z.array(z.string().min(2)),
});
export type OutOfScope = z.infer<typeof outOfScopeSchema>;

/**
 * signals/places.yaml: towns and cities of other states, by state (folded names); Durango's own
 * towns (`home`), which only tell a place when written alone ("Lerdo"), never a state to search by;
 * and the named answers bound to a state (`answers`).
 */
export const placeSignalsSchema = z.object({
  states: z.record(z.string().min(3), z.array(z.string().min(2)).min(1)),
  home: z.array(z.string().min(2)).default([]),
  /** Named answers about one state's programme or office ("locate_person.missing_in_southern_mexico"): the states they are about. */
  answers: z.record(z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/), z.array(z.string().min(3)).min(1)).default({}),
});
export type PlaceSignals = z.infer<typeof placeSignalsSchema>;

/** knowledge/examples.yaml: the messages staff filed (see office-example-schema.ts). */
export { type OfficeExample, officeExampleSchema, officeExamplesSchema } from './office-example-schema.ts';

const langWords = z.object({
  greetings: z.array(z.string().min(1)),
  words: z.array(z.string().min(1)),
  /** Words that never tell a topic apart; used for topic matching only. */
  stopwords: z.array(z.string().min(1)).default([]),
  /**
   * Words only a writer of this language puts even into a message in another language (a
   * Haitian's "svp", "mw", "bzwn" beside Spanish "sita" and "tarjeta"): one of them settles
   * the language unless another language has two words of its own in the message.
   */
  markers: z.array(z.string().min(1)).default([]),
});
export const languageSignalsSchema = z.object({ es: langWords, en: langWords, ht: langWords });
export type LanguageSignals = z.infer<typeof languageSignalsSchema>;

/** knowledge/signals/dialogue.yaml: how people answer and follow up (see src/understanding/dialogue.ts). */
export {
  type DialogueSignals,
  dialogueSignalsSchema,
  FIELD_KINDS,
  type FieldKind,
} from './dialogue-schema.ts';
