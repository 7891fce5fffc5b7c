/**
 * Runs a bench script in a process of its own and returns the JSON object it prints last, so
 * each measurement starts on a fresh heap instead of the garbage of the ones before it. Its
 * errors are passed on as they come; when it fails, the error thrown names the script and
 * says why in one line (the child's own error), for the run's summary at the end.
 */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export function runJsonChild<T>(
  file: string | URL,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): T {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const child = spawnSync(process.execPath, ['--expose-gc', path, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
  });
  process.stderr.write(child.stderr ?? '');
  const last = child.stdout?.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    const how = child.error ? child.error.message : `exit ${child.status ?? child.signal}`;
    throw new Error(
      `${[basename(path), ...args].join(' ')} failed (${how}): ${whyItFailed(child.stderr ?? '')}`,
    );
  }
  return JSON.parse(last) as T;
}

/** The child's error in one line: the last line naming an error (Node prints the thrown one last), else its last line. */
function whyItFailed(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const named = lines.filter((line) => /^(\w*Error|Error)\b|^Uncaught /.test(line));
  return (named.at(-1) ?? lines.at(-1) ?? 'no error printed').slice(0, 400);
}
