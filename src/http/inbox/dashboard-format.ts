/**
 * How the dashboard writes its numbers, in the staff member's language (Intl: counts, shares,
 * signed changes; durations with the unit words from locales), and its two kinds of plain
 * table: a figure against the previous period with the change, and a chart's numbers per day,
 * week or month. A figure's name links to its conversations when the reader may see them.
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { Compared } from '../../staff/dashboard-figures.ts';
import type { Bucket } from '../../staff/dashboard-period.ts';

/** How each language writes numbers and dates (Kreyòl: as in Haiti, after French). */
export const LOCALES: Record<Lang, string> = { es: 'es-MX', en: 'en-US', ht: 'fr-HT' };

/** A count, a share of a whole (0–1) or a duration (ms): how a value and its change are written. */
export type Kind = 'count' | 'share' | 'duration';

export type Formats = ReturnType<typeof makeFormats>;

function makeFormats(t: Translate, lang: Lang) {
  const locale = LOCALES[lang];
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedTenths = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedPercent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const none = t('inbox.dashboard.none');
  const unit = (key: string, n: number) =>
    t(`inbox.dashboard.duration.${key}`, { n: (n < 10 ? tenths : whole).format(n) });
  /** Seconds up to a minute and a half, minutes up to an hour and a half, hours up to two days, then days. */
  const duration = (ms: number) =>
    ms < 90_000
      ? unit('s', Math.round(ms / 1000))
      : ms < 5_400_000
        ? unit('min', Math.round(ms / 60_000))
        : ms < 172_800_000
          ? unit('h', ms / 3_600_000)
          : unit('d', ms / 86_400_000);
  return {
    count: (n: number) => whole.format(n),
    value(v: number | null, kind: Kind) {
      if (v === null) return none;
      return kind === 'count' ? whole.format(v) : kind === 'share' ? percent.format(v) : duration(v);
    },
    /** Counts: the difference and, from a non-zero previous, the percent; shares: percentage points; durations: percent. */
    change(c: Compared, kind: Kind) {
      if (c.delta === null) return none;
      if (kind === 'share') return t('inbox.dashboard.points', { n: signedTenths.format(c.delta * 100) });
      if (kind === 'duration') return c.relative === null ? none : signedPercent.format(c.relative);
      return c.relative === null
        ? signed.format(c.delta)
        : `${signed.format(c.delta)} (${signedPercent.format(c.relative)})`;
    },
  };
}

const cache = new Map<Lang, Formats>();
/** The formats of a language (Intl's formatters are built once). */
export function formatsFor(t: Translate, lang: Lang): Formats {
  const kept = cache.get(lang);
  if (kept) return kept;
  const made = makeFormats(t, lang);
  cache.set(lang, made);
  return made;
}

/** A figure's row: its name (a link to its conversations, when given), now, before, the change. */
export interface Row {
  label: string;
  figure: Compared;
  kind: Kind;
  href?: string | undefined;
}
/** A row that heads the rows after it (the channel's people after its conversations). */
export type Heading = { heading: string };

const named = (label: string, href?: string) => (href ? html`<a href="${href}">${label}</a>` : label);

/** `hideCaption`: the caption repeats the heading just above, so only screen readers get it. */
export function compareTable(
  t: Translate,
  f: Formats,
  caption: string,
  rows: readonly (Row | Heading)[],
  hideCaption = false,
) {
  return html`<div class="scroll"><table class="figs"><caption class="${hideCaption ? 'sr' : ''}">${caption}</caption>
<thead><tr><th scope="col">${t('inbox.dashboard.columns.figure')}</th><th scope="col">${t('inbox.dashboard.columns.current')}</th><th scope="col">${t('inbox.dashboard.columns.previous')}</th><th scope="col">${t('inbox.dashboard.columns.change')}</th></tr></thead>
<tbody>${rows.map((r) =>
    'heading' in r
      ? html`<tr><th colspan="4" scope="rowgroup">${r.heading}</th></tr>`
      : html`<tr><th scope="row">${named(r.label, r.href)}</th><td>${f.value(r.figure.value, r.kind)}</td><td>${f.value(r.figure.previous, r.kind)}</td><td>${f.change(r.figure, r.kind)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** A group of days as a table writes it: the day, the month, or from one day to another (its year once). */
export function bucketName(b: Bucket): string {
  if (b.from === b.to) return b.from;
  const wholeMonth =
    b.from.endsWith('-01') && b.to.slice(0, 7) === b.from.slice(0, 7) && nextDayStartsMonth(b.to);
  if (wholeMonth) return b.from.slice(0, 7);
  return `${b.from} – ${b.to.startsWith(b.from.slice(0, 5)) ? b.to.slice(5) : b.to}`;
}
const nextDayStartsMonth = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().endsWith('-01T00:00:00.000Z');

/** A column's short name under a chart: "11-22" for a day or a week's first day, "2026-11" for a month. */
export const columnName = (b: Bucket, grouping: string): string =>
  grouping === 'month' ? b.from.slice(0, 7) : b.from.slice(5);

/** A chart's numbers per group of days, each linked to its conversations when `href` is given. */
export function bucketTable(
  t: Translate,
  f: Formats,
  caption: string,
  buckets: readonly Bucket[],
  columns: readonly { name: string; values: readonly number[]; filter: string }[],
  href?: (filter: string, b: Bucket) => string,
) {
  const totals = columns.map((c) => c.values.reduce((a, b) => a + b, 0));
  return html`<div class="scroll"><table class="figs"><caption>${caption}</caption>
<thead><tr><th scope="col">${t('inbox.dashboard.columns.dates')}</th>${columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
<tbody>${buckets.map(
    (b, i) =>
      html`<tr><th scope="row" class="when">${bucketName(b)}</th>${columns.map(
        (c) => html`<td>${named(f.count(c.values[i] ?? 0), href?.(c.filter, b))}</td>`,
      )}</tr>`,
  )}</tbody>
<tfoot><tr><th scope="row">${t('inbox.dashboard.columns.total')}</th>${totals.map((n) => html`<td>${f.count(n)}</td>`)}</tr></tfoot></table></div>`;
}

/** The topic's title in the reader's language (the id when there is none). */
export function topicName(t: Translate, id: string): string {
  const title = t(`topics.${id}`);
  return title === `topics.${id}` ? id : title;
}

/** "topic.facet" in the reader's words: "Apostilla · Costo" (a facet locales lack: as it is). */
export function facetName(t: Translate, pair: string): string {
  const [topic = '', facet = ''] = pair.split('.');
  const key = `inbox.dashboard.facetNames.${facet}`;
  const words = t(key);
  return `${topicName(t, topic)} · ${words === key ? facet : words}`;
}
