/**
 * A locale file (locales/<lang>/<name>.json) as review units: one per key ("menu.prompt"),
 * a list of words ("commands.menu") as one unit with one item per line. Writing a unit back
 * replaces only that value's characters in the JSON text, so the file's layout and every
 * other string stay byte for byte as they were.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { KnowledgeError } from './knowledge-error.ts';
import type { ReviewUnit } from './review-entry-units.ts';

interface Located extends ReviewUnit {
  start: number;
  end: number;
  list: boolean;
}

function locate(file: string, text: string): Located[] {
  // JSON is YAML: the YAML parser gives each value's place in the text.
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents))
    throw new KnowledgeError(file, `is not a JSON object: ${doc.errors[0]?.message ?? ''}`);
  try {
    JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const units: Located[] = [];
  const walk = (node: Node | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        walk(pair.value as Node, path ? `${path}.${key}` : key);
      }
      return;
    }
    const range = node?.range;
    if (!range) throw new KnowledgeError(file, `"${path}" has no value`);
    if (isScalar(node) && typeof node.value === 'string') {
      units.push({ id: path, text: node.value, start: range[0], end: range[1], list: false });
      return;
    }
    if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      const items = node.items.map((i) => String((i as { value: string }).value));
      units.push({ id: path, text: items.join('\n'), start: range[0], end: range[1], list: true });
      return;
    }
    throw new KnowledgeError(file, `"${path}" must be a text or a list of texts`);
  };
  walk(doc.contents, '');
  return units;
}

/** The units of a locale file, in file order. */
export function localeUnits(file: string, text: string): ReviewUnit[] {
  return locate(file, text).map(({ id, text }) => ({ id, text }));
}

/** A list unit's items: one per line. */
export function listItems(text: string): string[] {
  return text.split('\n');
}

/** The locale file with some units replaced; the layout of a changed list follows the old one. */
export function writeLocaleUnits(file: string, text: string, changes: ReadonlyMap<string, string>): string {
  const units = locate(file, text);
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of changes.keys())
    if (!byId.has(id)) throw new KnowledgeError(file, `has no text with the key "${id}"`);
  let out = text;
  for (const unit of [...units].sort((a, b) => b.start - a.start)) {
    const value = changes.get(unit.id);
    if (value === undefined || value === unit.text) continue;
    let replacement = JSON.stringify(value);
    if (unit.list) {
      const items = listItems(value).map((i) => JSON.stringify(i));
      const raw = text.slice(unit.start, unit.end);
      const lineStart = text.lastIndexOf('\n', unit.start) + 1;
      const indent = /^ */.exec(text.slice(lineStart))?.[0] ?? '';
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      replacement = raw.includes('\n')
        ? `[${eol}${items.map((i) => `${indent}  ${i}`).join(`,${eol}`)}${eol}${indent}]`
        : `[${items.join(', ')}]`;
    }
    out = out.slice(0, unit.start) + replacement + out.slice(unit.end);
  }
  const written = new Map(localeUnits(file, out).map((u) => [u.id, u.text]));
  for (const [id, value] of changes)
    if (written.get(id) !== value) throw new KnowledgeError(file, `"${id}" would not read back as written`);
  return out;
}
