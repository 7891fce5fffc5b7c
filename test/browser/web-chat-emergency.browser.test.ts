/**
 * The emergency reply in the web chat, in Chromium on a phone (390×844): it stands apart from
 * every other answer (its own style and an "Emergencia" label, kept after a reload), and the
 * office's emergency lines it names (911, 089, the anti-trafficking line) are tap-to-call
 * links whose numbers are the very ones in the reply's text; an ordinary answer has neither.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';

const session = browserSession();
const PHONE = { width: 390, height: 844 };

async function write(page: Page, text: string) {
  const before = await page.locator('.msg.bot').count();
  await page.getByRole('textbox').fill(text);
  await page.getByRole('textbox').press('Enter');
  await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(before);
}

/** Each tel: link of a message: its number as shown, where it calls, and whether the text around has it. */
const calls = (message: Locator) =>
  message
    .locator('a.tel')
    .evaluateAll((links) =>
      links.map((a) => ({ shown: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );

const look = (bubble: Locator) =>
  bubble.evaluate((p) => {
    const s = getComputedStyle(p);
    return `${s.backgroundColor} ${s.borderLeftWidth} ${s.borderLeftColor}`;
  });

describe('the emergency reply in the web chat', () => {
  it('stands out, with the lines it names as tap-to-call links taken from its text', {
    timeout: 90_000,
  }, async () => {
    const page = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${session.base}/?lang=es`);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await write(page, 'quiero apostillar el acta de nacimiento de mi hijo');
    // By position: "last" would follow the newer messages.
    const ordinary = page.locator('.msg.bot').nth((await page.locator('.msg.bot').count()) - 1);
    expect(await ordinary.getAttribute('class')).not.toContain('emergency');
    expect(await ordinary.locator('a.tel').count()).toBe(0);

    await write(page, 'me tienen secuestrado y piden dinero a mi familia');
    const urgent = page.locator('.msg.bot.emergency');
    await expect.poll(() => urgent.count()).toBeGreaterThan(0);
    expect(await urgent.first().locator('.who').textContent()).toBe('Enlace · Emergencia');
    expect(await look(urgent.first().locator('p'))).not.toBe(await look(ordinary.locator('p')));

    const all = (await Promise.all((await urgent.all()).map(calls))).flat();
    expect(all.map((c) => c.href)).toEqual(expect.arrayContaining(['tel:911', 'tel:089']));
    for (const message of await urgent.all()) {
      const text = (await message.locator('p').textContent()) ?? '';
      for (const call of await calls(message)) {
        // Never a number the reply does not say: the link is the reply's own words.
        expect(text).toContain(call.shown);
        expect(call.href).toBe(`tel:${call.shown.replace(/\D/g, '')}`);
      }
    }

    // The anti-trafficking line, as another person's reply names it.
    const other = await (await session.browser.newContext({ viewport: PHONE })).newPage();
    await other.goto(`${session.base}/?lang=es`);
    await expect.poll(() => other.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await write(other, 'me obligan a trabajar y no me dejan salir de la casa');
    const trafficking = other.locator('.msg.bot.emergency a.tel[href="tel:8005533000"]');
    await expect.poll(() => trafficking.count()).toBeGreaterThan(0);
    expect(await trafficking.first().textContent()).toBe('800 5533 000');

    // Back later: the emergency reply is still set apart, its lines still links.
    const marked = await urgent.count();
    await page.reload();
    await expect.poll(() => page.locator('.msg.bot.emergency').count()).toBe(marked);
    expect(await page.locator('.msg.bot.emergency a.tel[href="tel:911"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.msg.person a.tel').count()).toBe(0);
  });
});
