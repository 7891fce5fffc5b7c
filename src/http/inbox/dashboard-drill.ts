/**
 * Drill-down (/staff/dashboard/conversations?from=…&to=…&filter=…): the conversations behind
 * a dashboard figure, from their summaries (no message text), newest first, 100 a page, each
 * named by its cases' folios (never its id, which may be a phone number) and linking to its
 * transcript; above them, how many people they are and how many conversations they started
 * in the period, the very figures the dashboard shows. Only for staff who may read conversations (admins): a viewer is
 * sent back to the figures, an agent refused like on the dashboard. The query is validated
 * with zod: days, a filter the figures' links write (src/staff/dashboard-filter.ts), a page.
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { dayOf } from '../../core/activity-keys.ts';
import type { ConversationSummary } from '../../core/ports/activity-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { type Filter, filterSchema, filterText, matches } from '../../staff/dashboard-filter.ts';
import { startsIn } from '../../staff/dashboard-people.ts';
import { daySchema, instantsOf, lengthOf, MAX_DAYS, type Period } from '../../staff/dashboard-period.ts';
import { DASHBOARD_STYLE } from './dashboard-charts.ts';
import { facetName, topicName } from './dashboard-format.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';
import { layout } from './views.ts';

export const DRILL_PAGE_SIZE = 100;

/** Who sees the figures, and who their conversations (the issue: admins and viewers see the dashboard). */
export const dashboardAccess = (account: StaffAccount) => ({
  figures: account.role === 'admin' || account.role === 'viewer',
  drill: account.role === 'admin',
});

/** The link from a figure to its conversations. */
export const drillHref = (period: Period, filter: string, page = 1) =>
  `/staff/dashboard/conversations?${new URLSearchParams({ from: period.from, to: period.to, filter, ...(page > 1 ? { page: String(page) } : {}) })}`;

const querySchema = z
  .object({
    from: daySchema,
    to: daySchema,
    filter: z.string().default('all').pipe(filterSchema),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine((q) => q.from <= q.to && lengthOf(q) <= MAX_DAYS);

const d = (key: string) => `inbox.dashboard.${key}`;

/** What the list's conversations share, in words. */
function filterName(t: Translate, filter: Filter): string {
  switch (filter.kind) {
    case 'lang':
      return t(d('drill.filters.lang'), { v: t(`language.${filter.value}`) });
    case 'topic':
      return t(d('drill.filters.topic'), { v: topicName(t, filter.value) });
    case 'facet':
      return t(d('drill.filters.facet'), { v: facetName(t, filter.value) });
    case 'channel':
      return t(d('drill.filters.channel'), { v: filter.value });
    case 'danger':
    case 'rating':
      return t(d(`drill.filters.${filter.kind}.${filter.value}`));
    default:
      return t(d(`drill.filters.${filter.kind}`));
  }
}

function line(t: Translate, s: ConversationSummary, when: (at: number) => string) {
  const flags = [
    s.danger !== 'none' ? t(d(`drill.filters.danger.${s.danger}`)) : '',
    s.urgent ? t(d('drill.filters.urgent')) : s.handoffAt !== undefined ? t(d('drill.filters.handoff')) : '',
    s.missed > 0 ? t(d('drill.missed'), { count: s.missed }) : '',
    s.notHelped > 0 ? t(d('drill.filters.notHelped')) : '',
    s.rating ? t(d(`drill.filters.rating.${s.rating}`)) : '',
  ].filter(Boolean);
  return html`<li class="${s.danger === 'emergency' || s.urgent ? 'urgent' : ''}"><a href="/staff/c/${encodeURIComponent(s.conversationId)}">${
    s.folios?.length ? s.folios.join(', ') : t(d('drill.noFolio'))
  }</a>
· ${s.channel} · ${t(`language.${s.lang}`)} · ${when(s.firstAt)} – ${when(s.lastAt)} · ${t(d('drill.turns'), { count: s.turns })}${
    s.topics.length ? html` · ${s.topics.map((id) => topicName(t, id)).join(', ')}` : ''
  }${flags.length ? html` · <strong>${flags.join(' · ')}</strong>` : ''}</li>`;
}

export function drillRoutes(app: Hono<InboxEnv>, options: InboxOptions, timeZone: string) {
  // "2026-11-22 14:05" in the office's time zone (Swedish writes dates the ISO way).
  const clock = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' });
  const when = (at: number) => clock.format(at);

  app.get('/dashboard/conversations', async (c) => {
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(account.langs[0] ?? 'es');
    const access = dashboardAccess(account);
    if (!access.drill)
      return access.figures ? c.redirect('/staff/dashboard') : c.text(t(d('notAllowed')), 403);
    const parsed = querySchema.safeParse(c.req.query());
    if (!parsed.success) return c.text(t(d('drill.invalid')), 400);
    const { from, to, filter, page } = parsed.data;
    const range = instantsOf({ from, to }, timeZone);
    const scope = { period: { from, to }, range, dayOf: (at: number) => dayOf(at, timeZone) };
    const found = (await options.store.summaries(range.from, range.to))
      .filter((s) => matches(s, filter, scope))
      .sort((a, b) => b.lastAt - a.lastAt || (a.conversationId < b.conversationId ? -1 : 1));
    const shown = found.slice((page - 1) * DRILL_PAGE_SIZE, page * DRILL_PAGE_SIZE);
    const text = filterText(filter);
    const nav = html`${page > 1 ? html`<a href="${drillHref({ from, to }, text, page - 1)}">${t(d('drill.newer'))}</a> ` : ''}${
      found.length > page * DRILL_PAGE_SIZE
        ? html`<a href="${drillHref({ from, to }, text, page + 1)}">${t(d('drill.older'))}</a>`
        : ''
    }`;
    const back = `/staff/dashboard?${new URLSearchParams({ from, to })}`;
    return c.html(
      layout(
        t,
        t(d('drill.title')),
        html`${DASHBOARD_STYLE}<p><a href="${back}">${t(d('drill.back'))}</a></p><h2>${t(d('drill.title'))}</h2>
<p>${t(d('drill.range'), { from, to })} · <strong>${filterName(t, filter)}</strong> · <span class="people">${t(d('drill.people'), { count: found.length })}</span> · <span class="started">${t(d('drill.started'), { count: found.reduce((n, s) => n + startsIn(s, range), 0) })}</span></p>
<p class="note">${t(d('drill.help'))}</p>
<ul class="list">${shown.length ? shown.map((s) => line(t, s, when)) : html`<li>${t(d('drill.empty'))}</li>`}</ul><p>${nav}</p>`,
        { csrf },
      ),
    );
  });
}
