/**
 * The web chat in a real browser: Debian's Chromium driven by playwright-core, against the
 * app served by @hono/node-server on 127.0.0.1. A person reads the welcome, taps a button,
 * types a question, reloads and finds the conversation still there. Skipped nowhere: CI
 * installs Chromium; without /usr/bin/chromium the test fails with what to install.
 */
import { existsSync } from 'node:fs';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/core/metrics.ts';
import { createApp } from '../../src/http/app.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { testAssistant } from '../support/assistant.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser;
let server: ServerType;
let base = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  const metrics = createMetrics();
  const a = await testAssistant({ metrics });
  const app = createApp({
    engine: a.engine,
    store: a.store,
    i18n: createI18n(),
    metrics,
    logger: { info() {}, warn() {}, error() {} },
    office: 'IAPMF Durango',
    sessionSecret: 'browser-secret-browser-secret-0000',
    secureCookies: false,
  });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('web chat in a browser', () => {
  it('welcomes, follows a button, answers a question, and survives a reload', {
    timeout: 60_000,
  }, async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(`${base}/?lang=es`);
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
