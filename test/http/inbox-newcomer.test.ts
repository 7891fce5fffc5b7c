/**
 * What a newcomer tripped on in the inbox (issue 34's helper, a tired caseworker at 9 pm),
 * through app.request on the whole app with cases the real engine opened: the longest-waiting
 * case comes first and waits are told in minutes while short and stop once staff answer; a
 * search looks in every folder, says where each case is, counts right and draws a found case
 * as its folder does; a chat closed while its case stays open stays in "Mías" and "Todas
 * abiertas" until the case is finished; the family's message in the status form says the
 * family gets it; an agent sees no admin page in the menu and a refusal is a page with the way
 * back; a transfer says to whom, in place, and the case's history has it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieJar, form, personSays, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let server: Awaited<ReturnType<typeof testServer>>;
let kreyol: string;
let spanish: string;
let recent: string;

const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
/** The conversations a list page links to, in order. */
const listed = (page: string) =>
  [...page.matchAll(/<a href="\/staff\/c\/([^"?]+)[^"]*">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
/** One conversation's row of a list page. */
const rowOf = (page: string, id: string) =>
  new RegExp(`<li class="case[^"]*" data-id="${id}"[\\s\\S]*?</li>`).exec(page)?.[0] ?? '';
/** A row as its folder draws it: without the search's "in folder" and the list's state in its link. */
const drawn = (row: string) =>
  row
    .replace(/ · <span class="in-folder">[^<]*<\/span>/, '')
    .replace(/(href="\/staff\/c\/[^"?]+)\?[^"]*"/, '$1"');

async function signedIn(name: string) {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  const page = async (path: string) => await (await agent(path)).text();
  return { agent, page, csrf: csrfOf(await page('/staff')) };
}
const folioOf = async (id: string) =>
  (await server.store.getTicket(id))?.folio ?? (await server.store.casesOf(id)).at(-1)?.folio ?? '';

beforeAll(async () => {
  server = await testServer();
  // Queued 18 h ago in Kreyòl (which luis does not read), 15 h ago in Spanish, 2 h 35 min ago.
  kreyol = await personWrites(server, 'web', 'kreyol1', [
    'mwen pèdi paspò m nan Chicago, mwen vle pale ak yon moun nan biwo a',
  ]);
  server.clock.time += 3 * HOUR;
  spanish = await personWrites(server, 'web', 'spanish1', [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  server.clock.time += 15 * HOUR - (2 * HOUR + 35 * MINUTE);
  recent = await personWrites(server, 'web', 'recent1', [
    'mi hermano está detenido en El Paso desde el lunes y no sabemos nada',
    'quiero hablar con una persona',
  ]);
  server.clock.time += 2 * HOUR + 35 * MINUTE;
  for (const id of [kreyol, spanish, recent]) expect(await server.store.getTicket(id)).not.toBeNull();
});

describe('the longest wait first, told as it is', () => {
  it('lists Unassigned and All open by the longest wait, whatever the language', async () => {
    const { page } = await signedIn('luis');
    for (const folder of ['unassigned', 'open'])
      expect(listed(await page(`/staff?f=${folder}`)), folder).toEqual([kreyol, spanish, recent]);
  });

  it('says minutes while the wait is short, and stops counting once staff answered', async () => {
    const { page } = await signedIn('luis');
    const list = await page('/staff?f=open');
    expect(rowOf(list, recent)).toContain(' · espera 2 h 35 min');
    expect(rowOf(list, kreyol)).toContain(' · espera 18 h');

    await server.engine.staff.reply(spanish, 'ana', 'Hola, soy Ana del Instituto. ¿Dónde lo perdió?');
    server.clock.time += 5 * MINUTE;
    const answered = await page('/staff?f=open');
    expect(rowOf(answered, spanish)).toContain(' · respondido hace 5 min');
    expect(rowOf(answered, spanish)).not.toContain('espera');
    // Those still waiting come first.
    expect(listed(answered)).toEqual([kreyol, recent, spanish]);

    await personSays(server, 'spanish1', 'en el aeropuerto de Chicago, ayer');
    server.clock.time += 2 * MINUTE;
    const again = await page('/staff?f=open');
    // Waiting again, from the message after the answer: the shortest wait now.
    expect(rowOf(again, spanish)).toContain(' · espera 2 min');
    expect(listed(again)).toEqual([kreyol, recent, spanish]);
  });
});

describe('a search looks in every folder', () => {
  let urgent: string;
  beforeAll(async () => {
    urgent = await personWrites(server, 'telegram', '5550001', ['nos tienen secuestrados en una casa']);
    expect((await server.store.getTicket(urgent))?.urgent).toBe(true);
    await server.engine.staff.take(urgent, 'ana');
    await server.engine.staff.status(urgent, 'ana', 'resolved', '');
    await server.engine.staff.close(urgent, 'ana');
  });

  it('finds a word of a closed case from Unassigned, and says which folder each case is in', async () => {
    const { page } = await signedIn('luis');
    const found = await page('/staff?q=secuestrados');
    expect(listed(found)).toEqual([urgent]);
    expect(rowOf(found, urgent)).toContain('<span class="in-folder">en «Cerradas»</span>');
    const chicago = await page('/staff?f=mine&q=chicago');
    expect(listed(chicago).sort()).toEqual([kreyol, spanish].sort());
    expect(rowOf(chicago, spanish)).toContain('en «Todas abiertas»');
    expect(rowOf(chicago, kreyol)).toContain('en «Sin asignar»');
  });

  it('counts what it found, never "1 of 0"', async () => {
    const { page } = await signedIn('luis');
    const found = await page(`/staff?q=${await folioOf(urgent)}`);
    expect(listed(found)).toEqual([urgent]);
    expect(found).toContain('1 caso encontrado, buscando en todas las carpetas.');
    expect(found).not.toMatch(/Se muestran \d+ de 0/);
  });

  it('draws a found case as its folder does: its summary, its urgent mark', async () => {
    const { page } = await signedIn('luis');
    const inFolder = rowOf(await page('/staff?f=closed'), urgent);
    expect(inFolder).toContain('<span class="badge">URGENTE</span>');
    expect(inFolder).toContain('nos tienen secuestrados en una casa');
    expect(drawn(rowOf(await page(`/staff?q=${await folioOf(urgent)}`), urgent))).toBe(drawn(inFolder));
  });
});

describe('a chat closed while its case stays open', () => {
  it('stays in Mías and Todas abiertas, marked, until the case is resolved', async () => {
    const id = await personWrites(server, 'web', 'family1', [
      'mi papá murió en Texas y queremos traerlo a Durango',
      'quiero hablar con una persona',
    ]);
    expect(await server.store.getTicket(id)).not.toBeNull();
    const { agent, page, csrf } = await signedIn('luis');
    const path = `/staff/c/${encodeURIComponent(id)}`;
    expect((await agent(`${path}/claim`, form({ csrf }))).status).toBe(302);
    expect((await agent(`${path}/close`, form({ csrf, confirm: 'keepOpen' }))).status).toBe(302);
    expect(await server.store.getTicket(id)).toBeNull();

    const mine = await page('/staff?f=mine');
    expect(listed(mine)).toContain(id);
    expect(rowOf(mine, id)).toContain('Chat cerrado · caso abierto');
    expect(mine).toMatch(/Mías <span class="n">1<\/span>/);
    expect(listed(await page('/staff?f=open'))).toContain(id);
    expect(await page(path)).toContain('Chat cerrado; el caso sigue abierto');

    expect(
      (await agent(`${path}/status`, form({ csrf, status: 'resolved', note: '', confirm: 'send' }))).status,
    ).toBe(302);
    expect(listed(await page('/staff?f=mine'))).not.toContain(id);
    expect(listed(await page('/staff?f=open'))).not.toContain(id);
    expect(listed(await page('/staff?f=closed'))).toContain(id);
  });
});

describe('what an agent is shown', () => {
  it('names the message for the family as one the family will receive', async () => {
    const { page } = await signedIn('luis');
    const pane = await page(`/staff/c/${encodeURIComponent(recent)}`);
    const label = /<label>([^<]*)<textarea id="status-note"/.exec(pane)?.[1] ?? '';
    expect(label).toBe('Mensaje que recibirá la familia (se le envía al guardar)');
    expect(pane).toContain('Nota interna (solo el equipo)');
  });

  it('shows an agent no admin page, and a refusal as a page with the way back', async () => {
    const { agent, page } = await signedIn('luis');
    expect(await page('/staff')).not.toContain('/staff/canned');
    for (const path of ['/staff/canned', '/staff/dashboard', '/staff/audit']) {
      const refused = await agent(path);
      expect(refused.status, path).toBe(403);
      expect(refused.headers.get('content-type'), path).toContain('text/html');
      const body = await refused.text();
      expect(body, path).toContain('<a href="/staff">Volver a la bandeja</a>');
      expect(body, path).toContain('<details class="menu" id="menu">');
      expect(body, path).toMatch(
        /<p class="error" role="alert" id="refusal">[^<]*(Pídeselo|Pídelo)[^<]*<\/p>/,
      );
    }
  });
});

describe('a transfer', () => {
  it('says in place to whom the case went, and the history has it', async () => {
    const { agent, page, csrf } = await signedIn('ana');
    const path = `/staff/c/${encodeURIComponent(recent)}`;
    const sent = await agent(`${path}/transfer?f=open`, form({ csrf, to: 'luis' }));
    expect(sent.status).toBe(302);
    const back = sent.headers.get('location') ?? '';
    expect(back).toBe(`${path}?f=open&done=transferred`);
    const pane = await page(back);
    expect(pane).toContain(
      `<p class="box ok" role="status" id="done" tabindex="-1">Listo: el caso ${await folioOf(recent)} pasó a luis;`,
    );
    expect(pane).toMatch(/<strong>ana<\/strong> pasó el caso a luis<\/li>/);
    // Only after a transfer: the same page otherwise says nothing of it.
    expect(await page(path)).not.toContain('id="done"');
  });
});
