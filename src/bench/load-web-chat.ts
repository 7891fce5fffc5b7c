/**
 * `npm run load -- [--clients 200] [--seconds 30] [--against DIR]`: the web chat under load,
 * as a security test of the rate limits needs it. Starts `npm start` (memory store) on a free
 * port, then N clients talk at once for S seconds, each as people do: a conversation of up to
 * three messages with its own cookie, from its own address (X-Forwarded-For, which the server
 * is told to trust), then a new conversation from a new address. Reports requests per second,
 * p50/p99 latency and every non-200 answer. With --against DIR (a checkout of other code,
 * its node_modules installed), both servers are measured in the same run, alternating
 * (ours, theirs, ours, theirs), so a noisy machine treats them alike.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { percentile } from './percentile.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    against: { type: 'string' },
    rounds: { type: 'string', default: '2' },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const TEXTS = ['hola', 'necesito apostillar el acta de nacimiento de mi hija', '¿cuánto cuesta?'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/runtime/node.ts'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CLIENT_IP_HEADER: 'x-forwarded-for',
      SESSION_SECRET: 'load-test-secret-load-test-secret-0123',
      TELEGRAM_BOT_TOKEN: '',
      REDIS_URL: '',
      ...(process.env.LOAD_RATE_LIMITS ? { RATE_LIMITS: process.env.LOAD_RATE_LIMITS } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const up = await fetch(`${url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling a starting process
  }
  child.kill('SIGTERM');
  throw new Error(`the server in ${dir} did not answer /healthz within 20 s`);
}

interface Result {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

async function load(url: string): Promise<Result> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const deadline = performance.now() + SECONDS * 1000;
  let conversations = 0;
  async function client(index: number) {
    while (performance.now() < deadline) {
      const n = conversations++;
      const address = `10.${index % 250}.${(n >> 8) & 255}.${n & 255}`;
      let cookie = '';
      for (const [turn, text] of TEXTS.entries()) {
        if (performance.now() >= deadline) return;
        const started = performance.now();
        const response = await fetch(`${url}/api/chat/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: url,
            'x-forwarded-for': address,
            ...(cookie ? { cookie } : {}),
          },
          body: JSON.stringify({ id: `msg-${String(n).padStart(8, '0')}-${turn}`, text }),
        }).catch(() => null);
        latencies.push(performance.now() - started);
        const status = String(response?.status ?? 'network');
        statuses[status] = (statuses[status] ?? 0) + 1;
        cookie = response?.headers.get('set-cookie')?.split(';')[0] ?? cookie;
        await response?.arrayBuffer().catch(() => undefined);
      }
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 0.5)),
    p99: round(percentile(latencies, 0.99)),
    errors: Object.entries(statuses).reduce((sum, [s, count]) => sum + (s === '200' ? 0 : count), 0),
    statuses,
  };
}

async function measure(label: string, dir: string) {
  const { url, child } = await startServer(dir);
  try {
    const result = await load(url);
    console.log(JSON.stringify({ code: label, clients: CLIENTS, seconds: SECONDS, ...result }));
    return result;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

for (let round = 0; round < Number(values.rounds); round++) {
  await measure('this checkout', process.cwd());
  if (values.against) await measure(values.against, values.against);
}
