/**
 * The whole app (test/support/server.ts) with the improvement page at /staff/improve on a
 * temporary knowledge folder (a folder per topic and an empty examples.yaml), and an
 * understanding that takes what is filed at once. `remove()` deletes the folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileExampleBook } from '../../src/knowledge/example-book.node.ts';
import { topicTitles } from '../../src/knowledge/knowledge-base.ts';
import { createOfficeExamples } from '../../src/understanding/office-examples.ts';
import { createUnderstanding } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from './assistant.ts';
import { testServer } from './server.ts';

/** `extra`: more of testServer's options (its inbox's are added to the improvement page's). */
export async function improveServer(extra: NonNullable<Parameters<typeof testServer>[0]> = {}) {
  const { knowledge } = await sharedKnowledge();
  const dir = await mkdtemp(join(tmpdir(), 'enlace-examples-'));
  for (const { id } of topicTitles(knowledge)) await mkdir(join(dir, 'topics', id), { recursive: true });
  await writeFile(join(dir, 'examples.yaml'), 'examples: []\n');
  const examples = createOfficeExamples();
  const understand = createUnderstanding(knowledge, { examples });
  const server = await testServer({
    ...extra,
    understand,
    inbox: {
      ...extra.inbox,
      improve: {
        book: fileExampleBook(dir),
        read: (text, lang) => understand(text, lang),
        refresh: (list) => examples.replace(list),
        topics: topicTitles(knowledge),
      },
    },
  });
  return {
    ...server,
    /** The examples file staff filings write to. */
    file: join(dir, 'examples.yaml'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
