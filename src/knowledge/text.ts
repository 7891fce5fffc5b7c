/**
 * Small text helpers for entries: removing source markers before people see a text,
 * finding the markers a paragraph or a part carries, and filling {{office.*}} placeholders.
 */
const MARKER = /\s*\[\^([a-z0-9]{1,12})\]/g;

/** The text as a person reads it: markers gone, spacing tidy. */
export function stripMarkers(text: string): string {
  return text
    .replace(MARKER, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** The marker ids used in a text, in order of appearance. */
export function markersIn(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1] ?? '');
}

/** The source ids a text cites, each once, in order of first appearance (its source line names them). */
export function citedIds(text: string): string[] {
  return [...new Set(markersIn(text))];
}

/** Paragraphs of a text (blank-line separated), for per-paragraph citation checks. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const PLACEHOLDER = /\{\{\s*office\.(\w+)\s*\}\}/g;

/** The office placeholders used in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Replaces each {{office.x}} with values[x]; unknown names are left for the checker to report. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/**
 * Where a sentence ends: a full stop, question or exclamation mark before a capital or a
 * figure, except after an abbreviation ("EE. UU.", "C.P.", "Av.", "U.S.") whose dot ends no
 * sentence (an excerpt cut at "EE." read "UU., la oficina de Los Ángeles…").
 */
const SENTENCE_END =
  /(?<!\b(?:EE|UU|No|núm|art|Av|av|col|Dr|Lic|Sr|Sra|St|Mr|Mrs|Ms|Ave|Blvd|Col|Ing|Prof)\.)(?<!\b\p{Lu}\.)(?<=[.!?])\s+(?=[¿¡]?[\p{Lu}\d])/u;

/** The sentences of a paragraph, in order (abbreviations kept inside their sentence). */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(new RegExp(SENTENCE_END.source, 'gu'))
    .map((s) => s.trim())
    .filter(Boolean);
}
