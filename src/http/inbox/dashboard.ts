/**
 * The office's dashboard (/staff/dashboard), for admins and viewers, in the staff member's
 * language: the figures of a period against the period before, from the daily counters (one
 * read of both periods' days), except people and dangers, each person once per period, from
 * the conversations' summaries (dashboard-people.ts), plus the tickets no one has taken yet; charts and tables in dashboard-views.ts. Admins follow a figure to its
 * conversations (dashboard-drill.ts). Days are the office's (knowledge office.yaml timeZone),
 * as the engine counts them.
 */
import type { Hono } from 'hono';
import { dayOf } from '../../core/activity-keys.ts';
import { choosePeriod } from '../../staff/dashboard-period.ts';
import { readFigures } from '../../staff/dashboard-read.ts';
import { dashboardAccess, drillHref, drillRoutes } from './dashboard-drill.ts';
import { formatsFor } from './dashboard-format.ts';
import { dashboardPage } from './dashboard-views.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';

export function dashboardRoutes(app: Hono<InboxEnv>, options: InboxOptions, now: () => number): void {
  // The office's time zone, when the composition root passes it (UTC otherwise, as the counters' default).
  const timeZone = options.office?.timeZone ?? 'UTC';

  app.get('/dashboard', async (c) => {
    const { account, csrf } = c.get('session');
    const lang = account.langs[0] ?? 'es';
    const t = options.i18n.t(lang);
    const access = dashboardAccess(account);
    if (!access.figures) return c.text(t('inbox.dashboard.notAllowed'), 403);
    const chosen = choosePeriod(c.req.query(), dayOf(now(), timeZone));
    const [figures, open] = await Promise.all([
      readFigures(options.store, chosen, timeZone),
      options.store.listTickets(),
    ]);
    // Waiting: no one has taken it yet (what the inbox's first folder lists, bare requests too).
    const untaken = open.filter((ticket) => !ticket.assignee);
    const waiting = { all: untaken.length, urgent: untaken.filter((ticket) => ticket.urgent).length };
    const href = access.drill
      ? (filter: string, bucket?: { from: string; to: string }) => drillHref(bucket ?? chosen.period, filter)
      : undefined;
    return c.html(
      dashboardPage({ t, f: formatsFor(t, lang), account, csrf, chosen, figures, waiting, href }),
    );
  });

  drillRoutes(app, options, timeZone);
}
