/**
 * `npm start` as a child process for end-to-end tests: the real composition root with
 * environment settings, on a free port, waited for until it says it is running.
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

export async function startServer(
  env: Record<string, string>,
): Promise<{ base: string; port: number; process: ChildProcess; output: () => string }> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, ['src/runtime/node.ts'], {
    env: { ...process.env, TELEGRAM_BOT_TOKEN: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const until = Date.now() + 60_000;
  while (!output.includes('Enlace is running') && Date.now() < until)
    await new Promise((r) => setTimeout(r, 100));
  if (!output.includes('Enlace is running')) throw new Error(`the server did not start:\n${output}`);
  return { base: `http://127.0.0.1:${port}`, port, process: child, output: () => output };
}

/** A browser-like HTTP client over real fetch: keeps cookies, sends a same-origin header. */
export function httpClient() {
  const cookies = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('origin', new URL(url).origin);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', ...value] = pair.split('=');
      cookies.set(name, value.join('='));
    }
    return response;
  };
}
