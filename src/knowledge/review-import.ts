/**
 * Plans a content:import: checks every reviewed text against the files as they are now, and
 * returns the new file texts and the reviews to record, or every problem found, each saying
 * what to fix. Nothing is written here. Refused: an unknown file or id, a text whose Spanish
 * changed since the export, a source marker [^a] or a placeholder {{x}} lost, broken or added,
 * a paragraph split in two, an empty text, and a topic file sent back in part (entries are
 * reviewed whole). Pure.
 */
import type { Lang } from '../core/types.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { entryUnits, writeEntryUnits } from './review-entry-units.ts';
import type { ImportRow } from './review-formats.ts';
import { listItems, localeUnits, writeLocaleUnits } from './review-locale-units.ts';
import {
  entryHash,
  entryPath,
  localePath,
  parseReviewPath,
  type ReviewTexts,
  textHash,
} from './review-status.ts';
import { markersIn } from './text.ts';

export interface ImportPlan {
  /** Path (topics/... or locales/...) → the file's new text; unchanged files included. */
  files: Map<string, string>;
  entries: Array<{ topic: string; lang: Lang; spanish: string }>;
  strings: Array<{ name: string; lang: Lang; key: string; spanish: string }>;
}

const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;
const BROKEN_MARKER = /\[\s*\^|\^\s*\]/;
const STRUCTURE_LINE = /^\s*<!--[\s\S]*?-->\s*$/m;

const sorted = (list: string[]) => [...list].sort().join(' ');
const markers = (text: string) => sorted(markersIn(text).map((m) => `[^${m}]`));
const placeholders = (text: string) => sorted(text.match(PLACEHOLDER) ?? []);

/** Line ends as the files have them; a spreadsheet's trailing line break dropped. */
export const normalize = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** What is wrong with one reviewed text, or null. */
function unitProblem(
  kind: 'entry' | 'string',
  id: string,
  text: string,
  spanish: string | undefined,
  current: string,
) {
  if (text.trim() === '') return 'the text is empty';
  const withoutMarkers = text.replace(/\[\^[a-z0-9]{1,12}\]/g, '');
  if (BROKEN_MARKER.test(withoutMarkers))
    return `a source marker is broken ("${/.{0,12}(\[\s*\^|\^\s*\]).{0,12}/.exec(withoutMarkers)?.[0] ?? ''}"): write each one as [^a], a letter or number between "[^" and "]"`;
  const ok = (f: (t: string) => string) =>
    f(text) === f(current) || (spanish !== undefined && f(text) === f(spanish));
  if (!ok(markers))
    return `the source markers must stay as they are: ${markers(current) || 'none'} (the text has ${markers(text) || 'none'})`;
  if (!ok(placeholders))
    return `the placeholders must stay as they are: ${placeholders(current) || 'none'} (the text has ${placeholders(text) || 'none'})`;
  if (kind === 'entry') {
    const frontmatter = !id.includes('.');
    if (frontmatter && text.includes('\n')) return 'a title, summary or label is one line';
    if (/\n\s*\n/.test(text)) return 'a paragraph cannot hold an empty line: it would become two paragraphs';
    if (STRUCTURE_LINE.test(text))
      return 'a line such as <!-- more --> or <!-- facet: ... --> belongs to the file, not to a text';
  } else if (current.includes('\n') && listItems(text).some((item) => item.trim() === '')) {
    return 'a list has one word or phrase on each line, with no empty line';
  }
  return null;
}

