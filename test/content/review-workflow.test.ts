/**
 * The review workflow as an office runs it, on a copy of knowledge/ and locales/ in a temp
 * folder: `content:export` then `content:import` (real processes) give back every topic entry
 * and every locale file byte for byte and record the review; a changed Spanish sentence or
 * string flips exactly the texts that depend on it to "needs review"; and an import with a
 * broken marker, an unknown id or file, a topic sent back in part, or no reviewer's name is
 * refused with a message that says what to fix, leaving every file as it was.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import js2xliff from 'xliff/js2xliff';
import { checkReviews } from '../../src/knowledge/review-check.node.ts';
import { entryUnits, writeEntryUnits } from '../../src/knowledge/review-entry-units.ts';
import { loadReviewState, type ReviewDirs } from '../../src/knowledge/review-files.node.ts';
import { fromCsv, type ImportRow, toCsv } from '../../src/knowledge/review-formats.ts';
import { writeLocaleUnits } from '../../src/knowledge/review-locale-units.ts';

const REVIEWER = 'Marie-Ange Joseph';

async function workspace(from?: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'enlace-review-'));
  await cp(join(from ?? '.', 'knowledge'), join(root, 'knowledge'), { recursive: true });
  await cp(join(from ?? '.', 'locales'), join(root, 'locales'), { recursive: true });
  return root;
}
const dirs = (root: string): ReviewDirs => ({
  knowledge: join(root, 'knowledge'),
  locales: join(root, 'locales'),
});

function cli(root: string, script: 'content-export' | 'content-import', args: string[]) {
  const run = spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], {
    env: { ...process.env, KNOWLEDGE_DIR: join(root, 'knowledge'), LOCALES_DIR: join(root, 'locales') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Exports a language and returns the paths of the CSV and XLIFF files written. */
async function exported(root: string, lang: string, extra: string[] = []) {
  const out = join(root, `out-${lang}`);
  const run = cli(root, 'content-export', ['--lang', lang, '--out', out, ...extra]);
  expect(run.status, run.out).toBe(0);
  const names = await readdir(out);
  const pick = (ext: string) => join(out, names.find((n) => n.endsWith(ext)) ?? '');
  return { csv: pick('.csv'), xlf: pick('.xlf') };
}

/** Every reviewable file's bytes: topics/*\/*.md and locales/*\/*.json. */
async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const base of ['knowledge/topics', 'locales']) {
    for (const name of await readdir(join(root, base), { recursive: true }))
      if (/\.(md|json)$/.test(name)) files.set(`${base}/${name}`, await readFile(join(root, base, name)));
  }
  return files;
}

function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...before].filter(([path, bytes]) => !after.get(path)?.equals(bytes)).map(([path]) => path);
}

async function rewriteCsv(csv: string, edit: (rows: ImportRow[]) => ImportRow[]): Promise<string> {
  const rows = edit(fromCsv(await readFile(csv, 'utf8')));
  const target = csv.replace(/\.csv$/, '-edited.csv');
  await writeFile(
    target,
    toCsv(rows.map((r) => ({ ...r, lang: r.lang ?? 'ht', spanish: r.spanish ?? '', notes: [] }))),
  );
  return target;
}

let reviewed: string;
let original: Map<string, Buffer>;
let exports: Record<string, { csv: string; xlf: string }>;
let imports: Array<ReturnType<typeof cli>>;

// One office round: export every language, have it "reviewed" unchanged, import it back.
beforeAll(async () => {
  reviewed = await workspace();
  original = await snapshot(reviewed);
  exports = {};
  for (const lang of ['es', 'en', 'ht']) exports[lang] = await exported(reviewed, lang);
  // Spanish and Kreyòl come back as CSV, English as XLIFF 1.2: both formats, every text.
  imports = [exports.es?.csv, exports.en?.xlf, exports.ht?.csv].map((file) =>
    cli(reviewed, 'content-import', [file ?? '', '--by', REVIEWER, '--date', '2026-11-20']),
  );
}, 180_000);

