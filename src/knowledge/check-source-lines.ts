/**
 * knowledge:check's source-line checks. Every part of an entry (first reply, details,
 * facets, emergency lines) ends with a line naming each document its markers cite, with
 * its date; these checks hold that line to the markers: the ids recorded while parsing are
 * the markers in the text, each marker's lines fall in one named document, the documents
 * the renderer names (citedDocuments) are exactly those, each document's year is in the
 * seed lines that date it, and a first reply with its source line still fits a phone screen.
 */
import { LANGS } from '../core/types.ts';
import { citedDocuments, documentOf } from './cited-documents.ts';
import type { Knowledge } from './knowledge-base.ts';
import type { Entry } from './parse-entry.ts';
import { citedIds, stripMarkers } from './text.ts';

/**
 * A first reply (markers removed, placeholders unfilled) and its source line, in characters:
 * the reply's own limit (330) and room for three documents. With the offer that follows
 * (about 60) the message still fits one phone screen.
 */
export const REPLY_WITH_SOURCES = 480;

/** One part of an entry, its text with markers, and the ids recorded for it. */
interface Part {
  name: string;
  text: string;
  cites: readonly string[];
}

function partsOf(entry: Entry): Part[] {
  return [
    { name: 'the first reply', text: entry.reply, cites: entry.cites.reply },
    { name: 'the details', text: entry.details, cites: entry.cites.details },
    ...Object.entries(entry.facets).map(([name, facet]) => ({
      name: `the facet "${name}"`,
      text: facet.text,
      cites: entry.cites.facets[name as keyof Entry['facets']] ?? [],
    })),
    ...Object.entries(entry.cases).map(([name, text]) => ({
      name: `the case "${name}"`,
      text,
      cites: entry.cites.cases[name] ?? [],
    })),
    ...Object.entries(entry.answers).map(([name, answer]) => ({
      name: `the answer "${name}"`,
      text: answer.text,
      cites: entry.cites.answers[name] ?? [],
    })),
  ];
}

/** The source line's length as the locales word it: "Fuentes: A (2019), B (hacia 2021) y C (2023)." */
function sourceLineLength(names: readonly { short: string; approximate: boolean }[]): number {
  return 10 + names.reduce((sum, d) => sum + d.short.length + 9 + (d.approximate ? 7 : 0), 0);
}

const ids = (list: readonly string[]) => (list.length ? list.map((id) => `[^${id}]`).join(', ') : 'nothing');
const names = (list: readonly string[]) => (list.length ? list.map((n) => `"${n}"`).join(', ') : 'nothing');

/** seedLines: file name → its lines, or null when the seeds are not available. */
export function checkSourceLines(
  knowledge: Knowledge,
  seedLines: ReadonlyMap<string, readonly string[]> | null,
): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];

  for (const entry of knowledge.entries) {
    const where = entry.file;
    for (const part of partsOf(entry)) {
      const markers = citedIds(part.text);
      if (markers.join(' ') !== part.cites.join(' '))
        problems.push(
          `${where}: ${part.name} cites ${ids(markers)} but its source line would name the sources of ${ids(part.cites)}; src/knowledge/parse-entry.ts lost track of its markers: report it to whoever maintains the code.`,
        );
      const expected = new Map<string, string>();
      for (const id of markers) {
        const source = entry.sources.find((s) => s.id === id);
        if (!source) continue; // check-knowledge reports a marker that names no source
        const doc = documentOf(knowledge.documents, source);
        if ('problem' in doc) {
          problems.push(`${where}: [^${id}] in ${part.name}: ${doc.problem}.`);
          continue;
        }
        expected.set(doc.key, doc.short.es);
        if (doc.key === source.seed && knowledge.documents.get(source.seed)?.parts.length)
          warnings.push(
            `${where}: [^${id}] cites lines ${source.lines.join('-')} of ${source.seed}, outside every document sources.yaml lists in it (a cover, a notice, a colophon): is that the right line?`,
          );
      }
      const named = citedDocuments(entry, part.cites, knowledge.documents);
      if (named.map((d) => d.key).join(' ') !== [...expected.keys()].join(' '))
        problems.push(
          `${where}: the source line of ${part.name} names ${names(named.map((d) => d.short.es))}, but its markers cite ${names([...expected.values()])}; src/knowledge/cited-documents.ts must name what the markers cite.`,
        );
    }
    const reply = stripMarkers(entry.reply).length;
    const named = citedDocuments(entry, entry.cites.reply, knowledge.documents);
    const withSources =
      reply +
      sourceLineLength(named.map((d) => ({ short: d.short[entry.lang], approximate: d.approximate })));
    if (named.length > 0 && withSources > REPLY_WITH_SOURCES)
      problems.push(
        `${where}: the first reply and its source line (${named.length} documents) come to about ${withSources} characters, more than one phone screen (${REPLY_WITH_SOURCES}); shorten the reply or move a paragraph that cites another document below <!-- more -->.`,
      );
  }

  for (const doc of knowledge.documents.values()) {
    for (const dated of [doc, ...doc.parts]) {
      const name = dated === doc ? doc.seed : `${doc.seed} "${dated.short.es}"`;
      for (const lang of LANGS)
        if (/\(\s*(?:19|20)\d\d\s*\)/.test(dated.short[lang]))
          problems.push(
            `knowledge/sources.yaml: ${name}: the short name "${dated.short[lang]}" carries a date in brackets; the source line adds the date itself.`,
          );
        // "Programa 2018-2022 (2020)" reads like a phone number, to people and to checkers.
        else if (/\d$/.test(dated.short[lang].trim()))
          problems.push(
            `knowledge/sources.yaml: ${name}: the short name "${dated.short[lang]}" ends with a number; followed by its date in brackets it reads like a phone number. End it with a word (e.g. "… 2018-2022 del Instituto").`,
          );
      const lines = seedLines?.get(doc.seed);
      if (!lines) continue;
      const year = dated.published.slice(0, 4);
      const text = lines.slice(dated.dateLines[0] - 1, dated.dateLines[1]).join('\n');
      if (!text.includes(year))
        problems.push(
          `knowledge/sources.yaml: ${name}: the year ${year} is not in lines ${dated.dateLines.join('-')}, which dateLines says give its date. Point dateLines at the lines that date it, or correct published.`,
        );
    }
  }
  return { problems, warnings };
}
