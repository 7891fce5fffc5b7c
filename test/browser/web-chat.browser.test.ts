/**
 * The web chat in a real browser: Debian's Chromium driven by playwright-core, against the
 * app served by @hono/node-server on 127.0.0.1. A person reads the welcome, taps a button,
 * types a question, reloads and finds the conversation still there. Skipped nowhere: CI
 * installs Chromium; without /usr/bin/chromium the test fails with what to install.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';

const session = browserSession();

describe('web chat in a browser', () => {
  it('welcomes, follows a button, answers a question, and survives a reload', {
    timeout: 60_000,
  }, async () => {
    const page = await (
      await session.browser.newContext({ viewport: { width: 390, height: 800 } })
    ).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.msg.bot').first().textContent()).toContain('BORRAR');

    await page.getByRole('button', { name: /Apostilla/ }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/apostill/i);

    await page.getByRole('textbox').fill('<script>window.pwned=1</script> mi papá murió en texas');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toMatch(/restos|falleci|pérdida/i);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.msg.person').last().textContent()).toContain('<script>');

    await page.screenshot({ path: 'docs/web-chat.png' });
    const before = await page.locator('.msg').count();
    await page.reload();
    await expect.poll(() => page.locator('.msg').count()).toBe(before);
  });
});
