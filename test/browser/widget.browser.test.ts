/**
 * widget.js in Chromium, without PUBLIC_URL: a page elsewhere (here about:blank) loads it with
 * `<script src>`, and the frame it adds shows the chat at the address the script came from,
 * which the browser knows from the tag, not from anything a request said.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';

const session = browserSession();

describe('widget.js in a browser', () => {
  it('frames the chat at the address the script was loaded from', { timeout: 30_000 }, async () => {
    const page = await (await session.browser.newContext()).newPage();
    await page.setContent(`<!doctype html><body><script src="${session.base}/widget.js"></script></body>`);
    const frame = page.locator('iframe[title="Enlace"]');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toBe(`${session.base}/`);
  });
});
