/**
 * One `npm start` as a real child process on a port of its own, for the intake rig (fault
 * tests, `npm run chaos`, the rolling restart): started with the environment it is given and
 * awaited until it says it runs; stopped with a signal and awaited until it exits (its exit
 * code and how long the stop took are kept). Its output is kept for error messages.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until `ready()` holds, checking every 50 ms; throws with `what` after `ms`. */
export async function until(ready: () => boolean | Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ServerProcess {
  port: number;
  base: string;
  start(): Promise<void>;
  /** Sends the signal at once; resolves once the process exited, to its exit code (null after a kill). */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
  running(): boolean;
  output(): string;
}

export async function serverProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  const stop = (name: 'SIGTERM' | 'SIGKILL'): Promise<number | null> => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null)
      return Promise.resolve(running?.exitCode ?? null);
    const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
    running.kill(name);
    return exited;
  };

  return {
    port,
    base,
    async start() {
      output = '';
      child = spawn(process.execPath, ['src/runtime/node.ts'], {
        env: { ...process.env, ...env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (d) => (output += d));
      child.stderr?.on('data', (d) => (output += d));
      await until(() => output.includes('Enlace is running'), 60_000, `the server to start:\n${output}`);
    },
    stop,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    output: () => output,
  };
}
