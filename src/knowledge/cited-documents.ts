/**
 * The documents a part of an entry cites, as its source line names them: each marker's
 * citation (seed file and lines) is looked up in knowledge/sources.yaml, in the document
 * its lines fall in when one seed binds several (a gazette issue with a manual and a
 * programme). The renderer names what this returns; knowledge:check holds it to the markers.
 */
import type { Entry } from './parse-entry.ts';
import type { Citation, Lang, SourceDocument } from './schema.ts';

/** One document as a reply names it. */
export interface NamedDocument {
  /** The same for every citation of this document: the seed, and the first line of its part. */
  key: string;
  title: Record<Lang, string>;
  short: Record<Lang, string>;
  /** YYYY, YYYY-MM or YYYY-MM-DD; people see the year. */
  published: string;
  /** The file gives no date: the year is read from its content ("around 2021"). */
  approximate: boolean;
}

/** The document a citation's lines come from, or why it has none. */
export function documentOf(
  documents: ReadonlyMap<string, SourceDocument>,
  citation: Citation,
): NamedDocument | { problem: string } {
  const doc = documents.get(citation.seed);
  if (!doc) return { problem: `${citation.seed} is not listed in knowledge/sources.yaml` };
  const [first, last] = citation.lines;
  const touched = doc.parts.filter((p) => p.lines[0] <= last && first <= p.lines[1]);
  const part = touched[0];
  if (touched.length > 1 || (part && (first < part.lines[0] || last > part.lines[1]))) {
    const names = touched.map((p) => `"${p.short.es}" (lines ${p.lines.join('-')})`).join(' and ');
    return {
      problem: `lines ${first}-${last} of ${citation.seed} run beyond ${names}; cite each document's lines on their own`,
    };
  }
  const named = part ?? doc;
  return {
    key: part ? `${doc.seed}#${part.lines[0]}` : doc.seed,
    title: named.title,
    short: named.short,
    published: named.published,
    approximate: named.approximate,
  };
}

/**
 * The documents the given source ids of an entry cite, each once, in the order they are
 * first cited. Ids or seeds that resolve to nothing are left out here; knowledge:check
 * reports them.
 */
export function citedDocuments(
  entry: Pick<Entry, 'sources'>,
  ids: readonly string[],
  documents: ReadonlyMap<string, SourceDocument>,
): NamedDocument[] {
  const named = new Map<string, NamedDocument>();
  for (const id of ids) {
    const source = entry.sources.find((s) => s.id === id);
    const doc = source && documentOf(documents, source);
    if (doc && 'key' in doc && !named.has(doc.key)) named.set(doc.key, doc);
  }
  return [...named.values()];
}
