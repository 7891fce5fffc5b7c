/**
 * The inbox's cases through app.request, on cases the real engine opened (a remains form
 * filled in on the web chat, people who asked for a person in Spanish and English, on the web
 * and on a second channel): each list row tells cases apart (topic title, summary, folio,
 * status); the search finds a folio, a name and words of the case; each filter narrows the
 * list and they combine; the status form goes through the engine (the ticket and the case
 * change, the person is told with the note, the audit log has it); the case page labels the
 * answers in the staff member's language and writes full dates in the office's time zone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { caseDates, oneLine, summaryOf, topicTitle, waited } from '../../src/http/inbox/case-format.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { auditPseudonyms } from '../../src/staff/audit.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import {
  cookieJar,
  form,
  personWrites,
  SESSION_SECRET,
  STAFF_PASSWORD,
  testServer,
} from '../support/server.ts';

/** 22 Nov 2026, 20:05 UTC: 14:05 in Durango's office (America/Monterrey). */
const QUEUED = Date.UTC(2026, 10, 22, 20, 5);
const SECOND: Channel = { name: 'telegram', choices: 'buttons' };
const hash = hashPassword(STAFF_PASSWORD);

let server: Awaited<ReturnType<typeof testServer>>;
let remains: string;
let passport: string;
let english: string;
let elsewhere: string;

const say = (channel: string, chatId: string, texts: readonly string[]) =>
  personWrites(server, channel, chatId, texts);

beforeAll(async () => {
  server = await testServer({
    channels: [SECOND],
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es', 'ht'], hash },
      { name: 'jean', role: 'agent', langs: ['ht'], hash },
      { name: 'mary', role: 'agent', langs: ['en'], hash },
    ],
  });
  server.clock.time = QUEUED;
  remains = await say('web', 'remains1', [
    'mi tio fallecio en phoenix y la familia quiere traerlo a durango',
    'sí',
    'Ramón Gil Ortega',
    'Phoenix, Arizona',
    'el 3 de noviembre',
    'sobrino',
    'Lerdo, Durango',
    'este chat',
    'sí',
  ]);
  passport = await say('web', 'passport1', [
    'perdí mi pasaporte en Chicago y necesito hablar con una persona del instituto',
  ]);
  english = await say('web', 'english1', ['I lost my passport in Chicago', 'yes']);
  elsewhere = await say('telegram', '4242', ['humano']);
  server.clock.time = QUEUED + 7 * 60_000;
});

