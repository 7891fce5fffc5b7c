/**
 * No conversation lost across a crash: `npm start` with REDIS_URL, a family in the middle of
 * the remains intake on the web chat, the process killed with SIGKILL and started again; the
 * next answer continues at the same step with the earlier answers kept.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { freePort, startServer } from '../support/runtime.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let child: ChildProcess | undefined;

async function start(port: number): Promise<ChildProcess> {
  const server = await startServer({
    REDIS_URL: redis.url,
    KEY_PREFIX: 'crash:',
    PORT: String(port),
    SESSION_SECRET: 'crash-test-secret-crash-test-secret-0000',
    STAFF_FILE: '/nonexistent/staff.json',
  });
  return server.process;
}

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await redis?.stop();
});

describe('a crash in the middle of an intake', () => {
  it('continues at the same step with the answers kept', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let cookie = '';
    let n = 0;
    const send = async (content: Record<string, string>) => {
      const response = await fetch(`${base}/api/chat/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ id: `crash-msg-${++n}`, ...content }),
      });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const body = (await response.json()) as { messages: Array<{ text: string }> };
      return body.messages.map((m) => m.text).join('\n');
    };

    child = await start(port);
    await send({ text: 'mi papá murió en houston y queremos traerlo' });
    // The answer offers the intake with a yes/no question: "yes" starts it.
    expect(await send({ choice: 'yes' })).toContain('(1/6)');
    expect(await send({ text: 'José Luis Ramírez' })).toContain('(2/6)');

    child.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));
    child = await start(port);

    expect(await send({ text: 'Houston, Texas' })).toContain('(3/6)');
    for (const answer of ['el 3 de octubre', 'hijo', 'Gómez Palacio']) await send({ text: answer });
    expect(await send({ text: 'este chat' })).toContain('Nombre: José Luis Ramírez');
    const history = await fetch(`${base}/api/chat/history`, { headers: { cookie } }).then(
      (r) => r.json() as Promise<{ lines: Array<{ text: string }> }>,
    );
    const all = history.lines.map((l) => l.text).join('\n');
    expect(all).toContain('Nombre: José Luis Ramírez');
    expect(all).toContain('Lugar: Houston, Texas');
  });
});
