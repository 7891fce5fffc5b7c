/**
 * What a third newcomer tripped on at the desk, in Chromium (playwright-core) at 1366×768 and
 * 390×844: the list alone updates by itself, a new person's case showing as a row within a
 * second, with what they wrote; and a case whose live event never reached this server (queued
 * by another server sharing the store, or an event lost on the way) shows too, without a
 * reload, within the desk's fallback refresh. After "t" (take) the focus is on the line that
 * says the case was taken and names the next keys, so the next letter is a shortcut, never a
 * letter typed into the reply.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticket, turn } from '../contracts/fixtures.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { personSays, testServer } from '../support/server.ts';
import { signIn, watchedPage } from './staff-pages.ts';

const SIZES = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const;
/** The desk's fallback refresh in these tests (the office's is 15 s). */
const REFRESH_MS = 500;
/** Room for a loaded 2-core CI machine (a whole `npm test` beside other work once missed a 1 s budget). */
const LOADED_MS = 2_000;

let server: Awaited<ReturnType<typeof testServer>>;
let served: Awaited<ReturnType<typeof serveApp>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  server = await testServer({ inbox: { listRefreshMs: REFRESH_MS } });
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const stayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
const connected = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { enlaceDesk: { live(): boolean } }).enlaceDesk.live()),
    )
    .toBe(true);
/** Waits for the condition, failing past `ms` from `since`. */
async function within(since: number, ms: number, check: () => Promise<boolean>) {
  await expect.poll(check, { timeout: Math.max(0, since + ms - Date.now()), interval: 25 }).toBe(true);
}

describe('the list after the third newcomer', () => {
  for (const [size, viewport] of SIZES) {
    it(`shows a new case as a row by itself, even when its live event never came, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base, 'luis');
      await page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      await connected(page);
      const row = (id: string) => page.locator(`#list-pane li.case[data-id="${id}"]`);

      // Someone new asks for a person: a row soon after the turn, with what they wrote (a second
      // when the machine is idle; LOADED_MS is room for a loaded CI machine, where it once missed).
      const fresh = await personSays(
        server,
        `third-live-${size}`,
        'quiero hablar con una persona, es por mi visa',
      );
      let since = Date.now();
      await within(since, 1_000 + LOADED_MS, async () => (await row(fresh).count()) === 1);
      expect(await row(fresh).textContent()).toContain('es por mi visa');

      // Queued by another server that shares the store: no event reaches this page.
      const other = `web:third-elsewhere-${size}`;
      await turn(server.store, other, {
        ticket: ticket(other, { topic: 'visa', since: server.clock.now(), gist: 'mi visa venció ayer' }),
        transcript: [{ at: server.clock.now(), from: 'person', text: 'mi visa venció ayer' }],
      });
      since = Date.now();
      await within(since, 3 * REFRESH_MS + LOADED_MS, async () => (await row(other).count()) === 1);
      expect(await row(other).textContent()).toContain('mi visa venció ayer');
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it(`after taking a case puts the focus on the line that says so, with the next keys, at ${size} size`, {
      timeout: 60_000,
    }, async () => {
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      const id = await personSays(
        server,
        `third-take-${size}`,
        'perdí mi pasaporte en Chicago, necesito hablar con una persona',
      );
      const folio = (await server.store.getTicket(id))?.folio ?? '';
      await signIn(page, served.base, 'luis');
      await page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      await page.locator(`#list-pane li.case[data-id="${id}"] .head a`).click();
      await page.locator(`#desk[data-open="${id}"]`).waitFor();
      await expect.poll(() => focused(page)).toBe('case-title');
      await page.keyboard.press('t');
      await expect.poll(async () => (await server.store.getTicket(id))?.assignee).toBe('luis');
      await expect.poll(() => focused(page)).toBe('done');
      const done = page.locator('#done');
      expect(await done.textContent()).toContain(
        `Tomaste el caso ${folio}: ahora está en tu carpeta «Mías».`,
      );
      expect(await done.locator('.keys-hint').isVisible()).toBe(true);
      expect(await done.textContent()).toContain('r para responder, c para una respuesta rápida');
      // The next letter is a shortcut: r opens the reply, empty.
      await page.keyboard.press('r');
      expect(await focused(page)).toBe('reply-text');
      expect(await page.locator('#reply-text').inputValue()).toBe('');
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
