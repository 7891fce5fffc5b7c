/**
 * The admin page /staff/reviews: per language, how many topic entries and interface strings
 * a named person has reviewed, how many are still machine text, and which ones changed in
 * Spanish after their review; the download of the texts to review and the upload of the result
 * (review-transfer.ts), and the commands that do the same.
 * It reads only what it is given (the Node server reads knowledge/reviews.yaml and the files);
 * every word comes from locales (inbox.reviews.*), in the admin's language.
 */
import { html, raw } from 'hono/html';
import { inlineStyle } from '../../core/inline-assets.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { type ReviewTransfer, transferBox } from './review-transfer.ts';
import { layout } from './views.ts';

/** One reviewable text as the page shows it (src/knowledge/review-status.ts computes them). */
export interface ReviewItem {
  kind: 'entry' | 'string';
  /** topics/apostille/ht.md or locales/ht/common.json */
  path: string;
  lang: Lang;
  /** A locale string's key; none for a topic entry, reviewed whole. */
  key?: string;
  status: 'reviewed' | 'machine' | 'needs-review';
  review?: { by: string; date: string };
}

/**
 * Where the page gets the reviews' state: every text's status, or why it cannot be read; and,
 * where the server can read and write the files, the download and upload (review-transfer.ts).
 */
export interface ContentReviewSource {
  state(): Promise<{ items: ReviewItem[] } | { problem: string }>;
  transfer?: ReviewTransfer;
}

type Counts = Record<ReviewItem['status'], number>;

function countsOf(items: readonly ReviewItem[], lang: Lang, kind: ReviewItem['kind']): Counts {
  const counts: Counts = { reviewed: 0, machine: 0, 'needs-review': 0 };
  for (const i of items) if (i.lang === lang && i.kind === kind) counts[i.status]++;
  return counts;
}

// Syntax a reviewer keeps as it is (markers and placeholders), shown inside a translated sentence.
const KEEP = '[^a] {{…}}';

// Inline, allowed by its hash in the Content-Security-Policy (src/http/security/headers.ts).
const PAGE_STYLE = raw(
  inlineStyle(
    'staff',
    `
div.wide{overflow-x:auto}table.reviews{border-collapse:collapse;background:#fff;margin:.5rem 0 1rem}
table.reviews th,table.reviews td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:right}
table.reviews th[scope=row],table.reviews thead th{text-align:left}
td.needs{color:#a40e26;font-weight:700}code,pre{background:#eef1f4;padding:.1rem .3rem;border-radius:.25rem}
pre{padding:.5rem .7rem;white-space:pre-wrap}details{margin:.3rem 0}
`,
  ),
);

/** The admins' link to the page, shown above the inbox's folders. */
export function contentReviewLink(t: Translate) {
  return html`<p><a href="/staff/reviews">${t('inbox.reviews.link')}</a></p>`;
}

function where(item: ReviewItem) {
  return item.key ? `${item.path} · ${item.key}` : item.path;
}

