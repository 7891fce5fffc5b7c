/**
 * Before a Workers build (wrangler's [build] command, `npm run dev:worker`, `npm run deploy`)
 * and before type checking: packs the knowledge folder into build/knowledge-files.json, since a
 * Worker has no disk to read it from. The files are validated on the way, so a broken entry
 * stops the build here with the checker's message instead of failing in production.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { buildKnowledge, type KnowledgeFiles } from '../src/knowledge/knowledge-base.ts';
import { readKnowledgeFiles } from '../src/knowledge/load-knowledge.node.ts';

const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
try {
  const files = await readKnowledgeFiles(dir);
  const knowledge = buildKnowledge(files);
  await mkdir('build', { recursive: true });
  // The style files serve knowledge:check only: nothing at run time reads them.
  // A trained topic's example phrases live on in the model; at run time only untrained
  // topics read theirs (src/understanding/untrained-topics.ts). Keeping the schema's five
  // saves about 40 KiB of the Worker's 900 KiB budget.
  const trained = new Set(knowledge.model.labels);
  const runtime = {
    ...files,
    entries: files.entries.map((e) => ({ ...e, text: trimPhrases(e.text, e.file, trained) })),
    styleHt: undefined,
    readability: undefined,
    terms: undefined,
  };
  buildKnowledge(runtime);
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

/** The entry with only its first five phrases when its topic is in the model. */
function trimPhrases(
  text: string,
  file: string,
  trained: ReadonlySet<string>,
): KnowledgeFiles['entries'][number]['text'] {
  const topic = /topics\/([a-z_]+)\//.exec(file)?.[1];
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!topic || !trained.has(topic) || !match) return text;
  const front = parseDocument(match[1] ?? '');
  const phrases = front.get('phrases');
  if (!phrases || typeof phrases !== 'object' || !('items' in phrases)) return text;
  (phrases as { items: unknown[] }).items.splice(5);
  return `---\n${front.toString().trimEnd()}\n---\n${text.slice(match[0].length)}`;
}
