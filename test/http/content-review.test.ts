/**
 * /staff/reviews over HTTP: admins see, per language, how many topic entries and strings are
 * reviewed, machine or changed in Spanish since their review, which ones, and the command to
 * export them, in their own language; agents and visitors do not; a malformed reviews.yaml is
 * shown as a problem to fix, not a crash; a server that does not read the files says so.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewDirs } from '../../src/knowledge/review-files.node.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';
import { REVIEWER, reviewedCopy, reviewServer } from './content-review-app.ts';

type App = Parameters<typeof cookieJar>[0];

async function signedIn(app: App, name: string) {
  const agent = cookieJar(app);
  expect((await agent('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  return agent;
}

/** The counts in a language's row of the table, in column order. */
function row(page: string, lang: string): number[] {
  const tr = new RegExp(`<tr data-lang="${lang}">([\\s\\S]*?)</tr>`).exec(page)?.[1] ?? '';
  return [...tr.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]));
}

let dirs: ReviewDirs;
let app: App;
beforeAll(async () => {
  dirs = await reviewedCopy();
  ({ app } = await reviewServer(dirs));
});

describe('/staff/reviews', () => {
  it('shows an admin the counts per language, what changed, and how to export it', async () => {
    const ana = await signedIn(app, 'ana');
    const response = await ana('/staff/reviews');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h2>Revisión de traducciones</h2>');
    // Topics: reviewed, machine, needs review; then strings the same way.
    const [reviewed, machine, needs, stringsReviewed, stringsMachine, stringsNeeds] = row(page, 'ht');
    expect([reviewed, machine, needs]).toEqual([1, 19, 1]);
    expect([stringsReviewed, stringsNeeds]).toEqual([1, 0]);
    expect(stringsMachine).toBeGreaterThan(200);
    expect(row(page, 'es').slice(0, 3)).toEqual([0, 21, 0]);
    // The changed one, with who reviewed it and when; the command that exports Kreyòl.
    expect(page).toMatch(
      new RegExp(`<code>topics/asylum/ht\\.md</code> · revisado por ${REVIEWER} el 2026-11-20`),
    );
    expect(page).toContain('npm run content:export -- --lang ht');
    expect(page).toContain('--by &quot;Nombre Apellido&quot;');
    // The reviewed entry is in no list of what awaits review.
    expect(page).not.toContain('<code>topics/apostille/ht.md</code>');
    expect(page).toContain('Las fuentes no nombran a nadie que revise el kreyòl');
  });

  it('speaks the admin’s language, and the inbox links to it for admins only', async () => {
    const jean = await signedIn(app, 'jean');
    const page = await (await jean('/staff/reviews')).text();
    expect(page).toContain('<h2>Revizyon tradiksyon</h2>');
    expect(page).toContain(`${REVIEWER} te revize l nan dat 2026-11-20`);
    expect(await (await jean('/staff')).text()).toContain('<a href="/staff/reviews">Revizyon tradiksyon</a>');
    const luis = await signedIn(app, 'luis');
    expect(await (await luis('/staff')).text()).not.toContain('/staff/reviews');
  });

  it('is for admins: an agent gets 403, a visitor the login page', async () => {
    const luis = await signedIn(app, 'luis');
    const response = await luis('/staff/reviews');
    expect(response.status).toBe(403);
    // A page with the way back, never bare text.
    const refused = await response.text();
    expect(refused).toContain(
      '<p class="error" role="alert" id="refusal">Solo un administrador puede ver la revisión de traducciones. Pídeselo a quien administra la bandeja.</p>',
    );
    expect(refused).toContain('<a href="/staff">Volver a la bandeja</a>');
    const visitor = await cookieJar(app)('/staff/reviews');
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get('location')).toBe('/staff/login');
  });

  it('shows a malformed reviews.yaml as a problem to fix', async () => {
    const broken = await reviewedCopy();
    await writeFile(
      join(broken.knowledge, 'reviews.yaml'),
      'entries:\n  apostille:\n    ht: {status: checked}\n',
    );
    const { app: brokenApp } = await reviewServer(broken);
    const ana = await signedIn(brokenApp, 'ana');
    const response = await ana('/staff/reviews');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(
      /role="alert">No se puede leer knowledge\/reviews\.yaml: reviews\.yaml: [^<]*entries\.apostille\.ht\.status/,
    );
    expect(page).toContain('npm run knowledge:check');
  });

  it('says so on a server that does not read the review files', async () => {
    const { app: plain } = await testServer();
    const ana = await signedIn(plain, 'ana');
    const response = await ana('/staff/reviews');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run content:export');
  });
});
