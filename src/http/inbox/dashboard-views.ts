/**
 * The dashboard page (/staff/dashboard), server-rendered in the staff member's language: the
 * period picker (the last 7, 30, 90 or 365 days as links, or dates in a form: no script), the
 * summary, charts (inline SVG, dashboard-charts.ts) each with a plain table of its numbers,
 * and the tables of every other figure against the previous period. Figures link to their
 * conversations (dashboard-drill.ts) only when `href` is given: never for viewers.
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { compared, type Figures, type Quantiles } from '../../staff/dashboard-figures.ts';
import { type Bucket, type Chosen, MAX_DAYS, PRESETS } from '../../staff/dashboard-period.ts';
import { accountLinks } from './accounts.ts';
import { barChart, columnChart, DASHBOARD_STYLE, legend } from './dashboard-charts.ts';
import {
  bucketTable,
  columnName,
  compareTable,
  type Formats,
  facetName,
  type Heading,
  type Row,
  topicName,
} from './dashboard-format.ts';
import { layout } from './views.ts';

/** Topics drawn in the chart; the table under it lists them all. */
const TOPICS_DRAWN = 12;
/** Details (facets) listed. */
const FACETS_LISTED = 20;

export interface DashboardView {
  t: Translate;
  f: Formats;
  account: StaffAccount;
  csrf: string;
  chosen: Chosen;
  figures: Figures;
  /** Tickets no one has taken yet, and how many of them are urgent. */
  waiting: { all: number; urgent: number };
  /** The link to a figure's conversations (a group of days, or the whole period); absent for viewers. */
  href?: ((filter: string, b?: Bucket) => string) | undefined;
}

const d = (key: string) => `inbox.dashboard.${key}`;

const langName = (t: Translate, l: Lang) => t(`language.${l}`);

function picker(v: DashboardView) {
  const { t, chosen } = v;
  const group = chosen.group === 'auto' ? '' : `&group=${chosen.group}`;
  return html`<nav class="presets">${PRESETS.map(
    (p) =>
      html`<a href="/staff/dashboard?period=${p}${group}" ${chosen.preset === p ? html`aria-current="page"` : ''}>${t(d('period.last'), { days: p })}</a>`,
  )}</nav>
<form class="period" method="get" action="/staff/dashboard">
<label>${t(d('period.from'))}<br><input type="date" name="from" value="${chosen.period.from}" required></label>
<label>${t(d('period.to'))}<br><input type="date" name="to" value="${chosen.period.to}" required></label>
<label>${t(d('period.group'))}<br><select name="group">${(['auto', 'day', 'week', 'month'] as const).map(
    (g) => html`<option value="${g}" ${chosen.group === g ? 'selected' : ''}>${t(d(`period.${g}`))}</option>`,
  )}</select></label>
<button>${t(d('period.show'))}</button></form>
${chosen.invalid ? html`<p class="error" role="alert">${t(d('period.invalid'), { days: MAX_DAYS })}</p>` : ''}
<p>${t(d('period.showing'), { from: chosen.period.from, to: chosen.period.to, prevFrom: chosen.previous.from, prevTo: chosen.previous.to })}</p>`;
}

function activityCard(v: DashboardView) {
  const { t, f, figures, chosen } = v;
  const s = figures.series;
  const titles = s.buckets.map((b) => (b.from === b.to ? b.from : `${b.from} – ${b.to}`));
  const columns = s.buckets.map((b) => columnName(b, chosen.grouping));
  const [conversations, people] = [t(d('figures.conversations')), t(d('figures.people'))];
  const title = t(d('sections.activity'));
  return html`<div class="card"><h3>${title}</h3>
${columnChart({ label: title, columns, titles, stacked: [{ name: conversations, values: s.conversations }], line: { name: people, values: s.people }, format: f.count })}
${legend([{ name: conversations }], people)}<p class="note">${t(d('peopleNote'))}</p>
${bucketTable(
  t,
  f,
  title,
  s.buckets,
  [
    { name: conversations, values: s.conversations, filter: 'all' },
    { name: people, values: s.people, filter: 'all' },
  ],
  v.href,
)}</div>`;
}

