/**
 * The inbox's list pane: the folders (unassigned, mine, all open, closed) with how many cases
 * each holds, the search and filters (case-search.ts), and one row per case that tells cases
 * apart without opening them: the topic's title, a one-line summary (the case's key answers,
 * else the person's first words, else their name), the latest message with its time (the
 * person's, or staff's marked so) and "Escribió de nuevo" when the person wrote after staff's
 * answer (row-latest.ts), the folio, the status, language, channel,
 * how long it has waited (or when staff last answered, or when its chat closed: a chat closed
 * while its case stays open is marked so), the urgent mark and who has it, and who the
 * person is by name and channel, never their id (which may be a phone number: on the case
 * pane, under "Details"). An urgent case's row also carries its kind, place with a map link,
 * latest lines and re-alerts (urgent-view.ts); the open folders put real urgent cases first
 * and fold a possible flood (src/staff/urgent-list.ts), in pages of 25 rows (queue-rows.ts).
 * Each open row carries what the person last did (`data-mark`), so the page's script can mark
 * what this staff member has not read yet (desk-script.ts). A search looks in every folder and
 * each row found says which folder it is in. One line says how the list is ordered, and each
 * waiting unassigned row its number in the line, 1 for the next to take (src/staff/line-place.ts;
 * the third newcomer read the person's own place there, which started at 2 and repeated);
 * the filters set are named where they hide something from a search; "Cerradas" counts "500+" and says how to reach older cases
 * when the store's closed list is full. The model is list-model.ts.
 */
import { html } from 'hono/html';
import { KEEP_CLOSED } from '../../core/ports/queue-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { pageOf, type QueueRow } from '../../staff/urgent-list.ts';
import { statusLabel, statusOf, summaryOf, topicTitle, waitText } from './case-format.ts';
import { channelOf, filterForm, filterNames, filterQuery, folioAsked, hasFilters } from './case-search.ts';
import { activityMark, type ListView, markKey } from './list-model.ts';
import { isClosed, type Listed } from './list-pool.ts';
import { FOLDERS, listStateQuery } from './list-state.ts';
import { personLabel } from './person-label.ts';
import { floodRow, listCounts, pager } from './queue-rows.ts';
import { againMark, latestLine } from './row-latest.ts';
import { urgentRow } from './urgent-view.ts';

/** When: how long an open case waits (or when staff last answered), when a chat closed. */
function when(t: Translate, ticket: Listed, v: ListView) {
  if (!isClosed(ticket)) return waitText(t, ticket, v.now);
  const date = v.closedOn(ticket.closedAt);
  return ticket.caseOpen ? t('inbox.cases.chatClosedAt', { date }) : t('inbox.cases.closedAt', { date });
}

function row(t: Translate, ticket: Listed, v: ListView, query: string) {
  const status = statusOf(ticket);
  const summary = summaryOf(t, ticket);
  const closed = isClosed(ticket);
  const place = closed ? undefined : v.places.get(ticket.conversationId);
  const classes = `case${ticket.urgent ? ' urgent' : ''}${closed && ticket.caseOpen ? ' chat-closed' : ''}${ticket.conversationId === v.openId ? ' current' : ''}`;
  return html`<li class="${classes}" data-id="${ticket.conversationId}"${closed ? '' : html` data-key="${markKey(ticket.conversationId)}" data-mark="${activityMark(ticket)}"`}>
<p class="head"><span class="new-mark" hidden>${t('inbox.desk.unread')}</span>${againMark(t, ticket)}${ticket.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}<a href="/staff/c/${encodeURIComponent(ticket.conversationId)}${query}">${topicTitle(t, ticket.topic)}</a> <span class="status s-${status}">${statusLabel(t, status)}</span>${
    closed && ticket.caseOpen ? html` <span class="chat-mark">${t('inbox.cases.chatClosed')}</span>` : ''
  }</p>
<p class="summary">${summary || html`<em>${t('inbox.cases.noSummary')}</em>`}</p>
${latestLine(t, v.latest.get(ticket.conversationId), v.when, summary)}
${urgentRow(t, ticket, v.now)}
<p class="meta"><span class="folio">${ticket.folio ?? t('inbox.cases.noFolio')}</span> · ${ticket.lang} · ${channelOf(ticket)} · ${when(t, ticket, v)}${
    place ? html` · <span class="place">${t('inbox.cases.place', { place })}</span>` : ''
  }${ticket.assignee ? html` · ${t('inbox.assignee')}: ${ticket.assignee}` : ''}${v.search ? html` · <span class="in-folder">${t('inbox.cases.inFolder', { folder: t(`inbox.${v.folderOf(ticket)}`) })}</span>` : ''}</p>
<p class="cid">${personLabel(t, ticket)}</p></li>`;
}

