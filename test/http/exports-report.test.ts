/**
 * The yearly report through the whole app: its CSV and printable page add up the counters
 * written across months, in the institute's shape; agents get 403 and viewers are sent to the
 * dashboard; a bad period or year gets 400 saying what to write.
 */
import { describe, expect, it } from 'vitest';
import { exportLink } from '../../src/http/inbox/exports.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { exportServer, rowsOf, summary } from './exports-app.ts';

describe('the yearly report', () => {
  it('adds up the served and people counters across months, in the institute shape', async () => {
    const s = await exportServer('2026-12-31T20:00:00Z');
    const written: Array<[string, Record<string, number>]> = [
      ['2025-12-31', { 'served=apostille': 50, people: 50 }],
      ['2026-01-15', { 'served=apostille': 2, 'served=asylum': 1, people: 5, turns: 30 }],
      ['2026-01-31', { 'served=apostille': 1, people: 2 }],
      ['2026-03-02', { 'served=locate_person': 1, 'served=legal_advice': 2, people: 3 }],
      ['2026-07-09', { 'served=dual_nationality': 6, 'served=emergency': 1, people: 7 }],
      ['2026-12-31', { 'served=us_pension': 4, people: 4 }],
    ];
    for (const [day, counts] of written) await s.store.countActivity(day, counts);
    const browse = await s.as('ana');
    const response = await browse('/staff/export/report-2026.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="report-2026.csv"');
    const rows = await rowsOf(response);
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(rows[0]).toEqual(['row', 'name', 'topics', ...months, 'total']);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r.slice(3).map(Number)]));
    const expected = (list: Array<[number, number]>) => {
      const out = Array<number>(13).fill(0);
      for (const [month, n] of list) out[month - 1] = (out[month - 1] ?? 0) + n;
      out[12] = list.reduce((sum, [, n]) => sum + n, 0);
      return out;
    };
    expect(byId.get('service:1.2.2')).toEqual(expected([[1, 3]]));
    expect(byId.get('service:1.1.6')).toEqual(expected([[3, 3]]));
    expect(byId.get('service:1.2.4')).toEqual(expected([[7, 6]]));
    expect(byId.get('service:1.1.3')).toEqual(expected([[12, 4]]));
    expect(byId.get('service:1.1.1')).toEqual(expected([]));
    expect(byId.get('topic:asylum')).toEqual(expected([[1, 1]]));
    expect(byId.get('topic:emergency')).toEqual(expected([[7, 1]]));
    expect(byId.get('people')).toEqual(
      expected([
        [1, 7],
        [3, 3],
        [7, 7],
        [12, 4],
      ]),
    );
    // The total row is each month's sum of every row above it, and its own total the year's.
    const counted = rows.slice(1).filter((r) => r[0] !== 'total' && r[0] !== 'people');
    const columnSums = months.map((_, m) => counted.reduce((sum, r) => sum + Number(r[3 + m]), 0));
    expect(byId.get('total')).toEqual([...columnSums, 18]);
    for (const r of rows.slice(1))
      expect(Number(r[15]), r[0]).toBe(r.slice(3, 15).reduce((sum, n) => sum + Number(n), 0));
    expect(rows.find((r) => r[0] === 'service:1.2.2')?.[1]).toBe(
      '1.2.2 Actas de nacimiento, certificaciones y apostillas de EE. UU.',
    );

    const page = await (await browse('/staff/export/report?year=2026')).text();
    expect(page).toContain(s.office.name.es);
    expect(page).toContain('Personas atendidas por servicio y por mes, 2026');
    expect(page).toContain('@media print');
    expect(page).toMatch(
      /Total de atenciones<small>La suma de las filas de arriba<\/small><\/th>(<td>\d+<\/td>){12}<td class="total">18<\/td>/,
    );
    expect(page).toContain(
      'Conversaciones sobre: Localizar a un familiar detenido o desaparecido; Asesoría legal y quejas',
    );
  });
});

describe('who may export, and what a bad query gets', () => {
  const paths = [
    '/staff/export',
    '/staff/export/conversations.csv?from=2026-03-01&to=2026-03-31',
    '/staff/export/report?year=2026',
    '/staff/export/report-2026.csv',
  ];

  it('gives agents a 403 and sends viewers to the dashboard', async () => {
    const s = await exportServer('2026-04-02T12:00:00Z');
    await s.store.saveSummary(summary({ conversationId: 'web:secret' }));
    const agent = await s.as('luis');
    const viewer = await s.as('vera');
    for (const path of paths) {
      const refused = await agent(path);
      expect(refused.status, path).toBe(403);
      expect(await refused.text()).toContain('administrador');
    }
    for (const path of paths.slice(0, 2)) {
      const sent = await viewer(path);
      expect(sent.status, path).toBe(302);
      expect(sent.headers.get('location')).toBe('/staff/dashboard');
    }
    // The link for the list page's header (routes.ts places it): admins only.
    const t = createI18n().t('es');
    const account = { langs: ['es' as const], hash: '' };
    expect(String(exportLink(t, { ...account, name: 'ana', role: 'admin' }))).toContain(
      'href="/staff/export"',
    );
    for (const role of ['agent', 'viewer'] as const)
      expect(String(exportLink(t, { ...account, name: 'x', role }))).toBe('');
    const admin = await s.as('ana');
    const page = await (await admin('/staff/export')).text();
    expect(page).toContain('action="/staff/export/conversations.csv"');
    expect(page).toContain('href="/staff/export/report-2026.csv"');
    expect(page).toContain('<code>first_response_minutes</code>');
  });

  it('answers a bad period or year with 400 and what to write', async () => {
    const s = await exportServer('2026-04-02T12:00:00Z');
    const browse = await s.as('ana');
    for (const query of [
      '',
      '?from=2026-02-30&to=2026-03-01',
      '?from=2026-03-02&to=2026-03-01',
      '?from=2025-01-01&to=2026-03-01',
      '?from=03/01/2026&to=2026-03-31',
    ]) {
      const response = await browse(`/staff/export/conversations.csv${query}`);
      expect(response.status, query).toBe(400);
      // On the refusal page, with the way back (the query's "&" written as HTML writes it).
      expect(await response.text()).toContain(
        'id="refusal">Escribe el periodo como ?from=AAAA-MM-DD&amp;to=AAAA-MM-DD, por ejemplo ?from=2026-04-01&amp;to=2026-04-02',
      );
    }
    for (const path of [
      '/staff/export/report?year=26',
      '/staff/export/report?year=dos',
      '/staff/export/report-2100.csv',
    ]) {
      const response = await browse(path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain('?year=2026 o report-2026.csv');
    }
  });
});
