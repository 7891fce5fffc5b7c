/**
 * The exports' pages, server-rendered with hono/html in the staff member's language:
 * /staff/export (the downloads, a period picker, what each CSV column holds) and the yearly
 * report to print (/staff/export/report: one table, the institute's lines of action by month,
 * totals per row and column, one line under each row saying what it counts; print CSS hides
 * the inbox's header and links and lays the table out landscape).
 */
import { html, raw } from 'hono/html';
import { inlineStyle } from '../../core/inline-assets.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { CONVERSATION_COLUMNS } from '../../staff/export-csv.ts';
import { MAX_PERIOD_DAYS } from '../../staff/export-period.ts';
import { type ReportRow, STRATEGIES, type YearlyReport } from '../../staff/export-report.ts';
import { layout } from './views.ts';

const STYLE = `
section.export{background:#fff;border-radius:.5rem;padding:.2rem 1rem .8rem;margin:1rem 0}
section.export dl{padding:0}section.export dd{margin:0}.wide{overflow-x:auto}section.export summary{cursor:pointer;padding:.3rem 0;min-height:24px}
@media (max-width:36rem){section.export dl{display:block}section.export dd{margin:0 0 .5rem}}
table.report{border-collapse:collapse;width:100%;background:#fff;font-size:.85rem}
table.report caption{text-align:left;font-weight:700;font-size:1.15rem;padding:.3rem 0}
table.report th,table.report td{border:1px solid #8c959f;padding:.2rem .35rem;vertical-align:top}
table.report td{text-align:right;font-variant-numeric:tabular-nums}
table.report th[scope=row]{text-align:left;font-weight:400;min-width:14rem}
table.report th[scope=row] small{display:block;color:#57606a}
table.report tr.group th{background:#eef1f4;text-align:left}
table.report tfoot th,table.report tfoot td,table.report td.total{font-weight:700}
@media print{header,#alert,.noprint{display:none}body{background:#fff}main{max-width:none;padding:0}
table.report{font-size:8pt}table.report th[scope=row]{min-width:0}@page{size:landscape;margin:1cm}}
`;
const STYLE_TAG = raw(inlineStyle('staff', STYLE));

/** A topic's name from locales (topics.*), or its id when locales have none. */
export function topicName(t: Translate, topic: string): string {
  const key = `topics.${topic}`;
  const name = t(key);
  return name === key ? topic : name;
}

const serviceKey = (id: string) => `inbox.exports.services.s${id.replaceAll('.', '_')}`;

/** A report row's name in the reader's language. */
export function rowName(t: Translate, row: ReportRow): string {
  if (row.id.startsWith('service:')) {
    const id = row.id.slice('service:'.length);
    return `${id} ${t(serviceKey(id))}`;
  }
  if (row.id.startsWith('topic:')) return topicName(t, row.id.slice('topic:'.length));
  return t(row.id === 'people' ? 'inbox.exports.report.people' : 'inbox.exports.report.total');
}

/** The one line under a row saying what it counts. */
function rowCounts(t: Translate, row: ReportRow): string {
  if (row.id === 'people') return t('inbox.exports.report.peopleCounts');
  if (row.id === 'total') return t('inbox.exports.report.totalCounts');
  return t('inbox.exports.report.counts', {
    topics: row.topics.map((topic) => topicName(t, topic)).join('; '),
  });
}

export interface ExportPageInput {
  timeZone: string;
  /** The period the picker starts with ("YYYY-MM-DD") and the year the report picker starts with. */
  from: string;
  to: string;
  year: number;
  csrf: string;
}