/** What the filters set do to a search: a folio ignores them; words say how many more they hide. */
function narrowed(t: Translate, v: ListView) {
  const q = v.state.filters.q;
  const filters = filterNames(t, v.state.filters);
  if (!q || !filters) return '';
  const without = `/staff?${new URLSearchParams({ q })}`;
  if (folioAsked(q))
    return html`<p class="box warn">${t('inbox.cases.folioNoFilters', { filters })} <a href="${without}">${t('inbox.cases.clear')}</a></p>`;
  if (!v.hidden) return '';
  return html`<p class="box warn">${t('inbox.cases.hiddenByFilters', { count: v.hidden, filters })} <a href="${without}">${t('inbox.cases.searchWithout')}</a></p>`;
}

/** One line on how the list is ordered; where rows show a number in the line, what it counts; a full closed list, how to reach older cases. */
function orderLine(t: Translate, v: ListView, rows: readonly QueueRow<Listed>[]) {
  if (v.search) return html`<p class="order">${t('inbox.order.search')}</p>`;
  if (v.state.folder === 'closed')
    return html`<p class="order">${t('inbox.order.closed')}${v.closedFull ? html` ${t('inbox.cases.closedKept', { count: KEEP_CLOSED })}` : ''}</p>`;
  const placed = rows.some((r) => r.kind === 'case' && v.places.has(r.ticket.conversationId));
  return html`<p class="order">${t('inbox.order.open')}${placed ? html` ${t('inbox.order.places')}` : ''}</p>`;
}

/** The folders as tabs, each with its count of cases and (for the page's script) what its open cases last did. */
function folderTabs(t: Translate, v: ListView) {
  // A search looks in every folder: a tab goes back to its folder, with the other filters.
  const { q: _searched, ...narrowed } = v.state.filters;
  const tail = filterQuery(v.search ? narrowed : v.state.filters);
  return html`<nav class="folders" aria-label="${t('inbox.desk.folders')}" data-unread="${t('inbox.desk.unreadCount')}" data-marks="${v.marks}">${FOLDERS.map(
    (f) =>
      html`<a href="/staff?f=${f}${tail}" id="tab-${f}" data-folder="${f}"${
        f === v.state.folder && !v.search ? html` aria-current="page"` : ''
      }>${t(`inbox.${f}`)} <span class="n">${v.counts[f]}${f === 'closed' && v.closedFull ? '+' : ''}</span><span class="unread-n" hidden></span></a>`,
  )}</nav>`;
}

export function listPane(t: Translate, v: ListView) {
  const { state } = v;
  const query = listStateQuery(state);
  const unfoldedHref = `/staff${listStateQuery({ ...state, unfolded: true, page: 1 })}`;
  const shown = v.paged ? { rows: v.arranged.rows, ...v.paged } : pageOf(v.arranged.rows, state.page);
  const draw = (ticket: Listed) => row(t, ticket, v, query);
  const items = shown.rows.map((r: QueueRow<Listed>) =>
    r.kind === 'case' ? draw(r.ticket) : floodRow(t, r.burst, draw, unfoldedHref),
  );
  const pageBase = `/staff${listStateQuery(state, { page: false })}`;
  const empty = v.search
    ? t('inbox.cases.noMatchAnywhere')
    : hasFilters(state.filters) && v.total > 0
      ? t('inbox.cases.noMatch')
      : t('inbox.empty');
  const count = v.search
    ? t('inbox.cases.foundEverywhere', { count: v.cases })
    : t('inbox.cases.count', { shown: v.cases, total: v.total });
  return html`${v.banner}${folderTabs(t, v)}
${filterForm(t, state.folder, state.filters, v.choices)}
${state.ignored.length ? html`<p class="error" role="alert">${t('inbox.cases.badFilter', { fields: state.ignored.join(', ') })}</p>` : ''}
${hasFilters(state.filters) ? html`<p class="count" role="status">${count}</p>` : ''}
${narrowed(t, v)}
${v.cases ? listCounts(t, v.arranged, v.cases, shown) : ''}
${orderLine(t, v, shown.rows)}
<ul class="list cases">${items.length ? items : html`<li>${empty}</li>`}</ul>
${pager(t, pageBase.includes('?') ? pageBase : `${pageBase}?f=${state.folder}`, shown)}`;
}
