/**
 * The translation review page in a real browser (Debian's Chromium via playwright-core): an
 * admin signs in, follows the inbox's link to /staff/reviews, reads the counts per language,
 * finds the Kreyòl entry whose Spanish changed since its review, opens the list of texts
 * nobody has reviewed, and sees the command that exports them. Screenshot: docs/content-review.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEWER, reviewedCopy, reviewServer } from '../http/content-review-app.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { STAFF_PASSWORD } from '../support/server.ts';

let served: Awaited<ReturnType<typeof serveApp>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  served = await serveApp((await reviewServer(await reviewedCopy())).app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('translation review page', () => {
  it('shows an admin what awaits review per language and how to export it', { timeout: 60_000 }, async () => {
    const page = await (
      await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'es-MX' })
    ).newPage();
    await page.goto(`${served.base}/staff`);
    await page.getByLabel('Usuario').fill('ana');
    await page.getByLabel('Contraseña').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.locator('#menu summary').click();
    await page.getByRole('link', { name: 'Revisión de traducciones' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Revisión de traducciones');

    const kreyol = page.locator('tr[data-lang="ht"] td');
    expect(await kreyol.allTextContents()).toEqual(expect.arrayContaining(['1', '19']));
    await expect.poll(() => page.locator('tr[data-lang="ht"] td.needs').textContent()).toBe('1');
    expect(
      await page.locator('tr[data-lang="ht"] td.needs').evaluate((td) => getComputedStyle(td).fontWeight),
    ).toBe('700');

    const changed = page.locator('#lang-ht ul.needs-review li');
    expect(await changed.allTextContents()).toEqual([
      `topics/asylum/ht.md · revisado por ${REVIEWER} el 2026-11-20`,
    ]);
    // The machine texts are folded away until asked for.
    const topics = page.locator('#lang-ht details').first();
    expect(await topics.locator('li').first().isVisible()).toBe(false);
    await topics.locator('summary').click();
    await expect.poll(() => topics.locator('li').first().isVisible()).toBe(true);
    expect(await topics.locator('li').allTextContents()).not.toContain('topics/apostille/ht.md');
    expect(await page.locator('#lang-ht pre').textContent()).toBe('npm run content:export -- --lang ht');

    await topics.locator('summary').click();
    await shoot(page, 'content-review.png', { fullPage: true });
  });
});
