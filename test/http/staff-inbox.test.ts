/**
 * The staff inbox through app.request: login, pages behind it, CSRF on every POST, escaping,
 * and a handoff from the web chat to staff and back, every staff action going through the
 * engine (the ticket is looked at in the store, the live events on the inbox desk).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/staff/passwords.ts';
import { cookieJar, form, json, STAFF_PASSWORD, testServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});

async function signedIn() {
  const agent = cookieJar(server.app);
  const response = await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  expect(response.status).toBe(302);
  return agent;
}
const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';

describe('staff inbox', () => {
  it('hashes passwords with scrypt (N=2^14, r=8, p=5: OWASP’s) and checks them', () => {
    const hash = hashPassword('s3cret pass');
    expect(hash.startsWith('scrypt$16384$8$5$')).toBe(true);
    expect(verifyPassword('s3cret pass', hash)).toBe(true);
    expect(verifyPassword('wrong', hash)).toBe(false);
  });

  it('sends pages without a login to the login form', async () => {
    const response = await cookieJar(server.app)('/staff');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/staff/login');
  });

  it('refuses a wrong password with a message that says what to do', async () => {
    const response = await cookieJar(server.app)('/staff/login', form({ name: 'ana', password: 'nope' }));
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/administrador/);
  });

  it('carries a handoff from the web chat to staff and back', async () => {
    const person = cookieJar(server.app);
    await person('/api/chat/messages', json({ id: 'p-000000001', text: 'hola' }));
    await person('/api/chat/messages', json({ id: 'p-000000002', text: 'quiero hablar con una persona' }));
    await person(
      '/api/chat/messages',
      json({ id: 'p-000000003', text: '<script>alert(1)</script> mi hijo está detenido' }),
    );

    const agent = await signedIn();
    const list = await (await agent('/staff')).text();
    const link = /href="\/staff\/c\/(web%3A[^"]+)"/.exec(list)?.[1];
    expect(link).toBeDefined();
    const view = await (await agent(`/staff/c/${link}`)).text();
    expect(view).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(view).not.toContain('<script>alert(1)');

    // A POST without the form's CSRF token is refused.
    expect((await agent(`/staff/c/${link}/reply`, form({ text: 'hola' }))).status).toBe(403);

    const csrf = csrfOf(view);
    expect(
      (await agent(`/staff/c/${link}/reply`, form({ csrf, text: 'Hola, soy Ana del Instituto.' }))).status,
    ).toBe(302);
    const history = (await (await person('/api/chat/history')).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(history.lines.filter((l) => l.from === 'staff').at(-1)).toMatchObject({
      text: 'Hola, soy Ana del Instituto.',
    });

    // The case is only received: closing asks first (safe-actions.test.ts), then closes the chat.
    expect((await agent(`/staff/c/${link}/close`, form({ csrf }))).status).toBe(200);
    expect((await agent(`/staff/c/${link}/close`, form({ csrf, confirm: 'keepOpen' }))).status).toBe(302);
    const after = (await (await person('/api/chat/history')).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(after.lines.map((l) => l.text).join('\n')).toMatch(/Terminó la conversación con el personal/);
    expect(after.lines.at(-1)?.text).toMatch(/¿Te ayudamos/);
    // Its case is still open: in "Mías" and "Todas abiertas", not on the closed list; linked (its id
    // in the address, never in the row's text).
    expect(await (await agent('/staff?f=open')).text()).toContain(`href="/staff/c/${link}?f=open"`);
    expect(await (await agent('/staff?f=closed')).text()).not.toContain(`href="/staff/c/${link}?f=closed"`);
    // The engine closed the ticket itself: out of the queue, on the closed list.
    const id = decodeURIComponent(link ?? '');
    expect(await server.store.getTicket(id)).toBeNull();
    expect((await server.store.listClosed()).map((t) => t.conversationId)).toContain(id);
    // Back with the bot: a question gets an answer again.
    const answer = (await (
      await person('/api/chat/messages', json({ id: 'p-000000004', text: 'apostilla' }))
    ).json()) as {
      messages: Array<{ text: string }>;
    };
    expect(answer.messages.at(-1)?.text).toMatch(/apostill/i);
  });

  it('keeps notes internal, transfers, tells the person someone joined', async () => {
    const person = cookieJar(server.app);
    await person('/api/chat/messages', json({ id: 'q-000000001', text: 'hola' }));
    await person('/api/chat/messages', json({ id: 'q-000000002', text: 'humano' }));
    const agent = await signedIn();
    const list = await (await agent('/staff')).text();
    const link = [...list.matchAll(/href="\/staff\/c\/(web%3A[^"]+)"/g)].map((m) => m[1]).at(-1) ?? '';
    const csrf = csrfOf(await (await agent(`/staff/c/${link}`)).text());

    await agent(`/staff/c/${link}/note`, form({ csrf, text: 'Llamar al consulado de Tucson mañana' }));
    const page = await (await agent(`/staff/c/${link}`)).text();
    expect(page).toContain('Llamar al consulado de Tucson mañana');
    // The note's line is labelled in words (a fresh newcomer read the raw key "inbox.note").
    expect(page).toContain('Nota interna (ana)');
    expect(page).not.toMatch(/\binbox\.[a-z]/);
    const seen = (await (await person('/api/chat/history')).json()) as { lines: Array<{ text: string }> };
    expect(seen.lines.some((l) => l.text.includes('consulado de Tucson'))).toBe(false);

    const events: Array<{ kind: string; conversationId: string }> = [];
    const stop = server.events.subscribe((event) => events.push(event));
    await agent(`/staff/c/${link}/claim`, form({ csrf }));
    stop();
    // Open pages hear it from the engine's "inbox" desk, after the turn is written.
    expect(events).toContainEqual({ kind: 'reply', conversationId: decodeURIComponent(link) });
    expect((await server.store.getTicket(decodeURIComponent(link)))?.assignee).toBe('ana');
    const joined = (await (await person('/api/chat/history')).json()) as { lines: Array<{ text: string }> };
    expect(joined.lines.at(-1)?.text).toMatch(/ya está contigo/);

    await agent(`/staff/c/${link}/transfer`, form({ csrf, to: 'luis' }));
    expect(await (await agent(`/staff/c/${link}`)).text()).toMatch(/luis/);
    expect((await server.store.getTicket(decodeURIComponent(link)))?.assignee).toBe('luis');
    expect(await (await agent('/staff?f=mine')).text()).not.toContain(`href="/staff/c/${link}?f=closed"`);
  });

  it('answers 404 with what to do for a conversation that does not exist', async () => {
    const agent = await signedIn();
    const csrf = csrfOf(await (await agent('/staff')).text());
    const response = await agent(
      `/staff/c/${encodeURIComponent('nonsense')}/reply`,
      form({ csrf, text: 'hola' }),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/no existe: no se envió ni se guardó nada/);
  });

  it('records the first-response time in /metrics', async () => {
    const count = () =>
      Number(/enlace_first_response_seconds_count (\d+)/.exec(server.metrics.render(0, 0))?.[1]);
    const before = count();
    const person = cookieJar(server.app);
    await person('/api/chat/messages', json({ id: 'r-000000001', text: 'humano' }));
    const agent = await signedIn();
    const list = await (await agent('/staff?f=unassigned')).text();
    const link = [...list.matchAll(/href="\/staff\/c\/(web%3A[^"]+)"/g)].map((m) => m[1]).at(-1) ?? '';
    const csrf = csrfOf(await (await agent(`/staff/c/${link}`)).text());
    await agent(`/staff/c/${link}/reply`, form({ csrf, text: 'Buenas tardes' }));
    expect(count()).toBe(before + 1);
  });

  it('lets admins edit canned replies, and agents send them', async () => {
    const admin = await signedIn();
    const page = await (await admin('/staff/canned')).text();
    expect(page).toContain('Gracias por esperar');
    await admin(
      '/staff/canned',
      form({ csrf: csrfOf(page), lang: 'es', text: 'Su caso ya está con el área jurídica.' }),
    );
    expect(await (await admin('/staff/canned')).text()).toContain('Su caso ya está con el área jurídica.');

    const luis = cookieJar(server.app);
    await luis('/staff/login', form({ name: 'luis', password: STAFF_PASSWORD }));
    const refused = await luis('/staff/canned');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/administrador/);

    const person = cookieJar(server.app);
    await person('/api/chat/messages', json({ id: 's-000000001', text: 'humano' }));
    const list = await (await luis('/staff?f=unassigned')).text();
    const link = [...list.matchAll(/href="\/staff\/c\/(web%3A[^"]+)"/g)].map((m) => m[1]).at(-1) ?? '';
    const view = await (await luis(`/staff/c/${link}`)).text();
    const option =
      /<option value="([^"]+)">Su caso ya está con el área jurídica.<\/option>/.exec(view)?.[1] ?? '';
    expect(option).not.toBe('');
    await luis(`/staff/c/${link}/reply`, form({ csrf: csrfOf(view), canned: option }));
    const seen = (await (await person('/api/chat/history')).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(seen.lines.filter((l) => l.from === 'staff').at(-1)).toMatchObject({
      text: 'Su caso ya está con el área jurídica.',
    });
  });
});
