/**
 * Node-only: reads the knowledge folder from disk into KnowledgeFiles and builds it.
 * The folder defaults to ./knowledge; the composition roots pass KNOWLEDGE_DIR when set.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildKnowledge, KNOWLEDGE_PATHS, type Knowledge, type KnowledgeFiles } from './knowledge-base.ts';
import { KnowledgeError } from './knowledge-error.ts';

async function read(dir: string, file: string, missingModels?: string): Promise<string> {
  // The office's filed examples start as no file at all.
  if (file === KNOWLEDGE_PATHS.examples) return readFile(join(dir, file), 'utf8').catch(() => 'examples: []');
  // Training writes the models: it may start without them.
  const model = file === KNOWLEDGE_PATHS.model || file === KNOWLEDGE_PATHS.dialogueModel;
  if (model && missingModels !== undefined)
    return readFile(join(dir, file), 'utf8').catch(() => missingModels);
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch {
    throw new KnowledgeError(
      file,
      `cannot be read from ${dir}. Check KNOWLEDGE_DIR, or restore the file from git.`,
    );
  }
}

/** `missingModels`: what to read for a model file that is not there yet (training only). */
export async function readKnowledgeFiles(
  dir: string,
  options: { missingModels?: string } = {},
): Promise<KnowledgeFiles> {
  const topicsDir = join(dir, 'topics');
  const names = await readdir(topicsDir, { recursive: true }).catch(() => {
    throw new KnowledgeError('topics/', `no topics folder in ${dir}. Check KNOWLEDGE_DIR.`);
  });
  const mdFiles = names.filter((n) => n.endsWith('.md')).sort();
  const entries = await Promise.all(
    mdFiles.map(async (n) => ({
      file: relative(dir, join(topicsDir, n)),
      text: await readFile(join(topicsDir, n), 'utf8'),
    })),
  );
  const [
    office,
    sources,
    glossary,
    emergencySignals,
    languageSignals,
    outOfScope,
    dialogueSignals,
    examples,
    model,
    dialogueModel,
    styleHt,
    readability,
    terms,
    placeSignals,
  ] = await Promise.all(Object.values(KNOWLEDGE_PATHS).map((f) => read(dir, f, options.missingModels)));
  return {
    office: office ?? '',
    sources: sources ?? '',
    glossary: glossary ?? '',
    emergencySignals: emergencySignals ?? '',
    languageSignals: languageSignals ?? '',
    outOfScope: outOfScope ?? '',
    dialogueSignals: dialogueSignals ?? '',
    examples: examples ?? 'examples: []',
    model: model ?? '',
    dialogueModel: dialogueModel ?? '',
    styleHt: styleHt ?? '',
    readability: readability ?? '',
    terms: terms ?? '',
    placeSignals: placeSignals ?? 'states: {}',
    entries,
  };
}

export async function loadKnowledge(dir = 'knowledge'): Promise<Knowledge> {
  return buildKnowledge(await readKnowledgeFiles(dir));
}
