/**
 * The Content-Security-Policy in a real browser (Debian's Chromium via playwright-core): the
 * web chat and the staff inbox work with it (welcome, buttons, typed questions; sign-in, the
 * list updating live, taking and answering a conversation) without a single violation, while
 * a script added to the page at run time is refused; the office's site, listed in the chat's
 * frame-ancestors, shows the chat in a frame, and no page of another origin on the same site
 * (another port of 127.0.0.1) can frame the inbox, even for a signed-in agent, nor the chat
 * when it is not listed.
 */
import { Hono } from 'hono';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveApp } from '../support/browser.ts';
import { STAFF_PASSWORD, testServer } from '../support/server.ts';

type Served = Awaited<ReturnType<typeof serveApp>>;
// The pages follow the browser's language; the test reads their Spanish.
const SPANISH = { locale: 'es-MX' };
let browser: Browser;
let chat: Served;
let office: Served;
let stranger: Served;
let framing = (): string => '';

/** A page that frames the inbox and the web chat, served from another port (the same site). */
function framer() {
  const app = new Hono();
  app.get('/', (c) => c.html(framing()));
  return app;
}

beforeAll(async () => {
  office = await serveApp(framer());
  stranger = await serveApp(framer());
  const server = await testServer({
    security: { hsts: false, webChatFrameAncestors: ["'self'", office.base] },
  });
  chat = await serveApp(server.app);
  framing = () =>
    `<!doctype html><title>framer</title><iframe id="staff" src="${chat.base}/staff"></iframe><iframe id="chat" src="${chat.base}/?lang=es"></iframe>`;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([chat?.close(), office?.close(), stranger?.close()]);
});

/** A page whose CSP violations (events in every frame, and console errors) are collected. */
async function watched(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { violations?: string[] };
      w.violations = [...(w.violations ?? []), `${e.effectiveDirective} ${e.blockedURI}`];
    });
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    // The browser's own favicon request (the server has none) is not the page's doing.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) console.push(m.text());
  });
  const violations = async (p: Page = page) => [
    ...console.filter((m) => /Content Security Policy/i.test(m)),
    ...((await p.evaluate(() => (window as unknown as { violations?: string[] }).violations)) ?? []),
  ];
  return { page, console, violations };
}

async function signIn(page: Page) {
  await page.goto(`${chat.base}/staff`);
  await page.getByLabel('Usuario').fill('ana');
  await page.getByLabel('Contraseña').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect.poll(() => page.locator('ul.list').count()).toBe(1);
}

describe('the Content-Security-Policy in Chromium', () => {
  it('lets the web chat and the inbox work without a violation, and refuses a script added at run time', {
    timeout: 90_000,
  }, async () => {
    const agent = await watched(await browser.newContext(SPANISH));
    await signIn(agent.page);

    const person = await watched(
      await browser.newContext({ ...SPANISH, viewport: { width: 390, height: 844 } }),
    );
    await person.page.goto(`${chat.base}/?lang=es`);
    await expect.poll(() => person.page.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await person.page.getByRole('button', { name: /Apostilla/ }).click();
    await expect.poll(() => person.page.locator('.msg.bot').last().textContent()).toMatch(/apostill/i);
    await person.page.getByRole('textbox').fill('quiero hablar con una persona, mi hijo está detenido');
    await person.page.getByRole('button', { name: 'Enviar' }).click();
    await expect
      .poll(() => person.page.locator('.msg.bot').last().textContent())
      .toMatch(/personal de la oficina/);

    // The inbox's own script (live updates over EventSource) runs: the list fills by itself.
    await expect.poll(() => agent.page.locator('ul.list a').count(), { timeout: 10_000 }).toBe(1);
    await agent.page.locator('ul.list a').first().click();
    await agent.page.getByRole('button', { name: 'Tomar' }).click();
    await agent.page.getByRole('textbox', { name: /^Responder/ }).fill('Hola, soy Ana.');
    await agent.page.getByRole('button', { name: 'Responder' }).click();
    await expect.poll(() => agent.page.locator('ol.transcript li.staff').count()).toBe(1);
    await expect
      .poll(() => person.page.locator('.msg.staff').last().textContent(), { timeout: 15_000 })
      .toContain('Hola, soy Ana.');
    // The styles applied too (the banner is hidden by the inbox's style sheet).
    expect(await agent.page.locator('#alert').isVisible()).toBe(false);

    expect(await person.violations()).toEqual([]);
    expect(await agent.violations()).toEqual([]);
    expect(agent.console.concat(person.console)).toEqual([]);

    // An injected script (as an XSS would add one) does not run, and is reported.
    for (const { page, violations } of [person, agent]) {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = 1';
        document.documentElement.appendChild(s);
      });
      expect(
        await page.evaluate(() => (window as unknown as { injected?: number }).injected),
      ).toBeUndefined();
      await expect.poll(() => violations()).toContainEqual(expect.stringMatching(/^script-src-elem/));
    }
  });

  it("shows the chat framed on the office's site, never the inbox; another origin of the same site frames neither", {
    timeout: 60_000,
  }, async () => {
    const context = await browser.newContext(SPANISH);
    const signedIn = await context.newPage();
    await signIn(signedIn);

    const { page, console } = await watched(context);
    // goto waits for the load event, which waits for both frames (a refused one shows an error page).
    await page.goto(office.base);
    const officeChat = page.frameLocator('#chat');
    await expect.poll(() => officeChat.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    // A signed-in agent's inbox: the cookie would go along (same site), but the frame stays empty.
    expect(await page.frameLocator('#staff').locator('ul.list, form').count()).toBe(0);
    expect(console).toContainEqual(expect.stringMatching(/frame-ancestors 'none'/));

    await page.goto(stranger.base);
    expect(await page.frameLocator('#staff').locator('ul.list, form').count()).toBe(0);
    expect(await page.frameLocator('#chat').locator('main, form').count()).toBe(0);
    expect(console.filter((m) => /frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+"/.test(m))).toHaveLength(
      1,
    );
  });
});
