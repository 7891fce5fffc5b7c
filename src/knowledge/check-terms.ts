/**
 * The terms check of `npm run knowledge:check`: knowledge/style/terms.yaml names, per concept
 * (the staff, Grupos Beta, the US humanitarian permit, the TVRH, COMAR, INM, the office, the
 * apostille, a dead person's body, erasing, the menu, a birth certificate, the prosecutor and a
 * Fiscalía, a driver's licence, the peso, a shelter, a municipality, refugee status, the INM's
 * child protection officers), the one form each language writes, the short forms it also
 * accepts and the forms it must not use. Every text people read in that
 * language (topic entries, locales, the Kreyòl fields of the YAML files) is searched with the
 * style list's matcher; an institution named in Spanish keeps its gloss in every entry naming it.
 * Not knowledge/glossary.yaml: that one is understanding data (how people type a term).
 */
import { z } from 'zod';
import type { Lang } from '../core/types.ts';
import { type LocaleTexts, type PlacedText, textsIn } from './check-style.ts';
import type { Knowledge } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { findForms } from './style-match.ts';
import type { StyleRule } from './style-schema.ts';

const TERMS_FILE = 'style/terms.yaml';
const LANGS = ['es', 'en', 'ht'] as const;
const form = z.string().trim().min(1);

const usageSchema = z
  .object({
    /** The form this language writes for the concept. */
    use: form,
    /** Short forms that are right too (an acronym after its first mention, a plural). */
    also: z.array(form).default([]),
    /** Forms that must not appear: another word for the same thing, a translated name. */
    reject: z.array(form).default([]),
    /** Longer phrases holding a rejected form that are right (a Spanish name: «dispensa de la apostilla»). */
    except: z.array(form).default([]),
    /** Said in every entry that names the term (a Spanish name people must ask for, explained). */
    gloss: form.optional(),
  })
  .strict();

const termSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    /** What the term is, for whoever edits the file. */
    concept: z.string().trim().min(5),
    es: usageSchema,
    en: usageSchema,
    ht: usageSchema,
  })
  .strict();

export const termsSchema = z.object({ terms: z.array(termSchema).min(1) }).strict();
export type Terms = z.infer<typeof termsSchema>;

const rule = (reject: string[], use: string, except: string[] = []): StyleRule => ({
  reject,
  use,
  why: 'one form per concept (style/terms.yaml)',
  except,
  accents: false,
  start: false,
  asks: false,
});
const read = (t: PlacedText) => !t.where.includes('(asks)') && !t.where.startsWith('glossary.yaml');
/** Which of `rules` occur in `text` (one pass of the matcher for all of them). */
const found = (text: string, rules: readonly StyleRule[]) =>
  new Set(findForms(text, rules).map((h) => h.rule));

/**
 * Mistakes in the list itself: a form both used and rejected, and (when the locales are at hand,
 * where the commands' words are) a term's `use` written nowhere.
 */
function listProblems(terms: Terms, texts: Record<Lang, PlacedText[]>, whole: boolean): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    for (const term of terms.terms) {
      const u = term[lang];
      for (const f of [u.use, ...u.also].filter((f) => findForms(f, [rule(u.reject, u.use)]).length > 0))
        problems.push(`${TERMS_FILE}: term ${term.id} (${lang}): "${f}" is both accepted and rejected.`);
    }
    if (!whole) continue;
    const uses = terms.terms.map((term) => rule([term[lang].use], term.id));
    const written = found(texts[lang].map((t) => t.text).join('\n'), uses);
    for (const [i, term] of terms.terms.entries())
      if (!written.has(uses[i] as StyleRule))
        problems.push(
          `${TERMS_FILE}: term ${term.id} (${lang}): no text writes "${term[lang].use}"; write the form the texts use.`,
        );
  }
  return problems;
}

/** Every rejected form in the texts, and every entry naming a glossed term without its gloss. */
export function termProblems(terms: Terms, texts: Record<Lang, PlacedText[]>): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const rejects = new Map(
      terms.terms
        .filter((t) => t[lang].reject.length > 0)
        .map((t) => [rule(t[lang].reject, t[lang].use, t[lang].except), t.id] as const),
    );
    const rules = [...rejects.keys()];
    for (const { where, text } of texts[lang].filter(read))
      for (const hit of findForms(text, rules))
        problems.push(
          `${where}: "${hit.found}" → write "${hit.rule.use}" (term ${rejects.get(hit.rule)}, ${TERMS_FILE})`,
        );
    const glossed = terms.terms.filter((t) => t[lang].gloss);
    if (glossed.length === 0) continue;
    const names = glossed.map((t) => rule([t[lang].use], t.id));
    const byEntry = new Map<string, string>();
    for (const { where, text } of texts[lang].filter(read))
      if (where.startsWith('topics/')) {
        const file = where.slice(0, where.indexOf(' '));
        byEntry.set(file, `${byEntry.get(file) ?? ''}\n${text}`);
      }
    for (const [file, text] of byEntry) {
      const named = found(text, names);
      for (const [i, term] of glossed.entries()) {
        const gloss = term[lang].gloss ?? '';
        if (named.has(names[i] as StyleRule) && !text.toLowerCase().includes(gloss.toLowerCase()))
          problems.push(
            `${file}: names ${term[lang].use} without saying what it is; write "${gloss}" once (term ${term.id}, ${TERMS_FILE}).`,
          );
      }
    }
  }
  return problems;
}

/** The whole check: the file parses and is consistent, then every text of every language is searched. */
export function checkTerms(
  termsText: string | undefined,
  knowledge: Knowledge,
  locales?: LocaleTexts,
): string[] {
  if (termsText === undefined) return [`${TERMS_FILE}: was not read. Restore knowledge/style/ from git.`];
  let terms: Terms;
  try {
    terms = parseYamlFile(TERMS_FILE, termsText, termsSchema);
  } catch (error) {
    if (error instanceof KnowledgeError) return [error.message];
    throw error;
  }
  const texts = { es: [], en: [], ht: [] } as Record<Lang, PlacedText[]>;
  for (const lang of LANGS) texts[lang] = textsIn(lang, knowledge, locales);
  return [...listProblems(terms, texts, locales !== undefined), ...termProblems(terms, texts)];
}
