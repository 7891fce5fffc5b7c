/**
 * Node-only: reads the reviewable files (knowledge/topics/*\/*.md, locales/*\/*.json) and
 * knowledge/reviews.yaml from disk, and writes them back for content:import. The folders come
 * from KNOWLEDGE_DIR and LOCALES_DIR (defaults ./knowledge and ./locales), so the tests and an
 * office's own copy work the same way. Each file is replaced whole through a temporary file,
 * so an interrupted import never leaves half a file.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LANGS } from '../core/types.ts';
import { parseRegistry, REVIEWS_PATH, type Registry, serializeRegistry } from './review-registry.ts';
import { parseReviewPath, type ReviewItem, type ReviewTexts, reviewItems } from './review-status.ts';

export interface ReviewDirs {
  knowledge: string;
  locales: string;
}

export function reviewDirs(env: Record<string, string | undefined> = process.env): ReviewDirs {
  return { knowledge: env.KNOWLEDGE_DIR ?? 'knowledge', locales: env.LOCALES_DIR ?? 'locales' };
}

/** Where a review path (topics/..., locales/...) is on disk. */
export function diskPath(dirs: ReviewDirs, path: string): string {
  const where = parseReviewPath(path);
  if (!where) throw new Error(`${path} is no reviewable file`);
  return where.kind === 'entry'
    ? join(dirs.knowledge, path)
    : join(dirs.locales, where.lang, `${where.name}.json`);
}

export async function readReviewTexts(dirs: ReviewDirs): Promise<ReviewTexts> {
  const entries = new Map<string, string>();
  const topics = await readdir(join(dirs.knowledge, 'topics')).catch(() => [] as string[]);
  for (const topic of topics.sort()) {
    for (const lang of LANGS) {
      const path = `topics/${topic}/${lang}.md`;
      const text = await readFile(join(dirs.knowledge, path), 'utf8').catch(() => null);
      if (text !== null) entries.set(path, text);
    }
  }
  const locales = new Map<string, string>();
  for (const lang of LANGS) {
    const names = await readdir(join(dirs.locales, lang)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort())
      locales.set(`locales/${lang}/${name}`, await readFile(join(dirs.locales, lang, name), 'utf8'));
  }
  return { entries, locales };
}

export async function readRegistryText(dirs: ReviewDirs): Promise<string | null> {
  return readFile(join(dirs.knowledge, REVIEWS_PATH), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

export interface ReviewState {
  texts: ReviewTexts;
  registry: Registry;
  items: ReviewItem[];
}

/** Texts, registry and every item's status; throws a KnowledgeError when reviews.yaml is malformed. */
export async function loadReviewState(dirs: ReviewDirs): Promise<ReviewState> {
  const [texts, registryText] = await Promise.all([readReviewTexts(dirs), readRegistryText(dirs)]);
  const registry = parseRegistry(registryText);
  return { texts, registry, items: reviewItems(texts, registry) };
}

async function replace(file: string, text: string) {
  const temporary = join(dirname(file), `.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, file);
}

/** Writes the files that changed, then the registry (last: a review is recorded only once its text is in place). */
export async function writeReviewed(
  dirs: ReviewDirs,
  before: ReviewTexts,
  files: ReadonlyMap<string, string>,
  registry: Registry,
): Promise<string[]> {
  const written: string[] = [];
  for (const [path, text] of files) {
    const old = parseReviewPath(path)?.kind === 'entry' ? before.entries.get(path) : before.locales.get(path);
    if (old === text) continue;
    await replace(diskPath(dirs, path), text);
    written.push(path);
  }
  await replace(join(dirs.knowledge, REVIEWS_PATH), serializeRegistry(registry));
  return written;
}
