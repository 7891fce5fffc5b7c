/**
 * `npm run screenshots`: runs the browser tests that take docs/ pictures with
 * ENLACE_SCREENSHOTS=1, so they write docs/*.png (`npm test` runs the same tests and writes
 * nothing). Extra arguments go to vitest, e.g. `npm run screenshots -- test/browser/web-chat.browser.test.ts`.
 * Ends by listing the pictures that changed (git status), for a commit of their own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS_ENV } from '../test/support/screenshots.ts';

/** The test files that call `shoot(` (test/support/screenshots.ts). */
export function filesThatShoot(dir = 'test/browser'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f))
    .filter((f) => /\bshoot\(/.test(readFileSync(f, 'utf8')))
    .sort();
}

if (import.meta.main) {
  const chosen = process.argv.slice(2);
  const files = chosen.length > 0 ? chosen : filesThatShoot();
  const run = spawnSync('vitest', ['run', ...files], {
    stdio: 'inherit',
    env: { ...process.env, [SCREENSHOTS_ENV]: '1' },
  });
  const changed = execFileSync('git', ['status', '--short', '--', 'docs/'], { encoding: 'utf8' }).trim();
  console.log(changed ? `Pictures changed:\n${changed}` : 'No picture in docs/ changed.');
  process.exit(run.status ?? 1);
}
