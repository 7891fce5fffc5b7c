/**
 * The file `npm run backup` writes and `npm run restore` reads: JSON lines, the first a header
 * (format, version, when, from which prefix), then one line per Redis key (its name after the
 * prefix, when it expires, its DUMP in base64), then one line per office file (the staff
 * accounts, the filed examples, the review registry: bytes in base64), and last a line with the
 * counts, so a cut-off file is known before anything is restored. It holds password hashes and
 * people's conversations: it is written at mode 600, atomically.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../runtime/config.node.ts';
import type { DumpedKey } from '../store/redis/redis-backup.node.ts';

export const BACKUP_FORMAT = 'enlace-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  prefix: string;
}

export interface BackupFile {
  name: string;
  mode: number;
  content: Buffer;
}

type Line =
  | BackupHeader
  | { key: string; expiresAt: number; dump: string }
  | { file: string; mode: number; content: string }
  | { end: true; keys: number; files: string[] };

/** The office's files a backup carries, by name, where this configuration keeps them. */
export function officeFiles(config: Pick<Config, 'STAFF_FILE' | 'KNOWLEDGE_DIR'>): Record<string, string> {
  return {
    staff: config.STAFF_FILE,
    examples: join(config.KNOWLEDGE_DIR, 'examples.yaml'),
    reviews: join(config.KNOWLEDGE_DIR, 'reviews.yaml'),
  };
}

/** Writes a backup (a temporary file renamed at the end), at mode 600. Returns the counts. */
export async function writeBackup(
  path: string,
  prefix: string,
  keys: AsyncIterable<DumpedKey>,
  files: Record<string, string>,
): Promise<{ keys: number; files: string[] }> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.partial`;
  const out = await open(temporary, 'w', 0o600);
  const write = (line: Line) => out.write(`${JSON.stringify(line)}\n`);
  try {
    await write({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      prefix,
    });
    let count = 0;
    for await (const { key, expiresAt, dump } of keys) {
      await write({ key, expiresAt, dump: dump.toString('base64') });
      count++;
    }
    const names: string[] = [];
    for (const [name, file] of Object.entries(files)) {
      const found = await stat(file).catch(() => null);
      if (!found) continue;
      await write({
        file: name,
        mode: found.mode & 0o777,
        content: (await readFile(file)).toString('base64'),
      });
      names.push(name);
    }
    await write({ end: true, keys: count, files: names });
    await out.sync();
    await out.close();
    await rename(temporary, path);
    return { keys: count, files: names };
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

async function* lines(path: string): AsyncGenerator<Line> {
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const text of reader) {
    number++;
    if (!text.trim()) continue;
    try {
      yield JSON.parse(text) as Line;
    } catch {
      throw new Error(`${path}, line ${number}, is not whole: the file is cut off or damaged.`);
    }
  }
}

/**
 * Reads a whole backup once and checks it: the header, every line, and the closing counts.
 * Returns the header, the number of keys and the office files; throws with what is wrong.
 */
export async function checkBackup(
  path: string,
): Promise<{ header: BackupHeader; keys: number; files: BackupFile[] }> {
  let header: BackupHeader | null = null;
  let keys = 0;
  const files: BackupFile[] = [];
  let end: { keys: number; files: string[] } | null = null;
  for await (const line of lines(path)) {
    if (!header) {
      if (!('format' in line) || line.format !== BACKUP_FORMAT)
        throw new Error(
          `${path} is not a backup written by \`npm run backup\` (no ${BACKUP_FORMAT} header).`,
        );
      if (line.version > BACKUP_VERSION)
        throw new Error(
          `${path} is of backup format ${line.version}; this release reads up to ${BACKUP_VERSION}.`,
        );
      header = line;
    } else if (end) throw new Error(`${path} goes on after its closing line.`);
    else if ('key' in line) keys++;
    else if ('file' in line)
      files.push({ name: line.file, mode: line.mode, content: Buffer.from(line.content, 'base64') });
    else if ('end' in line) end = line;
  }
  if (!header) throw new Error(`${path} is empty.`);
  if (!end) throw new Error(`${path} is cut off (no closing line): it was not written to the end.`);
  if (end.keys !== keys || end.files.join() !== files.map((f) => f.name).join())
    throw new Error(
      `${path} holds ${keys} keys and files ${files.map((f) => f.name)}, its closing line says ${end.keys} and ${end.files}.`,
    );
  return { header, keys, files };
}

/** The Redis keys of a backup (checked first with checkBackup), as they come. */
export async function* backupKeys(path: string): AsyncGenerator<DumpedKey> {
  for await (const line of lines(path))
    if ('key' in line)
      yield { key: line.key, expiresAt: line.expiresAt, dump: Buffer.from(line.dump, 'base64') };
}
