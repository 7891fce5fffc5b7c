/**
 * The improvement page in Chromium, at a phone's size and a desktop's: people write things
 * the assistant does not understand (through the real engine; two of them the same words, one
 * pasting a link), and one says an answer did not help; an admin opens /staff/improve and
 * finds the texts grouped under topic headings, each with a "file under" select preset to its
 * likeliest topic; they pick a topic for one and file it in the browser, and the page comes
 * back saying so, with how many listed texts the filing made understood (both copies of the
 * same words). The page fits the screen's width and the CSP refuses nothing.
 * Screenshots: docs/improve-phone.png and docs/improve-desktop.png (after the filing).
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicTitles } from '../../src/knowledge/knowledge-base.ts';
import { sharedKnowledge } from '../support/assistant.ts';
import { launchChromium, serveApp } from '../support/browser.ts';
import { improveServer } from '../support/improve-server.ts';
import { shoot } from '../support/screenshots.ts';
import { SIZES, signIn, watchedPage, widths } from './staff-pages.ts';

const LOST = 'se me perdió la matrícula consular';
/** What people write that the assistant does not understand yet (each a first message). */
const WRITTEN: Array<[string, string]> = [
  ['p1', LOST],
  ['p2', LOST],
  ['p3', 'cuánto cuesta el curso de inglés'],
  ['p4', 'quiero vender tamales en estados unidos'],
  [
    'p5',
    'mi primo dice que con el link https://www.gob.mx/sre/acciones-y-programas/matricula-consular-de-alta-seguridad-mcas se saca, es cierto?',
  ],
];

const cleanups: Array<() => Promise<void>> = [];
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const remove of cleanups) await remove();
});

/** The whole app with the improvement page on a fresh examples folder, and the texts above written to it. */
async function improveApp() {
  const server = await improveServer();
  cleanups.push(server.remove);
  for (const [chatId, text] of WRITTEN)
    await server.engine.handle({
      id: `${chatId}-1`,
      channel: 'web',
      chatId,
      content: { type: 'text', text },
    });
  // "Did not help", after an answer about apostilles.
  await server.store.addReviewItem({
    id: 'not-helped-1',
    conversationId: 'web:p6',
    at: server.clock.now(),
    lang: 'es',
    kind: 'notHelped',
    text: 'ya fui dos veces y me dicen que el acta de mi hijo tiene que venir de Texas, no le entiendo',
    topic: 'apostille',
    guesses: ['apostille', 'dual_nationality'],
  });
  const served = await serveApp(server.app);
  const { knowledge } = await sharedKnowledge();
  const titleOf = (id: string) => topicTitles(knowledge).find((topic) => topic.id === id)?.title.es;
  return { ...server, served, titleOf };
}

describe('the improvement page in Chromium', () => {
  for (const [name, viewport] of SIZES) {
    it(`groups the texts by topic and files one at ${name} size`, { timeout: 60_000 }, async () => {
      const app = await improveApp();
      const listed = (await app.store.reviewItems()).length;
      expect(listed).toBe(WRITTEN.length + 1);
      const { page, errors, violations, close } = await watchedPage(browser, viewport);
      try {
        await signIn(page, app.served.base);
        await page.goto(`${app.served.base}/staff/improve`);
        expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
          'Lo que el asistente no entendió',
        );
        // Every text under a topic heading ("Title (n)"), the counts adding up to the list.
        const groups = await page
          .getByRole('heading', { level: 3 })
          .evaluateAll((hs) =>
            hs.map((h) => [h.textContent ?? '', h.nextElementSibling?.querySelectorAll('li').length ?? 0]),
          );
        expect(groups.length).toBeGreaterThan(1);
        for (const [heading, n] of groups) expect(heading).toMatch(new RegExp(`\\(${n}\\)$`));
        expect(groups.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(listed);
        expect(await page.locator('ul.list q').allTextContents()).toEqual(
          expect.arrayContaining([LOST, ...WRITTEN.slice(2).map(([, text]) => text)]),
        );
        const rows = page.locator('ul.list li');
        expect(await rows.count()).toBe(listed);
        for (const li of await rows.all()) {
          const select = li.getByLabel('Archivar en');
          expect(await select.locator('option').count()).toBeGreaterThan(15);
          expect(await select.inputValue()).toMatch(/^[a-z_]+$/);
          expect(await li.getByRole('button', { name: 'Archivar' }).isVisible()).toBe(true);
        }

        const before = await widths(page);
        expect(before.wide, `wider than ${before.screen}px before filing`).toEqual([]);
        expect(before.page).toBeLessThanOrEqual(viewport.width);

        // File the lost consular ID under "state documents", in the browser.
        const row = rows.filter({ hasText: LOST }).first();
        await row.getByLabel('Archivar en').selectOption('state_documents');
        await row.getByRole('button', { name: 'Archivar' }).click();
        await page.waitForURL(`${app.served.base}/staff/improve`);
        const last = page.locator('p.window');
        await expect.poll(() => last.textContent()).toContain(`«${LOST}» archivado en`);
        expect(await last.textContent()).toBe(
          `Último cambio: «${LOST}» archivado en «${app.titleOf('state_documents')}» por ana. Ahora se entienden 2 de los ${listed} mensajes que había en la lista.`,
        );
        // Written to the office's examples; the other copy stays listed, now understood.
        expect(await readFile(app.file, 'utf8')).toContain(LOST);
        expect(await rows.count()).toBe(listed - 1);
        expect(await rows.filter({ hasText: LOST }).locator('strong').textContent()).toBe('ya se entiende');

        const after = await widths(page);
        expect(after.wide, `wider than ${after.screen}px after filing`).toEqual([]);
        expect(after.page).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `improve-${name}.png`, { fullPage: true });
        expect(await violations()).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
        await app.served.close();
      }
    });
  }
});
