/**
 * The dashboard in a real browser (Debian's Chromium via playwright-core), at a phone's size
 * (390×844) and a desktop's (1280×900), on 200 days of generated counters (the benchmark's
 * generator): an admin signs in and opens the last 90 days; the four charts are drawn (SVG
 * with visible columns and bars), a table sits under each, the page fits the screen's width,
 * a figure's link leads to its conversations, and the Content-Security-Policy refuses
 * nothing. Screenshots: docs/dashboard-phone.png and docs/dashboard-desktop.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDays } from '../../src/bench/dashboard-bench.ts';
import { dashboardServer } from '../http/dashboard-app.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { signIn, watchedPage } from './staff-pages.ts';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  const server = await dashboardServer();
  await fillDays(server.store, '2026-11-22', 200, 60);
  await server.store.saveSummary({
    conversationId: 'telegram:100200300',
    channel: 'telegram',
    lang: 'ht',
    firstAt: Date.parse('2026-11-21T15:00:00Z'),
    lastAt: Date.parse('2026-11-21T15:20:00Z'),
    turns: 4,
    topics: ['asylum'],
    facets: [],
    missed: 1,
    notHelped: 0,
    danger: 'none',
    folios: ['KTP-4763'],
  });
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Each chart's drawn size and how many of its columns or bars have a visible area. */
const charts = (page: Page) =>
  page.locator('svg.chart').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const shapes = [...svg.querySelectorAll('rect')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.width > 0 && b.height > 0;
      });
      const table = svg.closest('.card')?.querySelector('table');
      return { width: box.width, height: box.height, shapes: shapes.length, table: Boolean(table) };
    }),
  );

describe('the dashboard in Chromium', () => {
  for (const [name, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`draws its charts with their tables at ${name} size, within the CSP`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      await page.goto(`${served.base}/staff/dashboard?period=90`);
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Panel de la oficina');

      const drawn = await charts(page);
      expect(drawn).toHaveLength(4);
      for (const chart of drawn) {
        expect(chart.width).toBeGreaterThan(250);
        expect(chart.height).toBeGreaterThan(50);
        expect(chart.shapes).toBeGreaterThan(3);
        expect(chart.table).toBe(true);
      }
      // The chart sheet's colors apply (a hashed style block): a column is filled, not black.
      expect(
        await page
          .locator('svg.chart rect.s0')
          .first()
          .evaluate((r) => getComputedStyle(r).fill),
      ).toBe('rgb(0, 114, 178)');
      // Nothing wider than the screen but the tables' own scrolling boxes.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );

      // The phone's picture: the summary and the first chart (the whole page is many screens long).
      await shoot(page, `dashboard-${name}.png`, {
        fullPage: true,
        ...(name === 'phone' ? { clip: { x: 0, y: 0, width: viewport.width, height: 1800 } } : {}),
      });
      if (name === 'desktop') {
        await page.getByRole('link', { name: 'Refugio en México (COMAR)' }).first().click();
        await expect
          .poll(() => page.locator('ul.list li a').first().getAttribute('href'))
          .toBe('/staff/c/telegram%3A100200300');
        expect(await page.locator('ul.list li a').first().textContent()).toBe('KTP-4763');
      }
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
