/**
 * The inbox finds any case (app.request on the whole app, memory store): a row tells the
 * person's problem, never their request for a person; the search finds any word the person
 * wrote in the conversation, not only what the row shows; a folio finds its case from any
 * folder, also once it has dropped off the closed list (the store keeps the newest 500 there,
 * and the conversation for RETENTION_DAYS); and the closed folder goes page by page through
 * every closed case the store keeps, with its count on the folder's tab.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closeMany } from '../contracts/fixtures.ts';
import { cookieJar, form, personSays, STAFF_PASSWORD, testServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof testServer>>;
let agent: ReturnType<typeof cookieJar>;
const BROTHER = 'web:brother1';
const PROBLEM = 'mi hermano está detenido en El Paso desde el lunes y no sabemos nada';

const writes = (chatId: string, text: string) => personSays(server, chatId, text);
/** The conversations a list page links to, in order. */
const listed = (page: string) =>
  [...page.matchAll(/<a href="\/staff\/c\/([^"?]+)[^"]*">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
const page = async (path: string) => await (await agent(path)).text();

beforeAll(async () => {
  server = await testServer();
  await writes('brother1', PROBLEM);
  await writes('brother1', 'quiero hablar con alguien de la oficina');
  await writes('brother1', 'se llama Julio Pérez Soto, tiene 24 años');
  await writes('passport1', 'perdí mi pasaporte en Chicago, necesito hablar con una persona');
  agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }))).status).toBe(302);
});

describe('finding a case', () => {
  it("tells the person's problem on the row, not their request for a person", async () => {
    const list = await page('/staff');
    const row = new RegExp(`<li class="case[^"]*" data-id="${BROTHER}"[\\s\\S]*?</li>`).exec(list)?.[0] ?? '';
    expect(row).toContain(`<p class="summary">${PROBLEM}</p>`);
    expect(row).not.toContain('quiero hablar con alguien');
  });

  it('finds any word the person wrote, not only what the row shows', async () => {
    expect(listed(await page('/staff?q=julio+perez'))).toEqual([BROTHER]);
    expect(listed(await page('/staff?q=el+paso'))).toEqual([BROTHER]);
    expect(listed(await page('/staff?q=chicago'))).toEqual(['web:passport1']);
    expect(listed(await page('/staff?q=julio+chicago'))).toEqual([]);
  });

  it('finds a folio from any folder, also after it has dropped off the closed list', async () => {
    const folio = (await server.store.getTicket(BROTHER))?.folio ?? '';
    expect(folio).not.toBe('');
    await server.engine.staff.close(BROTHER, 'ana');
    // Newer closed cases push it off the closed list, which keeps the newest 500.
    await closeMany(server.store, 'web:closed', server.clock.now());
    expect((await server.store.listClosed(1_000)).map((t) => t.conversationId)).not.toContain(BROTHER);

    for (const path of [`/staff?f=closed&q=${folio}`, `/staff?q=${folio.toLowerCase().replace('-', '')}`]) {
      const found = await page(path);
      expect(listed(found), path).toEqual([BROTHER]);
      expect(found).toContain(`<span class="folio">${folio}</span>`);
    }
    const opened = await page(`/staff/c/${encodeURIComponent(BROTHER)}`);
    expect(opened).toContain(`<span class="folio">${folio}</span>`);
    expect(opened).toContain('Chat cerrado; el caso sigue abierto');
  });

  it('goes page by page through every closed case the store keeps', async () => {
    const first = await page('/staff?f=closed');
    // The store keeps the newest 500: the count says there may be more (inbox-newcomer-again.test.ts).
    expect(first).toMatch(/Cerradas <span class="n">500\+<\/span>/);
    expect(first).toContain('Página 1 de 20 · 500 casos');
    expect(listed(first)).toHaveLength(25);
    const last = await page('/staff?f=closed&p=20');
    expect(last).toContain('Página 20 de 20 · 500 casos');
    expect(listed(last)).toHaveLength(25);
    expect(listed(last).some((id) => listed(first).includes(id))).toBe(false);
    expect(last).toContain('href="/staff?f=closed&amp;p=19"');
  });
});
