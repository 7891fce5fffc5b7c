/**
 * deploy/enlace.service, checked without systemd by scripts/service-check.sh (real processes:
 * the unit's command line, a redis-server from deploy/redis.conf): the server starts and
 * answers /healthz, comes back after kill -9 with its conversation, and stops with exit 0 on
 * the unit's KillSignal. And the script fails a unit that runs as root or that stops the
 * server with SIGKILL, so its passing means something.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Run = { code: number; output: string };

function check(unit?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'scripts/service-check.sh',
      { env: { ...process.env, ...(unit ? { ENLACE_UNIT: unit } : {}) }, timeout: 150_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** The project's unit with one line changed, in a file of its own. */
function unitWith(from: string, to: string): string {
  const text = readFileSync('deploy/enlace.service', 'utf8');
  expect(text).toContain(from);
  const file = join(mkdtempSync(join(tmpdir(), 'enlace-unit-')), 'enlace.service');
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('the systemd unit, run by scripts/service-check.sh', () => {
  it('starts, restarts after kill -9 with its data, and stops gracefully', { timeout: 160_000 }, async () => {
    const run = await check();
    expect(run.output).not.toContain('FAIL');
    expect(run.output).toMatch(/ok: started: \/healthz answers/);
    expect(run.output).toMatch(/ok: kill -9: started again by Restart=always/);
    expect(run.output).toMatch(/ok: the conversation is all there after the restart/);
    expect(run.output).toMatch(/ok: SIGTERM: exit 0 after [\d.]+ s/);
    expect(run.code).toBe(0);
  });

  it('fails a unit that runs as root', async () => {
    const run = await check(unitWith('User=enlace', 'User=root'));
    expect(run.output).toMatch(/FAIL: .* runs as root/);
    expect(run.code).not.toBe(0);
  });

  it('fails a unit whose stop kills the server', { timeout: 160_000 }, async () => {
    const run = await check(unitWith('KillSignal=SIGTERM', 'KillSignal=SIGKILL'));
    expect(run.output).toMatch(/FAIL: stopped with exit status 137, not 0/);
    expect(run.code).not.toBe(0);
  });
});