function languageSection(t: Translate, lang: Lang, items: ReviewItem[]) {
  const mine = items.filter((i) => i.lang === lang);
  const changed = mine.filter((i) => i.status === 'needs-review');
  const machineEntries = mine.filter((i) => i.kind === 'entry' && i.status === 'machine');
  const machineStrings = new Map<string, string[]>();
  for (const i of mine)
    if (i.kind === 'string' && i.status === 'machine')
      machineStrings.set(i.path, [...(machineStrings.get(i.path) ?? []), i.key ?? '']);
  const nothing = changed.length === 0 && machineEntries.length === 0 && machineStrings.size === 0;
  return html`<section id="lang-${lang}"><h3>${t(`language.${lang}`)}</h3>
${nothing ? html`<p>${t('inbox.reviews.none')}</p>` : ''}
${
  changed.length
    ? html`<h4>${t('inbox.reviews.changedTitle')}</h4><ul class="list needs-review">${changed.map(
        (i) =>
          html`<li><code>${where(i)}</code> · ${t('inbox.reviews.changedItem', { by: i.review?.by ?? '', date: i.review?.date ?? '' })}</li>`,
      )}</ul>`
    : ''
}
${
  machineEntries.length || machineStrings.size
    ? html`<h4>${t('inbox.reviews.machineTitle')}</h4>
<details><summary>${t('inbox.reviews.topicsCount', { count: machineEntries.length })}</summary><ul class="list">${machineEntries.map(
        (i) => html`<li><code>${i.path}</code></li>`,
      )}</ul></details>
${[...machineStrings].map(
  ([path, keys]) =>
    html`<details><summary>${t('inbox.reviews.stringsIn', { count: keys.length, file: path })}</summary><ul class="list">${keys.map(
      (k) => html`<li><code>${k}</code></li>`,
    )}</ul></details>`,
)}`
    : ''
}
${
  nothing
    ? ''
    : html`<p>${t('inbox.reviews.exportThis')}</p><pre><code>${t('inbox.reviews.exportCommand', { lang })}</code></pre>`
}</section>`;
}

export function contentReviewPage(
  t: Translate,
  state: { items: ReviewItem[] } | { problem: string },
  csrf: string,
  transfer = false,
) {
  const title = t('inbox.reviews.title');
  if ('problem' in state)
    return layout(
      t,
      title,
      html`<p><a href="/staff">${t('inbox.back')}</a></p><h2>${title}</h2>
<p class="error" role="alert">${t('inbox.reviews.failed', { problem: state.problem })}</p>`,
      { csrf },
    );
  const counts = Object.fromEntries(
    LANGS.map((l) => [
      l,
      { entries: countsOf(state.items, l, 'entry'), strings: countsOf(state.items, l, 'string') },
    ]),
  ) as Record<Lang, { entries: Counts; strings: Counts }>;
  const cell = (n: number, needs = false) => html`<td class="${needs && n > 0 ? 'needs' : ''}">${n}</td>`;
  return layout(
    t,
    title,
    html`${PAGE_STYLE}<p><a href="/staff">${t('inbox.back')}</a></p><h2>${title}</h2>
<p>${t('inbox.reviews.intro')}</p>
${transfer ? transferBox(t, csrf) : ''}
<div class="wide" tabindex="0" role="region" aria-label="${title}"><table class="reviews"><thead>
<tr><th rowspan="2">${t('inbox.language')}</th><th colspan="3">${t('inbox.reviews.topics')}</th><th colspan="3">${t('inbox.reviews.strings')}</th></tr>
<tr>${[0, 1].map(
      () =>
        html`<th>${t('inbox.reviews.status.reviewed')}</th><th>${t('inbox.reviews.status.machine')}</th><th>${t('inbox.reviews.status.needsReview')}</th>`,
    )}</tr></thead>
<tbody>${LANGS.map(
      (lang) =>
        html`<tr data-lang="${lang}"><th scope="row"><a href="#lang-${lang}">${t(`language.${lang}`)}</a></th>${cell(counts[lang].entries.reviewed)}${cell(counts[lang].entries.machine)}${cell(counts[lang].entries['needs-review'], true)}${cell(counts[lang].strings.reviewed)}${cell(counts[lang].strings.machine)}${cell(counts[lang].strings['needs-review'], true)}</tr>`,
    )}</tbody></table></div>
<h3>${t('inbox.reviews.howTitle')}</h3>
<ol><li>${t('inbox.reviews.how1')}<pre><code>${t('inbox.reviews.exportCommand', { lang: 'ht' })}</code></pre></li>
<li>${t('inbox.reviews.how2', { keep: KEEP })}</li>
<li>${t('inbox.reviews.how3')}<pre><code>${t('inbox.reviews.importCommand')}</code></pre></li></ol>
<p><strong>${t('inbox.reviews.reviewer')}</strong></p>
${LANGS.map((lang) => languageSection(t, lang, state.items))}`,
    { csrf },
  );
}