/** Conversations over time by channel or by language, and each one's totals against the previous period. */
function breakdownCard(v: DashboardView, dim: 'channel' | 'lang') {
  const { t, f, figures, chosen } = v;
  const s = figures.series;
  const title = t(d(`sections.${dim === 'channel' ? 'channels' : 'langs'}`));
  const rows = dim === 'channel' ? figures.byChannel : figures.byLang;
  const name = (key: string) => (dim === 'lang' ? langName(t, key as Lang) : key);
  const series = rows.map((r) => ({
    name: name(r.key),
    values: dim === 'channel' ? (s.byChannel[r.key] ?? []) : s.byLang[r.key as Lang],
    filter: `${dim}:${r.key}`,
  }));
  const titles = s.buckets.map((b) => (b.from === b.to ? b.from : `${b.from} – ${b.to}`));
  const columns = s.buckets.map((b) => columnName(b, chosen.grouping));
  const compare: (Row | Heading)[] = [
    { heading: t(d('figures.conversations')) },
    ...rows.map((r) => ({
      label: name(r.key),
      figure: r.conversations,
      kind: 'count' as const,
      href: v.href?.(`${dim}:${r.key}`),
    })),
    { heading: t(d('figures.people')) },
    ...rows.map((r) => ({
      label: name(r.key),
      figure: r.people,
      kind: 'count' as const,
      href: v.href?.(`${dim}:${r.key}`),
    })),
  ];
  return html`<div class="card"><h3>${title}</h3>
${columnChart({ label: title, columns, titles, stacked: series, format: f.count })}${legend(series)}
${bucketTable(t, f, `${title} · ${t(d('figures.conversations'))}`, s.buckets, series, v.href)}
${compareTable(t, f, title, compare, true)}</div>`;
}

function topicsCard(v: DashboardView) {
  const { t, f, figures } = v;
  const title = t(d('sections.topics'));
  const items = figures.topics
    .slice(0, TOPICS_DRAWN)
    .map((x) => ({ name: topicName(t, x.topic), value: x.served.value ?? 0 }));
  const rows = figures.topics.map((x) => ({
    label: topicName(t, x.topic),
    figure: x.served,
    kind: 'count' as const,
    href: v.href?.(`topic:${x.topic}`),
  }));
  return html`<div class="card"><h3>${title}</h3><p class="note">${t(d('topicsNote'))}</p>
${barChart({ label: title, items, format: f.count })}
${compareTable(t, f, title, rows, true)}</div>`;
}

const quantileRows = (v: DashboardView, q: Quantiles, median: string, p90: string, filter: string): Row[] => [
  { label: v.t(d(`figures.${median}`)), figure: q.median, kind: 'duration', href: v.href?.(filter) },
  { label: v.t(d(`figures.${p90}`)), figure: q.p90, kind: 'duration', href: v.href?.(filter) },
];