describe('content:export then content:import', () => {
  it('round-trips all 63 entries and every locale file byte for byte, and records the review', async () => {
    const files = new Set<string>();
    for (const lang of ['es', 'en', 'ht'])
      for (const row of fromCsv(await readFile(exports[lang]?.csv ?? '', 'utf8'))) files.add(row.file);
    expect([...files].filter((f) => f.startsWith('topics/'))).toHaveLength(63);
    const localeFiles = [...original.keys()].filter((p) => p.startsWith('locales/'));
    expect([...files].filter((f) => f.startsWith('locales/')).sort()).toEqual(localeFiles.sort());

    for (const run of imports) {
      expect(run.status, run.out).toBe(0);
      expect(run.out).toMatch(/Imported \d+ texts/);
    }
    expect(changedFiles(original, await snapshot(reviewed))).toEqual([]);

    const { items } = await loadReviewState(dirs(reviewed));
    expect(items.filter((i) => i.status !== 'reviewed')).toEqual([]);
    expect(new Set(items.map((i) => i.review?.by))).toEqual(new Set([REVIEWER]));
    const registry = await readFile(join(reviewed, 'knowledge', 'reviews.yaml'), 'utf8');
    expect(registry).toMatch(
      /ht: \{status: reviewed, by: "Marie-Ange Joseph", date: 2026-11-20, spanish: "[0-9a-f]{16}"\}/,
    );
  });

  it('reads back XLIFF 2.0 too, as a translation tool may save it', { timeout: 60_000 }, async () => {
    const root = await workspace();
    const rows = fromCsv(await readFile(exports.ht?.csv ?? '', 'utf8'));
    const resources: XliffJs['resources'] = {};
    for (const r of rows)
      resources[r.file] = { ...resources[r.file], [r.unit]: { source: r.spanish ?? '', target: r.text } };
    const file = join(root, 'review-ht-2.0.xlf');
    await writeFile(file, await js2xliff({ sourceLanguage: 'es', targetLanguage: 'ht', resources }, {}));
    const before = await snapshot(root);
    const run = cli(root, 'content-import', [file, '--by', REVIEWER]);
    expect(run.status, run.out).toBe(0);
    expect(changedFiles(before, await snapshot(root))).toEqual([]);
  });
});

describe('a change in the Spanish', () => {
  it('flips exactly the texts reviewed against it to "needs review"', { timeout: 60_000 }, async () => {
    const root = await workspace(reviewed);
    await cp(join(reviewed, 'knowledge', 'reviews.yaml'), join(root, 'knowledge', 'reviews.yaml'));
    // One sentence of one Spanish entry, and one Spanish interface string.
    const entry = join(root, 'knowledge/topics/apostille/es.md');
    const text = await readFile(entry, 'utf8');
    const reply = entryUnits('es.md', text).find((u) => u.id === 'reply.1')?.text ?? '';
    await writeFile(
      entry,
      writeEntryUnits('es.md', text, new Map([['reply.1', reply.replace(/^(\S+)/, '$1 también')]])),
    );
    const common = join(root, 'locales/es/common.json');
    await writeFile(
      common,
      writeLocaleUnits(
        'common.json',
        await readFile(common, 'utf8'),
        new Map([['menu.prompt', '¿Qué necesitas hoy?']]),
      ),
    );

    const { items } = await loadReviewState(dirs(root));
    const flipped = items
      .filter((i) => i.status === 'needs-review')
      .map((i) => `${i.path}${i.key ? ` ${i.key}` : ''}`);
    // The Spanish's own content review expires too: a person checked a text that is no longer there.
    expect(flipped.sort()).toEqual([
      'locales/en/common.json menu.prompt',
      'locales/es/common.json menu.prompt',
      'locales/ht/common.json menu.prompt',
      'topics/apostille/en.md',
      'topics/apostille/es.md',
      'topics/apostille/ht.md',
    ]);
    expect(items.filter((i) => i.status === 'machine')).toEqual([]);

    const check = await checkReviews(dirs(root));
    expect(check.problems).toEqual([]);
    expect(check.info.find((l) => l.startsWith('ht:'))).toMatch(
      /topic entries 20 reviewed, 0 machine, 1 changed/,
    );

    // The next export of Kreyòl holds just those two texts, and says why.
    const { csv } = await exported(root, 'ht');
    const rows = fromCsv(await readFile(csv, 'utf8'));
    expect(new Set(rows.map((r) => r.file))).toEqual(
      new Set(['topics/apostille/ht.md', 'locales/ht/common.json']),
    );
    expect(rows.filter((r) => r.file === 'locales/ht/common.json').map((r) => r.unit)).toEqual([
      'menu.prompt',
    ]);
    expect(await readFile(csv, 'utf8')).toContain(
      `the Spanish changed after ${REVIEWER} reviewed this on 2026-11-20`,
    );
  });
});

