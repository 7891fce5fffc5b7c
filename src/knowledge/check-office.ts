/**
 * The office profile as people see it must be what office.yaml means to say and what its
 * source gives. Two ways it went wrong before: an unquoted "#" in "Calle Juárez #144 Norte…"
 * made YAML read the rest of the line as a comment, so every reply said "Calle Juárez"; and
 * nothing compared the address with the seed line it cites. Pure: takes the file's text, the
 * parsed profile and the cited line(s), returns problems.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Office } from './schema.ts';
import { tokenize } from './style-match.ts';

/**
 * Values a same-line "#" cut short: a plain (unquoted) value followed by " #…" on its line.
 * In a profile or a document list that is never a wanted comment: comments go on their own line.
 */
export function cutValues(file: string, text: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: string[] = [];
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (!isScalar(value) || value.type !== 'PLAIN' || !value.range) return;
      const end = value.range[1];
      const newline = text.indexOf('\n', end);
      const rest = text.slice(end, newline === -1 ? text.length : newline);
      if (!/^\s+#/.test(rest)) return;
      const { line } = lines.linePos(end);
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      problems.push(
        `${file} line ${line}: "${key}" is read as "${String(value.value)}" because YAML takes "${rest.trim()}" for a comment. Put the whole value in double quotes ("…").`,
      );
    },
  });
  return problems;
}

const words = (text: string) => tokenize(text).map((t) => t.folded);

/**
 * The address, word for word (case, accents and punctuation aside), must be in the line it
 * cites: what people are told to walk to is exactly what the source says. `cited` is the
 * text of the cited lines, or null when the seeds are not at hand.
 */
export function addressProblems(office: Office, cited: string | null): string[] {
  if (cited === null) return [];
  const address = words(office.address.text);
  const line = words(cited);
  const found = line.some((_, i) => address.every((w, j) => line[i + j] === w));
  if (found) return [];
  const missing = address.filter((w) => !line.includes(w));
  const { seed, lines } = office.address.source;
  return [
    `office.yaml: the address "${office.address.text}" is not, word for word, in ${seed} lines ${lines.join('-')}${
      missing.length ? ` (not there: ${missing.map((w) => `"${w}"`).join(', ')})` : ''
    }. Copy the address as that line gives it, or cite the line that gives yours.`,
  ];
}
