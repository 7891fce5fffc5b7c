/**
 * A topic entry (knowledge/topics/<id>/<lang>.md) as the units a reviewer reads, one per
 * string or paragraph: `title`, `summary`, `label`, then `reply.1`, `details.2`,
 * `facet.cost.1`, `case.extortion.1`... numbered in the order of the file, so the same id
 * names the same place in es, en and ht. Writing units back replaces only their characters:
 * the frontmatter's other fields, the `<!-- more -->` and section lines, blank lines and
 * every unchanged byte stay as they were (content:import depends on it to round-trip).
 */
import { Document, isMap, isScalar, parseDocument, parse as parseYaml } from 'yaml';
import { KnowledgeError } from './knowledge-error.ts';

export interface ReviewUnit {
  id: string;
  text: string;
}

/** The frontmatter strings a person reads: menus, "did you mean" questions, the page title. */
export const FRONTMATTER_UNITS = ['title', 'summary', 'label'] as const;

interface Located extends ReviewUnit {
  start: number;
  end: number;
  /** A frontmatter string (written back as YAML), not a paragraph of the body. */
  yaml: boolean;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;
// A line that is only an HTML comment is structure: <!-- more -->, <!-- facet: cost | silent -->.
const STRUCTURE = /^\s*<!--([\s\S]*?)-->\s*$/;
const BLANK = /^\s*$/;

function locate(file: string, text: string): Located[] {
  const match = FRONTMATTER.exec(text);
  if (!match)
    throw new KnowledgeError(file, 'the file must start with a frontmatter block between "---" lines');
  const yamlText = match[1] ?? '';
  const yamlStart = text.indexOf('\n') + 1;
  const units: Located[] = [];
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents))
    throw new KnowledgeError(
      file,
      `the frontmatter is not valid YAML: ${doc.errors[0]?.message ?? 'not a map'}`,
    );
  for (const field of FRONTMATTER_UNITS) {
    const node = doc.contents.get(field, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    units.push({
      id: field,
      text: node.value,
      start: yamlStart + node.range[0],
      end: yamlStart + node.range[1],
      yaml: true,
    });
  }

  let section = 'reply';
  const counts = new Map<string, number>();
  let paragraph: Located | undefined;
  let offset = match[0].length;
  for (const raw of text.slice(offset).split('\n')) {
    // A file saved with Windows line ends (\r\n): the \r belongs to the line end, not the text.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineEnd = offset + line.length;
    const structure = STRUCTURE.exec(line);
    if (structure || BLANK.test(line)) {
      paragraph = undefined;
      const name = structure?.[1]?.trim() ?? '';
      const header = /^(facet|case|answer)\s*:\s*([a-z_]+)/.exec(name);
      if (/^more$/.test(name)) section = 'details';
      else if (header) section = `${header[1]}.${header[2]}`;
    } else if (paragraph) {
      paragraph.end = lineEnd;
      paragraph.text = text.slice(paragraph.start, lineEnd).replace(/\r\n/g, '\n');
    } else {
      const n = (counts.get(section) ?? 0) + 1;
      counts.set(section, n);
      paragraph = { id: `${section}.${n}`, text: line, start: offset, end: lineEnd, yaml: false };
      units.push(paragraph);
    }
    offset += raw.length + 1;
  }
  return units;
}

/** The units of an entry, in file order. */
export function entryUnits(file: string, text: string): ReviewUnit[] {
  return locate(file, text).map(({ id, text }) => ({ id, text }));
}

/** A frontmatter string as YAML: plain when it can be, as the office writes it; quoted otherwise. */
function yamlScalar(value: string, quoted: boolean): string {
  if (quoted) return JSON.stringify(value);
  const plain = new Document(value).toString({ lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/**
 * The entry with some units' texts replaced (ids from entryUnits). Throws when an id is not
 * in the file, or when the result would not read back as the same units (a paragraph that
 * swallowed a blank line): the caller validates texts first, this is the last guard.
 */
export function writeEntryUnits(file: string, text: string, changes: ReadonlyMap<string, string>): string {
  const units = locate(file, text);
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of changes.keys())
    if (!byId.has(id)) throw new KnowledgeError(file, `has no text with the id "${id}"`);
  let out = text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // From the end, so earlier offsets stay right.
  for (const unit of [...units].sort((a, b) => b.start - a.start)) {
    const value = changes.get(unit.id);
    if (value === undefined || value === unit.text) continue;
    const raw = text.slice(unit.start, unit.end);
    const replacement = unit.yaml ? yamlScalar(value, /^["']/.test(raw)) : value.replace(/\n/g, eol);
    out = out.slice(0, unit.start) + replacement + out.slice(unit.end);
  }
  const written = new Map(entryUnits(file, out).map((u) => [u.id, u.text]));
  for (const [id, value] of changes) {
    if (written.get(id) !== value)
      throw new KnowledgeError(
        file,
        `the text "${id}" would not read back as written; keep it one paragraph`,
      );
  }
  const front = FRONTMATTER.exec(out)?.[1] ?? '';
  const data = parseYaml(front) as Record<string, unknown>;
  for (const field of FRONTMATTER_UNITS)
    if (changes.has(field) && data[field] !== changes.get(field))
      throw new KnowledgeError(file, `the ${field} would not read back as written`);
  return out;
}