/** The figures without a chart, each section a table. */
function tables(v: DashboardView) {
  const { t, f, figures: x } = v;
  const row = (key: string, figure: Row['figure'], kind: Row['kind'], filter?: string): Row => ({
    label: t(d(`figures.${key}`)),
    figure,
    kind,
    href: filter ? v.href?.(filter) : undefined,
  });
  const u = x.understanding;
  const waiting = (n: number): Row['figure'] => compared(n, null);
  const queue = v.href ? '/staff' : undefined;
  const section = (key: string, rows: readonly (Row | Heading)[], note = '') =>
    html`<section><h3>${t(d(`sections.${key}`))}</h3>${note ? html`<p class="note">${note}</p>` : ''}${compareTable(t, f, t(d(`sections.${key}`)), rows, true)}</section>`;
  return html`${section(
    'facets',
    x.facets.slice(0, FACETS_LISTED).map((r) => ({
      label: facetName(t, r.facet),
      figure: r.turns,
      kind: 'count' as const,
      href: v.href?.(`facet:${r.facet}`),
    })),
    t(d('facetsNote'), { n: FACETS_LISTED }),
  )}
${section('understanding', [
  row('understood', u.share, 'share', 'missed'),
  ...u.byLang.map((l) => ({
    label: t(d('figures.understoodIn'), { lang: langName(t, l.key) }),
    figure: l.share,
    kind: 'share' as const,
    href: v.href?.(`lang:${l.key}`),
  })),
  row('text', u.text, 'count'),
  row('unclear', u.unclear, 'count', 'missed'),
  row('outOfScope', u.outOfScope, 'count', 'missed'),
  row('notHelped', u.notHelped, 'count', 'notHelped'),
])}
${section('danger', [
  row('emergency', x.danger.emergency, 'count', 'danger:emergency'),
  row('possible', x.danger.possible, 'count', 'danger:possible'),
  row('urgentHandoffs', x.danger.urgentHandoffs, 'count', 'urgent'),
  ...quantileRows(v, x.danger.urgentFirstResponse, 'urgentFirstMedian', 'urgentFirstP90', 'urgent'),
])}
${section(
  'staff',
  [
    row('handoffs', x.staff.handoffs, 'count', 'handoff'),
    { label: t(d('figures.waiting')), figure: waiting(v.waiting.all), kind: 'count', href: queue },
    { label: t(d('figures.waitingUrgent')), figure: waiting(v.waiting.urgent), kind: 'count', href: queue },
    ...quantileRows(v, x.staff.firstResponse, 'firstMedian', 'firstP90', 'responded'),
    ...quantileRows(v, x.staff.resolution, 'resolutionMedian', 'resolutionP90', 'resolved'),
  ],
  t(d('timesNote')),
)}
${section('ratings', [
  row('helped', x.ratings.helped, 'count', 'rating:helped'),
  row('ratedNotHelped', x.ratings.notHelped, 'count', 'rating:notHelped'),
  row('helpedShare', x.ratings.helpedShare, 'share', 'rated'),
])}
${section('followUps', [
  row('followUpAccepted', x.followUps.accepted, 'count'),
  row('followUpDeclined', x.followUps.declined, 'count'),
  row('outcomeResolved', x.followUps.resolved, 'count'),
  row('outcomeWaiting', x.followUps.waiting, 'count'),
  row('outcomeNeedHelp', x.followUps.needHelp, 'count'),
])}`;
}

export function dashboardPage(v: DashboardView) {
  const { t, f, figures: x, account } = v;
  const summary: Row[] = [
    {
      label: t(d('figures.conversations')),
      figure: x.totals.conversations,
      kind: 'count',
      href: v.href?.('all'),
    },
    { label: t(d('figures.people')), figure: x.totals.people, kind: 'count', href: v.href?.('all') },
    { label: t(d('figures.turns')), figure: x.totals.turns, kind: 'count', href: v.href?.('all') },
    {
      label: t(d('figures.understood')),
      figure: x.understanding.share,
      kind: 'share',
      href: v.href?.('missed'),
    },
    { label: t(d('figures.handoffs')), figure: x.staff.handoffs, kind: 'count', href: v.href?.('handoff') },
    {
      label: t(d('figures.helpedShare')),
      figure: x.ratings.helpedShare,
      kind: 'share',
      href: v.href?.('rated'),
    },
  ];
  const back = account.role === 'viewer' ? '' : html`<p><a href="/staff">${t('inbox.back')}</a></p>`;
  return layout(
    t,
    t(d('title')),
    html`${DASHBOARD_STYLE}<div class="dash">${back}${accountLinks(t, account)}<h2>${t(d('title'))}</h2>
<p class="note">${t(d('intro'))}</p>
${picker(v)}
<section><h3>${t(d('sections.summary'))}</h3>${compareTable(t, f, t(d('sections.summary')), summary, true)}</section>
<section class="charts">${activityCard(v)}${breakdownCard(v, 'channel')}${breakdownCard(v, 'lang')}${topicsCard(v)}</section>
${tables(v)}</div>`,
    { csrf: v.csrf, home: account.role === 'viewer' ? '/staff/dashboard' : '/staff' },
  );
}
