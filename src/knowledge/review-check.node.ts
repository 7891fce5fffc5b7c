/**
 * The review part of `npm run knowledge:check`: a malformed knowledge/reviews.yaml is a
 * problem (it is what tells an office which texts a person has checked); records left behind
 * by a renamed file or key are warnings; and what needs review, per language, is information
 * for the office, never a failure, since every text starts as machine until someone reviews it.
 */
import { join } from 'node:path';
import { LANGS, type Lang } from '../core/types.ts';
import { KnowledgeError } from './knowledge-error.ts';
import { loadReviewState, type ReviewDirs } from './review-files.node.ts';
import { type LangCounts, reviewCounts, staleRecords } from './review-status.ts';
import { exportReview, importReview } from './review-transfer.node.ts';

export interface ReviewCheck {
  problems: string[];
  warnings: string[];
  info: string[];
}

export function countsLine(lang: string, c: LangCounts): string {
  const part = (what: string, n: LangCounts['entries']) =>
    `${what} ${n.reviewed} reviewed, ${n.machine} machine, ${n['needs-review']} changed in Spanish since their review`;
  return `${lang}: ${part('topic entries', c.entries)}; ${part('locale strings', c.strings)}`;
}

export async function checkReviews(dirs: ReviewDirs): Promise<ReviewCheck> {
  try {
    const { texts, registry, items } = await loadReviewState(dirs);
    const counts = reviewCounts(items);
    const info = LANGS.map((lang) => countsLine(lang, counts[lang]));
    const open = LANGS.filter(
      (l) =>
        counts[l].entries.reviewed + counts[l].strings.reviewed < items.filter((i) => i.lang === l).length,
    );
    if (open.length)
      info.push(
        `to send them to a reviewer: npm run content:export -- --lang ${open.includes('ht') ? 'ht' : open[0]} (languages with texts to review: ${open.join(', ')}; README, "Reviewing translations")`,
      );
    return { problems: [], warnings: staleRecords(texts, registry), info };
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return {
      problems: [error.message.split('\n').slice(0, -1).join('\n') || error.message],
      warnings: [],
      info: [],
    };
  }
}

/**
 * What the staff inbox's /staff/reviews page reads, fresh on each visit (an import may have
 * just run): every text's status, or the problem with reviews.yaml in words an admin acts on;
 * and its download and upload of the texts to review.
 */
export function reviewPageSource(
  dirs: ReviewDirs,
  seedsDir = process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds'),
) {
  return {
    /** The page's download and upload: as `npm run content:export` and `content:import` do. */
    transfer: {
      export: (lang: Lang, all: boolean) => exportReview(dirs, lang, { all }),
      import: (file: { name: string; content: string }, by: string) =>
        importReview(dirs, file, { by, date: new Date().toISOString().slice(0, 10), seedsDir }),
    },
    async state() {
      try {
        return { items: (await loadReviewState(dirs)).items };
      } catch (error) {
        if (!(error instanceof KnowledgeError)) throw error;
        return { problem: `${error.file}: ${error.problem}` };
      }
    },
  };
}