export function planImport(
  texts: ReviewTexts,
  rows: readonly ImportRow[],
): { plan?: ImportPlan; errors: string[] } {
  const errors: string[] = [];
  const byFile = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const where = parseReviewPath(row.file);
    const known = where && (where.kind === 'entry' ? texts.entries : texts.locales).has(row.file);
    if (!where || !known) {
      errors.push(
        `${row.file}: no such file in the knowledge or the locales. Keep the file column as content:export wrote it.`,
      );
      continue;
    }
    if (row.lang && row.lang !== where.lang) {
      errors.push(
        `${row.file} ${row.unit}: the row says lang ${row.lang}, but the file is the ${where.lang} one.`,
      );
      continue;
    }
    const changes = byFile.get(row.file) ?? new Map<string, string>();
    if (changes.has(row.unit))
      errors.push(`${row.file} ${row.unit}: the text is in the file twice; keep one.`);
    changes.set(row.unit, normalize(row.text));
    byFile.set(row.file, changes);
  }

  const files = new Map<string, string>();
  const touched: Array<{ path: string; kind: 'entry' | 'string'; name: string; lang: Lang; ids: string[] }> =
    [];
  for (const [path, changes] of byFile) {
    const where = parseReviewPath(path);
    if (!where) continue;
    const isEntry = where.kind === 'entry';
    const current = isEntry ? (texts.entries.get(path) ?? '') : (texts.locales.get(path) ?? '');
    const esPath = isEntry ? entryPath(where.name, 'es') : localePath(where.name, 'es');
    const esText = (isEntry ? texts.entries.get(esPath) : texts.locales.get(esPath)) ?? '';
    const read = isEntry ? entryUnits : localeUnits;
    const own = new Map(read(path, current).map((u) => [u.id, u.text]));
    const spanish = new Map(read(esPath, esText).map((u) => [u.id, u.text]));
    const rowsFor = rows.filter((r) => r.file === path);
    let bad = false;
    for (const [id, text] of changes) {
      const problem = (message: string) => {
        errors.push(`${path} ${id}: ${message}`);
        bad = true;
      };
      const now = own.get(id);
      if (now === undefined) {
        problem(
          `no text has this id in the file (ids: ${[...own.keys()].slice(0, 6).join(', ')}…). Keep the unit column as content:export wrote it.`,
        );
        continue;
      }
      const seen = rowsFor.find((r) => r.unit === id)?.spanish;
      const es = spanish.get(id);
      if (seen !== undefined && es !== undefined && normalize(seen) !== es) {
        problem(
          'the Spanish is not what the export showed: it changed since, or the spanish column was edited. Correct only the text column, or export again (npm run content:export) and review the new text.',
        );
        continue;
      }
      const message = unitProblem(where.kind, id, text, es, now);
      if (message) problem(message);
    }
    if (isEntry) {
      const missing = [...own.keys()].filter((id) => !changes.has(id));
      if (missing.length) {
        errors.push(
          `${path}: ${missing.length} of its ${own.size} texts are not in the file (${missing.slice(0, 4).join(', ')}…). A topic is reviewed whole: send back every row content:export wrote for it.`,
        );
        bad = true;
      }
    }
    if (bad) continue;
    try {
      files.set(path, (isEntry ? writeEntryUnits : writeLocaleUnits)(path, current, changes));
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      errors.push(error.message.split('\n')[0] ?? error.message);
      continue;
    }
    touched.push({ path, kind: where.kind, name: where.name, lang: where.lang, ids: [...changes.keys()] });
  }
  if (errors.length) return { errors };

  // Hashes of the Spanish as it will be once written (the same import may change it).
  const after = (path: string, kind: 'entry' | 'string') =>
    files.get(path) ?? (kind === 'entry' ? texts.entries.get(path) : texts.locales.get(path)) ?? '';
  const plan: ImportPlan = { files, entries: [], strings: [] };
  for (const t of touched) {
    if (t.kind === 'entry') {
      const esPath = entryPath(t.name, 'es');
      plan.entries.push({
        topic: t.name,
        lang: t.lang,
        spanish: entryHash(entryUnits(esPath, after(esPath, 'entry'))),
      });
      continue;
    }
    const esPath = localePath(t.name, 'es');
    const spanish = new Map(localeUnits(esPath, after(esPath, 'string')).map((u) => [u.id, u.text]));
    for (const key of t.ids)
      plan.strings.push({ name: t.name, lang: t.lang, key, spanish: textHash(spanish.get(key) ?? '') });
  }
  return { plan, errors };
}
