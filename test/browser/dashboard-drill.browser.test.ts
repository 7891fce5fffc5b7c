/**
 * The dashboard's drill-down in Chromium, at a phone's size and a desktop's: an admin opens
 * the last 90 days' figures (200 days of generated counters and a dozen conversation
 * summaries), clicks the asylum topic's figure and lands on the list of its conversations,
 * each line linking to its transcript, with its flags; the page fits the screen's width and
 * the CSP refuses nothing. Screenshots: docs/dashboard-drill-phone.png and -desktop.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDays } from '../../src/bench/dashboard-bench.ts';
import type { ConversationSummary } from '../../src/core/ports/activity-store.ts';
import { dashboardServer, NOW } from '../http/dashboard-app.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { SIZES, signIn, watchedPage, widths } from './staff-pages.ts';

const HOUR = 3_600_000;
/** Twelve asylum conversations over the last days, with every kind of flag a line can show, and one about something else. */
const SUMMARIES: ConversationSummary[] = [
  ...Array.from({ length: 12 }, (_, i): ConversationSummary => {
    const lastAt = NOW - (i + 1) * 7 * HOUR;
    return {
      // As the channels name them: a phone number, a chat number, a browser's UUID.
      conversationId: [
        `whatsapp:52187112345${60 + i}`,
        `telegram:1002003${i}`,
        `web:3f1c9a4e-8b2d-4c71-9e05-6a7d2b8c1f${10 + i}`,
      ][i % 3] as string,
      channel: ['whatsapp', 'telegram', 'web'][i % 3] ?? 'web',
      lang: (['es', 'ht', 'en'] as const)[i % 3] ?? 'es',
      firstAt: lastAt - 25 * 60_000,
      lastAt,
      turns: 2 + (i % 6),
      topics: i % 2 ? ['asylum', 'mx_status', 'deportee_support'] : ['asylum'],
      facets: ['asylum.requirements'],
      missed: i % 4 === 1 ? 2 : 0,
      notHelped: i % 5 === 2 ? 1 : 0,
      danger: i === 0 ? 'emergency' : i === 3 ? 'possible' : 'none',
      ...(i % 3 === 0 ? { handoffAt: lastAt - 20 * 60_000, urgent: i === 0, firstResponseMs: 90_000 } : {}),
      ...(i === 3 ? { resolutionMs: 2 * HOUR, rating: 'notHelped' as const } : {}),
      ...(i === 6 ? { resolutionMs: HOUR, rating: 'helped' as const } : {}),
      ...(i % 3 === 0 ? { folios: [`ACD-${3467 + i}`] } : {}),
    };
  }),
  {
    conversationId: 'web:other',
    channel: 'web',
    lang: 'es',
    firstAt: NOW - 30 * HOUR,
    lastAt: NOW - 29 * HOUR,
    turns: 3,
    topics: ['apostille'],
    facets: [],
    missed: 0,
    notHelped: 0,
    danger: 'none',
  },
];

let browser: Browser;
let served: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  const server = await dashboardServer();
  await fillDays(server.store, '2026-11-22', 200, 60);
  for (const summary of SUMMARIES) await server.store.saveSummary(summary);
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the drill-down in Chromium', () => {
  for (const [name, viewport] of SIZES) {
    it(`lists a figure's conversations, reached from the dashboard, at ${name} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      await page.goto(`${served.base}/staff/dashboard?period=90`);
      await page.getByRole('link', { name: 'Refugio en México (COMAR)' }).first().click();
      await page.waitForURL(/\/staff\/dashboard\/conversations\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get('filter')).toBe('topic:asylum');
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
        'Conversaciones detrás de una cifra',
      );

      // One line a conversation of the figure's, newest first, each opening its transcript.
      const lines = page.locator('ul.list li');
      expect(await lines.count()).toBe(12);
      const links = await page
        .locator('ul.list li a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      // Named by their cases' folios (or "Sin folio"), never by the id, a phone number on WhatsApp.
      expect(links[0]).toEqual(['ACD-3467', '/staff/c/whatsapp%3A5218711234560']);
      expect(links[1]).toEqual(['Sin folio', '/staff/c/telegram%3A10020031']);
      expect(await page.locator('ul.list').textContent()).not.toMatch(/5218711234|10020031|3f1c9a4e/);
      expect(links.map(([, href]) => href)).not.toContain('/staff/c/web%3Aother');
      // The emergency stands out, its flags are written out.
      expect(await lines.first().getAttribute('class')).toBe('urgent');
      expect(await lines.first().evaluate((li) => getComputedStyle(li).borderLeftColor)).toBe(
        'rgb(207, 34, 46)',
      );
      expect(await lines.first().locator('strong').textContent()).toMatch(/emergencia/i);

      const measured = await widths(page);
      expect(measured.wide, `wider than ${measured.screen}px`).toEqual([]);
      expect(measured.page).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `dashboard-drill-${name}.png`, { fullPage: true });

      // Back to the figures of the same days.
      await page.getByRole('link', { name: '← Panel' }).first().click();
      await page.waitForURL(/\/staff\/dashboard\?from=/);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
