/**
 * What `npm run content:export` hands a reviewer: one row per unit (a paragraph, a facet, a
 * string) of every text in a language that needs review, the Spanish beside it, and notes a
 * reviewer acts on: why it is in the list, the glossary terms the Spanish uses with the
 * agreed words in the target language, the markers and placeholders to keep, and for Spanish
 * the source lines a paragraph cites. Pure: the rows, not the file formats.
 */
import type { Lang } from '../core/types.ts';
import type { Entry } from './parse-entry.ts';
import { entryUnits, type ReviewUnit } from './review-entry-units.ts';
import { localeUnits } from './review-locale-units.ts';
import { entryPath, localePath, type ReviewItem, type ReviewTexts } from './review-status.ts';
import type { Glossary } from './schema.ts';
import { markersIn } from './text.ts';

export interface ExportRow {
  /** The file, as content:import expects it: topics/<id>/<lang>.md or locales/<lang>/<name>.json. */
  file: string;
  /** The unit's id in that file: title, reply.1, facet.cost.1, menu.prompt... */
  unit: string;
  lang: Lang;
  spanish: string;
  /** The text today, for the reviewer to correct. */
  text: string;
  notes: string[];
}

/** Lower case, no accents, punctuation as spaces: "Estados Unidos." and "estados unidos" meet. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How many of a glossary term's forms count as its usual words. */
const MAIN_FORMS = 3;

/** What the Spanish of a unit uses from the glossary, with the target language's agreed forms. */
export function glossaryNotes(glossary: Glossary, spanish: string, text: string, lang: Lang): string[] {
  if (lang === 'es') return [];
  const inSpanish = ` ${fold(spanish)} `;
  const inText = ` ${fold(text)} `;
  const notes: string[] = [];
  for (const term of glossary.terms) {
    // The glossary lists the usual word first, then variants and slang for understanding:
    // a term counts when the Spanish uses one of its first forms, and its first forms are shown.
    const used = term.es
      .slice(0, MAIN_FORMS)
      .find((form) => fold(form) && inSpanish.includes(` ${fold(form)} `));
    const wanted = term[lang].slice(0, MAIN_FORMS);
    if (!used || wanted.length === 0) continue;
    const present = term[lang].some((form) => fold(form) && inText.includes(` ${fold(form)} `));
    notes.push(
      `glossary: "${used}" → ${wanted.join(', ')}${present ? '' : ` (no form of ${term.id} in the ${lang} text)`}`,
    );
  }
  return notes;
}

const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;

function keepNote(text: string): string[] {
  const keep = [...new Set([...markersIn(text).map((m) => `[^${m}]`), ...(text.match(PLACEHOLDER) ?? [])])];
  return keep.length ? [`keep as written: ${keep.join(' ')}`] : [];
}

function whyNote(item: ReviewItem): string {
  if (item.status === 'needs-review' && item.review)
    return `needs review: the Spanish changed after ${item.review.by} reviewed this on ${item.review.date}`;
  if (item.status === 'reviewed' && item.review)
    return `reviewed by ${item.review.by} on ${item.review.date}`;
  return 'machine: no person has reviewed this text yet';
}

export interface ExportOptions {
  glossary: Glossary;
  /** Spanish entries, parsed, for the source lines their paragraphs cite. */
  spanishEntries: ReadonlyMap<string, Entry>;
  /** Export every text of the language, reviewed or not. */
  all?: boolean;
}

/** The rows for one language: what needs review (or, with `all`, everything). */
export function exportRows(
  texts: ReviewTexts,
  items: readonly ReviewItem[],
  lang: Lang,
  options: ExportOptions,
): ExportRow[] {
  const rows: ExportRow[] = [];
  const chosen = items.filter((i) => i.lang === lang && (options.all || i.status !== 'reviewed'));
  const unitCache = new Map<string, Map<string, string>>();
  const unitsOf = (path: string, read: (path: string, text: string) => ReviewUnit[], text: string) => {
    const cached = unitCache.get(path);
    if (cached) return cached;
    const units = new Map(read(path, text).map((u) => [u.id, u.text]));
    unitCache.set(path, units);
    return units;
  };
  for (const item of chosen) {
    if (item.kind === 'entry') {
      const esPath = entryPath(item.name, 'es');
      const spanish = unitsOf(esPath, entryUnits, texts.entries.get(esPath) ?? '');
      const sources = options.spanishEntries.get(item.name)?.sources ?? [];
      for (const unit of entryUnits(item.path, texts.entries.get(item.path) ?? '')) {
        const es = spanish.get(unit.id) ?? '';
        const cited =
          lang === 'es'
            ? markersIn(unit.text).flatMap((m) => {
                const s = sources.find((source) => source.id === m);
                return s ? [`[^${m}] cites ${s.seed} lines ${s.lines[0]}-${s.lines[1]}`] : [];
              })
            : [];
        rows.push({
          file: item.path,
          unit: unit.id,
          lang,
          spanish: es,
          text: unit.text,
          notes: [
            whyNote(item),
            ...(es === ''
              ? ['the Spanish has no text at this place: compare with the whole Spanish file']
              : []),
            ...glossaryNotes(options.glossary, es, unit.text, lang),
            ...keepNote(unit.text),
            ...cited,
          ],
        });
      }
      continue;
    }
    const esPath = localePath(item.name, 'es');
    const spanish = unitsOf(esPath, localeUnits, texts.locales.get(esPath) ?? '{}');
    const own = unitsOf(item.path, localeUnits, texts.locales.get(item.path) ?? '{}');
    const key = item.key ?? '';
    const es = spanish.get(key) ?? '';
    const text = own.get(key) ?? '';
    rows.push({
      file: item.path,
      unit: key,
      lang,
      spanish: es,
      text,
      notes: [
        whyNote(item),
        ...(text.includes('\n') ? ['a list: one word or phrase per line'] : []),
        ...glossaryNotes(options.glossary, es, text, lang),
        ...keepNote(text),
      ],
    });
  }
  return rows;
}
