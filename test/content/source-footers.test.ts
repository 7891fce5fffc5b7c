/**
 * Every part of an entry people read (first reply, details, facets, emergency lines) ends
 * with one source line naming each document its paragraphs' markers cite, by its name and
 * date in knowledge/sources.yaml: a reply built on the Institute's 2019 manual says so, the
 * details carry their sources too, a file without a date reads "around 2021". The expected
 * names are worked out here from the markers and sources.yaml, not by the renderer's code;
 * and knowledge:check's source-line checks catch what would make the line wrong.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FACETS, LANGS, type Lang, type Reply } from '../../src/core/types.ts';
import { createReplyRenderer } from '../../src/engine/render-reply.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { checkSourceLines } from '../../src/knowledge/check-source-lines.ts';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { buildKnowledge } from '../../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import type { Entry } from '../../src/knowledge/parse-entry.ts';
import { sharedKnowledge } from '../support/assistant.ts';

interface Named {
  lines?: [number, number];
  short: Record<Lang, string>;
  published: string;
  approximate?: boolean;
}
interface Listed extends Named {
  seed: string;
  parts?: Named[];
}

const i18n = createI18n();
const MANUAL = '000_42a14087d130fee7.txt';
const STUDY = '002_fe746972200e2006.txt';
/** What a reader sees for a date the file does not give. */
const AROUND: Record<Lang, string> = { es: 'hacia 2021', en: 'around 2021', ht: 'anviwon 2021' };

let knowledge: Knowledge;
let listed: Listed[];
let render: ReturnType<typeof createReplyRenderer>;

beforeAll(async () => {
  ({ knowledge } = await sharedKnowledge());
  render = createReplyRenderer(knowledge);
  listed = (parseYaml(await readFile('knowledge/sources.yaml', 'utf8')) as { documents: Listed[] }).documents;
});

const ctx = (lang: Lang) => ({ lang, t: i18n.t(lang), choices: 'buttons' }) as const;
const lastParagraph = (text: string) => text.split('\n\n').at(-1) ?? '';

/** The document a marker's lines come from, read straight from sources.yaml. */
function documentFor(entry: Entry, id: string): Named {
  const source = entry.sources.find((s) => s.id === id);
  const doc = listed.find((d) => d.seed === source?.seed);
  if (!source || !doc) throw new Error(`${entry.file}: [^${id}] names no listed document`);
  const part = doc.parts?.find(
    (p) => p.lines && p.lines[0] <= source.lines[0] && source.lines[1] <= p.lines[1],
  );
  return part ?? doc;
}

/** "Name (2019)" as each document should read in the source line. */
function expectedNames(entry: Entry, text: string): string[] {
  const ids = [...new Set([...text.matchAll(/\[\^([a-z0-9]+)\]/g)].map((m) => m[1] ?? ''))];
  const docs = [...new Set(ids.map((id) => documentFor(entry, id)))];
  return docs.map((d) => {
    const year = d.published.slice(0, 4);
    return `${d.short[entry.lang]} (${d.approximate ? AROUND[entry.lang].replace('2021', year) : year})`;
  });
}

/** Every short name in sources.yaml, in one language. */
const allNames = (lang: Lang) => listed.flatMap((d) => [d, ...(d.parts ?? [])]).map((d) => d.short[lang]);

