/**
 * Adding a topic is one folder in knowledge/topics/: the fixture topic in
 * test/fixtures/new-topic/ (es, en, ht), put beside the real knowledge with no other edit,
 * passes knowledge:check, shows in the "more topics" menu under its own label, is
 * understood from its phrases, answered with its text, and answers its facets.
 */
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.ts';
import { buildKnowledge, type Knowledge, type KnowledgeFiles } from '../../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../../src/knowledge/load-knowledge.node.ts';
import { createUnderstanding } from '../../src/understanding/understand.ts';
import { testAssistant, texts, values } from '../support/assistant.ts';

let files: KnowledgeFiles;
let knowledge: Knowledge;

beforeAll(async () => {
  const real = await readKnowledgeFiles('knowledge');
  const dir = 'test/fixtures/new-topic';
  const added = await Promise.all(
    (await readdir(dir)).map(async (name) => ({
      file: `topics/library_card/${name}`,
      text: await readFile(`${dir}/${name}`, 'utf8'),
    })),
  );
  files = { ...real, entries: [...real.entries, ...added] };
  knowledge = buildKnowledge(files);
});

async function assistant() {
  return testAssistant({ knowledge, understand: createUnderstanding(knowledge) });
}

describe('a topic is one folder', () => {
  it('passes the knowledge checks', async () => {
    const seeds = new Map(
      await Promise.all(
        (await readdir('../shared/seeds').catch(() => [] as string[])).map(
          async (n) => [n, await readFile(`../shared/seeds/${n}`, 'utf8')] as const,
        ),
      ),
    );
    expect(checkKnowledge(files, seeds.size ? seeds : null).problems).toEqual([]);
  });

  it('shows in the menu under its own label, in each language', async () => {
    const a = await assistant();
    await a.say('hola');
    const more = await a.choose('menu:more');
    expect(values(more)).toContain('topic:library_card');
    expect(more.outbound.at(-1)?.buttons.find((b) => b.value === 'topic:library_card')?.label).toBe(
      'Credencial de biblioteca',
    );
    expect(a.engine.isChoice('topic:library_card')).toBe(true);
  });

  it('is understood from its phrases and answered with its own text and facets', async () => {
    for (const [question, cost] of [
      ['necesito la credencial de lector de la biblioteca migrante', 'y cuanto cuesta?'],
      ['how do i get a migrant library reader card', 'how much does it cost?'],
      ['m bezwen kat lektè bibliyotèk migran an', 'konbyen li koute?'],
    ] as const) {
      const a = await assistant();
      const answer = await a.say(question);
      expect(answer.report.topic, question).toBe('library_card');
      expect(texts(answer)).toMatch(/biblioteca|library|bibliyotèk/);
      const facet = await a.say(cost);
      expect(facet.report).toMatchObject({ topic: 'library_card', facet: 'cost' });
    }
  });
});
