/**
 * `npm run content:export -- --lang ht [--out DIR] [--all]`: writes the texts of a language that
 * need review (never reviewed, or whose Spanish changed since their review) to a CSV and an
 * XLIFF file, the Spanish beside each text and notes for the reviewer, ready to send. With
 * --all, every text of the language. Reads KNOWLEDGE_DIR and LOCALES_DIR like knowledge:check.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS } from '../core/types.ts';
import { KnowledgeError } from '../knowledge/knowledge-error.ts';
import { reviewDirs } from '../knowledge/review-files.node.ts';
import { exportReview } from '../knowledge/review-transfer.node.ts';

const usage = 'usage: npm run content:export -- --lang es|en|ht [--out DIR] [--all]';
const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    out: { type: 'string', default: 'content-review' },
    all: { type: 'boolean', default: false },
  },
  strict: true,
});
const lang = LANGS.find((l) => l === values.lang);
if (!lang) {
  console.error(`Say which language to export: --lang ht (or es, en).\n${usage}`);
  process.exit(2);
}

try {
  const exported = await exportReview(reviewDirs(), lang, { all: values.all });
  if (!exported) {
    console.log(
      `Nothing to review in ${lang}: every text has been reviewed against today's Spanish. (--all exports them all.)`,
    );
    process.exit(0);
  }
  await mkdir(values.out, { recursive: true });
  const base = join(values.out, exported.base);
  await writeFile(`${base}.csv`, exported.csv, 'utf8');
  await writeFile(`${base}.xlf`, exported.xliff, 'utf8');
  console.log(`Exported ${exported.rows} texts from ${exported.files} files in ${lang}:
  ${base}.csv   for a spreadsheet (LibreOffice, Excel, Google Sheets): correct the "text" column only
  ${base}.xlf   for a translation tool (OmegaT, Poedit, memoQ, Trados...): correct the translations
Keep [^a] markers and {{...}} placeholders as they are, and send back every row of a topic file.
When it comes back: npm run content:import -- ${base}.csv --by "Reviewer's full name"`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
