/**
 * Node-only: reads and writes the staff accounts file (STAFF_FILE, default data/staff.json).
 * Every write goes to a new file beside it, created with mode 600, flushed, then renamed over
 * it: a reader (the server re-reads the file every 10 s) sees the old file or the new one,
 * never half of one, and the file is left readable by its owner only even when an older one
 * was 644 (a mode given to writeFile only applies to a file it creates).
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, open, readFile, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseStaffFile, type StaffFile } from './accounts.ts';

export const DEFAULT_STAFF_FILE = 'data/staff.json';
/** Owner read and write only: the file holds every password hash. */
const STAFF_FILE_MODE = 0o600;
/** Tries of a change whose file someone else changed meanwhile (`npm run staff` as the server rewrites it). */
const CHANGE_TRIES = 3;

const fileText = (data: StaffFile) => `${JSON.stringify(data, null, 2)}\n`;

/** The file's text, or null when there is no file yet. */
const textOf = (file: string) => readFile(file, 'utf8').catch(() => null);
/** No file yet: no accounts. */
const accountsIn = (text: string | null, file: string): StaffFile =>
  text === null ? { accounts: [] } : parseStaffFile(text, file);

export async function readStaffFile(file = process.env.STAFF_FILE ?? DEFAULT_STAFF_FILE): Promise<StaffFile> {
  return accountsIn(await textOf(file), file);
}

/**
 * Writes `content` to a temporary file beside `file`, mode 600, flushed to disk, and renames
 * it over `file` when `stillCurrent` (checked last) agrees; else removes it. True when renamed.
 */
async function replaceAtomically(file: string, content: string, stillCurrent: () => Promise<boolean>) {
  await mkdir(dirname(file), { recursive: true });
  // A symbolic link (a file kept among other secrets) is followed: the rename replaces its target.
  const target = await realpath(file).catch(() => file);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  const handle = await open(temporary, 'wx', STAFF_FILE_MODE);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    // The mode given to open is narrowed by the umask; this sets it whatever the umask is.
    await chmod(temporary, STAFF_FILE_MODE);
    if (!(await stillCurrent())) return false;
    await rename(temporary, target);
    return true;
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Changes the file by `change` (null: nothing to change), unless someone else changed it
 * between the reading and the rename, then reads it again and tries again, so another
 * writer's accounts are never lost. The file as written, or as found when nothing changed.
 */
export async function updateStaffFile(
  change: (data: StaffFile) => StaffFile | null,
  file = process.env.STAFF_FILE ?? DEFAULT_STAFF_FILE,
): Promise<StaffFile> {
  for (let i = 0; i < CHANGE_TRIES; i++) {
    const before = await textOf(file);
    const data = accountsIn(before, file);
    const changed = change(data);
    if (!changed) return data;
    const unchanged = async () => (await textOf(file)) === before;
    if (await replaceAtomically(file, fileText(changed), unchanged)) return changed;
  }
  throw new Error(`${file} kept changing while it was being written; try again.`);
}

/**
 * Stores `hash` as the account's in place of `previous`, every other account as it was (the
 * format's fields: the file is read through its zod schema, and the command writes no others).
 * When the account is gone or its hash is no longer `previous` (`npm run staff` gave it a new
 * password meanwhile), nothing is written: the file already says what counts.
 */
export function replaceStaffHash(
  name: string,
  previous: string,
  hash: string,
  file = process.env.STAFF_FILE ?? DEFAULT_STAFF_FILE,
): Promise<StaffFile> {
  return updateStaffFile((data) => {
    if (!data.accounts.some((a) => a.name === name && a.hash === previous)) return null;
    return { accounts: data.accounts.map((a) => (a.name === name ? { ...a, hash } : a)) };
  }, file);
}
