/**
 * The inbox's two panes in Chromium (playwright-core), at 1366×768 and 390×844, with the
 * keyboard only: an agent opens the next waiting case (j), takes it (t: the focus on the line
 * that says so), answers with a canned
 * reply (c, arrow, Tab, Ctrl+Enter), adds an internal note (n), sets a status with a note for
 * the family (s, then Tab, Enter in the question that shows the message), and closes with
 * confirmation (x, Tab, Enter), all in place: the page is never
 * loaded again (a mark set on the window survives) and, on a desk, the list stays beside the
 * conversation. Then live: a message from the open conversation's person shows in its pane
 * within a second, another person's message marks their row unread and counts in the folder's
 * tab and the title within a second, a new case shows as a new row, and opening a case clears
 * its mark. The `?` overlay lists the shortcuts. Without JavaScript the same forms work, a page
 * load each. Pictures: docs/desk-desktop.png and docs/desk-phone.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveApp } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { personSays, personWrites, testServer } from '../support/server.ts';
import { signIn, watchedPage, widths } from './staff-pages.ts';

const SIZES = [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 390, height: 844 }],
] as const;
const CANNED = 'Hola, soy del personal del Instituto. Ya leí tu mensaje y te voy a ayudar.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A server with two people waiting (the first queued first) and the desk served. */
async function office() {
  const server = await testServer();
  const first = await personWrites(server, 'web', 'desk-first', [
    'mi hermano está detenido en El Paso desde el lunes y no sabemos nada',
    'quiero hablar con una persona',
  ]);
  server.clock.time += 60_000;
  const second = await personWrites(server, 'web', 'desk-second', [
    'perdí mi pasaporte en Chicago, necesito hablar con una persona',
  ]);
  const served = await serveApp(server.app);
  return { server, served, first, second };
}

const stayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
/** The page's live updates are connected (what happens from now on reaches it). */
const connected = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { enlaceDesk: { live(): boolean } }).enlaceDesk.live()),
    )
    .toBe(true);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const panesShown = (page: Page) =>
  page.evaluate(() =>
    ['list-pane', 'case-pane'].filter((id) => {
      const el = document.getElementById(id);
      return el !== null && el.getBoundingClientRect().width > 0;
    }),
  );
/**
 * How long after the message is handled it must show: the live path takes well under a second
 * (DESK_TIMES=1 prints it); the rest is room for a loaded 2-core CI machine, where a whole
 * `npm test` next to other work once missed a one-second budget. The list's fallback refresh
 * here is the office's 15 s, so only the live path meets it.
 */
const LIVE_MS = 3_000;
/** Waits for the condition, failing past LIVE_MS from `since` (when the message was handled). */
async function within(since: number, check: () => Promise<boolean>) {
  await expect.poll(check, { timeout: Math.max(0, since + LIVE_MS - Date.now()), interval: 25 }).toBe(true);
  if (process.env.DESK_TIMES) console.log('shown after', Date.now() - since, 'ms');
}

