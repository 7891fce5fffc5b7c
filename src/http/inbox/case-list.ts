/**
 * The inbox's list at /staff: the folders (unassigned, mine, all open, closed), the search
 * and filters (case-search.ts), and one row per case that tells cases apart without opening
 * them: the topic's title, a one-line summary (the case's key answers, else the person's
 * first words, else their name), the folio, the status, language, channel, how long it has
 * waited (or when it closed), the urgent mark and who has it, and who the person is by name
 * and channel, never their id (which may be a phone number: on the case page, under
 * "Details"). An urgent case's row also carries its kind, place with a map link, latest lines and re-alerts (urgent-view.ts); the
 * open folders put real urgent cases first and fold a possible flood (src/staff/urgent-list.ts),
 * in pages of 25 rows (queue-rows.ts).
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { type Arranged, arrangeQueue, pageOf, type QueueRow } from '../../staff/urgent-list.ts';
import { caseDates, statusLabel, statusOf, summaryOf, topicTitle, waited } from './case-format.ts';
import {
  channelOf,
  type Filters,
  filterForm,
  filterQuery,
  hasFilters,
  matches,
  readFilters,
} from './case-search.ts';
import { channelBanner } from './channel-status.ts';
import type { InboxOptions } from './inbox-options.ts';
import { listLinks } from './list-links.ts';
import { personLabel } from './person-label.ts';
import { floodRow, listCounts, pager } from './queue-rows.ts';
import type { InboxEnv } from './session.ts';
import { urgentRow } from './urgent-view.ts';
import { type Folder, layout } from './views.ts';

const FOLDERS: Folder[] = ['unassigned', 'mine', 'open', 'closed'];

function row(
  t: Translate,
  ticket: HandoffTicket | ClosedTicket,
  now: number,
  closedOn: (at: number) => string,
) {
  const status = statusOf(ticket);
  const summary = summaryOf(t, ticket);
  const when =
    'closedAt' in ticket
      ? t('inbox.cases.closedAt', { date: closedOn(ticket.closedAt) })
      : waited(t, ticket.since, now);
  return html`<li class="case${ticket.urgent ? ' urgent' : ''}">
<p class="head">${ticket.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}<a href="/staff/c/${encodeURIComponent(ticket.conversationId)}">${topicTitle(t, ticket.topic)}</a> <span class="status s-${status}">${statusLabel(t, status)}</span></p>
<p class="summary">${summary || html`<em>${t('inbox.cases.noSummary')}</em>`}</p>
${urgentRow(t, ticket, now)}
<p class="meta"><span class="folio">${ticket.folio ?? t('inbox.cases.noFolio')}</span> · ${ticket.lang} · ${channelOf(ticket)} · ${when}${
    ticket.assignee ? html` · ${t('inbox.assignee')}: ${ticket.assignee}` : ''
  }</p>
<p class="cid">${personLabel(t, ticket)}</p></li>`;
}

type Listed = HandoffTicket | ClosedTicket;

interface ListView {
  folder: Folder;
  /** The rows in order (urgent-list.ts), before paging. */
  arranged: Arranged<Listed>;
  /** How many cases the search and filters left. */
  cases: number;
  page: number;
  /** Folded bursts listed as rows of their own (?flood=open). */
  unfolded: boolean;
  /** How many the folder holds before the search and filters. */
  total: number;
  filters: Filters;
  ignored: readonly string[];
  choices: { topics: readonly string[]; channels: readonly string[] };
  csrf: string;
  now: number;
  closedOn: (at: number) => string;
  banner: unknown;
  /** Admins of a server that drives WhatsApp get a link to its page. */
  whatsappLink: boolean;
}

