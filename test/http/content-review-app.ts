/**
 * For the /staff/reviews tests (HTTP and browser): a copy of knowledge/ and locales/ in a temp
 * folder with a known review state (one Kreyòl entry reviewed against today's Spanish, one
 * whose Spanish changed since its review, one Kreyòl interface string reviewed), and the whole
 * app wired as the Node server wires it, reading that copy. Admins: "ana" (Spanish, Kreyòl)
 * and "jean" (Kreyòl first); agent: "luis".
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewPageSource } from '../../src/knowledge/review-check.node.ts';
import { loadReviewState, type ReviewDirs, writeReviewed } from '../../src/knowledge/review-files.node.ts';
import { recordReviews } from '../../src/knowledge/review-registry.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { STAFF_PASSWORD, testServer } from '../support/server.ts';

export const REVIEWER = 'Marie-Ange Joseph';

/** A copy of the texts where ht apostille is reviewed, ht asylum needs review, and one ht string is reviewed. */
export async function reviewedCopy(): Promise<ReviewDirs> {
  const root = await mkdtemp(join(tmpdir(), 'enlace-review-page-'));
  await cp('knowledge', join(root, 'knowledge'), { recursive: true });
  await cp('locales', join(root, 'locales'), { recursive: true });
  const dirs = { knowledge: join(root, 'knowledge'), locales: join(root, 'locales') };
  const { texts, registry, items } = await loadReviewState(dirs);
  const hashOf = (path: string, key?: string) =>
    items.find((i) => i.path === path && i.key === key)?.spanish ?? '';
  const next = recordReviews(
    registry,
    { by: REVIEWER, date: '2026-11-20' },
    [
      { topic: 'apostille', lang: 'ht', spanish: hashOf('topics/apostille/ht.md') },
      // Reviewed against a Spanish text that has changed since.
      { topic: 'asylum', lang: 'ht', spanish: '0123456789abcdef' },
    ],
    [
      {
        name: 'common',
        lang: 'ht',
        key: 'menu.prompt',
        spanish: hashOf('locales/ht/common.json', 'menu.prompt'),
      },
    ],
  );
  await writeReviewed(dirs, texts, new Map(), next);
  return dirs;
}

export async function reviewServer(dirs: ReviewDirs) {
  const hash = hashPassword(STAFF_PASSWORD);
  return testServer({
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es', 'ht'], hash },
      { name: 'jean', role: 'admin', langs: ['ht', 'es'], hash },
      { name: 'luis', role: 'agent', langs: ['es', 'en'], hash },
    ],
    inbox: { reviews: reviewPageSource(dirs) },
  });
}
