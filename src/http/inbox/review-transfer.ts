/**
 * The review page's download and upload (admins, where the server reads and writes the texts'
 * files: the Node server; content-review.ts is the page). GET /staff/reviews/export?lang=ht&
 * format=csv|xlf[&all=1] downloads the texts of a language to review (all of them with all=1)
 * as a CSV for a spreadsheet or an XLIFF for a translation tool; POST /staff/reviews/import
 * takes the reviewed file back with the reviewer's name: every text is checked, then the
 * knowledge checks run, and on any problem nothing is written and the page lists what to fix
 * (src/knowledge/review-transfer.node.ts does the work, as for `npm run content:import`).
 * Queries and forms are checked with zod; words from locales (inbox.reviews.*).
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { LANGS, type Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { InboxEnv } from './session.ts';
import { layout } from './views.ts';

/** What the server can do with the texts' files (Node); absent, the page names the commands. */
export interface ReviewTransfer {
  export(lang: Lang, all: boolean): Promise<{ base: string; csv: string; xliff: string } | null>;
  import(
    file: { name: string; content: string },
    by: string,
  ): Promise<
    | { rows: number; written: string[]; entries: number; strings: number; langs: string }
    | { problems: string[] }
  >;
}

const exportQuery = z.object({
  lang: z.enum(LANGS),
  format: z.enum(['csv', 'xlf']),
  all: z.literal('1').optional(),
});
const importForm = z.object({
  file: z.instanceof(File).refine((f) => f.size > 0 && /\.(csv|xlf|xliff)$/i.test(f.name)),
  by: z.string().trim().min(2).max(120),
});

/** The download links and the upload form, for the review page. */
export function transferBox(t: Translate, csrf: string) {
  const link = (lang: Lang, format: string, all = false) =>
    html`<a href="/staff/reviews/export?lang=${lang}&amp;format=${format}${all ? '&amp;all=1' : ''}" download>${t(`inbox.reviews.${format}`)}</a>`;
  return html`<section class="box" id="transfer"><h3>${t('inbox.reviews.transferTitle')}</h3>
<ul class="list">${LANGS.map(
    (lang) =>
      html`<li>${t('inbox.reviews.download', { language: t(`language.${lang}`) })} ${link(lang, 'csv')} · ${link(lang, 'xlf')} · ${t('inbox.reviews.allOf')} ${link(lang, 'csv', true)}</li>`,
  )}</ul>
<form method="post" action="/staff/reviews/import" enctype="multipart/form-data"><input type="hidden" name="csrf" value="${csrf}">
<p><label>${t('inbox.reviews.file')}<br><input type="file" name="file" accept=".csv,.xlf,.xliff" required></label></p>
<p><label>${t('inbox.reviews.by')}<br><input name="by" required minlength="2" maxlength="120" autocomplete="name"></label></p>
<button>${t('inbox.reviews.upload')}</button></form></section>`;
}

export function reviewTransferRoutes(
  app: Hono<InboxEnv>,
  transfer: ReviewTransfer | undefined,
  tOf: (langs: readonly Lang[]) => Translate,
) {
  app.get('/reviews/export', async (c) => {
    const { account } = c.get('session');
    const t = tOf(account.langs);
    if (account.role !== 'admin') return c.text(t('inbox.reviews.adminsOnly'), 403);
    if (!transfer) return c.text(t('inbox.reviews.off'), 404);
    const query = exportQuery.safeParse(c.req.query());
    if (!query.success) return c.text(t('inbox.reviews.badExport'), 400);
    const { lang, format, all } = query.data;
    const exported = await transfer.export(lang, all === '1');
    if (!exported) return c.text(t('inbox.reviews.nothing', { language: t(`language.${lang}`) }), 404);
    const csv = format === 'csv';
    return c.body(csv ? exported.csv : exported.xliff, 200, {
      'content-type': csv ? 'text/csv; charset=utf-8' : 'application/xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${exported.base}.${format}"`,
      'cache-control': 'no-store',
    });
  });

  app.post('/reviews/import', async (c) => {
    const { account, csrf } = c.get('session');
    const t = tOf(account.langs);
    if (account.role !== 'admin') return c.text(t('inbox.reviews.adminsOnly'), 403);
    if (!transfer) return c.text(t('inbox.reviews.off'), 404);
    const form = importForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(t('inbox.reviews.badImport'), 400);
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(await form.data.file.arrayBuffer());
    } catch {
      return c.text(t('inbox.reviews.notUtf8'), 400);
    }
    const done = await transfer.import({ name: form.data.file.name, content }, form.data.by);
    const said =
      'problems' in done
        ? html`<p class="error" role="alert">${t('inbox.reviews.notImported')}</p><ul>${done.problems.map((p) => html`<li>${p}</li>`)}</ul>`
        : html`<p role="status">${t('inbox.reviews.imported', { rows: done.rows, langs: done.langs, files: done.written.length, by: form.data.by })}</p>`;
    const title = t('inbox.reviews.title');
    return c.html(
      layout(t, title, html`<p><a href="/staff/reviews">${t('inbox.back')}</a></p><h2>${title}</h2>${said}`, {
        csrf,
      }),
      'problems' in done ? 400 : 200,
    );
  });
}
