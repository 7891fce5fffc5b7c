/**
 * Password checks stay off the event loop: `npm start` (the real composition root, as a child
 * process) answers /healthz promptly while 10 logins run at once. Before, scrypt ran
 * synchronously on the event loop and 10 parallel guessers pushed /healthz from 2.2 ms to a
 * median of 24 ms (a maximum of 352 ms).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { startServer } from '../support/runtime.ts';

let server: { base: string; process: ChildProcess };

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'enlace-login-load-'));
  const staffFile = join(dir, 'staff.json');
  const hash = hashPassword('una clave larga');
  await writeFile(
    staffFile,
    JSON.stringify({ accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash }] }),
  );
  server = await startServer({ STAFF_FILE: staffFile, REDIS_URL: '' });
}, 60_000);
afterAll(() => {
  server?.process.kill('SIGTERM');
});

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

describe('staff login under load', () => {
  it('keeps /healthz fast while 10 logins check their passwords', async () => {
    const health = async () => {
      const started = performance.now();
      const response = await fetch(`${server.base}/healthz`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    for (let i = 0; i < 5; i++) await health(); // warm the connection
    const login = (i: number) =>
      fetch(`${server.base}/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
        body: new URLSearchParams({ name: `guess${i}`, password: 'not the password' }).toString(),
        redirect: 'manual',
      }).then((r) => r.status);

    let running = true;
    const started = performance.now();
    const logins = Promise.all(Array.from({ length: 10 }, (_, i) => login(i))).finally(() => {
      running = false;
    });
    const during: number[] = [];
    while (running) during.push(await health());
    const statuses = await logins;
    const took = performance.now() - started;

    expect(statuses).toEqual(Array(10).fill(401));
    const [p50, max] = [percentile(during, 50), Math.max(...during)];
    console.info(
      `/healthz during 10 logins (${took.toFixed(0)} ms): ${during.length} probes, p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
    );
    // Ten scrypt checks take a few hundred milliseconds: plenty of probes ran meanwhile, most
    // as fast as on an idle server (2 ms), and none waited for the batch to finish, as every
    // probe did while scrypt held the event loop.
    expect(during.length).toBeGreaterThanOrEqual(10);
    expect(p50).toBeLessThan(20);
    expect(max).toBeLessThan(took / 2);
  });
});
