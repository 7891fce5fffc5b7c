/**
 * The Kreyòl style check of `npm run knowledge:check`: every Kreyòl text people read (each
 * part of a topic entry, the locale files, the Kreyòl fields of office.yaml, sources.yaml and
 * the glossary's terms) is searched for the forms knowledge/style/ht.yaml rejects, and each
 * one found is a problem naming the file, the form and what to write instead.
 */
import type { Lang } from '../core/types.ts';
import { KNOWLEDGE_PATHS, type Knowledge } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { findForms, listProblems } from './style-match.ts';
import { parseStyleFile, type StyleList, styleListSchema } from './style-schema.ts';
import { stripMarkers } from './text.ts';

/** The locale files as loaded (src/i18n/resources.ts): language → file name → tree of texts. */
export type LocaleTexts = Readonly<Partial<Record<Lang, Readonly<Record<string, unknown>>>>>;

/** One text to check, and where it is, as a person fixing it would look for it. */
export interface PlacedText {
  where: string;
  text: string;
}

const STYLE_FILE = KNOWLEDGE_PATHS.styleHt;
// Lists of words people type to run a command (not texts anyone reads).
const TYPED_LOCALE_FILES = new Set(['commands']);

/** Every Kreyòl text of the knowledge base and the locales, with where it is. */
export function kreyolTexts(knowledge: Knowledge, locales?: LocaleTexts): PlacedText[] {
  return textsIn('ht', knowledge, locales);
}

/**
 * Every text of one language people read (or, for `asks`, type) in the knowledge base and the
 * locales, with where it is; the glossary's first forms only for Kreyòl (its reference forms).
 */
export function textsIn(lang: Lang, knowledge: Knowledge, locales?: LocaleTexts): PlacedText[] {
  const out: PlacedText[] = [];
  for (const e of knowledge.entries) {
    if (e.lang !== lang) continue;
    const part = (name: string, text: string) => out.push({ where: `${e.file} (${name})`, text });
    part('title', e.title);
    part('summary', e.summary);
    part('label', e.label);
    part('reply', stripMarkers(e.reply));
    part('details', stripMarkers(e.details));
    for (const [name, facet] of Object.entries(e.facets)) part(`facet ${name}`, stripMarkers(facet.text));
    for (const [name, text] of Object.entries(e.cases)) part(`case ${name}`, stripMarkers(text));
    for (const [name, answer] of Object.entries(e.answers)) {
      part(`answer ${name}`, stripMarkers(answer.text));
      part(`answer ${name} (asks)`, answer.asks.join('; '));
    }
  }
  for (const [file, tree] of Object.entries(locales?.[lang] ?? {}))
    if (!TYPED_LOCALE_FILES.has(file)) leaves(tree, `locales/${lang}/${file}.json`, '', out);
  const { office, glossary } = knowledge;
  out.push(
    { where: `office.yaml (name.${lang})`, text: office.name[lang] },
    { where: `office.yaml (hours.${lang})`, text: office.hours[lang] },
    { where: `office.yaml (placesServed.${lang})`, text: office.placesServed[lang] },
    ...office.emergencyLines.map((l) => ({
      where: `office.yaml (emergency line ${l.number}, label.${lang})`,
      text: l.label[lang],
    })),
  );
  for (const doc of knowledge.documents.values())
    out.push(
      { where: `sources.yaml (${doc.seed}, title.${lang})`, text: doc.title[lang] },
      { where: `sources.yaml (${doc.seed}, short.${lang})`, text: doc.short[lang] },
    );
  // The first Kreyòl form of a term is the term itself (shown to reviewers); the others are
  // spellings people type, misspellings included on purpose so they are understood.
  if (lang === 'ht')
    for (const term of glossary.terms)
      if (term.ht[0]) out.push({ where: `glossary.yaml (term ${term.id}, first ht form)`, text: term.ht[0] });
  return out;
}

function leaves(tree: unknown, file: string, path: string, out: PlacedText[]) {
  if (typeof tree === 'string') out.push({ where: `${file} (${path})`, text: tree });
  else if (Array.isArray(tree)) for (const [i, v] of tree.entries()) leaves(v, file, `${path}[${i}]`, out);
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree)) leaves(value, file, path ? `${path}.${key}` : key, out);
}

/** Problems for every rejected form found in the texts. */
export function styleProblems(texts: readonly PlacedText[], list: StyleList): string[] {
  // A rule with `topics` reads only those topics' entries (where: "topics/<id>/ht.md (part)");
  // one with `asks: false` skips the lists of how people ask ("… (asks)").
  const rulesFor = (where: string) =>
    list.rules.filter(
      (r) =>
        (!r.topics || r.topics.some((t) => where.startsWith(`topics/${t}/`))) &&
        (r.asks || !where.includes('(asks)')),
    );
  return texts.flatMap(({ where, text }) =>
    findForms(text, rulesFor(where)).map(
      ({ found, rule }) => `${where}: "${found}" → write "${rule.use}" (${rule.why})`,
    ),
  );
}

/**
 * The whole check: the list parses and is consistent, then every Kreyòl text is searched.
 * `styleText` is knowledge/style/ht.yaml as text; `locales` is left out where not at hand.
 */
export function checkKreyolStyle(
  styleText: string | undefined,
  knowledge: Knowledge,
  locales?: LocaleTexts,
): string[] {
  if (styleText === undefined) return [`${STYLE_FILE}: was not read. Restore knowledge/style/ from git.`];
  let list: StyleList;
  try {
    list = parseStyleFile(STYLE_FILE, styleText, styleListSchema);
  } catch (error) {
    if (error instanceof KnowledgeError) return [error.message];
    throw error;
  }
  if (list.lang !== 'ht') return [`${STYLE_FILE}: lang must be ht (the file is the Kreyòl list).`];
  const own = listProblems(list.rules).map((p) => `${STYLE_FILE}: ${p}`);
  return [...own, ...styleProblems(kreyolTexts(knowledge, locales), list)];
}
