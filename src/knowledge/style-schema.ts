/**
 * The formats of knowledge/style/: the Kreyòl style list (forms to reject, each with its
 * replacement, why, and the uses that are fine) and the readability limits per language.
 * Validated with zod, so a malformed rule stops the check with the file and field named.
 */
import { z } from 'zod';
import { parseYamlFile } from './parse-yaml-file.ts';
import { langSchema } from './schema.ts';

const phrase = z
  .string()
  .trim()
  .min(1)
  .regex(/[\p{L}\p{N}]/u, 'a word or phrase, with letters in it');

export const styleRuleSchema = z
  .object({
    /** Forms to reject: a word or phrase, matched whole-word, case- and accent-insensitive. */
    reject: z.array(phrase).default([]),
    /**
     * A form words cannot spell, as a regular expression (JavaScript, case-insensitive, Unicode):
     * a thousands comma in a figure ("19,647"). Matched on the text as written.
     */
    pattern: z
      .string()
      .min(1)
      .refine((p) => {
        try {
          new RegExp(p, 'giu');
          return true;
        } catch {
          return false;
        }
      }, 'a valid regular expression')
      .optional(),
    /** What to write instead. */
    use: z.string().trim().min(1),
    /** One short line a translator understands: why the form is wrong. */
    why: z.string().trim().min(5).max(200),
    /** Longer phrases holding a rejected form that are right as they are ("lòt bò dlo"). */
    except: z.array(phrase).default([]),
    /**
     * Match the forms with their accents, where the same letters with accents are a right word
     * ("ke" is rejected, "kè", heart, is not). Forms that differ from `use` only by accents
     * ("angle" → "anglè") are always matched this way.
     */
    accents: z.boolean().default(false),
    /** Reject the form only where it opens the text or a sentence ("Fini:" as an opener, "fini" elsewhere is fine). */
    start: z.boolean().default(false),
    /** Search only these topics' entries (a form wrong in one topic's context, right in another's). */
    topics: z.array(z.string().regex(/^[a-z_]+$/)).optional(),
    /** false: leave out the named answers' `asks` lists (how people type, not what they read). */
    asks: z.boolean().default(true),
  })
  .strict()
  .refine(
    (r) => r.reject.length > 0 || r.pattern !== undefined,
    'a rule needs `reject` (words) or `pattern`',
  );
export type StyleRule = z.infer<typeof styleRuleSchema>;

export const styleListSchema = z
  .object({ lang: langSchema, rules: z.array(styleRuleSchema).min(1) })
  .strict();
export type StyleList = z.infer<typeof styleListSchema>;

const limitsSchema = z
  .object({
    /** Above this, a sentence is a problem: split it. */
    maxWordsPerSentence: z.number().int().min(5),
    /** What plain writing aims for: sentences above it are counted in a warning. */
    aimWordsPerSentence: z.number().int().min(5),
    /** A word with at least this many letters counts as long (hard to read with little schooling). */
    longWordLetters: z.number().int().min(6),
    /** Above this share of long words, a text is a problem. */
    maxLongWordShare: z.number().min(0).max(1),
    /** Texts shorter than this are not measured for the share (one long word in a label is not a pattern). */
    minWordsForShare: z.number().int().min(1),
  })
  .strict()
  .refine((l) => l.aimWordsPerSentence <= l.maxWordsPerSentence, 'the aim must not exceed the maximum');

export const readabilitySchema = z.object({ es: limitsSchema, en: limitsSchema, ht: limitsSchema }).strict();
export type Readability = z.infer<typeof readabilitySchema>;
export type ReadabilityLimits = Readability['es'];

/** Parses one style file: YAML, then its schema (a KnowledgeError names the file). */
export const parseStyleFile = parseYamlFile;
