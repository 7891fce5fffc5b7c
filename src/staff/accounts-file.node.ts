/**
 * Node-only: reads and writes the staff accounts file (STAFF_FILE, default data/staff.json).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseStaffFile, type StaffFile } from './accounts.ts';

export const DEFAULT_STAFF_FILE = 'data/staff.json';

export async function readStaffFile(file = process.env.STAFF_FILE ?? DEFAULT_STAFF_FILE): Promise<StaffFile> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? { accounts: [] } : parseStaffFile(text, file);
}

export async function writeStaffFile(data: StaffFile, file = process.env.STAFF_FILE ?? DEFAULT_STAFF_FILE) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
}
