/**
 * Names, not ids, in the inbox (Chromium, playwright-core, 1366×768 and 390×844): on every
 * folder of the list and on each conversation's page, the text a person sees by default
 * (innerText, which leaves out a closed disclosure) holds no internal conversation id and no
 * full phone number, while the person's name (or "Persona sin nombre") and the channel show.
 * The id is still at hand on the conversation's page: opening "Detalles" shows it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/ports/channel.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { testServer } from '../support/server.ts';
import { signIn, watchedPage } from './staff-pages.ts';

const SIZES = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const;
const CHANNELS: Channel[] = [
  { name: 'telegram', choices: 'buttons' },
  { name: 'whatsapp', choices: 'numbered' },
];
const PHONE = '5215512345678';
const WEB = '1be14119-5b1d-4c8e-9a6f-0d2b4e6c8a1f';
const TELEGRAM = '5218711234567';
/** What must never show by default: ids, phone numbers (and their last ten digits), the web chat's uuid. */
const SECRETS = [`whatsapp:${PHONE}`, PHONE, PHONE.slice(-10), `telegram:${TELEGRAM}`, TELEGRAM, WEB];

let browser: Browser;
let server: Awaited<ReturnType<typeof testServer>>;
let served: Awaited<ReturnType<typeof serveApp>>;

async function asks(channel: string, chatId: string, name?: string) {
  for (const [i, text] of ['hola', 'quiero hablar con una persona'].entries())
    await server.engine.handle({
      id: `${chatId}-${i}`,
      channel,
      chatId,
      ...(name ? { name } : {}),
      content: { type: 'text', text },
    });
}

beforeAll(async () => {
  server = await testServer({ channels: CHANNELS });
  await asks('whatsapp', PHONE, 'María López');
  await asks('telegram', TELEGRAM);
  await asks('web', WEB);
  // One on the closed list too (its case resolved: while a case is open, its closed chat is in the open folders).
  await server.engine.staff.status(`telegram:${TELEGRAM}`, 'ana', 'resolved', '');
  await server.engine.staff.close(`telegram:${TELEGRAM}`, 'ana');
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** What a person sees on the page now, with what gave each secret away. */
async function shownSecrets(page: Page): Promise<string[]> {
  const seen = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  return SECRETS.filter((s) => seen.includes(s));
}

describe('the inbox shows names, not ids', () => {
  for (const [size, viewport] of SIZES) {
    it(`on the list and each conversation, at ${size} size`, { timeout: 90_000 }, async () => {
      const { page, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      for (const folder of ['unassigned', 'mine', 'open', 'closed']) {
        await page.goto(`${served.base}/staff?f=${folder}`);
        expect(await shownSecrets(page), `/staff?f=${folder}`).toEqual([]);
      }
      await page.goto(`${served.base}/staff?f=open`);
      const list = await page.locator('ul.cases').innerText();
      expect(list).toContain('María López');
      expect(list).toContain('Persona sin nombre');
      for (const mark of ['WhatsApp', 'Web']) expect(list).toContain(mark);
      await page.goto(`${served.base}/staff?f=closed`);
      expect(await page.locator('ul.cases').innerText()).toMatch(/Persona sin nombre\s+Telegram/);

      for (const id of [`whatsapp:${PHONE}`, `telegram:${TELEGRAM}`, `web:${WEB}`]) {
        await page.goto(`${served.base}/staff/c/${encodeURIComponent(id)}`);
        expect(await shownSecrets(page), id).toEqual([]);
        // At hand when needed: "Detalles" opens on the id.
        await page.locator('details.ids summary').first().click();
        await expect.poll(() => page.locator('details.ids').first().innerText()).toContain(id);
      }
      await close();
    });
  }
});