describe('content:import refuses, says what to fix, and changes nothing', () => {
  let root: string;
  let csv: string;
  let before: Map<string, Buffer>;
  let registry: string;
  beforeAll(async () => {
    root = await workspace();
    csv = (await exported(root, 'ht')).csv;
    before = await snapshot(root);
    registry = await readFile(join(root, 'knowledge', 'reviews.yaml'), 'utf8');
  }, 60_000);

  async function refused(file: string, args = ['--by', REVIEWER]) {
    const run = cli(root, 'content-import', [file, ...args]);
    expect(run.status, run.out).not.toBe(0);
    expect(changedFiles(before, await snapshot(root))).toEqual([]);
    expect(await readFile(join(root, 'knowledge', 'reviews.yaml'), 'utf8')).toBe(registry);
    return run.out;
  }

  it('a broken source marker', { timeout: 30_000 }, async () => {
    let where = '';
    const file = await rewriteCsv(csv, (rows) => {
      const row = rows.find((r) => r.file.startsWith('topics/') && r.text.includes('[^a]'));
      if (row) {
        row.text = row.text.replace('[^a]', '[^a');
        where = `${row.file} ${row.unit}`;
      }
      return rows;
    });
    const out = await refused(file);
    expect(out).toContain(`${where}: a source marker is broken`);
    expect(out).toMatch(/write each one as \[\^a\]/);
  });

  it('a marker dropped from a paragraph', { timeout: 30_000 }, async () => {
    const file = await rewriteCsv(csv, (rows) => {
      const row = rows.find((r) => /\[\^[a-z0-9]+\]/.test(r.text));
      if (row) row.text = row.text.replace(/\s*\[\^[a-z0-9]+\]/g, '');
      return rows;
    });
    expect(await refused(file)).toMatch(/the source markers must stay as they are/);
  });

  it('an unknown id and an unknown file', { timeout: 30_000 }, async () => {
    const file = await rewriteCsv(csv, (rows) => {
      const first = rows.find((r) => r.unit === 'reply.1');
      if (first) first.unit = 'reply.99';
      return [
        ...rows,
        { file: 'topics/no_such_topic/ht.md', unit: 'title', lang: 'ht', spanish: 'x', text: 'x' },
      ];
    });
    const out = await refused(file);
    expect(out).toMatch(/reply\.99: no text has this id in the file/);
    expect(out).toMatch(/topics\/no_such_topic\/ht\.md: no such file/);
  });

  it('a topic sent back in part', { timeout: 30_000 }, async () => {
    const file = await rewriteCsv(csv, (rows) =>
      rows.filter((r) => !(r.file === 'topics/asylum/ht.md' && r.unit === 'details.1')),
    );
    expect(await refused(file)).toMatch(
      /topics\/asylum\/ht\.md: 1 of its \d+ texts are not in the file.*reviewed whole/,
    );
  });

  it('an import without the reviewer’s name', { timeout: 30_000 }, async () => {
    expect(await refused(csv, [])).toMatch(/--by "/);
  });

  it('a CSV that is not UTF-8, saying how to save it', { timeout: 30_000 }, async () => {
    const root = await workspace();
    const file = join(root, 'latin1.csv');
    await writeFile(
      file,
      Buffer.from('file,unit,lang,spanish,text\ntopics/apostille/ht.md,title,ht,x,Apostiy \xe8\n', 'latin1'),
    );
    const run = cli(root, 'content-import', [file, '--by', REVIEWER]);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/not UTF-8 text.*"CSV UTF-8"/);
  });

  it('but takes a corrected text, writes only it, and records who reviewed', {
    timeout: 30_000,
  }, async () => {
    const file = await rewriteCsv(csv, (rows) => {
      const label = rows.find((r) => r.file === 'topics/apostille/ht.md' && r.unit === 'label');
      if (label) label.text = 'Apostiy ak batistè ki soti Ozetazini';
      return rows;
    });
    const run = cli(root, 'content-import', [file, '--by', REVIEWER, '--date', '2026-11-21']);
    expect(run.status, run.out).toBe(0);
    const after = await snapshot(root);
    expect(changedFiles(before, after)).toEqual(['knowledge/topics/apostille/ht.md']);
    const old = before.get('knowledge/topics/apostille/ht.md')?.toString() ?? '';
    expect(after.get('knowledge/topics/apostille/ht.md')?.toString()).toBe(
      // Only the label's words change; its quoting stays as the file had it.
      old.replace(/^(label: "?)[^"\n]*("?)$/m, '$1Apostiy ak batistè ki soti Ozetazini$2'),
    );
    const { items } = await loadReviewState(dirs(root));
    const ht = items.find((i) => i.path === 'topics/apostille/ht.md');
    expect(ht?.status).toBe('reviewed');
    expect(ht?.review).toMatchObject({ by: REVIEWER, date: '2026-11-21' });
    // The other languages were not part of it: still machine.
    expect(items.find((i) => i.path === 'topics/apostille/en.md')?.status).toBe('machine');
  });
});
