/**
 * Exports (/staff/export/*, issue 19): the page with the downloads (/staff/export); one row
 * per conversation active in a period as CSV (/staff/export/conversations.csv?from=&to=, from
 * the conversation summaries: no message text); the yearly report in the institute's shape,
 * people served per service and per month, printable (/staff/export/report?year=) and as CSV
 * (/staff/export/report-YYYY.csv), from the daily counters. Days are the office's
 * (knowledge.office.timeZone; UTC when the inbox was given no office). Agents get 403. The
 * report (counts only, no conversation) is for admins and viewers; the page and the
 * conversations CSV (which name conversations) for admins only. routes.ts sends viewers to the
 * dashboard unless its VIEWER_PAGES lets the report's paths through.
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { dayOf } from '../../core/activity-keys.ts';
import { csvFile } from '../../core/csv.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { conversationRows } from '../../staff/export-csv.ts';
import { MAX_PERIOD_DAYS, periodMs, periodQuery, yearSchema } from '../../staff/export-period.ts';
import { reportCsvRows, yearlyReport } from '../../staff/export-report.ts';
import { exportPage, reportPage, rowName } from './export-pages.ts';
import type { ExportOffice, InboxOptions } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';

type Role = StaffAccount['role'];
/** The conversations CSV takes every conversation's figures out of the inbox at once (ids that open them): admins. */
const MAY_EXPORT: readonly Role[] = ['admin'];
/** The report holds counts only, the office's account of its work: admins and viewers. */
const MAY_REPORT: readonly Role[] = ['admin', 'viewer'];

/** The link to /staff/export for the list page's header: admins only. */
export function exportLink(t: Translate, account: StaffAccount) {
  return MAY_EXPORT.includes(account.role)
    ? html`<p><a href="/staff/export">${t('inbox.exports.title')}</a></p>`
    : '';
}

const csvHeaders = (filename: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
});

export function exportRoutes(
  app: Hono<InboxEnv>,
  options: InboxOptions & { office?: ExportOffice },
  now: () => number,
): void {
  const timeZone = options.office?.timeZone ?? 'UTC';
  const lang = (account: StaffAccount) => account.langs[0] ?? 'es';
  const today = () => dayOf(now(), timeZone);

  /** The reader's texts, or a 403 response when their role may not open the page. */
  function reader(
    c: Context<InboxEnv>,
    roles = MAY_EXPORT,
  ): { t: Translate; account: StaffAccount; csrf: string } | Response {
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(lang(account));
    if (!roles.includes(account.role)) return c.text(t('inbox.exports.adminsOnly'), 403);
    return { t, account, csrf };
  }

  /** The year of `?year=` (this year when absent), or a 400 saying what to write. */
  function yearOf(c: Context<InboxEnv>, t: Translate, asked: string | undefined): number | Response {
    const thisYear = today().slice(0, 4);
    const parsed = yearSchema.safeParse(asked ?? thisYear);
    return parsed.success ? parsed.data : c.text(t('inbox.exports.badYear', { year: thisYear }), 400);
  }

  async function report(year: number) {
    return yearlyReport(await options.store.activity(`${year}-01-01`, `${year}-12-31`), year);
  }

  app.get('/export', (c) => {
    const r = reader(c);
    if (r instanceof Response) return r;
    const to = today();
    return c.html(
      exportPage(r.t, {
        timeZone,
        from: `${to.slice(0, 8)}01`,
        to,
        year: Number(to.slice(0, 4)),
        csrf: r.csrf,
      }),
    );
  });

  app.get('/export/conversations.csv', async (c) => {
    const r = reader(c);
    if (r instanceof Response) return r;
    const parsed = periodQuery.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!parsed.success) {
      const to = today();
      const example = { from: `${to.slice(0, 8)}01`, to, days: MAX_PERIOD_DAYS };
      return c.text(r.t('inbox.exports.badPeriod', example), 400);
    }
    const { from, to } = parsed.data;
    const period = periodMs(from, to, timeZone);
    const summaries = await options.store.summaries(period.from, period.to);
    return c.body(
      csvFile(conversationRows(summaries, timeZone)),
      200,
      csvHeaders(`conversations-${from}-${to}.csv`),
    );
  });

  app.get('/export/report', async (c) => {
    const r = reader(c, MAY_REPORT);
    if (r instanceof Response) return r;
    const year = yearOf(c, r.t, c.req.query('year'));
    if (year instanceof Response) return year;
    const monthNames = options.i18n.list(lang(r.account), 'inbox.exports.months');
    return c.html(
      reportPage(r.t, {
        report: await report(year),
        officeName: options.office?.name[lang(r.account)],
        timeZone,
        monthNames,
        back: MAY_EXPORT.includes(r.account.role) ? '/staff/export' : '/staff/dashboard',
        csrf: r.csrf,
      }),
    );
  });

  app.get('/export/:file{report-.*\\.csv}', async (c) => {
    const r = reader(c, MAY_REPORT);
    if (r instanceof Response) return r;
    const year = yearOf(c, r.t, c.req.param('file').slice('report-'.length, -'.csv'.length));
    if (year instanceof Response) return year;
    const rows = reportCsvRows(await report(year), (row) => rowName(r.t, row));
    return c.body(csvFile(rows), 200, csvHeaders(`report-${year}.csv`));
  });
}
