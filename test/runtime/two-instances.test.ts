/**
 * Two `npm start` processes on one Redis, as behind a load balancer: messages of one
 * conversation alternate between them and keep their order, with nothing lost or repeated;
 * a handoff queued on instance A is taken from the inbox on instance B, and the reply reaches
 * the person.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { httpClient, startServer } from '../support/runtime.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const children: ChildProcess[] = [];
let a = '';
let b = '';

beforeAll(async () => {
  redis = await startRedis();
  const staffFile = join(mkdtempSync(join(tmpdir(), 'enlace-two-')), 'staff.json');
  writeFileSync(
    staffFile,
    JSON.stringify({
      accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword('una clave larga') }],
    }),
  );
  const env = {
    REDIS_URL: redis.url,
    KEY_PREFIX: 'two:',
    SESSION_SECRET: 'two-instances-secret-two-instances-00',
    STAFF_FILE: staffFile,
  };
  const [first, second] = await Promise.all([startServer(env), startServer(env)]);
  children.push(first.process, second.process);
  a = first.base;
  b = second.base;
}, 90_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await redis?.stop();
});

const post = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('two instances on one Redis', () => {
  it('keeps one conversation in order across both, nothing lost or repeated', {
    timeout: 60_000,
  }, async () => {
    const person = httpClient();
    await person(`${a}/api/chat/messages`, post({ id: 'alt-0000000', text: 'mi hijo está desaparecido' }));
    // The answer offers the intake with a yes/no question: "yes" starts it.
    await person(`${b}/api/chat/messages`, post({ id: 'alt-0000001', choice: 'yes' }));
    const answers = ['Pedro Ramírez', 'Sasabe, Sonora', 'hace dos semanas', 'no sé', 'hermano', 'este chat'];
    for (const [i, text] of answers.entries()) {
      await person(`${i % 2 ? b : a}/api/chat/messages`, post({ id: `alt-000000${i + 2}`, text }));
    }
    // A redelivery to the other instance is ignored.
    await person(`${b}/api/chat/messages`, post({ id: 'alt-0000007', text: 'este chat' }));
    const history = (await (await person(`${b}/api/chat/history`)).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    const said = history.lines.filter((l) => l.from === 'person').map((l) => l.text);
    expect(said.slice(-answers.length)).toEqual(answers);
    expect(history.lines.at(-1)?.text).toMatch(
      /Nombre: Pedro Ramírez[\s\S]*Último lugar conocido: Sasabe, Sonora/,
    );
  });

  it('queues a handoff on A that an agent on B takes and answers', { timeout: 60_000 }, async () => {
    const person = httpClient();
    await person(
      `${a}/api/chat/messages`,
      post({ id: 'hand-000001', text: 'quiero hablar con una persona' }),
    );
    const agent = httpClient();
    const login = await agent(`${b}/staff/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ana', password: 'una clave larga' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.status).toBe(302);
    const list = await (await agent(`${b}/staff`)).text();
    const link = /href="\/staff\/c\/(web%3A[^"]+)"/.exec(list)?.[1] ?? '';
    expect(link).not.toBe('');
    const view = await (await agent(`${b}/staff/c/${link}`)).text();
    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(view)?.[1] ?? '';
    const reply = await agent(`${b}/staff/c/${link}/reply`, {
      method: 'POST',
      body: new URLSearchParams({ csrf, text: 'Hola, le atiende Ana desde la oficina.' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.status).toBe(302);
    const seen = (await (await person(`${a}/api/chat/history`)).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(seen.lines.filter((l) => l.from === 'staff').map((l) => l.text)).toEqual([
      'Hola, le atiende Ana desde la oficina.',
    ]);
  });
});
