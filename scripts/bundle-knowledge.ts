/**
 * Before a Workers build (wrangler's [build] command, `npm run dev:worker`, `npm run deploy`)
 * and before type checking: packs the knowledge folder into build/knowledge-files.json, since a
 * Worker has no disk to read it from. The files are validated on the way, so a broken entry
 * stops the build here with the checker's message instead of failing in production.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { buildKnowledge } from '../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../src/knowledge/load-knowledge.node.ts';

const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
try {
  const files = await readKnowledgeFiles(dir);
  buildKnowledge(files);
  await mkdir('build', { recursive: true });
  // The style files serve knowledge:check only: nothing at run time reads them.
  const runtime = { ...files, styleHt: undefined, readability: undefined };
  await writeFile('build/knowledge-files.json', JSON.stringify(runtime));
  console.log(
    `knowledge from ${dir}/ packed into build/knowledge-files.json (${files.entries.length} entries)`,
  );
} catch (error) {
  console.error(
    `${(error as Error).message}\nFix it (npm run knowledge:check lists every problem), then build again.`,
  );
  process.exit(1);
}
