/**
 * `wrangler dev` for tests and benchmarks: the real Worker in the local workerd runtime, on
 * a free port, offline (no telemetry, no Request.cf fetch, no update check), with its
 * Durable Objects persisted to a folder the caller picks, so a restart keeps their state.
 * Settings and secrets are passed as `--var`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A new folder for the Durable Objects' files of a benchmark: in memory (/dev/shm) where the
 * machine has it, so that what is timed is the Worker and workerd, not this disk's syncs
 * (docs/benchmarks.md: on this machine, 10 deliveries in flight waited on them several times over).
 */
export function benchPersistFolder(prefix: string): string {
  return mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
}

export interface WranglerDev {
  base: string;
  /** Everything wrangler and the Worker printed (console.log lines included). */
  output(): string;
  /** Stops workerd and wrangler; Durable Objects' state stays in the persist folder. */
  stop(): Promise<void>;
  startedInMs: number;
}

export async function startWranglerDev(options: {
  persistTo: string;
  vars?: Record<string, string>;
  config?: string;
  timeoutMs?: number;
}): Promise<WranglerDev> {
  const port = await freePort();
  const vars = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join('node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'dev',
      '--config',
      options.config ?? 'wrangler.toml',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      options.persistTo,
      ...vars,
    ],
    {
      env: {
        ...process.env,
        // Offline: measured on this machine kind (../shared/research/stack.md).
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        // wrangler's [build] command runs `node`: the project's pinned Node, first on PATH.
        PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${out}`);
    if (Date.now() > until) {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      throw new Error(`wrangler dev did not get ready in time:\n${out}`);
    }
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const startedInMs = performance.now() - started;
  return {
    base,
    startedInMs,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The whole group: wrangler and its workerd.
      process.kill(-(child.pid ?? 0), 'SIGTERM');
      const killed = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
    },
  };
}
