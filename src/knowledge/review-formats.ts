/**
 * The files a reviewer opens: CSV (any spreadsheet: LibreOffice, Excel, Google Sheets) and
 * XLIFF 1.2 (what translation tools read: OmegaT, Poedit, memoQ, Trados, Weblate, MateCat).
 * The CSV is written as every CSV of the project is (src/core/csv.ts: a text that would start
 * a formula gets a leading apostrophe) and read back with csv-parse, that apostrophe taken off
 * again, so a text starting with "-" or "=" comes back as it went; XLIFF is written and read
 * with the xliff package (1.2 or 2.0, whichever the tool saved). Reading checks the shape with
 * zod and says what to fix; whether the ids and texts fit the knowledge is content:import's job.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { z } from 'zod';
import { csvFile, fromFormulaSafe } from '../core/csv.ts';
import { LANGS, type Lang } from '../core/types.ts';
import type { ExportRow } from './review-export.ts';

/** A reviewed text as it comes back. */
export interface ImportRow {
  file: string;
  unit: string;
  /** The language the file says it is in, when it says. */
  lang?: Lang;
  /** The Spanish the reviewer saw, when the file carries it (both formats do). */
  spanish?: string;
  text: string;
}

/** A file a reviewer sent back that cannot be read; the message says what to do. */
export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
}

export const CSV_COLUMNS = ['file', 'unit', 'lang', 'spanish', 'text', 'notes'] as const;

/** CSV with a header row and a byte-order mark, so Excel opens accents (è, ò, ñ) right. */
export function toCsv(rows: readonly ExportRow[]): string {
  return csvFile([
    CSV_COLUMNS,
    ...rows.map((r) => [r.file, r.unit, r.lang, r.spanish, r.text, r.notes.join('\n')]),
  ]);
}

/** XLIFF 1.2: one <file> per text file, one trans-unit per unit, Spanish as source, notes as a note. */
export async function toXliff(rows: readonly ExportRow[], lang: Lang): Promise<string> {
  const resources: XliffJs['resources'] = {};
  for (const row of rows) {
    const file = resources[row.file] ?? {};
    resources[row.file] = file;
    file[row.unit] = {
      source: row.spanish,
      target: row.text,
      ...(row.notes.length ? { note: row.notes.join('\n') } : {}),
      additionalAttributes: { 'xml:space': 'preserve' },
    };
  }
  return `${await jsToXliff12({ sourceLanguage: 'es', targetLanguage: lang, resources }, { indent: '  ' })}\n`;
}

const langSchema = z.enum(LANGS, { error: 'lang must be es, en or ht' });
const csvRowSchema = z.object({
  file: z.string().trim().min(1, 'the file column is empty'),
  unit: z.string().trim().min(1, 'the unit column is empty'),
  lang: z.union([z.literal('').transform(() => undefined), langSchema]).optional(),
  spanish: z.string().optional(),
  text: z.string({ error: 'there is no text column' }),
});

/** Reads a CSV saved by a spreadsheet: comma or semicolon (Excel in Spanish), with or without BOM. */
export function fromCsv(text: string): ImportRow[] {
  const [firstLine = ''] = text.split('\n', 1);
  const delimiter = firstLine.includes(',') || !firstLine.includes(';') ? ',' : ';';
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, {
      bom: true,
      delimiter,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new ReviewFileError(
      `the CSV cannot be read (${(error as Error).message}). Save it again as "CSV UTF-8" with the columns ${CSV_COLUMNS.join(', ')}.`,
    );
  }
  return records.map((record, i) => {
    // Every field as it was written: the apostrophe the export put before a formula's start taken off.
    const fields = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromFormulaSafe(v)]));
    const result = csvRowSchema.safeParse(fields);
    if (!result.success)
      throw new ReviewFileError(
        `row ${i + 2} of the CSV: ${result.error.issues.map((issue) => issue.message).join('; ')}. Keep the columns content:export wrote (${CSV_COLUMNS.join(', ')}).`,
      );
    const { file, unit, lang, spanish, text } = result.data;
    return { file, unit, text, ...(lang ? { lang } : {}), ...(spanish !== undefined ? { spanish } : {}) };
  });
}

function plain(value: XliffValue | undefined, where: string, what: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (value.every((part) => typeof part === 'string')) return value.join('');
  throw new ReviewFileError(
    `${where}: the ${what} holds markup (tags) that the import cannot read. Remove the tags, keep the words and the [^a] markers as plain text.`,
  );
}

/** Reads XLIFF 1.2 or 2.0 as a translation tool saved it. */
export async function fromXliff(xml: string): Promise<ImportRow[]> {
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']([\d.]+)["']/.exec(xml)?.[1];
  if (!version)
    throw new ReviewFileError(
      'this is not an XLIFF file (no <xliff version="..."> element). Send back the file content:export wrote.',
    );
  let js: XliffJs;
  try {
    js = version.startsWith('2') ? await xliff2js(xml, {}) : await xliff12ToJs(xml, {});
  } catch (error) {
    throw new ReviewFileError(
      `the XLIFF file cannot be read (${(error as Error).message}). Open it again in the translation tool and export it as XLIFF.`,
    );
  }
  const lang = langSchema.safeParse(js.targetLanguage);
  if (!lang.success)
    throw new ReviewFileError(
      `the XLIFF file's target language is "${js.targetLanguage ?? ''}"; it must be es, en or ht, as content:export wrote it.`,
    );
  const rows: ImportRow[] = [];
  for (const [file, units] of Object.entries(js.resources ?? {})) {
    for (const [unit, value] of Object.entries(units)) {
      if (!('source' in value))
        throw new ReviewFileError(
          `${file}: "${unit}" is a group; keep the units as content:export wrote them.`,
        );
      const where = `${file} ${unit}`;
      const text = plain(value.target, where, 'translation');
      if (text === undefined)
        throw new ReviewFileError(
          `${where}: there is no translation (target). Fill it in, or remove the unit.`,
        );
      rows.push({ file, unit, lang: lang.data, spanish: plain(value.source, where, 'Spanish') ?? '', text });
    }
  }
  return rows;
}

/** By the file's name: .csv, or .xlf/.xliff/.xml. */
export async function readReviewFile(name: string, text: string): Promise<ImportRow[]> {
  if (/\.csv$/i.test(name)) return fromCsv(text);
  if (/\.(xlf|xliff|xml)$/i.test(name)) return fromXliff(text);
  throw new ReviewFileError(
    `"${name}" is neither a .csv nor a .xlf/.xliff file: send back a file content:export wrote.`,
  );
}
