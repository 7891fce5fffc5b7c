/**
 * `npm test` leaves docs/ as it found it: the browser tests' pictures go through `shoot`
 * (test/support/screenshots.ts), which writes only under `npm run screenshots`; no test writes
 * a picture any other way; and every picture in docs/ is one that command writes again.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesThatShoot } from '../../scripts/screenshots.ts';
import { SCREENSHOTS_ENV, shoot } from '../support/screenshots.ts';

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** How a test's picture name stands for each screen size. */
const SIZE = ['$', '{name}'].join('');

/** A page that records what it was asked to write. */
function recordingPage() {
  const asked: unknown[] = [];
  const screenshot = async (o: unknown) => {
    asked.push(o);
    return Buffer.alloc(0);
  };
  return { asked, page: { screenshot } };
}

describe('screenshots', () => {
  it('are written only when the run asks for them', async () => {
    const quiet = recordingPage();
    expect(await shoot(quiet.page, 'web-chat.png', { fullPage: true }, {})).toBeNull();
    expect(await shoot(quiet.page, 'web-chat.png', {}, { [SCREENSHOTS_ENV]: 'yes' })).toBeNull();
    expect(quiet.asked).toEqual([]);

    const writing = recordingPage();
    const env = { [SCREENSHOTS_ENV]: '1' };
    expect(await shoot(writing.page, 'web-chat.png', { fullPage: true }, env)).toBe('docs/web-chat.png');
    expect(writing.asked).toEqual([{ fullPage: true, path: 'docs/web-chat.png' }]);
    await expect(shoot(writing.page, '../README.png', {}, env)).rejects.toThrow(/not a path/);
  });

  it('no test writes a picture but through shoot', () => {
    const direct = tsFiles('test').filter(
      (f) =>
        f !== join('test', 'support', 'screenshots.ts') &&
        /\.screenshot\(\s*\{[^}]*\bpath\s*:/s.test(readFileSync(f, 'utf8')),
    );
    expect(direct).toEqual([]);
  });

  it('every picture tracked in docs/ is written again by `npm run screenshots`', () => {
    const tracked = execFileSync('git', ['ls-files', 'docs/*.png'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((p) => p.slice('docs/'.length));
    expect(tracked.length).toBeGreaterThan(0);
    // The names the tests give, a `${name}` standing for the screen sizes (phone, desktop).
    const named = filesThatShoot().flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/shoot\(\w+,\s*[`']([^`']+)[`']/g)].flatMap(([, n = '']) =>
        n.includes(SIZE) ? ['phone', 'desktop'].map((s) => n.replace(SIZE, s)) : [n],
      ),
    );
    expect(tracked.filter((p) => !named.includes(p))).toEqual([]);
  });
});
