/**
 * The inbox's list of cases through app.request, on cases the real engine opened
 * (inbox-cases-app.ts): each row tells cases apart (topic title, summary, folio, status, how
 * long it waited); the search finds a folio, a name and words of the case; each filter narrows
 * the list and they combine; a filter the list does not know is named. The case page:
 * inbox-case-page.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { oneLine, summaryOf, topicTitle, waited } from '../../src/http/inbox/case-format.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { casesServer, listed, rowOf } from './inbox-cases-app.ts';

let cases: Awaited<ReturnType<typeof casesServer>>;
let remains: string;
let passport: string;
let english: string;
let elsewhere: string;
const signedIn = (name?: string) => cases.signedIn(name);
const folioOf = (id: string) => cases.folioOf(id);

beforeAll(async () => {
  cases = await casesServer();
  ({ remains, passport, english, elsewhere } = cases.ids);
});

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
    expect(none).toContain('Ningún caso coincide, en ninguna carpeta');
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
    // A search looks in every folder.
    expect(page).toContain('1 caso encontrado, buscando en todas las carpetas.');
    expect(page).toContain('<a href="/staff?f=open">Quitar filtros</a>');
    // The folders keep the filters, and go back to the folder without the search.
    expect(page).toContain('href="/staff?f=closed&amp;lang=es&amp;channel=web"');
    expect(await (await agent('/staff?f=open&lang=es&channel=web')).text()).toContain(
      'Se muestran 2 de 4 conversaciones.',
    );
  });

  it('leaves out a filter it does not know and says which', async () => {
    const page = await (await (await signedIn())('/staff?f=open&status=lost&lang=fr&topic=..%2Fetc')).text();
    expect(listed(page)).toHaveLength(4);
    expect(page).toContain('No apliqué estos filtros porque no los entendí: status, topic, lang.');
  });
});
