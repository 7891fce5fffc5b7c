/**
 * Every staff page and the web chat, checked by axe-core (test/browser/axe.ts: WCAG 2.0–2.2,
 * A and AA) in Chromium at 1366×768 and 390×844, with what each shows in use: the desk with a
 * list and an open case, its keyboard overlay and its closing question, an urgent case, the
 * closed list, a search in every folder, "All open" with a chat closed while its case is open, a
 * transfer told in place, a refusal (a page of its own), canned replies, accounts, the audit log, the dashboard and a drill-down, what
 * the assistant did not understand, the exports and the yearly report, the translations'
 * review, the WhatsApp page while pairing, sign-in; the web chat with a conversation and its
 * buttons, and after an emergency. None may have a violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPageSource } from '../../src/knowledge/review-check.node.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { improveServer } from '../support/improve-server.ts';
import { personSays } from '../support/server.ts';
import { axeViolations } from './axe.ts';
import { signIn, watchedPage } from './staff-pages.ts';

const SIZES = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof improveServer>>;
let served: Awaited<ReturnType<typeof serveApp>>;
const ids = { open: '', urgent: '', closed: '' };

async function writes(chatId: string, texts: readonly string[]) {
  for (const text of texts) await personSays(server, chatId, text);
  return `web:${chatId}`;
}

beforeAll(async () => {
  server = await improveServer({
    whatsapp: {
      status: () => ({ state: 'pairing', since: Date.UTC(2026, 10, 22, 10), qr: '2@abc,def' }),
      qrSvg: async () =>
        '<svg viewBox="0 0 10 10" role="img" aria-label="QR"><rect width="10" height="10"/></svg>',
    },
    inbox: {
      reviews: reviewPageSource({ knowledge: 'knowledge', locales: 'locales' }),
      office: {
        name: { es: 'IAPMF Durango', en: 'IAPMF Durango', ht: 'IAPMF Durango' },
        timeZone: 'America/Monterrey',
      },
    },
  });
  ids.open = await writes('axe-open', [
    'mi hermano está detenido en El Paso',
    'quiero hablar con una persona',
  ]);
  ids.urgent = await writes('axe-urgent', ['me tienen secuestrada en una casa en reynosa, ayuda']);
  ids.closed = await writes('axe-closed', ['perdí mi pasaporte en Chicago, necesito hablar con una persona']);
  await server.engine.staff.take(ids.open, 'ana');
  await server.engine.staff.reply(ids.open, 'ana', 'Hola, soy Ana del Instituto.');
  await server.engine.staff.close(ids.closed, 'ana');
  // Something the assistant did not understand, for /staff/improve.
  await writes('axe-unclear', ['zzz qwerty blorp']);
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  await server?.remove();
});

/** Each page: its path (or what is done on the page before), and what to do on it before checking. */
const staffPages = (): Array<[string, (page: Page) => Promise<void>]> => [
  ['/staff', async () => {}],
  ['/staff?f=closed', async () => {}],
  [`/staff/c/${encodeURIComponent(ids.open)}`, async () => {}],
  ['(the keyboard overlay)', async (page) => void (await page.keyboard.press('?'))],
  [
    '(the closing question)',
    async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('x');
      await page.locator('dialog#confirm[open]').waitFor();
    },
  ],
  [`/staff/c/${encodeURIComponent(ids.urgent)}`, async () => {}],
  [`/staff/c/${encodeURIComponent(ids.closed)}`, async () => {}],
  // A search in every folder; a chat closed with its case open, in "All open"; a transfer told; a refusal.
  ['/staff?q=chicago', async () => {}],
  ['/staff?f=open', async () => {}],
  [`/staff/c/${encodeURIComponent(ids.open)}?done=transferred`, async () => {}],
  ['/staff/c/web%3Anobody-here', async () => {}],
  ['/staff/canned', async () => {}],
  ['/staff/accounts', async () => {}],
  ['/staff/audit', async () => {}],
  ['/staff/dashboard', async () => {}],
  ['/staff/dashboard/conversations?from=2026-01-01&to=2026-12-31&filter=all', async () => {}],
  ['/staff/improve', async () => {}],
  ['/staff/export', async () => {}],
  ['/staff/export/report?year=2026', async () => {}],
  ['/staff/reviews', async () => {}],
  ['/staff/whatsapp', async () => {}],
];

describe('axe-core finds nothing', () => {
  for (const [size, viewport] of SIZES) {
    it(`on every staff page, at ${size} size`, { timeout: 180_000 }, async () => {
      const { page, errors, close } = await watchedPage(browser, viewport);
      await page.goto(`${served.base}/staff/login`);
      const found: Record<string, string[]> = { '/staff/login': await axeViolations(page) };
      await signIn(page, served.base);
      for (const [path, before] of staffPages()) {
        if (path.startsWith('/')) await page.goto(`${served.base}${path}`);
        await before(page);
        found[path] = await axeViolations(page);
      }
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
      // The refusal page's own 404 is the one error the console has.
      expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
      await close();
    });

    it(`on the web chat in use, at ${size} size`, { timeout: 120_000 }, async () => {
      const { page, errors, close } = await watchedPage(browser, viewport);
      await page.goto(`${served.base}/?lang=es`);
      await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
      const found: Record<string, string[]> = { opened: await axeViolations(page) };
      await page.getByRole('textbox').fill('¿cómo saco la doble nacionalidad para mi hijo?');
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(3);
      found.answered = await axeViolations(page);
      await page.getByRole('textbox').fill('me están extorsionando por teléfono, dicen que tienen a mi hijo');
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect.poll(() => page.locator('.msg.emergency').count()).toBeGreaterThanOrEqual(1);
      found.emergency = await axeViolations(page);
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
      expect(errors).toEqual([]);
      await close();
    });
  }
});
