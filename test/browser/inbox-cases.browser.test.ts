/**
 * The inbox's cases in a real browser (Debian's Chromium via playwright-core), at a phone's
 * size (390×844) and a desktop's (1280×800), on cases the engine opened: a remains form from
 * the web chat, a person who asked for staff with a long pasted link, one in English and one
 * on a second channel. The list and the case page fit the screen's width (no sideways
 * scroll), rows show topic and summary, the search box and a filter work from the form, and
 * the status form changes the case and tells the person; login, canned replies, accounts and
 * the audit log fit a phone too, all within the Content-Security-Policy. Screenshots:
 * docs/inbox-list-{phone,desktop}.png and docs/inbox-case-{phone,desktop}.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { REMAINS_FORM } from '../http/inbox-cases-app.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { personWrites, testServer } from '../support/server.ts';
import { signIn, watchedPage, widths } from './staff-pages.ts';

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;
const SECOND: Channel = { name: 'telegram', choices: 'buttons' };
const LINK = `https://consulado.example.org/citas/${'a1b2c3d4'.repeat(12)}`;
const STATUSES = { phone: 'En trámite', desktop: 'Canalizado a otra oficina' } as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof testServer>>;
let served: Awaited<ReturnType<typeof serveApp>>;
let remains = '';

const say = (channel: string, chatId: string, texts: readonly string[]) =>
  personWrites(server, channel, chatId, texts);

beforeAll(async () => {
  server = await testServer({ channels: [SECOND] });
  server.clock.time = Date.UTC(2026, 10, 22, 20, 5);
  remains = await say('web', '3f9c2a7e-5b1d-4c8e-9a6f-0d2b4e6c8a1f', REMAINS_FORM);
  await say('web', '8d1e4b6a-2c7f-4e9b-b3a5-6f0c1d2e3a4b', [
    'perdí mi pasaporte en Chicago y necesito hablar con una persona del instituto, por favor, lo antes posible',
    `aquí está la cita que me dieron: ${LINK}`,
  ]);
  await say('web', 'c4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70', ['I lost my passport in Chicago', 'yes']);
  await say('telegram', '5215550001234', ['humano']);
  server.clock.time += 12 * 60_000;
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the inbox cases in Chromium', () => {
  for (const [name, viewport] of SIZES) {
    it(`lists, searches, filters and changes a case's status at ${name} size, fitting the screen`, {
      timeout: 90_000,
    }, async () => {
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      await page.goto(`${served.base}/staff?f=open`);
      const rows = page.locator('ul.cases li.case');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });
      const row = rows.filter({ hasText: 'Ramón Gil Ortega' });
      expect(await row.locator('.head a').textContent()).toBe(
        'Traer a un familiar que falleció en el extranjero',
      );
      expect(await row.locator('.summary').textContent()).toBe('Ramón Gil Ortega · Phoenix, Arizona');
      // A long summary stays on one line (cut with an ellipsis by the CSS), never wider than the row.
      const long = rows.filter({ hasText: 'perdí mi pasaporte' }).locator('.summary');
      const measure = () =>
        long.evaluate((el) => ({
          height: el.clientHeight,
          lineHeight: Number.parseFloat(getComputedStyle(el).lineHeight),
        }));
      // Laid out with its stylesheet first: a loaded CI machine measured it before (height 0, line height "normal").
      await expect
        .poll(async () => {
          const laid = await measure();
          return laid.height > 0 && Number.isFinite(laid.lineHeight);
        })
        .toBe(true);
      const box = await measure();
      expect(box.height).toBeLessThan(box.lineHeight * 1.5);
      await shoot(page, `inbox-list-${name}.png`, { fullPage: true });

      // The search box: the folio typed loosely finds the one case.
      const folio = (await server.store.getTicket(remains))?.folio ?? '';
      await page.getByLabel('Buscar').fill(folio.toLowerCase().replace('-', ''));
      await page.getByRole('button', { name: 'Buscar' }).click();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().locator('.folio').textContent()).toBe(folio);
      expect(await page.getByLabel('Buscar').inputValue()).toBe(folio.toLowerCase().replace('-', ''));

      // A filter from its select, after clearing the search: the English case only.
      await page.getByRole('link', { name: 'Quitar filtros' }).click();
      await expect.poll(() => rows.count()).toBe(4);
      await page.locator('#filters summary').click();
      // Chosen, it applies at once (no "Buscar" to press).
      await page.getByLabel('Idioma').selectOption('en');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().locator('.head a').textContent()).toBe('Visa o pasaporte de EE. UU.');
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });

      // The case page, then its status form.
      await page.goto(`${served.base}/staff/c/${encodeURIComponent(remains)}`);
      expect(await page.locator('h2.case-title .folio').textContent()).toBe(folio);
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });
      const status = STATUSES[name];
      const pane = page.locator('#case-pane');
      await pane.getByText('Estado del caso', { exact: true }).click();
      await pane.locator('#status-select').selectOption({ label: status });
      await pane.getByLabel(/^Mensaje que recibirá la familia/).fill(`Seguimos con su caso (${name}).`);
      await pane.getByRole('button', { name: 'Cambiar estado y avisar a la persona' }).click();
      // It asks first, with the family's message.
      const question = page.locator('dialog#confirm');
      await expect
        .poll(() => question.locator('blockquote').textContent())
        .toContain(`Seguimos con su caso (${name}).`);
      await question.getByRole('button', { name: 'Cambiar el estado y enviar el mensaje' }).click();
      await expect.poll(() => page.locator('dl.facts .status').textContent()).toBe(status);
      await expect
        .poll(() => page.locator('ol.transcript li.bot').allTextContents())
        .toContainEqual(expect.stringContaining(`Seguimos con su caso (${name}).`));
      expect(await page.locator('ol.history li').first().textContent()).toContain(
        `cambió el estado a «${status}»`,
      );
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });
      // The phone's picture: the case's top (folio, facts, answers, status form, history); the transcript runs on for screens.
      await shoot(page, `inbox-case-${name}.png`, {
        fullPage: true,
        clip: { x: 0, y: 0, width: viewport.width, height: name === 'phone' ? 1900 : 1500 },
      });

      // The case with the long pasted link: the link breaks instead of widening the page.
      await page.goto(`${served.base}/staff?f=open&q=pasaporte`);
      await rows.first().locator('.head a').click();
      await expect.poll(() => page.locator('ol.transcript').textContent()).toContain(LINK);
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('fits the other staff pages on a phone: login, canned replies, accounts, audit, the closed list', {
    timeout: 60_000,
  }, async () => {
    const { page, errors, violations, close } = await watchedPage(browser, SIZES[0][1]);
    await page.goto(`${served.base}/staff/login`);
    const seen: Record<string, Awaited<ReturnType<typeof widths>>> = { login: await widths(page) };
    await signIn(page, served.base);
    for (const path of ['/staff', '/staff?f=closed', '/staff/canned', '/staff/accounts', '/staff/audit']) {
      await page.goto(`${served.base}${path}`);
      seen[path] = await widths(page);
    }
    for (const [path, measured] of Object.entries(seen))
      expect(measured, path).toEqual({ page: 390, screen: 390, wide: [] });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
