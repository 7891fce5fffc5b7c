/**
 * The improvement page's HTML (hono/html, every value escaped): the last filing and how many
 * listed texts it made understood, then the texts grouped by likely topic, each with the
 * topic to file it under (preselected) and the buttons to file or dismiss it.
 */
import { html, raw } from 'hono/html';
import { inlineStyle } from '../../core/inline-assets.ts';
import type { ReviewItem } from '../../core/ports/activity-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { layout } from './views.ts';

// On a phone: a select is as wide as its longest option (the topics' titles are long), and a
// text may hold a long unbroken word; both stay within the line instead of widening the page.
const STYLE_TAG = raw(
  inlineStyle('staff', 'ul.review select{max-width:100%}ul.review q{overflow-wrap:anywhere}'),
);

export interface LastFiling {
  text: string;
  topic: string;
  by: string;
  at: number;
  /** Listed texts understood after the filing that were not before (the filed one included). */
  fixed: number;
  listed: number;
}

export interface ImproveRow {
  item: ReviewItem;
  /** The topic understanding now thinks likeliest ('none' when it has no guess). */
  likely: string;
  /** Understanding now reads it as a topic, or as not the office's. */
  understood: boolean;
}

export function improvePage(
  t: Translate,
  view: { rows: ImproveRow[]; topics: Array<{ id: string; title: string }>; csrf: string; last?: LastFiling },
) {
  const titleOf = (id: string) =>
    id === 'none' ? t('inbox.improve.none') : (view.topics.find((x) => x.id === id)?.title ?? id);
  const groups = new Map<string, ImproveRow[]>();
  for (const row of view.rows) groups.set(row.likely, [...(groups.get(row.likely) ?? []), row]);
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  const last = view.last;
  const options = (chosen: string) =>
    html`${view.topics.map((x) => html`<option value="${x.id}" ${x.id === chosen ? 'selected' : ''}>${x.title}</option>`)}<option value="none" ${chosen === 'none' ? 'selected' : ''}>${t('inbox.improve.none')}</option>`;
  const row = ({ item, likely, understood }: ImproveRow) => html`<li>
<q>${item.text}</q> <span class="who">${item.lang} · ${t(`inbox.improve.kind.${item.kind}`)} · ${new Date(item.at).toISOString().slice(0, 10)}${understood ? html` · <strong>${t('inbox.improve.nowUnderstood')}</strong>` : ''}</span>
<form class="inline" method="post" action="/staff/improve/file"><input type="hidden" name="csrf" value="${view.csrf}"><input type="hidden" name="id" value="${item.id}">
<label>${t('inbox.improve.fileUnder')} <select name="topic">${options(likely)}</select></label> <button>${t('inbox.improve.file')}</button></form>
<form class="inline" method="post" action="/staff/improve/dismiss"><input type="hidden" name="csrf" value="${view.csrf}"><input type="hidden" name="id" value="${item.id}"><button>${t('inbox.improve.dismiss')}</button></form></li>`;
  return layout(
    t,
    t('inbox.improve.title'),
    html`${STYLE_TAG}<p><a href="/staff">${t('inbox.back')}</a></p><h2>${t('inbox.improve.title')}</h2>
<p>${t('inbox.improve.intro')}</p>
${last ? html`<p class="window">${t('inbox.improve.last', { text: last.text, topic: titleOf(last.topic), by: last.by, fixed: last.fixed, listed: last.listed })}</p>` : ''}
${
  ordered.length
    ? ordered.map(
        ([topic, rows]) =>
          html`<h3>${titleOf(topic)} (${rows.length})</h3><ul class="list review">${rows.map(row)}</ul>`,
      )
    : html`<p>${t('inbox.improve.empty')}</p>`
}`,
    { csrf: view.csrf },
  );
}
