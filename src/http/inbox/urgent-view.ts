/**
 * What an urgent case shows staff before anything else, on its inbox row and on its page: the
 * emergency's kind in words, where the person said they are with a link to look it up on a
 * map (and to the shared point, when the ticket has coordinates), the person's latest lines,
 * and, while nobody has taken it, how many times it was alerted again and how long it has
 * waited. Everything the person wrote is escaped text (hono/html); the map links open
 * OpenStreetMap in a new tab without telling it where they came from.
 */
import { html } from 'hono/html';
import { placeLinks } from '../../core/place-links.ts';
import { pointWords } from '../../core/said-line.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';

type Ticket = HandoffTicket | ClosedTicket;

/** The emergency's kind in the reader's language (the kind's id when locales lack it). */
export function kindWords(t: Translate, ticket: Ticket): string {
  const kind = ticket.emergencyKind ?? 'unknown';
  const key = `staffGroup.kinds.${kind}`;
  const words = t(key);
  return words === key ? kind : words;
}

const mapLink = (href: string, label: string) =>
  html`<a class="map" href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;

/** The place as typed, and its map links; that none was given yet, when none was. */
export function placeView(t: Translate, ticket: Ticket) {
  if (!ticket.place) return html`<span class="noplace">${t('inbox.urgentCase.noPlace')}</span>`;
  const links = placeLinks(ticket.place);
  const { text, lat, lon } = ticket.place;
  // A shared location's point beside its name, for staff to read out to 911 as it is.
  const point = links.point && lat !== undefined && lon !== undefined ? pointWords({ lat, lon }) : text;
  const shown = point === text ? text : `${text} · ${point}`;
  return html`<span class="place-text">${shown}</span> · ${mapLink(links.search, t('inbox.urgentCase.mapSearch'))}${
    links.point ? html` · ${mapLink(links.point, t('inbox.urgentCase.mapPoint'))}` : ''
  }`;
}

/** "Alerted again ×2, waiting 7 min", while an urgent ticket waits untaken after a re-alert. */
export function realertNote(t: Translate, ticket: Ticket, now: number) {
  if (!ticket.realerts || ticket.assignee || 'closedAt' in ticket) return '';
  const minutes = Math.max(0, Math.round((now - ticket.since) / 60_000));
  return html`<p class="realert" role="status">${t('inbox.urgentCase.realerted', { count: ticket.realerts, minutes })}</p>`;
}

// Quotes, not list items: a row stays one <li> with nothing nested (pages and tests find rows by it).
const latestList = (lines: readonly string[]) =>
  html`<span class="latest">${lines.map((line) => html`<q>${line}</q>`)}</span>`;

/** The lines under an urgent case's row head: kind and place, latest lines, re-alerts. */
export function urgentRow(t: Translate, ticket: Ticket, now: number) {
  if (!ticket.urgent) return '';
  return html`<p class="emergency"><strong>${kindWords(t, ticket)}</strong> · ${t('inbox.urgentCase.place')}: ${placeView(t, ticket)}</p>
${ticket.lines?.length ? html`<p class="said"><span class="label">${t('inbox.urgentCase.latest')}:</span>${latestList(ticket.lines)}</p>` : ''}
${realertNote(t, ticket, now)}`;
}

/** The same on a case's page, as rows of its facts (a definition list). */
export function urgentFacts(t: Translate, ticket: Ticket | undefined) {
  if (!ticket?.urgent) return '';
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`${row(t('inbox.urgentCase.kind'), kindWords(t, ticket))}${row(t('inbox.urgentCase.place'), placeView(t, ticket))}${
    ticket.lines?.length ? row(t('inbox.urgentCase.latest'), latestList(ticket.lines)) : ''
  }`;
}
