/**
 * The staff audit log over HTTP, on the memory store and on Redis: every staff action on a
 * conversation (take, reply, note, transfer, close), every change to canned replies, sign-ins
 * (failed ones of real accounts too), sign-outs and account changes are written with who and
 * when, never a message's text; admins read it at /staff/audit, newest first, 50 lines a
 * page, in their own language; agents cannot. Each conversation's page shows its code in the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPseudonyms } from '../../src/staff/audit.ts';
import { cookieJar, json, SESSION_SECRET } from '../support/server.ts';
import {
  browser,
  csrfOf,
  form,
  login,
  type StaffServer,
  type StoreMaker,
  signedIn,
  staffServer,
  testStores,
} from './staff-security-app.ts';

const stores = testStores();
beforeAll(() => stores.start(), 20_000);
afterAll(() => stores.stop());

/** A person on the web chat asks for staff; the conversation's id. */
async function waitingConversation(server: StaffServer): Promise<string> {
  const person = cookieJar(server.app);
  await person('/api/chat/messages', json({ id: 'a-000000001', text: 'hola' }));
  await person('/api/chat/messages', json({ id: 'a-000000002', text: 'quiero hablar con una persona' }));
  const [ticket] = await server.store.listTickets();
  if (!ticket) throw new Error('no conversation waits for staff');
  return ticket.conversationId;
}

describe.each([
  ['memory', stores.memory],
  ['redis', stores.redis],
] as Array<[string, StoreMaker]>)('staff audit log on the %s store', (_name, makeStore) => {
  it('records who did what to which conversation, and when; admins read it newest first', async () => {
    const server = await staffServer(makeStore);
    const id = await waitingConversation(server);
    const path = `/staff/c/${encodeURIComponent(id)}`;
    const start = server.clock.time;
    const step = () => {
      server.clock.time += 60_000;
    };
    expect((await login(browser(server), 'luis', 'wrong password')).status).toBe(401);
    step();
    const ana = await signedIn(server, 'ana');
    const csrf = await csrfOf(ana, path);
    step();
    await ana(`${path}/claim`, form({ csrf }));
    step();
    await ana(`${path}/reply`, form({ csrf, text: 'Texto privado de la respuesta' }));
    step();
    await ana(`${path}/note`, form({ csrf, text: 'Nota privada' }));
    step();
    await ana(`${path}/transfer`, form({ csrf, to: 'luis' }));
    step();
    const luis = await signedIn(server, 'luis');
    step();
    await luis(`${path}/close`, form({ csrf: await csrfOf(luis, path), confirm: 'keepOpen' }));
    step();
    await ana('/staff/canned', form({ csrf, lang: 'ht', text: 'Mèsi paske ou tann' }));
    const [added] = await server.store.getCannedReplies();
    step();
    await ana('/staff/canned', form({ csrf, remove: added?.id ?? '' }));
    step();
    await luis('/staff/logout', form({ csrf: await csrfOf(luis) }));

    const lines = await server.store.listAudit(server.clock.time, 0, 50);
    // The conversation by its pseudonym (a keyed hash under the server's secret), never its id.
    const pseudonym = await auditPseudonyms(SESSION_SECRET)(id);
    expect(JSON.stringify(lines)).not.toContain(id.split(':')[1]);
    expect(lines.map((l) => [l.by, l.action, l.conversation ?? l.detail ?? ''])).toEqual([
      ['luis', 'logout', ''],
      ['ana', 'canned-remove', 'ht'],
      ['ana', 'canned-add', 'ht'],
      ['luis', 'close', pseudonym],
      ['luis', 'login', ''],
      ['ana', 'transfer', pseudonym],
      ['ana', 'note', pseudonym],
      ['ana', 'reply', pseudonym],
      ['ana', 'take', pseudonym],
      ['ana', 'login', ''],
      ['luis', 'login-failed', ''],
    ]);
    expect(lines.find((l) => l.action === 'transfer')?.detail).toBe('luis');
    expect(lines.at(-1)?.at).toBe(start);
    expect(JSON.stringify(lines)).not.toMatch(/privad|Mèsi/);

    const page = await (await ana('/staff/audit')).text();
    const order = [
      'salió de la bandeja',
      'borró una respuesta rápida (ht)',
      'cerró la conversación',
      'pasó a luis',
    ];
    const at = order.map((text) => page.indexOf(text));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(page).toContain(new Date(start).toISOString().slice(0, 16).replace('T', ' '));
    expect(page).toContain(`conversación ${pseudonym}`);
    expect(page).not.toContain(id);
  });

  it('shows each conversation’s code in the log on its page, so an admin can match the lines to it', async () => {
    const server = await staffServer(makeStore);
    const id = await waitingConversation(server);
    const path = `/staff/c/${encodeURIComponent(id)}`;
    const ana = await signedIn(server, 'ana');
    await ana(`${path}/claim`, form({ csrf: await csrfOf(ana, path) }));
    const code = (await server.store.listAudit(server.clock.time, 0, 50)).find(
      (l) => l.action === 'take',
    )?.conversation;
    expect(code).toMatch(/^[0-9a-f]{16}$/);
    expect(await (await ana(path)).text()).toContain(`Código en el registro de actividad: ${code}`);
    expect(await (await ana('/staff/audit')).text()).toContain(`conversación ${code}`);
  });

  it('shows the log in the admin’s language, and not to agents', async () => {
    const server = await staffServer(makeStore);
    const jean = await signedIn(server, 'jean');
    const page = await (await jean('/staff/audit')).text();
    expect(page).toContain('Rejis aktivite');
    expect(page).toMatch(/<strong>jean<\/strong> antre nan bwat la/);
    // The inbox links to it for admins only.
    expect(await (await jean('/staff')).text()).toContain('href="/staff/audit"');
    const luis = await signedIn(server, 'luis');
    expect(await (await luis('/staff')).text()).not.toContain('href="/staff/audit"');
    const refused = await luis('/staff/audit');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/Solo un administrador puede ver el registro/);
  });

  it('pages the log, 50 lines a page, newest first', async () => {
    const server = await staffServer(makeStore);
    const t0 = server.clock.time - 3_600_000;
    for (let i = 0; i < 60; i++)
      await server.store.appendAudit({
        at: t0 + i * 1000,
        by: 'luis',
        action: 'take',
        conversationId: `web:p${i}`,
      });
    const ana = await signedIn(server, 'ana'); // its login is the newest line
    const first = await (await ana('/staff/audit')).text();
    expect(first.match(/<li><time/g)?.length).toBe(50);
    expect(first).toContain('web:p59');
    expect(first).not.toContain('web:p10<');
    expect(first).toContain('href="/staff/audit?page=2"');
    const second = await (await ana('/staff/audit?page=2')).text();
    expect(second.match(/<li><time/g)?.length).toBe(11);
    expect(second).toContain('web:p0<');
    expect(second).toContain('href="/staff/audit?page=1"');
    expect(second).not.toContain('page=3');
    // Nonsense pages are the first.
    expect(await (await ana('/staff/audit?page=abc')).text()).toContain('web:p59');
  });
});
