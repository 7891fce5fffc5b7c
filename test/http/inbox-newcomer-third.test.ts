/**
 * What a third newcomer tripped on in the inbox (issue 34's helper once more, a tired
 * caseworker at 9 pm, agent role), through app.request on the whole app with cases the real
 * engine opened: each row shows the conversation's latest message (the person's, or staff's
 * marked as theirs) with its time, and says when the person wrote again after staff answered;
 * the waiting cases nobody took are numbered in the line 1, 2, 3… in the list's order; the row
 * and the pane name the same assignee.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closeMany } from '../contracts/fixtures.ts';
import { cookieJar, form, personSays, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';

const MINUTE = 60_000;

let server: Awaited<ReturnType<typeof testServer>>;
const ids = { again: '', answered: '', fresh: '', bare: '', last: '' };

/** One conversation's row of a list page. */
const rowOf = (page: string, id: string) =>
  new RegExp(`<li class="case[^"]*" data-id="${id}"[\\s\\S]*?</li>`).exec(page)?.[0] ?? '';
/** The text of some HTML, tags taken out. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** A time as the office's clock reads it on a row (Durango: America/Monterrey). */
const clock = (at: number) =>
  new Intl.DateTimeFormat('es-MX', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'America/Monterrey',
  }).format(at);
/** When a conversation's latest line from `from` was written. */
const lastAt = async (id: string, from: 'person' | 'staff') =>
  (await server.store.getTranscript(id)).findLast((l) => l.from === from)?.at ?? 0;

async function signedIn(name: string) {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  const page = async (path: string) => await (await agent(path)).text();
  return { agent, page };
}

