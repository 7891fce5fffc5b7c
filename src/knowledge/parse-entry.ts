/**
 * Turns the text of one topic file (YAML frontmatter + Markdown) into a validated entry.
 * The body is the first reply, then `<!-- more -->` and the details, then named sections:
 * `<!-- facet: cost -->` (one aspect of the topic, answered on its own when a person asks
 * for it next; `<!-- facet: cost | silent -->` when the sources do not answer it and the
 * reply must offer staff), `<!-- answer: temporary_curp | asks: curp temporal; cuánto dura la
 * curp -->` (the short answer to one question people ask next that no facet covers, with how
 * they ask it, found by what a message shares with both) and, for the emergency entry,
 * `<!-- case: extortion -->` (the line for one kind of danger). Each part's source markers are read here, before anything
 * removes them: its source line names the documents they cite. Pure: takes a string,
 * returns data or throws a KnowledgeError that names the file.
 */
import { parse as parseYaml } from 'yaml';
import { FACETS, type Facet } from '../core/types.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { type EntryFrontmatter, entryFrontmatterSchema } from './schema.ts';
import { citedIds } from './text.ts';

/** One facet's short answer, markers still in it. */
export interface FacetText {
  text: string;
  /** The sources do not answer this aspect: the reply says so and offers staff. */
  silent: boolean;
}

/** A short answer to one question people ask next, markers still in it. */
export interface AnswerText {
  text: string;
  /** How people ask it, in the entry's language: what a message is matched against, with the text. */
  asks: string[];
}

export interface Entry extends EntryFrontmatter {
  /** The first reply, with its source markers still in it. */
  reply: string;
  /** The "more details" part ('' when there is none), markers still in it. */
  details: string;
  /** Short answers to the aspects people ask next, by facet. */
  facets: Partial<Record<Facet, FacetText>>;
  /** Named lines of the emergency entry (one per kind of danger), markers still in them. */
  cases: Record<string, string>;
  /** Short answers to questions no facet covers, by name. */
  answers: Record<string, AnswerText>;
  /** The source ids each part's markers cite, each once, in order: what its source line names. */
  cites: EntryCites;
  /** Where the entry came from, for error messages. */
  file: string;
}

export interface EntryCites {
  reply: string[];
  details: string[];
  facets: Partial<Record<Facet, string[]>>;
  cases: Record<string, string[]>;
  answers: Record<string, string[]>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const MORE = /^\s*<!--\s*more\s*-->\s*$/m;
const LOOKS_LIKE_SECTION = /^\s*<!--\s*(?:facet|case|answer)\b[^\n]*-->\s*$/gm;
const SECTION =
  /^\s*<!--\s*(facet|case|answer)\s*:\s*([a-z_]+)\s*(\|\s*silent\s*)?(?:\|\s*asks\s*:([^>]*?))?-->\s*$/gm;

export function parseEntry(file: string, text: string): Entry {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    throw new KnowledgeError(
      file,
      'the file must start with a YAML frontmatter block between two "---" lines',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new KnowledgeError(file, `the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const result = entryFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new KnowledgeError(file, `the frontmatter does not match the format:\n  ${problems.join('\n  ')}`);
  }
  const body = match[2] ?? '';
  const headers = [...body.matchAll(SECTION)];
  // A header the pattern does not read ("answer: visa_2", a name with a digit) would silently
  // become text of the section before it.
  const looksLikeHeaders = body.match(LOOKS_LIKE_SECTION) ?? [];
  if (looksLikeHeaders.length > headers.length) {
    const read = new Set(headers.map((h) => h[0].trim()));
    const bad = looksLikeHeaders.map((h) => h.trim()).find((h) => !read.has(h));
    throw new KnowledgeError(
      file,
      `the section header "${bad}" cannot be read: write <!-- facet: NAME -->, <!-- case: NAME --> or <!-- answer: NAME | asks: …; … --> with a name of lowercase letters and _`,
    );
  }
  const main = headers.length ? body.slice(0, headers[0]?.index) : body;
  const [reply = '', details = ''] = main.split(MORE);
  const facets: Entry['facets'] = {};
  const cases: Entry['cases'] = {};
  const answers: Entry['answers'] = {};
  headers.forEach((header, i) => {
    const [whole, kind, name = '', silent, asks] = header;
    const start = (header.index ?? 0) + whole.length;
    const section = body.slice(start, headers[i + 1]?.index ?? body.length).trim();
    if (section === '') throw new KnowledgeError(file, `the section "${kind}: ${name}" is empty`);
    if (kind === 'answer') {
      if (name in answers) throw new KnowledgeError(file, `the answer "${name}" is written twice`);
      const phrases = (asks ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean);
      if (phrases.length === 0)
        throw new KnowledgeError(
          file,
          `the answer "${name}" needs how people ask it: <!-- answer: ${name} | asks: …; … -->`,
        );
      answers[name] = { text: section, asks: phrases };
      return;
    }
    if (kind === 'case') {
      if (name in cases) throw new KnowledgeError(file, `the case "${name}" is written twice`);
      cases[name] = section;
      return;
    }
    if (!(FACETS as readonly string[]).includes(name))
      throw new KnowledgeError(file, `unknown facet "${name}"; facets are ${FACETS.join(', ')}`);
    if (name in facets) throw new KnowledgeError(file, `the facet "${name}" is written twice`);
    facets[name as Facet] = { text: section, silent: Boolean(silent) };
  });
  const cites: EntryCites = {
    reply: citedIds(reply),
    details: citedIds(details),
    facets: Object.fromEntries(Object.entries(facets).map(([name, f]) => [name, citedIds(f.text)])),
    cases: Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, citedIds(text)])),
    answers: Object.fromEntries(Object.entries(answers).map(([name, a]) => [name, citedIds(a.text)])),
  };
  return {
    ...result.data,
    reply: reply.trim(),
    details: details.trim(),
    facets,
    cases,
    answers,
    cites,
    file,
  };
}
