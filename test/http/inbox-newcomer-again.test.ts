/**
 * What a second newcomer tripped on in the inbox (issue 34's helper again, a tired caseworker
 * at 9 pm, agent role), through app.request on the whole app with cases the real engine
 * opened: "Cerradas" holds closed cases only (a chat closed while its case is open is in
 * "Mías" and "Todas abiertas", never also in "Cerradas") and its count says when the store
 * keeps only the newest; a folio is found whatever filter is set, and a search the filters
 * narrow says what they hide and how to see it; a status change asks first and shows the
 * exact message the family will get; the list says how it is ordered, and numbers each
 * waiting row in that order (since the third newcomer); every staff page links home.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closeMany } from '../contracts/fixtures.ts';
import { cookieJar, form, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';

const MINUTE = 60_000;

let server: Awaited<ReturnType<typeof testServer>>;
const ids = { kept: '', done: '', taken: '', kreyol: '', spanish: '', newcomer: '' };

const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
/** The conversations a list page links to, in order. */
const listed = (page: string) =>
  [...page.matchAll(/<li class="case[^"]*" data-id="([^"]+)"/g)].map((m) => m[1] ?? '');
/** One conversation's row of a list page. */
const rowOf = (page: string, id: string) =>
  new RegExp(`<li class="case[^"]*" data-id="${id}"[\\s\\S]*?</li>`).exec(page)?.[0] ?? '';
const tab = (page: string, folder: string) =>
  new RegExp(`id="tab-${folder}"[^>]*>[^<]*<span class="n">([^<]*)</span>`).exec(page)?.[1] ?? '';
const folioOf = async (id: string) =>
  (await server.store.getTicket(id))?.folio ?? (await server.store.casesOf(id)).at(-1)?.folio ?? '';
/** The text of the page's elements of one class, tags taken out. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function signedIn(name: string) {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  const page = async (path: string) => await (await agent(path)).text();
  return { agent, page, csrf: csrfOf(await page('/staff')) };
}

beforeAll(async () => {
  server = await testServer();
  // Two urgent cases luis took and closed: one with its case still open, one resolved first.
  ids.kept = await personWrites(server, 'telegram', '5550101', ['nos tienen secuestrados en una casa']);
  ids.done = await personWrites(server, 'telegram', '5550102', ['nos tienen secuestrados en una bodega']);
  for (const id of [ids.kept, ids.done]) {
    expect((await server.store.getTicket(id))?.urgent, id).toBe(true);
    await server.engine.staff.take(id, 'luis');
  }
  await server.engine.staff.status(ids.done, 'luis', 'resolved', '');
  for (const id of [ids.kept, ids.done]) await server.engine.staff.close(id, 'luis');
  // The line: one case ana took, then three waiting.
  server.clock.time += MINUTE;
  ids.taken = await personWrites(server, 'web', 'taken1', [
    'mi hermano está detenido en El Paso desde el lunes y no sabemos nada',
    'quiero hablar con una persona',
  ]);
  await server.engine.staff.take(ids.taken, 'ana');
  server.clock.time += MINUTE;
  ids.kreyol = await personWrites(server, 'web', 'kreyol1', [
    'mwen pèdi paspò m nan Chicago, mwen vle pale ak yon moun nan biwo a',
  ]);
  server.clock.time += MINUTE;
  ids.spanish = await personWrites(server, 'web', 'spanish1', [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  server.clock.time += MINUTE;
  ids.newcomer = await personWrites(server, 'web', 'newcomer1', [
    'necesito apostillar el acta de nacimiento de mi hijo',
    'quiero hablar con una persona',
  ]);
  server.clock.time += MINUTE;
  for (const id of [ids.kreyol, ids.spanish, ids.newcomer])
    expect(await server.store.getTicket(id), id).not.toBeNull();
});

describe('"Cerradas" holds closed cases', () => {
  it('lists a chat closed with its case open only in Mías and Todas abiertas, and counts what it lists', async () => {
    const { page } = await signedIn('luis');
    const closed = await page('/staff?f=closed');
    expect(listed(closed)).toContain(ids.done);
    expect(listed(closed)).not.toContain(ids.kept);
    expect(tab(closed, 'closed')).toBe(String(listed(closed).length));
    for (const folder of ['mine', 'open']) {
      const list = await page(`/staff?f=${folder}`);
      expect(listed(list), folder).toContain(ids.kept);
      expect(rowOf(list, ids.kept), folder).toContain('Chat cerrado · caso abierto');
    }
    // A search says where it is: in Mías, not in Cerradas.
    const found = await page(`/staff?q=${await folioOf(ids.kept)}`);
    expect(rowOf(found, ids.kept)).toContain('en «Mías»');
  });
});

describe('a search and the filters', () => {
  it('finds a folio whatever filter is set, and says the filters were not applied to it', async () => {
    const { page } = await signedIn('luis');
    const folio = await folioOf(ids.spanish);
    const found = await page(`/staff?f=mine&q=${folio}&lang=ht&status=referred`);
    expect(listed(found)).toEqual([ids.spanish]);
    expect(textOf(found)).toContain(
      'no se aplicaron los filtros (Estado: Canalizado a otra oficina · Idioma: kreyòl)',
    );
    expect(found).not.toContain('en ninguna carpeta');
    // One case is "1 caso", not "1 casos".
    expect(found).toContain('<p class="count">Página 1 de 1 · 1 caso</p>');
  });

  it('says how many cases the filters hide from a search, and links to the search without them', async () => {
    const { page } = await signedIn('luis');
    const found = await page('/staff?q=chicago&lang=en');
    expect(listed(found)).toEqual([]);
    expect(textOf(found)).toContain('2 casos más coinciden, pero los ocultan los filtros (Idioma: inglés).');
    expect(found).toContain('<a href="/staff?q=chicago">Buscar sin filtros</a>');
  });
});

describe('a status change asks first', () => {
  it('shows the exact message the family will get, changes nothing until confirmed, then sends that message', async () => {
    const { agent, csrf } = await signedIn('luis');
    const path = `/staff/c/${encodeURIComponent(ids.kreyol)}`;
    const before = await server.store.getTranscript(ids.kreyol);
    const note = 'Nou mande papye yo bay konsila a.';
    const asked = await agent(`${path}/status?f=open`, form({ csrf, status: 'inProgress', note }));
    expect(asked.status).toBe(200);
    const question = await asked.text();
    expect(question).toContain('<h2 id="confirm-title">¿Cambiar el estado y avisar a la familia?</h2>');
    const said = /<blockquote class="said" lang="ht">([\s\S]*?)<\/blockquote>/.exec(question)?.[1] ?? '';
    const shown = [...said.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => textOf(m[1] ?? '')).join('\n');
    const folio = await folioOf(ids.kreyol);
    expect(shown).toBe(`Nouvèl sou dosye ou ${folio}: Ap trete.\nMesaj ekip biwo a: ${note}`);
    // Nothing changed, nothing sent.
    expect((await server.store.casesOf(ids.kreyol)).at(-1)?.status).toBe('received');
    expect(await server.store.getTranscript(ids.kreyol)).toHaveLength(before.length);
    // The choices keep what was chosen and the list's state; "don't" goes back to the conversation.
    expect(question).toContain(`<a href="${path}?f=open">No cambiar: volver a la conversación</a>`);
    expect(question).toContain(`action="${path}/status?f=open"`);

    const sent = await agent(
      `${path}/status?f=open`,
      form({ csrf, status: 'inProgress', note, confirm: 'send' }),
    );
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toBe(`${path}?f=open`);
    expect((await server.store.casesOf(ids.kreyol)).at(-1)?.status).toBe('inProgress');
    const told = (await server.store.getTranscript(ids.kreyol)).filter((l) => l.from === 'bot').at(-1);
    expect(told?.text).toBe(shown);
  });
});

describe('the order and the number in the line', () => {
  it('says how the list is ordered, and numbers the waiting rows in that order (the third newcomer: no longer the place the person was told)', async () => {
    const { page } = await signedIn('luis');
    const list = await page('/staff');
    expect(textOf(list)).toContain('Orden: urgentes primero, luego quien lleva más tiempo esperando;');
    const rows = listed(list);
    expect(rows).toEqual([ids.kreyol, ids.spanish, ids.newcomer]);
    expect(rows.map((id) => /n\.º (\d+) en la fila/.exec(rowOf(list, id))?.[1])).toEqual(['1', '2', '3']);
    expect(textOf(list)).toContain('«N.º en la fila»: el turno de cada caso sin asignar que espera');
  });
});

describe('the way home', () => {
  it('links every staff page to the inbox, for an agent and an admin', async () => {
    const home = '<a class="home" href="/staff">Inicio: la bandeja</a>';
    const luis = await signedIn('luis');
    const path = `/staff/c/${encodeURIComponent(ids.spanish)}`;
    const closing = await luis.agent(`${path}/close`, form({ csrf: luis.csrf }));
    const pages = {
      '/staff': await luis.page('/staff'),
      [path]: await luis.page(path),
      '/staff/accounts': await luis.page('/staff/accounts'),
      '/staff/canned (refused)': await luis.page('/staff/canned'),
      'closing question': await closing.text(),
    };
    const ana = await signedIn('ana');
    for (const admin of [
      '/staff/dashboard',
      '/staff/audit',
      '/staff/export',
      '/staff/canned',
      '/staff/accounts',
    ])
      pages[`${admin} (admin)`] = await ana.page(admin);
    for (const [name, html] of Object.entries(pages)) expect(html, name).toContain(home);
  });
});

describe('when the store keeps only the newest closed chats', () => {
  it('says "+" on the count and tells how to find an older case', async () => {
    await closeMany(server.store, 'web:closed-again', server.clock.now());
    const { page } = await signedIn('luis');
    const closed = await page('/staff?f=closed');
    expect(tab(closed, 'closed')).toBe('500+');
    expect(textOf(closed)).toContain(
      'La bandeja guarda las 500 conversaciones cerradas más recientes; para un caso más antiguo, busca su folio.',
    );
  });
});
