/**
 * CSV as every file the project writes for a spreadsheet is written (the staff exports, the
 * translations sent for review), with one rule against formulas (OWASP "CSV injection"): a
 * text a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading apostrophe, so it is shown as text, never run. A file that comes back (content:
 * import) takes that apostrophe off again with `fromFormulaSafe`, so "- Pasaporte" or
 * "=HYPERLINK(...)" goes out harmless and comes back as it was written.
 *
 * Written by hand (RFC 4180: quote a field holding a quote, comma or line break, double its
 * quotes, CRLF between records) because csv-stringify's sync build reads Node's global Buffer
 * when it loads, which a Worker without nodejs_compat lacks; Web-standard code only.
 */

export type CsvCell = string | number | boolean | undefined;

/**
 * A formula's first character, after any apostrophes: a text that already starts with
 * apostrophes before one gets one more too, so taking one off on the way back is never wrong.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The text a spreadsheet shows as it is: one apostrophe before a formula's start. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text `formulaSafe` was given: the apostrophe it added taken off, anything else kept. */
export function fromFormulaSafe(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/** One field: a text made formula-safe, then quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = formulaSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: UTF-8 byte order mark (Excel then reads accents right), CRLF after every record. */
export function csvFile(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