export function exportPage(t: Translate, input: ExportPageInput) {
  const { from, to, year } = input;
  const years = [year, year - 1];
  return layout(
    t,
    t('inbox.exports.title'),
    html`${STYLE_TAG}<p><a href="/staff">${t('inbox.back')}</a></p><h2>${t('inbox.exports.title')}</h2>
<section class="export"><h3>${t('inbox.exports.conversations.title')}</h3>
<p>${t('inbox.exports.conversations.help', { timeZone: input.timeZone, days: MAX_PERIOD_DAYS })}</p>
<form method="get" action="/staff/export/conversations.csv">
<label>${t('inbox.exports.from')} <input type="date" name="from" value="${from}" required></label>
<label>${t('inbox.exports.to')} <input type="date" name="to" value="${to}" required></label>
<button>${t('inbox.exports.conversations.download')}</button></form>
<details><summary>${t('inbox.exports.conversations.columns')}</summary><dl>${CONVERSATION_COLUMNS.map(
      ([id]) => html`<dt><code>${id}</code></dt><dd>${t(`inbox.exports.columns.${id}`)}</dd>`,
    )}</dl></details></section>
<section class="export"><h3>${t('inbox.exports.report.heading')}</h3>
<p>${t('inbox.exports.report.help')}</p>
<form method="get" action="/staff/export/report">
<label>${t('inbox.exports.year')} <input type="number" name="year" min="2000" max="2099" value="${year}" required></label>
<button>${t('inbox.exports.report.show')}</button></form>
<p>${t('inbox.exports.report.csv')}: ${years.map(
      (y, i) => html`${i ? ' · ' : ''}<a href="/staff/export/report-${y}.csv">${y}</a>`,
    )}</p></section>`,
    { csrf: input.csrf },
  );
}

export interface ReportPageInput {
  report: YearlyReport;
  /** The office's name in the reader's language (knowledge/office.yaml), when the inbox was given it. */
  officeName: string | undefined;
  timeZone: string;
  /** Twelve month names, January first. */
  monthNames: readonly string[];
  /** Where "back" leads: the exports page (admins) or the dashboard (viewers). */
  back: string;
  csrf: string;
}

export function reportPage(t: Translate, input: ReportPageInput) {
  const { report, monthNames } = input;
  const title = t('inbox.exports.report.title', { year: report.year });
  const cells = (row: ReportRow) =>
    html`${row.months.map((n) => html`<td>${n}</td>`)}<td class="total">${row.total}</td>`;
  const line = (row: ReportRow) =>
    html`<tr><th scope="row">${rowName(t, row)}<small>${rowCounts(t, row)}</small></th>${cells(row)}</tr>`;
  const group = (label: string) =>
    html`<tr class="group"><th scope="rowgroup" colspan="14">${label}</th></tr>`;
  const body = STRATEGIES.map(
    (strategy) =>
      html`${group(`${strategy} ${t(`inbox.exports.strategies.s${strategy.replace('.', '_')}`)}`)}${report.services
        .filter((r) => r.service.strategy === strategy)
        .map(line)}`,
  );
  const others = report.others.length
    ? html`${group(t('inbox.exports.report.others'))}${report.others.map(line)}`
    : '';
  const { year } = report;
  return layout(
    t,
    title,
    html`${STYLE_TAG}<p class="noprint"><a href="${input.back}">${t('inbox.back')}</a> · <a href="/staff/export/report?year=${year - 1}">${year - 1}</a> · <a href="/staff/export/report?year=${year + 1}">${year + 1}</a> · <a href="/staff/export/report-${year}.csv">${t('inbox.exports.report.csv')}</a> · ${t('inbox.exports.report.print')}</p>
${input.officeName ? html`<h2>${input.officeName}</h2>` : ''}
<p>${t('inbox.exports.report.explain', { timeZone: input.timeZone })}</p>
<div class="wide" tabindex="0" role="region" aria-label="${title}"><table class="report"><caption>${title}</caption>
<thead><tr><th scope="col">${t('inbox.exports.report.service')}</th>${monthNames.map(
      (m) => html`<th scope="col">${m}</th>`,
    )}<th scope="col">${t('inbox.exports.report.totalColumn')}</th></tr></thead>
<tbody>${body}${others}</tbody>
<tfoot>${line(report.total)}${line(report.people)}</tfoot></table></div>
<p><small>${t('inbox.exports.report.source')}</small></p>`,
    { csrf: input.csrf, home: input.back === '/staff/dashboard' ? '/staff/dashboard' : '/staff' },
  );
}
