/**
 * The improvement loop, through the whole app: a text the assistant did not understand is
 * listed at /staff/improve; an admin files it under a topic, which writes the office's
 * examples file (validated as knowledge:check does) and takes effect at once: the same words
 * from anyone are now understood, and the page says how many listed texts the filing fixed.
 * A topic that does not exist is refused with what to do; agents cannot file; erasing a
 * person takes their texts off the list.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { improveServer } from '../support/improve-server.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';

const NONSENSE = 'blorf quandary zipzap trámite';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const remove of cleanups.splice(0)) await remove();
});

async function improveApp() {
  const server = await improveServer();
  cleanups.push(server.remove);
  const send = (chatId: string, text: string, n: number) =>
    server.engine.handle({ id: `${chatId}-${n}`, channel: 'web', chatId, content: { type: 'text', text } });
  return { ...server, send };
}

async function login(app: Parameters<typeof cookieJar>[0], name = 'ana') {
  const browse = cookieJar(app);
  await browse('/staff/login', form({ name, password: STAFF_PASSWORD }));
  const page = await (await browse('/staff')).text();
  return { browse, csrf: /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '' };
}

describe('the improvement loop', () => {
  it('lists a text not understood, files it under a topic, and understands those words at once', async () => {
    const s = await improveApp();
    await s.send('p1', 'Hola', 1);
    const missed = await s.send('p1', NONSENSE, 2);
    expect(missed.report.topic).toBe('none');
    const { browse, csrf } = await login(s.app);
    const page = await (await browse('/staff/improve')).text();
    expect(page).toContain(NONSENSE);
    const [item] = await s.store.reviewItems();
    const filed = await browse('/staff/improve/file', form({ csrf, id: item?.id ?? '', topic: 'apostille' }));
    expect(filed.status).toBe(302);
    expect(await readFile(s.file, 'utf8')).toContain(NONSENSE);
    expect(await s.store.reviewItems()).toEqual([]);
    expect(await (await browse('/staff/improve')).text()).toMatch(/Ahora se entienden 1 de los 1 mensajes/);
    // Someone else writes the same words: understood now.
    const again = await s.send('p2', NONSENSE, 1);
    expect(again.report.topic).toBe('apostille');
  });

  it('refuses a topic that does not exist, with what to do, and leaves the file as it was', async () => {
    const s = await improveApp();
    await s.send('p3', NONSENSE, 1);
    const { browse, csrf } = await login(s.app);
    const [item] = await s.store.reviewItems();
    const refused = await browse(
      '/staff/improve/file',
      form({ csrf, id: item?.id ?? '', topic: 'not_a_topic' }),
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/No se archivó: .*not_a_topic.*Elige otro tema/);
    expect(await readFile(s.file, 'utf8')).toBe('examples: []\n');
    expect(await s.store.reviewItems()).toHaveLength(1);
  });

  it('lets only admins in', async () => {
    const s = await improveApp();
    const { browse } = await login(s.app, 'luis');
    expect((await browse('/staff/improve')).status).toBe(403);
  });

  it("takes an erased person's texts off the list", async () => {
    const s = await improveApp();
    await s.send('p4', NONSENSE, 1);
    await s.send('p5', `${NONSENSE} otra vez`, 1);
    expect(await s.store.reviewItems()).toHaveLength(2);
    await s.send('p4', 'BORRAR', 2);
    const confirm = await s.send('p4', 'sí', 3);
    expect(confirm.report.erased).toBe(true);
    const left = await s.store.reviewItems();
    expect(left.map((i) => i.conversationId)).toEqual(['web:p5']);
  });
});
