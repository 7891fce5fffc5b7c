/**
 * The inbox list's rows as the page shows them: one row per case (case-list.ts draws it), a
 * folded burst of possible flood as one expandable row (a <details>, no script, so it works
 * under the staff pages' CSP), the counts above the list and the links between pages. The
 * order and the folding rule are src/staff/urgent-list.ts.
 */
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { Arranged, Burst } from '../../staff/urgent-list.ts';

/** Rows of a folded burst drawn inside it; the rest are one link away (the list unfolded). */
export const ROWS_IN_FOLD = 50;

/** A burst as one row: "200 urgent web chats opened in 4 min with nothing written since…". */
export function floodRow<T>(
  t: Translate,
  burst: Burst<T>,
  drawRow: (ticket: T) => unknown,
  unfoldedHref: string,
) {
  const minutes = Math.max(1, Math.ceil((burst.to - burst.from) / 60_000));
  const shown = burst.tickets.slice(0, ROWS_IN_FOLD);
  const more = burst.tickets.length - shown.length;
  return html`<li class="case urgent flood"><details id="flood-${burst.from}"><summary><span class="badge">${t('inbox.urgent')}</span> ${t(
    'inbox.flood.summary',
    { count: burst.tickets.length, minutes },
  )}</summary>
<p class="meta">${t('inbox.flood.help')}</p>
<ul class="list cases">${shown.map(drawRow)}</ul>${
    more > 0 ? html`<p><a href="${unfoldedHref}">${t('inbox.flood.more', { count: more })}</a></p>` : ''
  }</details></li>`;
}

/** "Page 1 of 9 · 201 cases" and, when some are folded, how many urgent cases are real and how many folded. */
export function listCounts<T>(
  t: Translate,
  arranged: Arranged<T>,
  cases: number,
  page: { page: number; pages: number },
) {
  return html`<p class="count">${t('inbox.pages.count', { page: page.page, pages: page.pages, count: cases })}${
    arranged.folded
      ? html` · <strong>${t('inbox.pages.urgentCount', { real: arranged.realUrgent, folded: arranged.folded })}</strong>`
      : ''
  }</p>`;
}

/** Previous / next links, keeping the folder, the search and the filters (`base` ends in the query so far). */
export function pager(t: Translate, base: string, page: { page: number; pages: number }) {
  if (page.pages <= 1) return '';
  return html`<nav class="pages">${
    page.page > 1
      ? html`<a rel="prev" href="${`${base}&p=${page.page - 1}`}">${t('inbox.pages.previous')}</a>`
      : ''
  }${page.page < page.pages ? html`<a rel="next" href="${`${base}&p=${page.page + 1}`}">${t('inbox.pages.next')}</a>` : ''}</nav>`;
}
