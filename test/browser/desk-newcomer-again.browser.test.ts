/**
 * What a second newcomer tripped on at the desk, in Chromium (playwright-core) at 1366×768 and
 * 390×844, as an agent: a filter chosen applies at once (no "Buscar" to press), and a folio
 * typed then finds its case whatever the filter; the internal note's box is on screen beside
 * the reply's, labelled, without opening anything, and works by keyboard (n, Ctrl+Enter); a
 * status change asks first in place, showing the family's exact message, and is confirmed by
 * keyboard (s, Ctrl+Enter, Tab, Enter); the header's menu closes on Escape, a click outside
 * and a choice, and every page links home. Nothing loads the page again until a menu choice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';
import { personWrites } from '../support/server.ts';
import { signIn, watchedPage } from './staff-pages.ts';

const SIZES = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const;
const session = browserSession();

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const stayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
/** Whether the element is drawn (nothing folded or hidden around it) and wholly inside the screen. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const shown = el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
    return shown && box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
const menuOpen = (page: Page) => page.locator('#menu').evaluate((d: HTMLDetailsElement) => d.open);
const dialogOpen = (page: Page) => page.locator('dialog#confirm').evaluate((d: HTMLDialogElement) => d.open);

/** A person waiting in Spanish and one in Kreyòl, and luis (an agent) at the desk on a page of its own. */
async function desk(viewport: { width: number; height: number }, name: string) {
  const { server, browser } = session;
  const spanish = await personWrites(server, 'web', `again-es-${name}`, [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  const kreyol = await personWrites(server, 'web', `again-ht-${name}`, [
    'mwen pèdi paspò m nan Chicago, mwen vle pale ak yon moun nan biwo a',
  ]);
  const folio = (await server.store.getTicket(spanish))?.folio ?? '';
  const watched = await watchedPage(browser, viewport);
  await signIn(watched.page, session.base, 'luis');
  await watched.page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
  return { ...watched, server, spanish, kreyol, folio };
}

/** Opens the conversation from its row, and waits for its pane. */
async function open(page: Page, id: string) {
  await page.locator(`#list-pane li.case[data-id="${id}"] .head a`).click();
  await expect.poll(() => page.url()).toContain(`/staff/c/${encodeURIComponent(id)}`);
  await page.locator(`#desk[data-open="${id}"]`).waitFor();
}

describe('the desk after the second newcomer', () => {
  for (const [size, viewport] of SIZES) {
    it(`applies a filter as soon as it is chosen, and a folio finds its case past it, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close, spanish, kreyol, folio } = await desk(
        viewport,
        `filter-${size}`,
      );
      const rows = page.locator('#list-pane li.case[data-id]');
      const ids = () => rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
      await page.locator('#filters summary').click();
      await page.getByLabel('Idioma').selectOption('ht');
      // The list narrows by itself (both were listed before), the focus still on the filter.
      await expect
        .poll(async () => {
          const listed = await ids();
          return listed.includes(kreyol) && !listed.includes(spanish);
        })
        .toBe(true);
      await expect.poll(() => focused(page)).toBe('filter-lang');
      await page.getByLabel('Buscar', { exact: true }).fill(folio);
      await page.keyboard.press('Enter');
      await expect.poll(ids).toEqual([spanish]);
      expect(await page.locator('#list-pane').textContent()).toContain(
        'no se aplicaron los filtros (Idioma: kreyòl)',
      );
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it(`shows the note's box beside the reply's, labelled, and saves a note by keyboard, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close, server, spanish } = await desk(viewport, `note-${size}`);
      await open(page, spanish);
      expect(await onScreen(page, '#reply-text')).toBe(true);
      expect(await onScreen(page, '#note-text')).toBe(true);
      expect(await page.getByLabel('Nota interna (solo el equipo)').getAttribute('id')).toBe('note-text');
      await page.locator('#case-title').focus();
      await page.keyboard.press('n');
      expect(await focused(page)).toBe('note-text');
      await page.keyboard.type('Pedir copia del acta.');
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => page.locator('#case-pane ol.transcript li.note').textContent())
        .toContain('Pedir copia del acta.');
      expect((await server.store.getTranscript(spanish)).filter((l) => l.from === 'staff')).toEqual([]);
      expect(await focused(page)).toBe('note-text');
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it(`asks before a status change, with the family's message, confirmed by keyboard, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close, server, spanish, folio } = await desk(
        viewport,
        `status-${size}`,
      );
      await open(page, spanish);
      await page.locator('#case-title').focus();
      await page.keyboard.press('s');
      expect(await focused(page)).toBe('status-select');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ya pedimos el acta.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialogOpen(page)).toBe(true);
      const question = (await page.locator('dialog#confirm').textContent()) ?? '';
      expect(question).toContain(`Novedades de tu caso ${folio}: En trámite.`);
      expect(question).toContain('Mensaje del personal: Ya pedimos el acta.');
      expect((await server.store.casesOf(spanish)).at(-1)?.status).toBe('received');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await server.store.casesOf(spanish)).at(-1)?.status).toBe('inProgress');
      await expect
        .poll(() => page.locator('#case-pane .case-title .status').textContent())
        .toBe('En trámite');
      expect(await dialogOpen(page)).toBe(false);
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it(`closes the menu on Escape, a click outside and a choice, and links home, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close, spanish } = await desk(viewport, `menu-${size}`);
      await open(page, spanish);
      const menu = page.locator('#menu summary');
      await menu.click();
      expect(await menuOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await menuOpen(page)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('#menu') !== null)).toBe(true);
      await menu.click();
      await page.locator('#case-scroll').click({ position: { x: 5, y: 5 } });
      expect(await menuOpen(page)).toBe(false);
      await menu.click();
      await page.getByRole('link', { name: 'Tus sesiones' }).click();
      await page.waitForURL(`${session.base}/staff/accounts`);
      await page.goBack();
      await page.waitForURL(/\/staff\/c\//);
      expect(await menuOpen(page)).toBe(false);
      // Home, from the account page.
      await page.goto(`${session.base}/staff/accounts`);
      await page.getByRole('link', { name: 'Inicio: la bandeja' }).click();
      await page.waitForURL(`${session.base}/staff`);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
