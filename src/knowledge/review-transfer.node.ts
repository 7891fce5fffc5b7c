/**
 * Sending texts to a reviewer and taking them back, for `npm run content:export` /
 * `content:import` and the review page's download and upload alike (Node: the files on disk).
 * Export: the texts of a language that need review (or all of them) as a CSV for a spreadsheet
 * or an XLIFF for a translation tool, the Spanish beside each. Import: every text is checked
 * against the files as they are now (review-import.ts), then the knowledge checks run on the
 * result; on any problem nothing is written and each problem says what to fix; otherwise the
 * texts go into their files and knowledge/reviews.yaml records who reviewed them and when.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGS, type Lang } from '../core/types.ts';
import { checkKnowledge } from './check-knowledge.ts';
import { readKnowledgeFiles } from './load-knowledge.node.ts';
import { type Entry, parseEntry } from './parse-entry.ts';
import { exportRows } from './review-export.ts';
import { loadReviewState, type ReviewDirs, writeReviewed } from './review-files.node.ts';
import { ReviewFileError, readReviewFile, toCsv, toXliff } from './review-formats.ts';
import { planImport } from './review-import.ts';
import { recordReviews } from './review-registry.ts';
import { parseReviewPath, type ReviewTexts } from './review-status.ts';
import { glossarySchema } from './schema.ts';

export type ReviewFormat = 'csv' | 'xlf';

/** A file to hand a reviewer, or null when the language has nothing to review. */
export async function exportReview(
  dirs: ReviewDirs,
  lang: Lang,
  options: { all?: boolean; date?: string } = {},
): Promise<{ rows: number; files: number; base: string; csv: string; xliff: string } | null> {
  const { texts, items } = await loadReviewState(dirs);
  const glossary = glossarySchema.parse(
    parseYaml(await readFile(join(dirs.knowledge, 'glossary.yaml'), 'utf8')),
  );
  const spanishEntries = new Map<string, Entry>();
  for (const [path, text] of texts.entries) {
    const where = parseReviewPath(path);
    if (where?.lang === 'es') spanishEntries.set(where.name, parseEntry(path, text));
  }
  const rows = exportRows(texts, items, lang, { glossary, spanishEntries, all: options.all ?? false });
  if (rows.length === 0) return null;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  return {
    rows: rows.length,
    files: new Set(rows.map((r) => r.file)).size,
    base: `enlace-review-${lang}-${date}`,
    csv: toCsv(rows),
    xliff: await toXliff(rows, lang),
  };
}

/** The locale texts as the checks read them: language → file name → content. */
function localeTree(texts: ReviewTexts) {
  const tree: Record<string, Record<string, unknown>> = Object.fromEntries(LANGS.map((l) => [l, {}]));
  for (const [path, text] of texts.locales) {
    const where = parseReviewPath(path);
    if (where) (tree[where.lang] as Record<string, unknown>)[where.name] = JSON.parse(text);
  }
  return tree;
}

async function seedsOf(dir: string): Promise<Map<string, string> | null> {
  const names = await readdir(dir).catch(() => null);
  if (!names) return null;
  const read = names
    .filter((n) => n.endsWith('.txt'))
    .map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const);
  return new Map(await Promise.all(read));
}

export type ImportOutcome =
  | { rows: number; written: string[]; entries: number; strings: number; langs: string }
  | { problems: string[]; checks?: true };

/** Takes a reviewed file back (its name says CSV or XLIFF); nothing is written on any problem. */
export async function importReview(
  dirs: ReviewDirs,
  file: { name: string; content: string },
  review: { by: string; date: string; seedsDir: string },
): Promise<ImportOutcome> {
  let rows: Awaited<ReturnType<typeof readReviewFile>>;
  try {
    rows = await readReviewFile(file.name, file.content);
  } catch (error) {
    if (error instanceof ReviewFileError) return { problems: [error.message] };
    throw error;
  }
  if (rows.length === 0) return { problems: [`${file.name} has no texts.`] };
  const { texts, registry } = await loadReviewState(dirs);
  const { plan, errors } = planImport(texts, rows);
  if (!plan) return { problems: errors };
  // The knowledge checks, before and after: the import may not add a problem.
  const after: ReviewTexts = {
    entries: new Map([...texts.entries, ...[...plan.files].filter(([p]) => p.startsWith('topics/'))]),
    locales: new Map([...texts.locales, ...[...plan.files].filter(([p]) => p.startsWith('locales/'))]),
  };
  const files = await readKnowledgeFiles(dirs.knowledge);
  const seeds = await seedsOf(review.seedsDir);
  const run = (t: ReviewTexts) =>
    checkKnowledge(
      { ...files, entries: [...t.entries].map(([f, text]) => ({ file: f, text })) },
      seeds,
      localeTree(t),
    );
  const known = new Set(run(texts).problems);
  const added = run(after).problems.filter((p) => !known.has(p));
  if (added.length) return { problems: added, checks: true };
  const next = recordReviews(registry, { by: review.by, date: review.date }, plan.entries, plan.strings);
  const written = await writeReviewed(dirs, texts, plan.files, next);
  const langs = [...new Set([...plan.entries, ...plan.strings].map((r) => r.lang))].join(', ');
  return { rows: rows.length, written, entries: plan.entries.length, strings: plan.strings.length, langs };
}
