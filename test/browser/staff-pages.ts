/**
 * The staff pages' browser tests' shared steps: the two screen sizes, a page whose CSP
 * violations and console errors are collected, signing in, and what (if anything) is wider
 * than a phone's screen.
 */
import type { Browser, Page } from 'playwright-core';
import { STAFF_PASSWORD } from '../support/server.ts';

export const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

/** A page in its own context whose CSP violations and console errors are collected. */
export async function watchedPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'es-MX' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { violations?: string[] };
      w.violations = [...(w.violations ?? []), `${e.effectiveDirective} ${e.blockedURI}`];
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const violations = async () =>
    (await page.evaluate(() => (window as unknown as { violations?: string[] }).violations)) ?? [];
  return { page, errors, violations, close: () => context.close() };
}

export async function signIn(page: Page, base: string, name = 'ana') {
  await page.goto(`${base}/staff/login`);
  await page.getByLabel('Usuario').fill(name);
  await page.getByLabel('Contraseña').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(`${base}/staff`);
}

/**
 * How wide the page is against the screen, and the elements that reach past the screen's
 * right edge (outside any box that scrolls sideways on its own), so a failure says what.
 */
export const widths = (page: Page) =>
  page.evaluate(() => {
    const screen = window.innerWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > screen + 0.5 && !scrolls(el))
      .map((el) => {
        const classes = el.getAttribute('class');
        const name = `${el.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`;
        return `${name} ${Math.round(el.getBoundingClientRect().width)}px`;
      })
      .slice(0, 10);
    return { page: document.documentElement.scrollWidth, screen, wide };
  });
