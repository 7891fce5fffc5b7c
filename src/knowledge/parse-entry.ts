/**
 * Turns the text of one topic file (YAML frontmatter + Markdown) into a validated entry.
 * Pure: takes a string, returns data or throws a KnowledgeError that names the file.
 */
import { parse as parseYaml } from 'yaml';
import { KnowledgeError } from './knowledge-error.ts';
import { type EntryFrontmatter, entryFrontmatterSchema } from './schema.ts';

export interface Entry extends EntryFrontmatter {
  /** The first reply, with its source markers still in it. */
  reply: string;
  /** The "more details" part ('' when there is none), markers still in it. */
  details: string;
  /** Where the entry came from, for error messages. */
  file: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const MORE = /^\s*<!--\s*more\s*-->\s*$/m;

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
  const [reply = '', details = ''] = (match[2] ?? '').split(MORE);
  return { ...result.data, reply: reply.trim(), details: details.trim(), file };
}
