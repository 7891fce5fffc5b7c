/**
 * `npm run content:import -- FILE --by "Name" [--date YYYY-MM-DD]`: brings a reviewed CSV or
 * XLIFF back. Every text is checked against the files as they are now (content review rules
 * in src/knowledge/review-import.ts), then the knowledge checks run on the result; on any
 * problem nothing is written and each problem says what to fix. Otherwise the texts go into
 * their files (frontmatter, markers and layout kept) and knowledge/reviews.yaml records who
 * reviewed them, when, and against which Spanish.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeError } from '../knowledge/knowledge-error.ts';
import { reviewDirs } from '../knowledge/review-files.node.ts';
import { importReview } from '../knowledge/review-transfer.node.ts';

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
  const seedsDir = process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds');
  const done = await importReview(reviewDirs(), { name: file, content }, { by, date, seedsDir });
  if ('problems' in done)
    fail(
      done.checks
        ? `Nothing was imported: with these texts, knowledge:check finds problems. Fix them in ${file}, then import it again:\n- ${done.problems.join('\n- ')}`
        : `Nothing was imported. Fix these in ${file}, then import it again:\n- ${done.problems.join('\n- ')}`,
    );
  const { rows, written, entries, strings, langs } = done;
  console.log(
    `Imported ${rows} texts (${langs}): ${written.length} files changed${written.length ? ` (${written.join(', ')})` : ''}.
Recorded in knowledge/reviews.yaml as reviewed by ${by} on ${date}: ${entries} topic entries, ${strings} locale strings.
Next: npm run knowledge:check, then commit the changed files and knowledge/reviews.yaml together.`,
  );
} catch (error) {
  if (error instanceof KnowledgeError) fail(error.message);
  throw error;
}