describe('the desk, by keyboard, in place', () => {
  for (const [size, viewport] of SIZES) {
    it(`takes, answers, notes, sets a status and closes without leaving the panes, at ${size} size`, {
      timeout: 120_000,
    }, async () => {
      const { server, served, first, second } = await office();
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      await page.evaluate(() => {
        (window as unknown as { stayed: boolean }).stayed = true;
      });
      const pane = page.locator('#case-pane');
      const person = async () => (await server.store.getTranscript(first)).filter((l) => l.from !== 'person');

      // j: the first waiting case opens beside the list, focus on its title.
      await page.keyboard.press('j');
      await expect.poll(() => page.url()).toContain(`/staff/c/${encodeURIComponent(first)}`);
      await expect.poll(() => focused(page)).toBe('case-title');
      expect(await pane.locator('.case-title .folio').textContent()).toBe(
        (await server.store.getTicket(first))?.folio,
      );
      expect(await panesShown(page)).toEqual(size === 'desktop' ? ['list-pane', 'case-pane'] : ['case-pane']);

      // t: taken; the focus on the line that says so (and names the next keys).
      await page.keyboard.press('t');
      await expect.poll(async () => (await server.store.getTicket(first))?.assignee).toBe('ana');
      await expect.poll(() => pane.locator('.cid .who').textContent()).toBe('ana');
      await expect.poll(() => focused(page)).toBe('done');

      // c, ↓, Tab, Ctrl+Enter: the first canned reply, read in the box, then sent.
      await page.keyboard.press('c');
      expect(await focused(page)).toBe('canned');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('reply-text');
      expect(await page.locator('#reply-text').inputValue()).toBe(CANNED);
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => pane.locator('ol.transcript li.staff').allTextContents())
        .toEqual([expect.stringContaining(CANNED)]);
      expect((await person()).filter((l) => l.from === 'staff').map((l) => l.text)).toEqual([CANNED]);
      await expect.poll(() => page.locator('#reply-text').inputValue()).toBe('');
      expect(await focused(page)).toBe('reply-text');

      // n: an internal note.
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      expect(await focused(page)).toBe('note-text');
      await page.keyboard.type('Llamar al consulado de El Paso mañana.');
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => pane.locator('ol.transcript li.note').textContent())
        .toContain('consulado de El Paso');
      await expect.poll(() => page.locator('#note-text').inputValue()).toBe('');
      expect(await focused(page)).toBe('note-text');

      // s: the status, with a note the family gets; it asks first, showing the message (Tab, Enter sends).
      await page.keyboard.press('Escape');
      await page.keyboard.press('s');
      expect(await focused(page)).toBe('status-select');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ya preguntamos por él.');
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => page.locator('dialog#confirm').evaluate((d: HTMLDialogElement) => d.open))
        .toBe(true);
      expect(await page.locator('dialog#confirm blockquote').textContent()).toContain(
        'Ya preguntamos por él.',
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await server.store.getTicket(first))?.status).toBe('inProgress');
      await expect.poll(() => pane.locator('.case-title .status').textContent()).toBe('En trámite');
      await expect.poll(() => page.locator('#status-note').inputValue()).toBe('');
      expect((await person()).map((l) => l.text).join('\n')).toContain('Ya preguntamos por él.');
      const name = size;
      await shoot(page, `desk-${name}.png`);

      // x: the case is in process, so closing asks first, in place; Tab to "close, the case stays open", Enter.
      await page.keyboard.press('Escape');
      await page.keyboard.press('x');
      await expect
        .poll(() => page.locator('dialog#confirm').evaluate((d: HTMLDialogElement) => d.open))
        .toBe(true);
      expect(await page.locator('dialog#confirm').textContent()).toContain('«En trámite»');
      expect(await server.store.getTicket(first)).not.toBeNull();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => server.store.getTicket(first)).toBeNull();
      await expect
        .poll(() => pane.locator('.case-head').textContent())
        .toContain('Chat cerrado; el caso sigue abierto');
      expect((await server.store.casesOf(first)).at(-1)?.status).toBe('inProgress');
      expect(await page.locator('dialog#confirm').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);

      // Never a page load, never the mouse; on a desk the list stayed beside the conversation.
      expect(await stayed(page)).toBe(true);
      expect(await panesShown(page)).toEqual(size === 'desktop' ? ['list-pane', 'case-pane'] : ['case-pane']);
      expect(await widths(page)).toEqual({ page: viewport.width, screen: viewport.width, wide: [] });

      // j opens the next waiting one: the second person.
      await page.keyboard.press('j');
      await expect.poll(() => page.url()).toContain(`/staff/c/${encodeURIComponent(second)}`);
      expect(await stayed(page)).toBe(true);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
      await served.close();
    });

    it(`shows what is new within a second: the open pane, the rows, the tabs and the title, at ${size} size`, {
      timeout: 120_000,
    }, async () => {
      const { server, served, first, second } = await office();
      const { page, errors, close } = await watchedPage(browser, viewport);
      await signIn(page, served.base);
      const row = (id: string) => page.locator(`li.case[data-id="${id}"]`);
      const unassigned = page.locator('#tab-unassigned');
      // Nothing opened yet: both waiting cases are new to this agent.
      await expect.poll(() => unassigned.textContent()).toBe('Sin asignar 2 · 2 sin leer');
      await expect.poll(() => page.title()).toMatch(/^\(2\) /);

      // Opening a case reads it: once both were opened, nothing is new.
      await page.goto(`${served.base}/staff/c/${encodeURIComponent(second)}`);
      await expect.poll(() => unassigned.textContent()).toMatch(/Sin asignar 2 · 1 sin leer$/);
      expect(await page.title()).toMatch(/^\(1\) /);
      await page.goto(`${served.base}/staff/c/${encodeURIComponent(first)}`);
      await connected(page);
      await expect.poll(() => unassigned.textContent()).toBe('Sin asignar 2');
      expect(await row(first).getAttribute('class')).not.toContain('unread');
      expect(await page.title()).not.toMatch(/^\(/);

      // The open conversation's person writes: in the pane within a second, and it stays read.
      await personSays(server, 'desk-first', 'se llama Julio Pérez Soto');
      let since = Date.now();
      await within(
        since,
        async () =>
          (await page.locator('#case-pane ol.transcript').textContent())?.includes('Julio Pérez Soto') ??
          false,
      );
      expect(await row(first).getAttribute('class')).not.toContain('unread');

      // Another person writes: their row is marked and counted, in the tab and the title.
      await personSays(server, 'desk-second', 'mi pasaporte es mexicano');
      since = Date.now();
      await within(since, async () => (await row(second).getAttribute('class'))?.includes('unread') ?? false);
      expect(await row(second).locator('.new-mark').isVisible()).toBe(size === 'desktop');
      expect(await unassigned.textContent()).toBe('Sin asignar 2 · 1 sin leer');
      expect(await page.title()).toMatch(/^\(1\) /);

      // Someone new asks for a person: a new row, counted.
      const third = await personSays(server, 'desk-third', 'quiero hablar con una persona, es por mi visa');
      since = Date.now();
      await within(since, async () => (await row(third).count()) === 1);
      expect(await unassigned.textContent()).toBe('Sin asignar 3 · 2 sin leer');
      expect(await page.title()).toMatch(/^\(2\) /);

      // Opening one clears its mark; the overlay lists the keys.
      await page.goto(`${served.base}/staff/c/${encodeURIComponent(second)}`);
      await expect.poll(() => unassigned.textContent()).toBe('Sin asignar 3 · 1 sin leer');
      await page.keyboard.press('?');
      const keys = page.locator('dialog#keys');
      await expect.poll(() => keys.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      for (const words of ['Tomar la conversación', 'Escribir una nota interna', 'Buscar'])
        expect(await keys.textContent()).toContain(words);
      await page.keyboard.press('Escape');
      expect(await keys.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(errors).toEqual([]);
      await close();
      await served.close();
    });
  }

  it('works without JavaScript: each action loads the desk again, with the latest message and the composer on screen', {
    timeout: 120_000,
  }, async () => {
    const { server, served, first } = await office();
    const context = await browser.newContext({
      viewport: SIZES[0][1],
      locale: 'es-MX',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await signIn(page, served.base);
    await page.locator(`li.case[data-id="${first}"] .head a`).click();
    await page.getByRole('button', { name: 'Tomar' }).click();
    await page.getByRole('textbox', { name: /^Responder/ }).fill('Buenas tardes, ya la atiendo.');
    await page.getByRole('button', { name: 'Responder' }).click();
    await expect
      .poll(() => page.locator('#case-pane ol.transcript li.staff').textContent())
      .toContain('ya la atiendo');
    expect(await panesShown(page)).toEqual(['list-pane', 'case-pane']);
    // The conversation opens at its latest line, the reply box under it, with no scrolling.
    for (const shown of ['#case-pane ol.transcript li.staff', '#reply-text'])
      expect(
        await page.locator(shown).evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight),
      ).toBe(true);
    // A status asks first on a page of its own, with the family's message; confirmed, back to the desk.
    await page.getByText('Estado del caso', { exact: true }).click();
    await page.locator('#status-select').selectOption('inProgress');
    await page.locator('#status-note').fill('Ya preguntamos por él.');
    await page.getByRole('button', { name: 'Cambiar estado y avisar a la persona' }).click();
    expect(await page.locator('blockquote.said').textContent()).toContain(
      'Mensaje del personal: Ya preguntamos por él.',
    );
    expect((await server.store.getTicket(first))?.status).toBeUndefined();
    await page.getByRole('button', { name: 'Cambiar el estado y enviar el mensaje' }).click();
    await expect.poll(() => page.locator('#case-pane .case-title .status').textContent()).toBe('En trámite');
    await page.getByRole('button', { name: /^Cerrar y devolver/ }).click();
    await page.getByRole('button', { name: 'Cerrar la conversación; el caso sigue abierto' }).click();
    await expect
      .poll(() => page.locator('#case-pane .case-head').textContent())
      .toContain('Chat cerrado; el caso sigue abierto');
    expect(await server.store.getTicket(first)).toBeNull();
    await context.close();
    await served.close();
  });
});
