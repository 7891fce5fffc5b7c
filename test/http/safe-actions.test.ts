/**
 * The inbox's safe actions through app.request on the whole app: closing a conversation whose
 * case is not resolved asks first (the case's status and the very message the family will
 * get), changes nothing until staff choose, and keeps the case's status unless they choose
 * "resolved"; a finished case closes at once; a conversation is handed only to someone who
 * can take it, never to a viewer (refused by the server, and not offered in the list).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { cookieJar, form, json, STAFF_PASSWORD, testServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof testServer>>;
const hash = hashPassword(STAFF_PASSWORD);
beforeAll(async () => {
  server = await testServer({
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es'], hash },
      { name: 'luis', role: 'agent', langs: ['es'], hash },
      { name: 'directora', role: 'viewer', langs: ['es'], hash },
    ],
  });
});

const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';

/** A person on the web chat asks for staff; ana signs in and takes it. Its id, path and ana's client. */
async function queuedAndTaken(tag: string) {
  const person = cookieJar(server.app);
  await person('/api/chat/messages', json({ id: `${tag}-00000001`, text: 'hola' }));
  await person('/api/chat/messages', json({ id: `${tag}-00000002`, text: 'quiero hablar con una persona' }));
  const ana = cookieJar(server.app);
  await ana('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  const list = await (await ana('/staff')).text();
  const links = [...list.matchAll(/href="\/staff\/c\/(web%3A[^"]+)"/g)].map((m) => m[1] ?? '');
  const known = new Set((await server.store.listClosed()).map((t) => t.conversationId));
  const mine = await Promise.all(
    links.map(async (l) => ((await server.store.getTicket(decodeURIComponent(l)))?.assignee ? '' : l)),
  );
  const link = mine.find((l) => l && !known.has(decodeURIComponent(l))) ?? '';
  const path = `/staff/c/${link}`;
  const csrf = csrfOf(await (await ana(path)).text());
  await ana(`${path}/claim`, form({ csrf }));
  return { id: decodeURIComponent(link), path, ana, csrf, person };
}

const personLines = async (person: ReturnType<typeof cookieJar>) =>
  ((await (await person('/api/chat/history')).json()) as { lines: Array<{ text: string }> }).lines.map(
    (l) => l.text,
  );

describe('closing a conversation whose case is not resolved', () => {
  it('asks first, saying the status and what the family will read; nothing changes until staff choose', async () => {
    const { id, path, ana, csrf, person } = await queuedAndTaken('s1');
    await ana(
      `${path}/status`,
      form({ csrf, status: 'inProgress', note: 'Mañana le decimos.', confirm: 'send' }),
    );
    const folio = (await server.store.getTicket(id))?.folio ?? '';
    expect(folio).not.toBe('');
    const before = await personLines(person);

    const asked = await ana(`${path}/close`, form({ csrf }));
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain(folio);
    expect(page).toContain('«En trámite»');
    expect(page).toContain('Terminó la conversación con el personal.');
    expect(page).toContain('value="keepOpen"');
    expect(page).toContain('value="resolved"');
    // Nothing happened: still open and taken, and the person was told nothing.
    expect((await server.store.getTicket(id))?.assignee).toBe('ana');
    expect(await personLines(person)).toEqual(before);

    // Closing the chat on purpose leaves the case in process.
    expect((await ana(`${path}/close`, form({ csrf, confirm: 'keepOpen' }))).status).toBe(302);
    expect(await server.store.getTicket(id)).toBeNull();
    expect((await server.store.casesOf(id)).find((c) => c.folio === folio)?.status).toBe('inProgress');
    expect((await personLines(person)).join('\n')).toMatch(/Terminó la conversación/);
  });

  it('marks the case resolved and closes when staff choose that', async () => {
    const { id, path, ana, csrf } = await queuedAndTaken('s2');
    const folio = (await server.store.getTicket(id))?.folio ?? '';
    expect((await ana(`${path}/close`, form({ csrf, confirm: 'resolved' }))).status).toBe(302);
    expect(await server.store.getTicket(id)).toBeNull();
    expect((await server.store.casesOf(id)).find((c) => c.folio === folio)?.status).toBe('resolved');
  });

  it('closes a resolved case at once, and refuses a confirmation it does not know', async () => {
    const { id, path, ana, csrf } = await queuedAndTaken('s3');
    expect((await ana(`${path}/close`, form({ csrf, confirm: 'whatever' }))).status).toBe(400);
    expect(await server.store.getTicket(id)).not.toBeNull();
    await ana(`${path}/status`, form({ csrf, status: 'resolved', note: '', confirm: 'send' }));
    expect((await ana(`${path}/close`, form({ csrf }))).status).toBe(302);
    expect(await server.store.getTicket(id)).toBeNull();
  });
});

describe('transferring a conversation', () => {
  it('offers and accepts only those who can take it: never a viewer', async () => {
    const { id, path, ana, csrf } = await queuedAndTaken('s4');
    const page = await (await ana(path)).text();
    const offered = [
      ...(/<select[^>]*name="to">(.*?)<\/select>/s.exec(page)?.[1] ?? '').matchAll(/<option>([^<]+)/g),
    ];
    expect(offered.map((m) => m[1])).toEqual(['luis']);

    for (const to of ['directora', 'nadie', '']) {
      const refused = await ana(`${path}/transfer`, form({ csrf, to }));
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/no puede tomar conversaciones/);
      expect((await server.store.getTicket(id))?.assignee).toBe('ana');
    }
    expect((await ana(`${path}/transfer`, form({ csrf, to: 'luis' }))).status).toBe(302);
    expect((await server.store.getTicket(id))?.assignee).toBe('luis');
  });
});
