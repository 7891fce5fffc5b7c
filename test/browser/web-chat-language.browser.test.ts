/**
 * The web chat's language switch in a real browser (Chromium, playwright-core, 390×844): a
 * person who wrote in Spanish taps "Kreyòl" in the header, and the conversation itself
 * switches: its next lines, buttons and menu come in Kreyòl (the same menu a chat started in
 * Kreyòl shows), the page's own words (title, form, "who" labels) follow, and every message
 * element carries the language it is written in, before and after a reload. Kreyòl typed on
 * the Spanish page brings the page along too.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';

const session = browserSession();
const PHONE = { width: 390, height: 844 };
const ht = JSON.parse(readFileSync('locales/ht/common.json', 'utf8'));
const es = JSON.parse(readFileSync('locales/es/common.json', 'utf8'));

const labels = (page: Page) => page.locator('.choices button').allTextContents();
const langs = (page: Page) =>
  page.locator('.msg').evaluateAll((items) => items.map((i) => i.getAttribute('lang') ?? ''));
const lastBot = (page: Page) => page.locator('.msg.bot').last();

/** A new chat opened in a language: its menu's buttons, the oracle for "the menu in that language". */
async function freshMenu(browser: Browser, base: string, lang: string): Promise<string[]> {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await page.goto(`${base}/?lang=${lang}`);
  await expect.poll(() => page.locator('.choices button').count()).toBeGreaterThan(3);
  const shown = await labels(page);
  await page.context().close();
  return shown;
}

async function write(page: Page, text: string) {
  const before = await page.locator('.msg.bot').count();
  await page.getByRole('textbox').fill(text);
  await page.getByRole('textbox').press('Enter');
  await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(before);
}

describe('web chat language switch', () => {
  it('a tap on Kreyòl after Spanish messages switches the buttons, the menu and the lines', {
    timeout: 90_000,
  }, async () => {
    const kreyolMenu = await freshMenu(session.browser, session.base, 'ht');
    const spanishMenu = await freshMenu(session.browser, session.base, 'es');
    expect(kreyolMenu).not.toEqual(spanishMenu);

    const page = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => labels(page)).toEqual(spanishMenu);
    await write(page, 'quiero apostillar el acta de nacimiento de mi hijo');
    await expect.poll(() => lastBot(page).textContent()).toMatch(/apostill/i);
    const spanishLines = await page.locator('.msg').count();

    await page.getByRole('link', { name: 'Kreyòl' }).click();
    // The conversation says it switched, in Kreyòl, and its menu is the Kreyòl one.
    await expect
      .poll(() => page.locator('.msg.bot').allTextContents())
      .toContainEqual(expect.stringContaining(ht.language.changed));
    await expect.poll(() => labels(page)).toEqual(kreyolMenu);
    expect(page.url(), 'switched in place, not by loading another page').toMatch(/lang=ht$/);
    expect(await page.locator('.msg').count()).toBeGreaterThan(spanishLines);

    // The page's own words follow: the document's language, the title, the form, the labels.
    expect(await page.locator('html').getAttribute('lang')).toBe('ht');
    expect(await page.getByRole('textbox').getAttribute('placeholder')).toBe(ht.web.placeholder);
    expect(await page.locator('form button').textContent()).toBe(ht.web.send);
    expect(await page.locator('nav a[aria-current]').textContent()).toBe('Kreyòl');

    // "Menú", the Spanish command, now brings the Kreyòl menu, not the Spanish one.
    await write(page, 'menú');
    await expect.poll(() => labels(page)).toEqual(kreyolMenu);
    expect(await page.locator('.msg.person .who').last().textContent()).toBe(ht.web.you);
    expect(await page.locator('.msg.person .who').first().textContent()).toBe(es.web.you);

    // Every message says its language: Spanish before the tap, Kreyòl after.
    const marked = await langs(page);
    expect(marked.every((l) => ['es', 'en', 'ht'].includes(l))).toBe(true);
    expect(marked.slice(0, spanishLines).every((l) => l === 'es')).toBe(true);
    expect(await page.locator('.msg.bot').last().getAttribute('lang')).toBe('ht');

    // A reload brings the conversation back in Kreyòl, each message still marked.
    await page.goto(`${session.base}/`);
    await expect.poll(() => page.locator('.msg').count()).toBe(marked.length);
    expect(await langs(page)).toEqual(marked);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ht');
    expect(await labels(page)).toEqual(kreyolMenu);
  });

  it('Kreyòl typed on the Spanish page gets Kreyòl answers in a Kreyòl page, marked as Kreyòl', {
    timeout: 60_000,
  }, async () => {
    const page = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await write(page, 'mwen vle konnen ki jan pou m jwenn batistè pitit mwen ki fèt Ozetazini');
    expect(await page.locator('.msg.person').last().getAttribute('lang')).toBe('ht');
    expect(await lastBot(page).getAttribute('lang')).toBe('ht');
    expect(await page.locator('html').getAttribute('lang')).toBe('ht');
    expect(await page.getByRole('textbox').getAttribute('placeholder')).toBe(ht.web.placeholder);
  });
});
