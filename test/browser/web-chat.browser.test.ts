/**
 * The web chat in a real browser: Debian's Chromium driven by playwright-core, against the
 * app served by @hono/node-server on 127.0.0.1, on a phone-sized screen (390×844). A person
 * reads the welcome, finds the latest reply's buttons on screen, taps one, types a question,
 * gets a web address as a link that wraps inside its bubble, reloads and finds the
 * conversation still there. Skipped nowhere: without /usr/bin/chromium it fails with what to
 * install.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';

const session = browserSession();
const PHONE = { width: 390, height: 844 };

/** Every button of the latest reply lies inside the screen. */
async function buttonsOnScreen(page: Page) {
  const boxes = await page.locator('.choices button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
  }
}

describe('web chat in a browser, on a phone', () => {
  it('welcomes, shows the reply and its buttons on screen, links addresses, and survives a reload', {
    timeout: 60_000,
  }, async () => {
    const page = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    // The welcome is one message of its own; the menu comes after it.
    expect(await page.locator('.msg.bot').first().textContent()).toContain('BORRAR');
    expect(await page.locator('.msg.bot').first().textContent()).not.toMatch(/¿Con qué te ayudo/);
    await buttonsOnScreen(page);

    await page.getByRole('button', { name: /Apostilla/ }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/apostill/i);
    await buttonsOnScreen(page);

    await page.getByRole('textbox').fill('<script>window.pwned=1</script> mi papá murió en texas');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/restos|falleci|pérdida/i);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.msg.person').last().textContent()).toContain('<script>');
    await buttonsOnScreen(page);

    // A reply with a web address (the INM's page): a link, opened apart from this page, inside its bubble.
    await page.getByRole('textbox').fill('menu');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('button', { name: /Situación migratoria/ }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/INM/);
    await page.getByRole('textbox').fill('que documentos necesito?');
    await page.getByRole('button', { name: 'Enviar' }).click();
    const link = page.locator('.msg.bot').last().locator('a');
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.inm\.gob\.mx\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toBe(await link.getAttribute('href'));
    const bubble = page.locator('.msg.bot').last().locator('p');
    const fits = await bubble.evaluate((p) => p.scrollWidth <= p.clientWidth);
    expect(fits, 'a long address wraps inside its bubble').toBe(true);
    await buttonsOnScreen(page);

    await shoot(page, 'web-chat.png');
    const before = await page.locator('.msg').count();
    await page.reload();
    await expect.poll(() => page.locator('.msg').count()).toBe(before);
    await buttonsOnScreen(page);
  });

  it('makes links of addresses only, from text nodes: nothing a person writes becomes markup', {
    timeout: 30_000,
  }, async () => {
    const page = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await page
      .getByRole('textbox')
      .fill('mira https://example.org/a"><img src=x onerror=window.pwned=1>. y javascript:alert(1)');
    await page.getByRole('button', { name: 'Enviar' }).click();
    const mine = page.locator('.msg.person').last();
    await expect.poll(() => mine.locator('a').count()).toBe(1);
    expect(await mine.locator('img').count()).toBe(0);
    expect(await mine.locator('a').getAttribute('href')).toBe('https://example.org/a'); // stops at the quote
    expect(await mine.textContent()).toContain('javascript:alert(1)');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
