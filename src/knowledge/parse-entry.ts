/**
 * Turns the text of one topic file (YAML frontmatter + Markdown) into a validated entry.
 * The body is the first reply, then `<!-- more -->` and the details, then named sections:
 * `<!-- facet: cost -->` (one aspect of the topic, answered on its own when a person asks
 * for it next; `<!-- facet: cost | silent -->` when the sources do not answer it and the
 * reply must offer staff) and, for the emergency entry, `<!-- case: extortion -->` (the line
 * for one kind of danger). Each part's source markers are read here, before anything
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

export interface Entry extends EntryFrontmatter {
  /** The first reply, with its source markers still in it. */
  reply: string;
  /** The "more details" part ('' when there is none), markers still in it. */
  details: string;
  /** Short answers to the aspects people ask next, by facet. */
  facets: Partial<Record<Facet, FacetText>>;
  /** Named lines of the emergency entry (one per kind of danger), markers still in them. */
  cases: Record<string, string>;
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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const MORE = /^\s*<!--\s*more\s*-->\s*$/m;
const SECTION = /^\s*<!--\s*(facet|case)\s*:\s*([a-z_]+)\s*(\|\s*silent\s*)?-->\s*$/gm;

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
  const main = headers.length ? body.slice(0, headers[0]?.index) : body;
  const [reply = '', details = ''] = main.split(MORE);
  const facets: Entry['facets'] = {};
  const cases: Entry['cases'] = {};
  headers.forEach((header, i) => {
    const [whole, kind, name = '', silent] = header;
    const start = (header.index ?? 0) + whole.length;
    const section = body.slice(start, headers[i + 1]?.index ?? body.length).trim();
    if (section === '') throw new KnowledgeError(file, `the section "${kind}: ${name}" is empty`);
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
  };
  return { ...result.data, reply: reply.trim(), details: details.trim(), facets, cases, cites, file };
}
