/**
 * The exports in Chromium, at a phone's size and a desktop's, on 330 days of generated
 * counters (the benchmark's generator, January to 22 November 2026) and a few conversation
 * summaries: an admin opens /staff/export and finds the conversations CSV's period picker
 * and the yearly report's links; the CSV files download; "show to print" opens the yearly
 * report, whose table (the institute's lines of action by month) adds up to the counters read
 * independently from the store, month by month; it sits in its own sideways-scrolling box so
 * the page fits a phone, and printing hides the inbox's header and links. The CSP refuses
 * nothing. Screenshot: docs/export-report-desktop.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDays } from '../../src/bench/dashboard-bench.ts';
import { exportServer, summary } from '../http/exports-app.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { SIZES, signIn, watchedPage, widths } from './staff-pages.ts';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveApp>>;
/** Per month of 2026 (January first), the served conversations and the people, read from the store. */
const expected = { served: Array<number>(12).fill(0), people: Array<number>(12).fill(0) };
beforeAll(async () => {
  const server = await exportServer('2026-11-22T18:00:00Z');
  await fillDays(server.store, '2026-11-22', 330, 60);
  for (const [i, id] of ['web:a', 'telegram:200300', 'whatsapp:5218711234567'].entries())
    await server.store.saveSummary(
      summary({
        conversationId: id,
        firstAt: Date.parse(`2026-11-0${i + 2}T18:00:00Z`),
        lastAt: Date.parse(`2026-11-0${i + 2}T18:10:00Z`),
        topics: ['apostille'],
      }),
    );
  for (const { day, counts } of await server.store.activity('2026-01-01', '2026-12-31')) {
    const month = Number(day.slice(5, 7)) - 1;
    for (const [key, n] of Object.entries(counts)) {
      if (key.startsWith('served=')) expected.served[month] = (expected.served[month] ?? 0) + n;
      if (key === 'people') expected.people[month] = (expected.people[month] ?? 0) + n;
    }
  }
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/** The report table's rows as [heading, ...numbers], body and foot. */
const reportRows = (page: Page, part: 'tbody' | 'tfoot') =>
  page.locator(`table.report ${part} tr:not(.group)`).evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('th')?.firstChild?.textContent ?? '',
      numbers: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
    })),
  );

async function fitsTheScreen(page: Page, width: number, where: string) {
  const measured = await widths(page);
  expect(measured.wide, `${where}: wider than ${measured.screen}px`).toEqual([]);
  expect(measured.page, where).toBeLessThanOrEqual(width);
}

describe('the exports in Chromium', () => {
  for (const [name, viewport] of SIZES) {
    it(`offers the downloads and shows the yearly report at ${name} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      // The other pages are in the header's menu.
      await page.locator('#menu summary').click();
      await page.getByRole('link', { name: 'Exportar datos' }).click();
      await page.waitForURL(`${served.base}/staff/export`);
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Exportar datos');
      // The conversations' period starts with this month; the report's CSV for this year and the last.
      expect(await page.getByLabel('Desde').inputValue()).toBe('2026-11-01');
      expect(await page.getByLabel('Hasta').inputValue()).toBe('2026-11-22');
      expect(await page.getByLabel('Año').inputValue()).toBe('2026');
      expect(
        await page
          .locator('a[href^="/staff/export/report-"]')
          .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])),
      ).toEqual([
        ['2026', '/staff/export/report-2026.csv'],
        ['2025', '/staff/export/report-2025.csv'],
      ]);
      await page.getByText('Qué tiene cada columna').click();
      expect(await page.locator('section.export dl dt').count()).toBeGreaterThan(5);
      await fitsTheScreen(page, viewport.width, '/staff/export');

      if (name === 'desktop') {
        const [csv] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Descargar CSV' }).click(),
        ]);
        expect(csv.suggestedFilename()).toBe('conversations-2026-11-01-2026-11-22.csv');
        const [report] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: '2026', exact: true }).click(),
        ]);
        expect(report.suggestedFilename()).toBe('report-2026.csv');
      }

      await page.getByRole('button', { name: 'Ver para imprimir' }).click();
      await page.waitForURL(`${served.base}/staff/export/report?year=2026`);
      const table = page.locator('table.report');
      expect(await table.locator('caption').textContent()).toBe(
        'Personas atendidas por servicio y por mes, 2026',
      );
      expect(await table.locator('thead th').allTextContents()).toEqual([
        'Servicio (línea de acción)',
        ...'ene feb mar abr may jun jul ago sep oct nov dic'.split(' '),
        'Total',
      ]);
      const body = await reportRows(page, 'tbody');
      expect(body.length).toBeGreaterThan(13);
      for (const row of body) {
        expect(row.numbers, row.name).toHaveLength(13);
        expect(row.numbers[12], row.name).toBe(sum(row.numbers.slice(0, 12)));
      }
      const [total, people] = await reportRows(page, 'tfoot');
      expect(total?.name).toBe('Total de atenciones');
      expect(total?.numbers).toEqual([...expected.served, sum(expected.served)]);
      expect(total?.numbers.slice(0, 12)).toEqual(
        Array.from({ length: 12 }, (_, m) => sum(body.map((row) => row.numbers[m] ?? 0))),
      );
      expect(people?.name).toBe('Personas que escribieron');
      expect(people?.numbers).toEqual([...expected.people, sum(expected.people)]);
      expect(expected.served[0]).toBeGreaterThan(1000);
      expect(expected.served[11]).toBe(0);

      // The table scrolls sideways in its own box on a phone; the page itself does not.
      await fitsTheScreen(page, viewport.width, '/staff/export/report');
      if (name === 'phone') {
        const box = await page
          .locator('div.wide')
          .evaluate((div) => ({ client: div.clientWidth, scroll: div.scrollWidth }));
        expect(box.client).toBeLessThanOrEqual(viewport.width);
        expect(box.scroll).toBeGreaterThan(box.client);
      } else {
        await shoot(page, 'export-report-desktop.png', { fullPage: true });
      }

      // On paper: no inbox header, no links, the table whole.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header').isVisible()).toBe(false);
      expect(await page.locator('p.noprint').isVisible()).toBe(false);
      expect(await table.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
