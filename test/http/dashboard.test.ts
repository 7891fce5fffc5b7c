/**
 * The dashboard over HTTP (the whole app on the memory store): an admin reads the figures of
 * a period from counters written through the store, against the previous period, in their
 * language, with charts and tables, each figure linking to its conversations; the figures of
 * a conversation the engine handled; a viewer reads the same figures with no link and cannot
 * open a conversation; an agent is refused; the drill-down lists exactly the conversations
 * that match, 100 a page, and refuses a query it cannot read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { activityKey, bucketOf } from '../../src/core/activity-keys.ts';
import type { ConversationSummary } from '../../src/core/ports/activity-store.ts';
import { cookieJar, json } from '../support/server.ts';
import { type DashboardServer, dashboardServer, NOW, rowOf, signedIn } from './dashboard-app.ts';

const at = (iso: string) => Date.parse(iso);
function summary(id: string, fields: Partial<ConversationSummary>): ConversationSummary {
  return {
    conversationId: id,
    channel: id.split(':')[0] ?? 'web',
    lang: 'es',
    firstAt: at('2026-11-20T10:00:00Z'),
    lastAt: at('2026-11-20T10:30:00Z'),
    turns: 2,
    topics: [],
    facets: [],
    missed: 0,
    notHelped: 0,
    danger: 'none',
    ...fields,
  };
}

let server: DashboardServer;
beforeAll(async () => {
  server = await dashboardServer();
  await server.store.countActivity('2026-11-20', {
    conversations: 12,
    people: 10,
    turns: 40,
    'conversations|ch=telegram': 7,
    'conversations|ch=web': 5,
    'people|ch=telegram': 6,
    'people|ch=web': 4,
    'conversations|lang=es': 9,
    'conversations|lang=ht': 3,
    'served=asylum': 4,
    'topic=asylum': 9,
    'facet=asylum.steps': 2,
    text: 20,
    understood: 15,
    handoff: 3,
    [activityKey.firstResponse(bucketOf(95_000))]: 3,
    'rating=helped': 1,
  });
  // In the previous 30 days (2026-09-24 to 2026-10-23).
  await server.store.countActivity('2026-10-10', {
    conversations: 8,
    people: 8,
    'conversations|ch=telegram': 8,
    text: 10,
    understood: 5,
  });
  // Before both: never counted.
  await server.store.countActivity('2026-09-01', { conversations: 100 });
  await server.store.saveSummary(
    summary('telegram:1', {
      topics: ['asylum'],
      danger: 'emergency',
      handoffAt: NOW,
      urgent: true,
      rating: 'helped',
      // Wrote on two days, in two conversations, an emergency on the second: one person.
      firstAt: at('2026-11-19T10:00:00Z'),
      days: ['2026-11-19', '2026-11-20'],
      emergencyDays: ['2026-11-20'],
      starts: [at('2026-11-19T10:00:00Z'), at('2026-11-20T10:00:00Z')],
      folios: ['ACD-3467'],
    }),
  );
  await server.store.saveSummary(
    summary('web:2', {
      lang: 'ht',
      topics: ['apostille'],
      missed: 2,
      firstAt: at('2026-11-21T09:00:00Z'),
      lastAt: at('2026-11-21T09:10:00Z'),
    }),
  );
  await server.store.saveSummary(
    summary('telegram:3', {
      topics: ['asylum', 'apostille'],
      firstAt: at('2026-09-30T09:00:00Z'),
      lastAt: at('2026-10-01T09:00:00Z'),
    }),
  );
  await server.store.saveSummary(
    summary('whatsapp:4', {
      lang: 'en',
      topics: ['asylum'],
      notHelped: 1,
      firstAt: at('2026-11-19T09:00:00Z'),
      lastAt: at('2026-11-19T09:05:00Z'),
    }),
  );
});

/** The conversations a drill-down page lists, in order. */
const listed = (page: string) =>
  [...page.matchAll(/<li[^>]*><a href="\/staff\/c\/([^"]+)">/g)].map((m) => decodeURIComponent(m[1] ?? ''));

