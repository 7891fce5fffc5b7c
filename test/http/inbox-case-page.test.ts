/**
 * A case's page in the inbox through app.request, on cases the real engine opened
 * (inbox-cases-app.ts): the folio first, the answers labelled in the staff member's language,
 * full dates in the office's time zone; the status form goes through the engine (the ticket
 * and the case change, the person is told with the note, the audit log has it) and refuses
 * what it cannot do, saying what to do; a closed case shows on the closed list (its case left
 * open, it says so) and keeps its page and history.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { caseDates } from '../../src/http/inbox/case-format.ts';
import { auditPseudonyms } from '../../src/staff/audit.ts';
import { form, personSays, SESSION_SECRET } from '../support/server.ts';
import { casesServer, csrfOf, listed, QUEUED, rowOf } from './inbox-cases-app.ts';

let cases: Awaited<ReturnType<typeof casesServer>>;
let server: Awaited<ReturnType<typeof casesServer>>['server'];
let remains: string;
let passport: string;
let english: string;
const signedIn = (name?: string) => cases.signedIn(name);
const folioOf = (id: string) => cases.folioOf(id);

beforeAll(async () => {
  cases = await casesServer();
  server = cases.server;
  ({ remains, passport, english } = cases.ids);
});
const say = (channel: string, chatId: string, texts: readonly string[]) => cases.say(channel, chatId, texts);

describe('the case page', () => {
  it('puts the folio first, labels the answers in the staff member language and writes full dates', async () => {
    const folio = await folioOf(remains);
    const es = await (await (await signedIn())(`/staff/c/${encodeURIComponent(remains)}`)).text();
    expect(es).toContain(
      `<h2 class="case-title" id="case-title" tabindex="-1"><span class="folio">${folio}</span>`,
    );
    expect(es).toContain('<dt>Nombre</dt><dd>Ramón Gil Ortega</dd>');
    expect(es).toContain('<dt>Origen en México</dt><dd>Lerdo, Durango</dd>');
    expect(es).not.toMatch(/deceasedName|placeOfDeath|originInMexico|>none</);
    expect(es).toContain('<dt>En la bandeja desde</dt><dd>22 nov 2026, 14:05</dd>');
    expect(es).toContain('<li class="day">22 nov 2026</li>');
    expect(es).toContain('title="22 nov 2026, 14:05">14:05</time>');

    const ht = await (await (await signedIn('jean'))(`/staff/c/${encodeURIComponent(remains)}`)).text();
    expect(ht).toContain('<dd>22 novanm 2026, 14:05</dd>');
    expect(ht).toContain('Istwa dosye a');
    const en = await (await (await signedIn('mary'))(`/staff/c/${encodeURIComponent(remains)}`)).text();
    expect(en).toContain('<dd>Nov 22, 2026, 14:05</dd>');
    expect(en).toContain('Bringing home a relative who died abroad');
  });

  it('changes the status through the engine: the person is told, the history and the audit log have it', async () => {
    const agent = await signedIn();
    const path = `/staff/c/${encodeURIComponent(remains)}`;
    const csrf = csrfOf(await (await agent(path)).text());
    // Without the form's token, nothing changes.
    expect((await agent(`${path}/status`, form({ status: 'resolved' }))).status).toBe(403);
    const note = 'Pedimos el acta de defunción al consulado de Phoenix.';
    // Confirmed (the page that asks first: inbox-newcomer-again.test.ts).
    const sent = await agent(
      `${path}/status`,
      form({ csrf, status: 'waitingDocuments', note, confirm: 'send' }),
    );
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toBe(path);

    expect((await server.store.getTicket(remains))?.status).toBe('waitingDocuments');
    const said = (await server.store.getTranscript(remains))
      .filter((l) => l.from === 'bot')
      .map((l) => l.text);
    expect(said.join('\n')).toContain(
      `Novedades de tu caso ${await folioOf(remains)}: Esperando documentos de la familia.`,
    );
    expect(said.join('\n')).toContain(note);
    const audit = await server.store.listAudit(server.clock.now(), 0, 10);
    expect(audit).toContainEqual(
      expect.objectContaining({
        by: 'ana',
        action: 'status',
        conversation: await auditPseudonyms(SESSION_SECRET)(remains),
        detail: 'waitingDocuments',
      }),
    );
    expect(await (await agent('/staff/audit')).text()).toContain(
      'cambió el estado del caso a «Esperando documentos de la familia»',
    );

    const page = await (await agent(path)).text();
    expect(page).toContain('<option value="waitingDocuments" selected>');
    expect(page).toMatch(
      /<strong>ana<\/strong> cambió el estado a «Esperando documentos de la familia»<span class="said">Nota para la familia: Pedimos el acta/,
    );
    const list = await (await agent('/staff?f=open&status=waitingDocuments')).text();
    expect(listed(list)).toEqual([remains]);
    expect(rowOf(list, remains)).toContain(
      '<span class="status s-waitingDocuments">Esperando documentos de la familia</span>',
    );
  });

  it('refuses a status not in the list, and says what to do when the conversation has no case', async () => {
    const agent = await signedIn();
    const path = `/staff/c/${encodeURIComponent(passport)}`;
    const csrf = csrfOf(await (await agent(path)).text());
    const bad = await agent(`${path}/status`, form({ csrf, status: 'lost', note: 'x' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/elige uno de la lista/);
    expect((await server.store.getTicket(passport))?.status).toBeUndefined();

    const question = await say('web', 'question1', ['¿qué es la apostilla?']);
    const none = await agent(
      `/staff/c/${encodeURIComponent(question)}/status`,
      form({ csrf, status: 'resolved' }),
    );
    expect(none.status).toBe(404);
    expect(await none.text()).toMatch(/no tiene un caso con folio.*Vuelve a la bandeja/);
  });

  it('shows a chat closed with its case open in Todas abiertas, and on the closed list once resolved, with its topic, summary, folio and when it closed', async () => {
    const agent = await signedIn();
    const csrf = csrfOf(await (await agent('/staff')).text());
    server.clock.time = QUEUED + 30 * 60_000;
    expect((await agent(`/staff/c/${encodeURIComponent(english)}/claim`, form({ csrf }))).status).toBe(302);
    server.clock.time = QUEUED + 60 * 60_000;
    expect(
      (await agent(`/staff/c/${encodeURIComponent(english)}/close`, form({ csrf, confirm: 'keepOpen' })))
        .status,
    ).toBe(302);
    // "Did we help?" yes; "shall we write in a week?" yes: the follow-up is in the case's history.
    server.clock.time += 60_000;
    await personSays(server, 'english1', 'yes');
    await personSays(server, 'english1', 'yes');
    // Its case left open: in "Todas abiertas", not on the closed list, until the case is finished.
    expect(listed(await (await agent('/staff?f=closed')).text())).not.toContain(english);
    const page = await (await agent('/staff?f=open')).text();
    const row = rowOf(page, english);
    expect(row).toContain('Visa o pasaporte de EE. UU.');
    expect(row).toContain('<p class="summary">I lost my passport in Chicago</p>');
    expect(row).toContain(
      await server.store.listClosed().then((c) => c.find((t) => t.conversationId === english)?.folio),
    );
    // Closed with its case left open: it says so.
    expect(row).toContain('chat cerrado el 22 nov 2026, 15:05');
    expect(row).toContain('Chat cerrado · caso abierto');
    expect(listed(await (await agent('/staff?f=closed&lang=es')).text())).not.toContain(english);
    // A status set after the close shows on the closed list, and its filter finds it.
    const path = `/staff/c/${encodeURIComponent(english)}`;
    expect(
      (await agent(`${path}/status`, form({ csrf, status: 'resolved', note: '', confirm: 'send' }))).status,
    ).toBe(302);
    const resolved = await (await agent('/staff?f=closed&status=resolved')).text();
    expect(listed(resolved)).toEqual([english]);
    expect(rowOf(resolved, english)).toContain('<span class="status s-resolved">Resuelto</span>');
    // The closed case keeps its page, with its history.
    const view = await (await agent(`/staff/c/${encodeURIComponent(english)}`)).text();
    const history = /<ol class="history">(.*?)<\/ol>/s.exec(view)?.[1] ?? '';
    const lines = [...history.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual([
      '22 nov 2026, 15:06 · ana cambió el estado a «Resuelto»',
      '22 nov 2026, 15:06 · Persona aceptó que le escribamos en una semana',
      '22 nov 2026, 15:05 · ana cerró la conversación',
      '22 nov 2026, 14:35 · ana tomó el caso',
      `22 nov 2026, 14:05 · Persona abrió el caso ${await server.store.listClosed().then((c) => c.find((t) => t.conversationId === english)?.folio)}`,
    ]);
    expect(caseDates('es', 'America/Monterrey').dateTime(QUEUED)).toBe('22 nov 2026, 14:05');
  });
});