async function signedIn(name = 'ana') {
  const agent = cookieJar(server.app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  return agent;
}
const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
/** The conversations a list page links to, in order. */
const listed = (page: string) =>
  [...page.matchAll(/<a href="\/staff\/c\/([^"?]+)[^"]*">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
/** One conversation's row of a list page. */
const rowOf = (page: string, id: string) =>
  new RegExp(
    `<li class="case[^"]*"[^>]*>(?:(?!</li>).)*?${encodeURIComponent(id)}(?:(?!</li>).)*</li>`,
    's',
  ).exec(page)?.[0] ?? '';
const folioOf = async (id: string) => (await server.store.getTicket(id))?.folio ?? '';

describe('the list of cases', () => {
  it('shows each case by topic, summary, folio and status, never a raw id for the topic', async () => {
    const page = await (await (await signedIn())('/staff?f=open')).text();
    expect(listed(page).sort()).toEqual([remains, passport, english, elsewhere].sort());
    const row = rowOf(page, remains);
    expect(row).toContain('Traer a un familiar que falleció en el extranjero');
    expect(row).toContain('<p class="summary">Ramón Gil Ortega · Phoenix, Arizona</p>');
    expect(await folioOf(remains)).toMatch(/^[A-Z]{3}-\d{4}$/);
    expect(row).toContain(`<span class="folio">${await folioOf(remains)}</span>`);
    expect(row).toContain('<span class="status s-received">Recibido</span>');
    expect(row).toMatch(/ · es · web · espera 7 min/);
    // Without a form, the summary is what the person first wrote.
    expect(rowOf(page, passport)).toContain('perdí mi pasaporte en Chicago');
    expect(rowOf(page, elsewhere)).toContain(' · telegram · ');
    expect(page).not.toMatch(/>none</);
  });

  it('names a missing topic in words, writes long waits in hours and days, cuts a long summary, falls back to the name', () => {
    const t = createI18n().t('es');
    expect(topicTitle(t, 'none')).toBe('Sin tema');
    expect(topicTitle(createI18n().t('ht'), 'none')).toBe('San sijè');
    expect([5, 180, 3 * 1440].map((minutes) => waited(t, 0, minutes * 60_000))).toEqual([
      'espera 5 min',
      'espera 3 h',
      'espera 3 días',
    ]);
    const long = oneLine('palabra '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long.endsWith('…')).toBe(true);
    const bare = {
      conversationId: 'web:x',
      lang: 'es',
      reason: 'asked',
      urgent: false,
      topic: 'none',
      since: 0,
    } as const;
    expect(summaryOf(t, { ...bare, name: 'Rosa Díaz' })).toBe('Rosa Díaz');
    // The one word that queued the ticket tells no case apart.
    expect(summaryOf(t, { ...bare, name: 'Rosa Díaz', gist: 'HUMANO' })).toBe('Rosa Díaz');
    expect(summaryOf(t, { ...bare, name: 'Rosa Díaz', gist: 'mi hijo\nestá detenido' })).toBe(
      'mi hijo está detenido',
    );
  });

  it('finds a folio exactly, in any case, with or without its dash', async () => {
    const agent = await signedIn();
    const folio = await folioOf(remains);
    for (const q of [
      folio,
      folio.toLowerCase(),
      folio.replace('-', ''),
      ` ${folio.toLowerCase().replace('-', ' ')} `,
    ])
      expect(listed(await (await agent(`/staff?f=open&q=${encodeURIComponent(q)}`)).text()), q).toEqual([
        remains,
      ]);
    // Part of a folio is not a folio.
    expect(listed(await (await agent(`/staff?f=open&q=${folio.slice(0, 5)}`)).text())).toEqual([]);
  });

  it('finds a name and words of the case or of what the person wrote, without accents or case', async () => {
    const agent = await signedIn();
    const find = async (q: string) =>
      listed(await (await agent(`/staff?f=open&q=${encodeURIComponent(q)}`)).text());
    expect(await find('ramon ortega')).toEqual([remains]);
    expect(await find('LERDO')).toEqual([remains]);
    // The English case was queued by a "yes": its summary is the question that led to it.
    expect((await find('chicago')).sort()).toEqual([english, passport].sort());
    expect(await find('pasaporte chicago')).toEqual([passport]);
    const none = await (await agent('/staff?f=open&q=Tucson')).text();
    expect(listed(none)).toEqual([]);
    expect(none).toContain('Ninguna conversación coincide');
    expect(none).toContain('value="Tucson"');
  });

  it('filters by language, channel, topic and status, together, and keeps them in the form', async () => {
    const agent = await signedIn();
    const list = async (query: string) => listed(await (await agent(`/staff?f=open&${query}`)).text());
    expect(await list('lang=en')).toEqual([english]);
    expect(await list('channel=telegram')).toEqual([elsewhere]);
    expect(await list('topic=remains_repatriation')).toEqual([remains]);
    expect((await list('lang=es&channel=web')).sort()).toEqual([remains, passport].sort());
    expect(await list('status=resolved')).toEqual([]);
    const page = await (await agent('/staff?f=open&lang=es&channel=web&q=chicago')).text();
    expect(listed(page)).toEqual([passport]);
    expect(page).toContain('<option value="es" selected>');
    expect(page).toContain('<option value="web" selected>');
    expect(page).toContain('value="chicago"');
    expect(page).toContain('Se muestran 1 de 4 conversaciones.');
    expect(page).toContain('<a href="/staff?f=open">Quitar filtros</a>');
    // The folders keep the search.
    expect(page).toContain('href="/staff?f=closed&amp;q=chicago&amp;lang=es&amp;channel=web"');
  });

  it('leaves out a filter it does not know and says which', async () => {
    const page = await (await (await signedIn())('/staff?f=open&status=lost&lang=fr&topic=..%2Fetc')).text();
    expect(listed(page)).toHaveLength(4);
    expect(page).toContain('No apliqué estos filtros porque no los entendí: status, topic, lang.');
  });
});

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
    const sent = await agent(`${path}/status`, form({ csrf, status: 'waitingDocuments', note }));
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

  it('shows a closed case on the closed list with its topic, summary, folio and when it closed', async () => {
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
    await server.engine.handle({
      id: 'english1-10',
      channel: 'web',
      chatId: 'english1',
      content: { type: 'text', text: 'yes' },
    });
    await server.engine.handle({
      id: 'english1-11',
      channel: 'web',
      chatId: 'english1',
      content: { type: 'text', text: 'yes' },
    });
    const page = await (await agent('/staff?f=closed')).text();
    const row = rowOf(page, english);
    expect(row).toContain('Visa o pasaporte de EE. UU.');
    expect(row).toContain('<p class="summary">I lost my passport in Chicago</p>');
    expect(row).toContain(
      await server.store.listClosed().then((c) => c.find((t) => t.conversationId === english)?.folio),
    );
    expect(row).toContain('cerrada el 22 nov 2026, 15:05');
    expect(listed(await (await agent('/staff?f=closed&lang=es')).text())).not.toContain(english);
    // A status set after the close shows on the closed list, and its filter finds it.
    const path = `/staff/c/${encodeURIComponent(english)}`;
    expect((await agent(`${path}/status`, form({ csrf, status: 'resolved', note: '' }))).status).toBe(302);
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
      '22 nov 2026, 14:35 · ana asignó el caso a ana',
      `22 nov 2026, 14:05 · Persona abrió el caso ${await server.store.listClosed().then((c) => c.find((t) => t.conversationId === english)?.folio)}`,
    ]);
    expect(caseDates('es', 'America/Monterrey').dateTime(QUEUED)).toBe('22 nov 2026, 14:05');
  });
});
