/**
 * Translations sent for review and brought back from the browser (/staff/reviews, the whole
 * app on a copy of the texts): an admin downloads a language's texts to review as a CSV or an
 * XLIFF file, uploads the reviewed file with the reviewer's name, and the texts' files and
 * knowledge/reviews.yaml record it, as `npm run content:import` does; a file that does not
 * read changes nothing and says why; agents can do neither.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewDirs } from '../../src/knowledge/review-files.node.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { reviewedCopy, reviewServer } from './content-review-app.ts';

type App = Parameters<typeof cookieJar>[0];
let dirs: ReviewDirs;
let app: App;

async function signedIn(name: string) {
  const client = cookieJar(app);
  expect((await client('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  const csrf =
    /name="csrf" value="([0-9a-f]+)"/.exec(await (await client('/staff/accounts')).text())?.[1] ?? '';
  return { client, csrf };
}
const upload = (csrf: string, name: string, content: string, by: string) => {
  const body = new FormData();
  body.set('csrf', csrf);
  body.set('by', by);
  body.set('file', new File([content], name, { type: 'text/csv' }));
  return { method: 'POST', body };
};

beforeAll(async () => {
  dirs = await reviewedCopy();
  ({ app } = await reviewServer(dirs));
});

describe('reviewing translations from the browser', () => {
  it('downloads the texts to review as CSV and XLIFF, and takes the reviewed file back', async () => {
    const { client, csrf } = await signedIn('ana');
    const page = await (await client('/staff/reviews')).text();
    expect(page).toContain('href="/staff/reviews/export?lang=ht&amp;format=csv"');
    const csv = await client('/staff/reviews/export?lang=ht&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="enlace-review-ht-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await csv.text();
    expect(text).toContain('topics/asylum/ht.md');
    const xliff = await client('/staff/reviews/export?lang=ht&format=xlf');
    expect(xliff.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8');
    expect(await xliff.text()).toContain('<xliff');

    const reviewer = 'Jean-Baptiste Pierre';
    const done = await client('/staff/reviews/import', upload(csrf, 'enlace-review-ht.csv', text, reviewer));
    expect(done.status).toBe(200);
    expect(await done.text()).toMatch(/Se importaron \d+ textos \(ht\)/);
    const registry = await readFile(join(dirs.knowledge, 'reviews.yaml'), 'utf8');
    expect(registry).toContain(reviewer);
    // Reviewed now: asylum in Kreyòl no longer needs review.
    const after = await client('/staff/reviews/export?lang=ht&format=csv');
    expect(after.status === 404 || !(await after.text()).includes('topics/asylum/ht.md')).toBe(true);
  });

  it('changes nothing with a file that does not read, and says why', async () => {
    const { client, csrf } = await signedIn('ana');
    const before = await readFile(join(dirs.knowledge, 'reviews.yaml'), 'utf8');
    const bad = await client(
      '/staff/reviews/import',
      upload(csrf, 'review.csv', 'not,a\nreview,file', 'Ana Ruiz'),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('No se importó nada');
    expect(await readFile(join(dirs.knowledge, 'reviews.yaml'), 'utf8')).toBe(before);
    expect((await client('/staff/reviews/import', upload(csrf, 'review.csv', 'x', 'A'))).status).toBe(400);
    expect((await client('/staff/reviews/export?lang=fr&format=csv')).status).toBe(400);
  });

  it('is for admins only', async () => {
    const { client, csrf } = await signedIn('luis');
    expect((await client('/staff/reviews/export?lang=ht&format=csv')).status).toBe(403);
    expect((await client('/staff/reviews/import', upload(csrf, 'r.csv', 'x', 'Luis Gómez'))).status).toBe(
      403,
    );
  });
});
