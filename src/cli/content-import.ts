/**
 * `npm run content:import -- FILE --by "Name" [--date YYYY-MM-DD]`: brings a reviewed CSV or
 * XLIFF back. Every text is checked against the files as they are now (content review rules
 * in src/knowledge/review-import.ts), then the knowledge checks run on the result; on any
 * problem nothing is written and each problem says what to fix. Otherwise the texts go into
 * their files (frontmatter, markers and layout kept) and knowledge/reviews.yaml records who
 * reviewed them, when, and against which Spanish.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS } from '../core/types.ts';
import { checkKnowledge } from '../knowledge/check-knowledge.ts';
import { KnowledgeError } from '../knowledge/knowledge-error.ts';
import { readKnowledgeFiles } from '../knowledge/load-knowledge.node.ts';
import { loadReviewState, reviewDirs, writeReviewed } from '../knowledge/review-files.node.ts';
import { ReviewFileError, readReviewFile } from '../knowledge/review-formats.ts';
import { planImport } from '../knowledge/review-import.ts';
import { recordReviews } from '../knowledge/review-registry.ts';
import { parseReviewPath, type ReviewTexts } from '../knowledge/review-status.ts';

const usage =
  'usage: npm run content:import -- FILE.csv|FILE.xlf --by "Reviewer\'s full name" [--date YYYY-MM-DD]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { by: { type: 'string' }, date: { type: 'string' } },
  strict: true,
});
const [file] = positionals;
const by = values.by?.trim() ?? '';
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!file) fail(`Say which file to import.\n${usage}`, 2);
if (by.length < 2)
  fail(
    `Say who reviewed the texts, by name: --by "Marie Joseph". The record names the person who checked them.\n${usage}`,
    2,
  );
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date is written YYYY-MM-DD (${date} is not).`, 2);

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
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

try {
  const bytes = await readFile(file).catch(() => fail(`Cannot read ${file}: check the path.`));
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(
      `${file} is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8" (or export XLIFF from the translation tool).`,
    );
  }
  const rows = await readReviewFile(file, content);
  if (rows.length === 0) fail(`${file} has no texts.`);
  const dirs = reviewDirs();
  const { texts, registry } = await loadReviewState(dirs);
  const { plan, errors } = planImport(texts, rows);
  if (!plan)
    fail(`Nothing was imported. Fix these in ${file}, then import it again:\n- ${errors.join('\n- ')}`);

  // The knowledge checks, before and after: the import may not add a problem.
  const after: ReviewTexts = {
    entries: new Map([...texts.entries, ...[...plan.files].filter(([p]) => p.startsWith('topics/'))]),
    locales: new Map([...texts.locales, ...[...plan.files].filter(([p]) => p.startsWith('locales/'))]),
  };
  const files = await readKnowledgeFiles(dirs.knowledge);
  const seedsDir = process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds');
  const seedNames = await readdir(seedsDir).catch(() => null);
  const seeds = seedNames
    ? new Map(
        await Promise.all(
          seedNames
            .filter((n) => n.endsWith('.txt'))
            .map(async (n) => [n, await readFile(join(seedsDir, n), 'utf8')] as const),
        ),
      )
    : null;
  const run = (t: ReviewTexts) =>
    checkKnowledge(
      { ...files, entries: [...t.entries].map(([file, text]) => ({ file, text })) },
      seeds,
      localeTree(t),
    );
  const known = new Set(run(texts).problems);
  const added = run(after).problems.filter((p) => !known.has(p));
  if (added.length)
    fail(
      `Nothing was imported: with these texts, knowledge:check finds problems. Fix them in ${file}, then import it again:\n- ${added.join('\n- ')}`,
    );

  const next = recordReviews(registry, { by, date }, plan.entries, plan.strings);
  const written = await writeReviewed(dirs, texts, plan.files, next);
  const langs = [...new Set([...plan.entries, ...plan.strings].map((r) => r.lang))].join(', ');
  console.log(
    `Imported ${rows.length} texts (${langs}): ${written.length} files changed${written.length ? ` (${written.join(', ')})` : ''}.
Recorded in knowledge/reviews.yaml as reviewed by ${by} on ${date}: ${plan.entries.length} topic entries, ${plan.strings.length} locale strings.
Next: npm run knowledge:check, then commit the changed files and knowledge/reviews.yaml together.`,
  );
} catch (error) {
  if (error instanceof ReviewFileError) fail(`${file}: ${error.message}`);
  if (error instanceof KnowledgeError) fail(error.message);
  throw error;
}
