/**
 * The knowledge base passes every check of `npm run knowledge:check`, and the checker
 * itself catches what it must: an invented phone number, a missing marker, a cited
 * range that does not exist, a topic missing in one language, a facet missing or silent in
 * one language only, an address cut short by YAML, an emergency answer's procedure (answers_about)
 * naming no answer or differing by language, and so for the answer for no money (no_money) and the
 * answers sent without the topic's first reply (answers_alone).
 */
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.ts';
import type { KnowledgeFiles } from '../../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';

const SEEDS = '../shared/seeds';
let files: KnowledgeFiles;
let seeds: Map<string, string> | null;

beforeAll(async () => {
  files = await readKnowledgeFiles('knowledge');
  const names = await readdir(SEEDS).catch(() => null);
  seeds = names
    ? new Map(
        await Promise.all(names.map(async (n) => [n, await readFile(`${SEEDS}/${n}`, 'utf8')] as const)),
      )
    : null;
});

function withEntry(file: string, edit: (text: string) => string): KnowledgeFiles {
  return {
    ...files,
    entries: files.entries.map((e) => (e.file === file ? { ...e, text: edit(e.text) } : e)),
  };
}

describe('knowledge base', () => {
  it('passes every check', () => {
    const { problems } = checkKnowledge(files, seeds);
    expect(problems).toEqual([]);
  });

  it('has every topic of the evaluation in es, en and ht', async () => {
    const have = new Set(files.entries.map((e) => e.file));
    const table = await readFile('../shared/eval/topics.md', 'utf8').catch(() => '');
    const topics = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).filter((t) => t !== 'none');
    expect(topics.length === 0 || topics.length >= 21).toBe(true);
    for (const topic of topics)
      for (const lang of ['es', 'en', 'ht']) expect(have).toContain(`topics/${topic}/${lang}.md`);
  });

  it('rejects a facet that one language leaves out or marks silent alone', () => {
    const missing = withEntry('topics/apostille/ht.md', (t) =>
      t.replace(/<!-- facet: cost[^>]*-->[\s\S]*?(?=<!-- facet:)/, ''),
    );
    expect(checkKnowledge(missing, seeds).problems.join('\n')).toMatch(/missing: cost|facets/);
    const silent = withEntry('topics/apostille/en.md', (t) =>
      t.replace('<!-- facet: where -->', '<!-- facet: where | silent -->'),
    );
    expect(checkKnowledge(silent, seeds).problems.join('\n')).toMatch(/which are silent/);
  });

  // Each edit: the entry, the line that names no answer, the entry in another language, the line that differs.
  it.each([
    [
      "an emergency answer's procedure (answers_about)",
      ['topics/emergency/en.md', 'answers_about:\n', 'answers_about:\n  no_such_answer: legal_advice\n'],
      ['topics/emergency/ht.md', '  papers_taken: mx_status', '  papers_taken: legal_advice'],
    ],
    [
      'the answer for no money (no_money)',
      ['topics/mx_status/es.md', 'no_money: fee_exemption', 'no_money: no_such_answer'],
      ['topics/mx_status/ht.md', 'no_money: fee_exemption', 'no_money: free_legal_help'],
    ],
    [
      'an answer sent without the first reply (answers_alone)',
      [
        'topics/productive_projects/es.md',
        'answers_alone: [finabien_card_usa,',
        'answers_alone: [no_such_answer,',
      ],
      ['topics/productive_projects/ht.md', 'answers_alone: [finabien_card_usa, ', 'answers_alone: ['],
    ],
  ] as const)(
    'rejects %s that names no answer, or differs by language',
    (_what, unknownEdit, differsEdit) => {
      const edited = ([file, from, to]: readonly [string, string, string]) =>
        checkKnowledge(
          withEntry(file, (t) => t.replace(from, to)),
          seeds,
        ).problems.join('\n');
      expect(edited(unknownEdit)).toMatch(/answers_about, no_money or answers_alone names "no_such_answer"/);
      expect(edited(differsEdit)).toMatch(/answers_about, no_money or answers_alone differ/);
    },
  );

  it('shows the office address whole (an unquoted "#" in YAML would cut it)', () => {
    const knowledge = checkKnowledge(files, seeds).knowledge;
    expect(knowledge?.office.address.text).toContain('#144 Norte');
  });

  it('rejects a phone number that no cited line gives', () => {
    const broken = withEntry('topics/apostille/es.md', (t) =>
      t.replace('<!-- more -->', 'Llama al 618 555 1234. [^a]\n\n<!-- more -->'),
    );
    expect(checkKnowledge(broken, seeds).problems.join('\n')).toMatch(/618 555 1234/);
  });

  it('rejects a paragraph with no source marker', () => {
    const broken = withEntry('topics/apostille/en.md', (t) =>
      t.replace('<!-- more -->', 'An unsourced claim.\n\n<!-- more -->'),
    );
    expect(checkKnowledge(broken, seeds).problems.join('\n')).toMatch(/no source marker/);
  });

  it('rejects a cited line range past the end of the document', () => {
    const broken = withEntry('topics/apostille/ht.md', (t) =>
      t.replace(/lines: \[(\d+), (\d+)\]/, 'lines: [$1, 99999]'),
    );
    expect(checkKnowledge(broken, seeds).problems.join('\n')).toMatch(/99999/);
  });

  it('rejects a topic missing in one language', () => {
    const broken = { ...files, entries: files.entries.filter((e) => e.file !== 'topics/asylum/ht.md') };
    expect(checkKnowledge(broken, seeds).problems.join('\n')).toMatch(/asylum\/ht\.md is missing/);
  });

  it('leaves the office contact details empty rather than guessing them', async () => {
    const office = await readFile('knowledge/office.yaml', 'utf8');
    expect(office).toMatch(/^phone: ""$/m);
    expect(office).toMatch(/^email: ""$/m);
    // The health service's and the gazette's numbers printed in seed 000 are traps.
    for (const trap of ['137 70 20', '137 74 82', '137 70 00', '37 78 00']) {
      for (const e of files.entries) expect(e.text, e.file).not.toContain(trap);
    }
  });
});