describe('source lines', () => {
  it('name the 2019 manual under legal advice, in the first reply and in the details, in es, en and ht', () => {
    const manual = listed.find((d) => d.seed === MANUAL)?.parts?.find((p) => p.published.startsWith('2019'));
    expect(manual?.short.es).toMatch(/Manual de Organización/);
    for (const lang of LANGS) {
      const entry = knowledge.entry('legal_advice', lang);
      // The audit's example: a paragraph of the details rests on the manual's line 555.
      const l555 = entry?.sources.find((s) => s.seed === MANUAL && s.lines[0] === 555);
      expect(entry?.details).toContain(`[^${l555?.id}]`);
      for (const part of ['reply', 'details'] as const) {
        const line = lastParagraph(render([{ kind: 'entry', topic: 'legal_advice', part }], ctx(lang)).text);
        expect(line, `${lang} ${part}`).toContain(`${manual?.short[lang]} (2019)`);
        expect(line, `${lang} ${part}`).toMatch(/^(Fuentes?|Sources?|Sous):/);
      }
    }
  });

  it('name exactly the documents each part cites, with their dates, in every entry and language', () => {
    let parts = 0;
    for (const entry of knowledge.entries) {
      const { id: topic, lang } = entry;
      const shown: Array<[string, Reply, string]> = [
        ['reply', { kind: 'entry', topic, part: 'reply' }, entry.reply],
      ];
      if (entry.details) shown.push(['details', { kind: 'entry', topic, part: 'details' }, entry.details]);
      for (const f of FACETS) {
        const facet = entry.facets[f];
        if (facet) shown.push([f, { kind: 'facet', topic, facets: [f] }, facet.text]);
      }
      for (const [name, text] of Object.entries(entry.cases))
        shown.push([name, { kind: 'case', topic, name }, text]);
      for (const [name, reply, text] of shown) {
        const where = `${entry.file} ${name}`;
        const line = lastParagraph(render([reply], ctx(lang)).text);
        const expected = expectedNames(entry, text);
        expect(expected.length, where).toBeGreaterThan(0);
        for (const doc of expected) expect(line, where).toContain(doc);
        const others = allNames(lang).filter((n) => !expected.some((e) => e.startsWith(`${n} (`)));
        for (const other of others) expect(line, where).not.toContain(`${other} (`);
        expect(line.split('\n'), `${where}: one line`).toHaveLength(1);
        parts += 1;
      }
    }
    expect(parts).toBeGreaterThan(63 * 3);
  });

  it('say "around 2021" for the study that carries no date, in each language', () => {
    for (const lang of LANGS) {
      const entry = knowledge.entries.find(
        (e) => e.lang === lang && e.sources.some((s) => s.seed === STUDY && e.details.includes(`[^${s.id}]`)),
      );
      expect(entry, lang).toBeDefined();
      const line = lastParagraph(
        render([{ kind: 'entry', topic: entry?.id ?? '', part: 'details' }], ctx(lang)).text,
      );
      expect(line).toContain(AROUND[lang]);
      expect(line).not.toMatch(/\(2021\)/);
    }
  });

  it('give facets asked together and an emergency turn one source line, before the question that follows', () => {
    const turn = render(
      [
        { kind: 'case', topic: 'emergency', name: 'first' },
        { kind: 'case', topic: 'emergency', name: 'desert' },
        { kind: 'text', key: 'emergency.where' },
      ],
      ctx('es'),
    ).text.split('\n\n');
    expect(turn.filter((p) => /^Fuentes?:/.test(p))).toHaveLength(1);
    expect(turn[0]).toMatch(/911/);
    expect(turn.at(-2)).toMatch(/^Fuentes?:/);
    expect(turn.at(-1)).toBe(i18n.t('es')('emergency.where'));

    const facets = render(
      [{ kind: 'facet', topic: 'legal_advice', facets: ['cost', 'where'] }],
      ctx('en'),
    ).text;
    expect(facets.split('\n\n').filter((p) => /^Sources?:/.test(p))).toHaveLength(1);
    expect(facets.split('\n\n').at(-1)).toMatch(/^Sources?:/);
  });

  it('use plain Kreyòl names ("Pak" is Easter) and join several documents in each language', () => {
    for (const doc of listed.flatMap((d) => [d, ...(d.parts ?? [])]))
      expect(JSON.stringify(doc)).not.toMatch(/\bPak\b|Konpandyòm/);
    const words: Record<Lang, RegExp> = { es: / y /, en: / and /, ht: / ak / };
    for (const lang of LANGS) {
      const line = lastParagraph(
        render([{ kind: 'entry', topic: 'legal_advice', part: 'reply' }], ctx(lang)).text,
      );
      expect(line).toMatch(words[lang]);
      expect(line).toMatch(/^(Fuentes|Sources|Sous): .+\.$/);
    }
  });
});

describe('knowledge:check source lines', () => {
  /** Seed lines that are empty but for the year each listed date is read from. */
  function seedsWithDates(k: Knowledge, skip?: string): Map<string, string[]> {
    const seeds = new Map<string, string[]>();
    for (const doc of k.documents.values()) {
      const lines = Array.from({ length: doc.lines }, () => '');
      for (const dated of [doc, ...doc.parts])
        if (!(dated !== doc && dated.short.es === skip))
          lines[dated.dateLines[0] - 1] += ` ${dated.published.slice(0, 4)}`;
      seeds.set(doc.seed, lines);
    }
    return seeds;
  }

  it('passes on the knowledge folder, and finds each date in the lines that give it', () => {
    expect(checkSourceLines(knowledge, seedsWithDates(knowledge))).toEqual({ problems: [], warnings: [] });
    const manual = [...knowledge.documents.values()]
      .flatMap((d) => d.parts)
      .find((p) => p.published.startsWith('2019'));
    const problems = checkSourceLines(knowledge, seedsWithDates(knowledge, manual?.short.es)).problems;
    expect(problems.join('\n')).toMatch(/the year 2019 is not in lines 144-144/);
  });

  it('rejects a citation that runs from one bound document into the next, and a first reply too long with its sources', async () => {
    const files = await readKnowledgeFiles('knowledge');
    const across = buildKnowledge({
      ...files,
      entries: files.entries.map((e) =>
        e.file === 'topics/legal_advice/es.md'
          ? { ...e, text: e.text.replace('lines: [555, 555]', 'lines: [1410, 1430]') }
          : e,
      ),
    });
    expect(checkSourceLines(across, null).problems.join('\n')).toMatch(
      /legal_advice\/es\.md: \[\^d\] in the details: lines 1410-1430 of 000_42a14087d130fee7\.txt run beyond/,
    );

    const long = buildKnowledge({
      ...files,
      entries: files.entries.map((e) =>
        e.file === 'topics/legal_advice/en.md'
          ? {
              ...e,
              text: e.text.replace(/\n<!-- more -->/, ` ${'More words. '.repeat(12)}[^a]\n\n<!-- more -->`),
            }
          : e,
      ),
    });
    expect(checkSourceLines(long, null).problems.join('\n')).toMatch(
      /legal_advice\/en\.md: the first reply and its source line \(\d documents\)/,
    );
  });

  it('rejects a short name that ends with a number ("Programa 2018-2022 (2020)" reads like a phone number)', async () => {
    const files = await readKnowledgeFiles('knowledge');
    const numbered = buildKnowledge({
      ...files,
      sources: files.sources.replace(
        'es: Programa Institucional 2018-2022 del Instituto\n',
        'es: Programa Institucional 2018-2022\n',
      ),
    });
    expect(checkSourceLines(numbered, null).problems.join('\n')).toMatch(
      /short name "Programa Institucional 2018-2022" ends with a number/,
    );
  });
});
