/**
 * `npm run content:export -- --lang ht [--out DIR] [--all]`: writes the texts of a language that
 * need review (never reviewed, or whose Spanish changed since their review) to a CSV and an
 * XLIFF file, the Spanish beside each text and notes for the reviewer, ready to send. With
 * --all, every text of the language. Reads KNOWLEDGE_DIR and LOCALES_DIR like knowledge:check.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { LANGS, type Lang } from '../core/types.ts';
import { KnowledgeError } from '../knowledge/knowledge-error.ts';
import { type Entry, parseEntry } from '../knowledge/parse-entry.ts';
import { exportRows } from '../knowledge/review-export.ts';
import { loadReviewState, reviewDirs } from '../knowledge/review-files.node.ts';
import { toCsv, toXliff } from '../knowledge/review-formats.ts';
import { parseReviewPath } from '../knowledge/review-status.ts';
import { glossarySchema } from '../knowledge/schema.ts';

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
  const dirs = reviewDirs();
  const { texts, items } = await loadReviewState(dirs);
  const glossary = glossarySchema.parse(
    parseYaml(await readFile(join(dirs.knowledge, 'glossary.yaml'), 'utf8')),
  );
  const spanishEntries = new Map<string, Entry>();
  for (const [path, text] of texts.entries) {
    const where = parseReviewPath(path);
    if (where?.lang === 'es') spanishEntries.set(where.name, parseEntry(path, text));
  }
  const rows = exportRows(texts, items, lang as Lang, { glossary, spanishEntries, all: values.all });
  if (rows.length === 0) {
    console.log(
      `Nothing to review in ${lang}: every text has been reviewed against today's Spanish. (--all exports them all.)`,
    );
    process.exit(0);
  }
  const date = new Date().toISOString().slice(0, 10);
  await mkdir(values.out, { recursive: true });
  const base = join(values.out, `enlace-review-${lang}-${date}`);
  await writeFile(`${base}.csv`, toCsv(rows), 'utf8');
  await writeFile(`${base}.xlf`, await toXliff(rows, lang), 'utf8');
  const files = new Set(rows.map((r) => r.file));
  console.log(`Exported ${rows.length} texts from ${files.size} files in ${lang}:
  ${base}.csv   for a spreadsheet (LibreOffice, Excel, Google Sheets): correct the "text" column only
  ${base}.xlf   for a translation tool (OmegaT, Poedit, memoQ, Trados...): correct the translations
Keep [^a] markers and {{...}} placeholders as they are, and send back every row of a topic file.
When it comes back: npm run content:import -- ${base}.csv --by "Reviewer's full name"`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