export function listPage(t: Translate, v: ListView) {
  const tail = filterQuery(v.filters);
  const base = `/staff?f=${v.folder}${tail}${v.unfolded ? '&flood=open' : ''}`;
  const shown = pageOf(v.arranged.rows, v.page);
  const draw = (ticket: Listed) => row(t, ticket, v.now, v.closedOn);
  const items = shown.rows.map((r: QueueRow<Listed>) =>
    r.kind === 'case' ? draw(r.ticket) : floodRow(t, r.burst, draw, `/staff?f=${v.folder}${tail}&flood=open`),
  );
  const empty = hasFilters(v.filters) && v.total > 0 ? t('inbox.cases.noMatch') : t('inbox.empty');
  return layout(
    t,
    t('inbox.title'),
    html`${v.banner}<nav>${FOLDERS.map(
      (f) =>
        html`<a href="/staff?f=${f}${tail}" ${f === v.folder ? html`aria-current="page"` : ''}>${t(`inbox.${f}`)}</a>`,
    )}<a href="/staff/canned">${t('inbox.cannedAdmin')}</a>${
      v.whatsappLink ? html`<a href="/staff/whatsapp">${t('inbox.whatsapp.title')}</a>` : ''
    }</nav>
${filterForm(t, v.folder, v.filters, v.choices)}
${v.ignored.length ? html`<p class="error" role="alert">${t('inbox.cases.badFilter', { fields: v.ignored.join(', ') })}</p>` : ''}
${hasFilters(v.filters) ? html`<p class="count">${t('inbox.cases.count', { shown: v.cases, total: v.total })}</p>` : ''}
${v.cases ? listCounts(t, v.arranged, v.cases, shown) : ''}
<ul class="list cases">${items.length ? items : html`<li>${empty}</li>`}</ul>
${pager(t, base, shown)}`,
    { csrf: v.csrf, live: true },
  );
}

/**
 * The closed list with each case's status as it is now: a closed ticket keeps the status it
 * had when it closed, and staff often set "resolved" after the close.
 */
async function closedWithStatus(options: InboxOptions): Promise<ClosedTicket[]> {
  return Promise.all(
    (await options.store.listClosed()).map(async (ticket) => {
      if (!ticket.folio) return ticket;
      const current = (await options.store.casesOf(ticket.conversationId)).find(
        (c) => c.folio === ticket.folio,
      );
      return current ? { ...ticket, status: current.status } : ticket;
    }),
  );
}

export function caseListRoute(app: Hono<InboxEnv>, options: InboxOptions, now: () => number) {
  app.get('/', async (c) => {
    const { account, csrf } = c.get('session');
    const lang = account.langs[0] ?? 'es';
    const t = options.i18n.t(lang);
    const folder = (FOLDERS.includes(c.req.query('f') as Folder) ? c.req.query('f') : 'unassigned') as Folder;
    const inFolder: (HandoffTicket | ClosedTicket)[] =
      folder === 'closed'
        ? await closedWithStatus(options)
        : (await options.store.listTickets())
            .filter(
              (x) => folder === 'open' || (folder === 'mine' ? x.assignee === account.name : !x.assignee),
            )
            // Urgent first, then conversations in a language this agent reads (Kreyòl to Kreyòl readers).
            .sort(
              (a, b) =>
                Number(b.urgent) - Number(a.urgent) ||
                Number(account.langs.includes(b.lang)) - Number(account.langs.includes(a.lang)),
            );
    const { filters, ignored } = readFilters(c.req.query());
    const dates = caseDates(
      lang,
      options.office?.timeZone ?? 'UTC',
      options.i18n.list(lang, 'inbox.exports.months'),
    );
    const choices = {
      topics: [...new Set(inFolder.map((ticket) => ticket.topic))],
      channels: [
        ...new Set([
          ...(options.channels ?? []).map((ch) => ch.name),
          ...inFolder.map((ticket) => channelOf(ticket)),
        ]),
      ],
    };
    const links = listLinks(t, account, options);
    const found = inFolder.filter((ticket) => matches(t, ticket, filters));
    // The closed list keeps its own order (newest closed first); open folders put real emergencies on top.
    const unfolded = c.req.query('flood') === 'open';
    const arranged: Arranged<Listed> =
      folder === 'closed'
        ? { rows: found.map((ticket) => ({ kind: 'case', ticket })), realUrgent: 0, folded: 0 }
        : arrangeQueue(found, { fold: !unfolded });
    return c.html(
      listPage(t, {
        folder,
        arranged,
        cases: found.length,
        page: Number(c.req.query('p') ?? 1),
        unfolded,
        total: inFolder.length,
        filters,
        ignored,
        choices,
        csrf,
        now: now(),
        closedOn: dates.dateTime,
        banner: html`${channelBanner(t, options.whatsapp?.status())}${links}`,
        whatsappLink: Boolean(options.whatsapp) && account.role === 'admin',
      }),
    );
  });
}
