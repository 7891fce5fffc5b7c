/**
 * Runs a bench script in a process of its own and returns the JSON object it prints last, so
 * each measurement starts on a fresh heap instead of the garbage of the ones before it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runJsonChild<T>(
  file: string | URL,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): T {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', typeof file === 'string' ? file : fileURLToPath(file), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`${String(file)} ${args.join(' ')} failed (exit ${child.status}); its errors are above`);
  return JSON.parse(last) as T;
}
