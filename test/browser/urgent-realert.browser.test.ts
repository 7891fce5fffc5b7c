/**
 * Staff cannot miss an emergency, in a real browser (Debian's Chromium via playwright-core)
 * and a Telegram staff group on a local Bot API server (issue 30, "Done when"): a person
 * writes an emergency on Telegram while a flood of one-message urgent web chats arrives; the
 * agent's inbox shows the real one first, with the kind, the place's map link and the latest
 * lines on its row. Nobody takes it within URGENT_REALERT_MINUTES (3): the sweep alerts it
 * again, and the open inbox page (without a reload) rings, shows the banner, flashes the row
 * and says "alerted again ×1, waiting 3 min", while its Telegram topic gets the re-alert with
 * sound; again at 6 minutes (×2); once the agent takes it, no more. All within the CSP, and
 * within a phone's width. Screenshot: docs/inbox-urgent-desktop.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import type { StaffDesk } from '../../src/core/ports/staff-desk.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { personWrites, testServer } from '../support/server.ts';
import { DANGERS } from '../support/urgent.ts';
import { signIn, watchedPage, widths } from './staff-pages.ts';

const MINUTE = 60_000;
const STAFF_GROUP = -1009876543210;
const PERSON = 8_811;
const REAL = `telegram:${PERSON}`;
const PLACE = 'estoy en Reynosa, en una casa azul junto a la gasolinera Pemex';
const t = createI18n().t('es');

let browser: Browser;
let api: FakeBotApi;
let server: Awaited<ReturnType<typeof testServer>>;
let served: Awaited<ReturnType<typeof serveApp>>;
let telegram: ReturnType<typeof createTelegramChannel>;

const update = telegramUpdates(70_000);
const inTopic = async () => {
  const thread = await server.store.threadOf(REAL);
  return api
    .sent()
    .filter((c) => Number(c.body.chat_id) === STAFF_GROUP && c.body.message_thread_id === thread)
    .map((c) => ({ text: String(c.body.text), silent: c.body.disable_notification === true }));
};
const realertsInTopic = async () => (await inTopic()).filter((m) => m.text.includes('SIN TOMAR'));

beforeAll(async () => {
  api = await startFakeBotApi();
  // The staff group is made with the server's store (it keeps each conversation's topic there).
  const group: StaffDesk = {
    name: 'telegram-group',
    notify: (notice) => telegram.desk?.notify(notice) ?? Promise.resolve(),
  };
  server = await testServer({
    urgentRealertMs: 3 * MINUTE,
    staffDesks: [group],
    channels: (store) => {
      telegram = createTelegramChannel({
        token: '123456789:TEST-token-for-enlace-tests',
        apiRoot: api.apiRoot,
        logger: { info() {}, warn() {}, error() {} },
        botInfo: fakeBotInfo(1, 'enlace_test_bot'),
        staffGroup: { chatId: STAFF_GROUP, threads: store, t },
      });
      return [telegram.channel];
    },
  });
  telegram.connect(server.engine);
  server.clock.time = Date.UTC(2026, 10, 23, 15);
  // A flood: 40 urgent web chats of one message each, a few seconds apart…
  for (let i = 0; i < 40; i++) {
    server.clock.time += 3_000;
    await personWrites(server, 'web', `flood-${i}`, [DANGERS[i % DANGERS.length] ?? '']);
  }
  // …and, before it ends, a real emergency on Telegram: what is happening, then where she is.
  for (const text of [
    'nos tienen secuestrados en una casa, ayuda por favor',
    'somos cinco y hay dos niños',
    'no nos dejan salir, tienen armas',
    PLACE,
  ]) {
    server.clock.time += 5_000;
    await telegram.handleUpdate(update(PERSON, text));
  }
  for (let i = 40; i < 45; i++) {
    server.clock.time += 3_000;
    await personWrites(server, 'web', `flood-${i}`, [DANGERS[i % DANGERS.length] ?? '']);
  }
  served = await serveApp(server.app);
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  await api?.close();
});

describe('an urgent case nobody takes', () => {
  it('is re-alerted in the open inbox and in the Telegram staff group, with its place link and latest lines on the row', {
    timeout: 90_000,
  }, async () => {
    const { page, errors, violations, close } = await watchedPage(browser, { width: 1280, height: 900 });
    await signIn(page, served.base);
    const row = page.locator('ul.cases > li.case').first();
    // The real emergency is the first row, above the folded flood.
    await expect
      .poll(() => row.locator('.head a').getAttribute('href'))
      .toBe(`/staff/c/${encodeURIComponent(REAL)}`);
    await expect
      .poll(() => page.locator('li.flood summary').textContent())
      .toContain('45 chats web urgentes abiertos en');
    expect(await row.locator('.emergency').textContent()).toContain('secuestro');
    const map = row.locator('a.map');
    expect(await map.textContent()).toBe('Buscar en el mapa');
    expect(await map.getAttribute('href')).toBe(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent(PLACE)}`,
    );
    expect(await map.getAttribute('target')).toBe('_blank');
    expect(await row.locator('.place-text').textContent()).toBe(PLACE);
    expect(await row.locator('.latest q').allTextContents()).toEqual([
      'somos cinco y hay dos niños',
      'no nos dejan salir, tienen armas',
      PLACE,
    ]);
    await expect(row.locator('.realert').count()).resolves.toBe(0);
    // The staff group's topic got the place as soon as she gave it; no re-alert yet.
    expect((await inTopic()).map((m) => m.text)).toContain(
      `${t('staffGroup.place', { place: PLACE })}\n${t('staffGroup.mapSearch', {
        link: `https://www.openstreetmap.org/search?query=${encodeURIComponent(PLACE)}`,
      })}`,
    );
    expect(await realertsInTopic()).toEqual([]);

    // Nobody takes it for three minutes: the sweep alerts it again. The page was not reloaded.
    await page.evaluate(() => {
      (window as unknown as { kept: boolean }).kept = true;
    });
    const since = (await server.store.getTicket(REAL))?.since ?? 0;
    server.clock.time = since + 3 * MINUTE;
    await server.engine.sweep();
    await expect
      .poll(() => row.locator('.realert').textContent(), { timeout: 10_000 })
      .toContain('Alertada de nuevo ×1, esperando 3 min');
    expect(await page.locator('#alert').textContent()).toBe(t('inbox.urgentCase.realertBanner'));
    expect(await page.locator('#alert').isVisible()).toBe(true);
    await expect.poll(() => row.getAttribute('class')).toContain('flash');
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await shoot(page, 'inbox-urgent-desktop.png');
    // The Telegram topic: a new message, with sound, saying it is urgent and untaken, with what staff need.
    const [first] = await realertsInTopic();
    expect(first?.silent).toBe(false);
    expect(first?.text).toContain(t('staffGroup.realert', { minutes: 3, count: 1 }));
    expect(first?.text).toContain(
      `Buscar en el mapa: https://www.openstreetmap.org/search?query=${encodeURIComponent(PLACE)}`,
    );
    expect(first?.text).toContain('• «no nos dejan salir, tienen armas»');

    // Still nobody: again at six minutes.
    server.clock.time = since + 6 * MINUTE;
    await server.engine.sweep();
    await expect
      .poll(() => row.locator('.realert').textContent(), { timeout: 10_000 })
      .toContain('Alertada de nuevo ×2, esperando 6 min');
    expect((await realertsInTopic()).map((m) => m.text.split('\n')[0])).toEqual([
      t('staffGroup.realert', { minutes: 3, count: 1 }),
      t('staffGroup.realert', { minutes: 6, count: 2 }),
    ]);

    // The agent opens it and takes it: the re-alerts stop, everywhere.
    await row.locator('.head a').click();
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('secuestro');
    expect(await page.locator('dl.facts a.map').getAttribute('href')).toContain(
      'openstreetmap.org/search?query=',
    );
    await page.getByRole('button', { name: 'Tomar' }).click();
    await expect.poll(async () => (await server.store.getTicket(REAL))?.assignee).toBe('ana');
    server.clock.time = since + 15 * MINUTE;
    await server.engine.sweep();
    expect(await realertsInTopic()).toHaveLength(2);
    await page.goto(`${served.base}/staff?f=mine`);
    expect(await page.locator('ul.cases > li.case').first().textContent()).not.toContain('Alertada de nuevo');

    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('fits a phone: the urgent row, its place and the folded flood never scroll sideways', async () => {
    const { page, errors, close } = await watchedPage(browser, { width: 390, height: 844 });
    await signIn(page, served.base, 'luis');
    await page.goto(`${served.base}/staff?f=open`);
    await page.locator('li.flood summary').click();
    await expect.poll(() => page.locator('li.flood details[open] li.case').count()).toBe(45);
    const { page: width, screen, wide } = await widths(page);
    expect(wide).toEqual([]);
    expect(width).toBeLessThanOrEqual(screen);
    expect(errors).toEqual([]);
    await close();
  });
});