describe('the dashboard', () => {
  it("shows an admin the last 30 days' figures against the 30 before, in Spanish, linked to their conversations", async () => {
    const ana = await signedIn(server, 'ana');
    const response = await ana('/staff/dashboard');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h2>Panel de la oficina</h2>');
    expect(page).toContain('Del 2026-10-24 al 2026-11-22, comparado con el 2026-09-24 al 2026-10-23.');
    expect(rowOf(page, 'Conversaciones')).toEqual(['12', '8', '+4 (+50%)']);
    expect(rowOf(page, 'Proporción entendida')).toEqual(['75%', '50%', '+25 pts']);
    expect(rowOf(page, 'Refugio en México (COMAR)')).toEqual(['4', '0', '+4']);
    expect(rowOf(page, 'Tiempo hasta la primera respuesta (mediana)')).toEqual(['2 min', '—', '—']);
    expect(rowOf(page, 'telegram')).toEqual(['7', '8', '-1 (-13%)']);
    // People and emergencies count each person once (from the summaries), not once a day.
    expect(rowOf(page, '2026-11-20')).toEqual(['12', '1']);
    expect(rowOf(page, 'Personas')).toEqual(['3', '1', '+2 (+200%)']);
    expect(rowOf(page, 'Emergencias')).toEqual(['1', '0', '+1']);
    // A facet in the reader's words, never its id.
    expect(rowOf(page, 'Refugio en México (COMAR) · Pasos')).toEqual(['2', '0', '+2']);
    expect(page).not.toContain('· steps');
    expect(rowOf(page, 'Esperando ahora')).toEqual(['0', '—', '—']);
    // Four charts, each drawn (columns or bars), and a table under each.
    expect(page.match(/<svg class="chart"/g)).toHaveLength(4);
    expect(page.match(/<rect /g)?.length).toBeGreaterThan(4);
    expect(page).toContain(
      'href="/staff/dashboard/conversations?from=2026-10-24&amp;to=2026-11-22&amp;filter=all"',
    );
    expect(page).toContain('filter=topic%3Aasylum');
    // A day's cell links to that day's conversations.
    expect(page).toContain(
      'href="/staff/dashboard/conversations?from=2026-11-20&amp;to=2026-11-20&amp;filter=channel%3Atelegram"',
    );
  });

  it('groups a chosen period by week, and falls back to 30 days when the dates cannot be read', async () => {
    const ana = await signedIn(server, 'ana');
    // 18 days against the 18 before (2026-10-18 to 2026-11-04), in weeks from Monday.
    const weekly = await (await ana('/staff/dashboard?from=2026-11-05&to=2026-11-22&group=week')).text();
    expect(weekly).toContain('comparado con el 2026-10-18 al 2026-11-04');
    expect(rowOf(weekly, '2026-11-16 – 11-22')).toEqual(['12', '3']);
    expect(rowOf(weekly, '2026-11-05 – 11-08')).toEqual(['0', '0']);
    expect(rowOf(weekly, 'Conversaciones')).toEqual(['12', '0', '+12']);
    const wrong = await (await ana('/staff/dashboard?from=2026-11-22&to=2026-11-01')).text();
    expect(wrong).toContain('role="alert"');
    expect(rowOf(wrong, 'Conversaciones')).toEqual(['12', '8', '+4 (+50%)']);
  });

  it('counts what the engine saw, and the tickets waiting now', async () => {
    const fresh = await dashboardServer();
    const person = cookieJar(fresh.app);
    await person('/api/chat/messages', json({ id: 'a-000000001', text: 'hola' }));
    await person('/api/chat/messages', json({ id: 'a-000000002', text: 'quiero hablar con una persona' }));
    const page = await (await (await signedIn(fresh, 'ana'))('/staff/dashboard?period=7')).text();
    expect(rowOf(page, 'Conversaciones')).toEqual(['1', '0', '+1']);
    expect(rowOf(page, 'Casos pasados al personal')).toEqual(['1', '0', '+1']);
    expect(rowOf(page, 'Esperando ahora')).toEqual(['1', '—', '—']);
    expect(rowOf(page, 'web')).toEqual(['1', '0', '+1']);
  });

  it('shows a viewer the figures in English with no way to the conversations', async () => {
    const vera = await signedIn(server, 'vera');
    const page = await (await vera('/staff/dashboard')).text();
    expect(page).toContain('<h2>Office dashboard</h2>');
    expect(rowOf(page, 'Conversations')).toEqual(['12', '8', '+4 (+50%)']);
    expect(page).toMatch(/· Steps</);
    expect(page).not.toContain('/staff/dashboard/conversations');
    expect(page).not.toContain('href="/staff"');
    expect(page.match(/<svg class="chart"/g)).toHaveLength(4);
    for (const path of [
      '/staff/c/telegram%3A1',
      '/staff',
      '/staff/dashboard/conversations?from=2026-11-01&to=2026-11-22',
    ]) {
      const response = await vera(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe('/staff/dashboard');
    }
  });

  it('refuses agents, as the dashboard is for admins and viewers', async () => {
    const luis = await signedIn(server, 'luis');
    expect((await luis('/staff/dashboard')).status).toBe(403);
    expect((await luis('/staff/dashboard/conversations?from=2026-11-01&to=2026-11-22')).status).toBe(403);
  });
});

describe('drill-down', () => {
  it("lists exactly a figure's conversations in the period, newest first", async () => {
    const ana = await signedIn(server, 'ana');
    const page = await (await ana('/staff/dashboard')).text();
    const link = /href="(\/staff\/dashboard\/conversations\?[^"]*filter=topic%3Aasylum)"/.exec(page)?.[1];
    const asylum = await (await ana((link ?? '').replace(/&amp;/g, '&'))).text();
    expect(listed(asylum)).toEqual(['telegram:1', 'whatsapp:4']);
    expect(asylum).toContain('Tema: Refugio en México (COMAR)');
    expect(asylum).toContain('2 personas');
    // Named by folio, never by id (a phone number on WhatsApp).
    expect(asylum).toContain('<a href="/staff/c/telegram%3A1">ACD-3467</a>');
    expect(asylum).toContain('<a href="/staff/c/whatsapp%3A4">Sin folio</a>');
    expect(asylum).not.toMatch(/>(telegram|whatsapp):\d/);
    // The people behind "Personas" and the conversations they started, as the figures say.
    const all = await (
      await ana('/staff/dashboard/conversations?from=2026-10-24&to=2026-11-22&filter=all')
    ).text();
    expect(all).toContain('3 personas');
    expect(all).toContain('4 conversaciones empezadas en el periodo');

    const list = async (query: string) =>
      listed(await (await ana(`/staff/dashboard/conversations?${query}`)).text());
    expect(await list('from=2026-09-01&to=2026-11-22&filter=all')).toEqual([
      'web:2',
      'telegram:1',
      'whatsapp:4',
      'telegram:3',
    ]);
    expect(await list('from=2026-09-01&to=2026-11-22')).toHaveLength(4);
    expect(await list('from=2026-09-01&to=2026-11-22&filter=channel:telegram')).toEqual([
      'telegram:1',
      'telegram:3',
    ]);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=lang:ht')).toEqual(['web:2']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=missed')).toEqual(['web:2']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=notHelped')).toEqual(['whatsapp:4']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=danger:emergency')).toEqual(['telegram:1']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=urgent')).toEqual(['telegram:1']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=rating:helped')).toEqual(['telegram:1']);
    expect(await list('from=2026-11-21&to=2026-11-21&filter=all')).toEqual(['web:2']);
    expect(await list('from=2026-10-24&to=2026-11-22&filter=rating:notHelped')).toEqual([]);
  });

  it('shows 100 a page', async () => {
    const many = await dashboardServer();
    for (let i = 0; i < 101; i++)
      await many.store.saveSummary(summary(`web:${i}`, { lastAt: at('2026-11-20T10:30:00Z') + i * 1000 }));
    const ana = await signedIn(many, 'ana');
    const first = await (await ana('/staff/dashboard/conversations?from=2026-11-20&to=2026-11-20')).text();
    expect(listed(first)).toHaveLength(100);
    expect(listed(first)[0]).toBe('web:100');
    expect(first).toContain('101 personas');
    const next = /href="([^"]*page=2)"/.exec(first)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(listed(await (await ana(next)).text())).toEqual(['web:0']);
  });

  it('refuses a query it cannot read', async () => {
    const ana = await signedIn(server, 'ana');
    for (const query of [
      'from=2026-11-01&to=2026-11-22&filter=bogus',
      'from=2026-11-01&to=2026-11-22&filter=topic:<script>',
      'from=2026-11-22&to=2026-11-01',
      'from=2026-11-01',
      'from=2026-11-01&to=2026-11-22&page=0',
      'from=2020-01-01&to=2026-11-22',
    ]) {
      const response = await ana(`/staff/dashboard/conversations?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(/no son válidos/);
    }
  });
});
