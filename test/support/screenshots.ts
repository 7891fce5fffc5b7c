/**
 * The browser tests' pictures for docs/: written only by `npm run screenshots`
 * (scripts/screenshots.ts sets ENLACE_SCREENSHOTS=1), never by `npm test`, so testing leaves
 * the tree as it found it. Every test calls `shoot` where its picture belongs; the assertions
 * around it run either way.
 */
import type { Page } from 'playwright-core';

/** The variable `npm run screenshots` sets; anything but "1" leaves docs/ alone. */
export const SCREENSHOTS_ENV = 'ENLACE_SCREENSHOTS';

type Options = NonNullable<Parameters<Page['screenshot']>[0]>;

/** Whether this run writes the docs/ pictures. */
export const writingScreenshots = (env: NodeJS.ProcessEnv = process.env) => env[SCREENSHOTS_ENV] === '1';

/**
 * Writes docs/<file> from the page when the run writes pictures; otherwise does nothing.
 * Returns the path written, or null.
 */
export async function shoot(
  page: Pick<Page, 'screenshot'>,
  file: string,
  options: Omit<Options, 'path'> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  if (!/^[a-z0-9-]+\.png$/.test(file)) throw new Error(`a docs/ picture's name, not a path: ${file}`);
  if (!writingScreenshots(env)) return null;
  const path = `docs/${file}`;
  await page.screenshot({ ...options, path });
  return path;
}