beforeAll(async () => {
  server = await testServer();
  // Mid-afternoon in Durango, so the whole story stays on one day: a row shows the day only for
  // messages of an earlier day, and a run near midnight must not cross it.
  server.clock.time = Date.UTC(2026, 10, 24, 20);
  // Answered by luis, then the person wrote again.
  ids.again = await personWrites(server, 'web', 'third-again', [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  server.clock.time += MINUTE;
  await server.engine.staff.reply(ids.again, 'luis', 'Hola, ¿en qué consulado lo tramitó?');
  server.clock.time += 2 * MINUTE;
  await personSays(server, 'third-again', 'en el de Chicago, el año pasado');
  // Answered by luis, nothing from the person since.
  server.clock.time += MINUTE;
  ids.answered = await personWrites(server, 'web', 'third-answered', [
    'necesito apostillar el acta de nacimiento de mi hijo',
    'quiero hablar con una persona',
  ]);
  server.clock.time += MINUTE;
  await server.engine.staff.reply(ids.answered, 'luis', 'Le paso los requisitos en un momento.');
  // One message, nobody answered.
  server.clock.time += MINUTE;
  ids.fresh = await personWrites(server, 'web', 'third-fresh', [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  // Someone who only asked for a person (the line the person is told skips them), then one more.
  server.clock.time += MINUTE;
  ids.bare = await personWrites(server, 'web', 'third-bare', ['quiero hablar con una persona']);
  server.clock.time += MINUTE;
  ids.last = await personWrites(server, 'web', 'third-last', [
    'mi hermano está detenido en El Paso desde el lunes y no sabemos nada',
    'quiero hablar con una persona',
  ]);
  server.clock.time += MINUTE;
  for (const id of Object.values(ids)) expect(await server.store.getTicket(id), id).not.toBeNull();
});

describe('what is new on each row', () => {
  it("shows the latest message with its time: the person's, or staff's marked as theirs", async () => {
    const { page } = await signedIn('luis');
    const list = await page('/staff?f=open');
    const again = textOf(rowOf(list, ids.again));
    expect(again).toContain(
      `Último mensaje, ${clock(await lastAt(ids.again, 'person'))}: «en el de Chicago, el año pasado»`,
    );
    const answered = textOf(rowOf(list, ids.answered));
    expect(answered).toContain(
      `Respondió luis, ${clock(await lastAt(ids.answered, 'staff'))}: «Le paso los requisitos en un momento.»`,
    );
    // The first words still tell the case apart; a case of one message says when it came.
    expect(answered).toContain('necesito apostillar el acta de nacimiento de mi hijo');
    expect(textOf(rowOf(list, ids.fresh))).toContain(
      `Último mensaje: ${clock(await lastAt(ids.fresh, 'person'))}`,
    );
  });

  it('marks the rows whose person wrote again after staff answered', async () => {
    const { page } = await signedIn('luis');
    for (const folder of ['mine', 'open']) {
      const list = await page(`/staff?f=${folder}`);
      expect(rowOf(list, ids.again), folder).toContain('<span class="again">Escribió de nuevo</span>');
      expect(rowOf(list, ids.answered), folder).not.toContain('Escribió de nuevo');
    }
  });
});

describe('the number in the line', () => {
  it("numbers the waiting cases nobody took 1, 2, 3… in the list's order, the same in every folder", async () => {
    const { page } = await signedIn('luis');
    const placeOf = (list: string, id: string) => /n\.º (\d+) en la fila/.exec(rowOf(list, id))?.[1];
    const unassigned = await page('/staff');
    const waiting = [...unassigned.matchAll(/<li class="case[^"]*" data-id="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(waiting).toEqual([ids.fresh, ids.bare, ids.last]);
    expect(waiting.map((id) => placeOf(unassigned, id))).toEqual(['1', '2', '3']);
    // All open: the same numbers, and none on the cases luis has.
    const open = await page('/staff?f=open');
    expect(waiting.map((id) => placeOf(open, id))).toEqual(['1', '2', '3']);
    for (const id of [ids.again, ids.answered]) expect(placeOf(open, id), id).toBeUndefined();
    expect(textOf(unassigned)).toContain('el n.º 1 es el siguiente que hay que tomar.');
  });
});

describe('who has a case', () => {
  it('reads the same on the row and in the pane, also for a closed chat past the newest 100', async () => {
    const kept = await personWrites(server, 'telegram', '5550301', ['nos tienen secuestrados en una casa']);
    await server.engine.staff.take(kept, 'luis');
    await server.engine.staff.close(kept, 'luis');
    await closeMany(server.store, 'web:third-closed-', server.clock.now(), 120);
    const { page } = await signedIn('luis');
    const mine = await page('/staff?f=mine');
    expect(textOf(rowOf(mine, kept))).toContain('Atiende: luis');
    const pane = await page(`/staff/c/${encodeURIComponent(kept)}?f=mine`);
    expect(/<span class="who">([^<]*)<\/span>/.exec(pane)?.[1]).toBe('luis');
    expect(textOf(rowOf(pane, kept))).toContain('Atiende: luis');
  });
});

describe('one word for handing a case over', () => {
  it('says "pasar" everywhere a case goes to someone else, never "transferir"', async () => {
    const { page } = await signedIn('ana');
    const html = await page(`/staff/c/${encodeURIComponent(ids.again)}`);
    // What the page says: its words, not its style and scripts.
    const pane = textOf(html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ''));
    for (const words of ['Pasar a otra persona', 'Pasar a', 'Pasar el caso']) expect(pane).toContain(words);
    expect(pane).not.toMatch(/transf/i);
  });
});

describe('canned replies in another language', () => {
  it("show each one's meaning in the reader's language, and send the reply's own words", async () => {
    const kreyol = await personWrites(server, 'web', 'third-kreyol', [
      'mwen pèdi paspò m nan Chicago, mwen vle pale ak yon moun nan biwo a',
    ]);
    const { page } = await signedIn('luis');
    const pane = await page(`/staff/c/${encodeURIComponent(kreyol)}`);
    const option = /<option value="default-ht-0"([^>]*)>([^<]*)<\/option>/.exec(pane);
    expect(textOf(option?.[1] ?? '')).toContain(
      'en español: «Hola, soy del personal del Instituto. Ya leí tu mensaje y te voy a ayudar.»',
    );
    // What goes into the reply box (and to the person) is the Kreyòl reply alone.
    expect(textOf(option?.[2] ?? '')).not.toContain('español');
    // A Spanish conversation's replies need no meaning.
    expect(await page(`/staff/c/${encodeURIComponent(ids.fresh)}`)).not.toContain('en español:');
  });
});
