/**
 * Search and filters of the inbox's list, read from the page's GET query (?q=&status=&topic=
 * &lang=&channel=, each checked with zod): a search box that finds a folio exactly (any case,
 * with or without its dash) or every word typed in the person's name, the case's answers, the
 * first words they wrote and the summary; and filters by status, topic, language and channel,
 * all combined. A value that is not one of them is left out and named on the page, so staff
 * see why the list is wider than they asked. The form keeps what was asked for; with the
 * desk's script a filter applies as soon as it is chosen (desk-script.ts), and the list names
 * the filters set wherever they hide something (filterNames).
 */
import { html } from 'hono/html';
import { z } from 'zod';
import { addressSchema } from '../../core/address.ts';
import { CASE_STATUSES, type CaseStatus } from '../../core/case-status.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import { LANGS, TOPIC_ID } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { caseFields, statusLabel, statusOf, summaryOf, topicTitle } from './case-format.ts';
import { channelIdOf } from './person-label.ts';

const FIELDS = {
  q: z.string().trim().min(1).max(200),
  status: z.enum(CASE_STATUSES),
  topic: z.union([z.literal('none'), z.string().regex(TOPIC_ID)]),
  lang: z.enum(LANGS),
  channel: addressSchema.shape.channel,
};
const filtersSchema = z.object(FIELDS).partial();
export type Filters = z.infer<typeof filtersSchema>;
type Key = keyof typeof FIELDS;
const KEYS = Object.keys(FIELDS) as Key[];
/** Each filter's label in the form (locales). */
const LABELS: Record<Key, string> = {
  q: 'inbox.cases.search',
  status: 'inbox.cases.status',
  topic: 'inbox.topic',
  lang: 'inbox.language',
  channel: 'inbox.channel',
};

/** The filters asked for; `ignored` names the parameters whose values are not ones the list knows. */
export function readFilters(query: Record<string, string | undefined>): { filters: Filters; ignored: Key[] } {
  const filters: Record<string, unknown> = {};
  const ignored: Key[] = [];
  for (const key of KEYS) {
    const raw = query[key];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = FIELDS[key].safeParse(raw);
    if (parsed.success) filters[key] = parsed.data;
    else ignored.push(key);
  }
  return { filters: filtersSchema.parse(filters), ignored };
}

/** Lower case without accents, so "jose" finds "José" and "RAMIREZ" finds "Ramírez". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A query that is a folio on its own, in its canonical form ("acd3467" → "ACD-3467"), or null. */
export function folioAsked(q: string): string | null {
  const match = /^([a-z]{3})[\s.\-_]?(\d{4})$/i.exec(q.trim());
  return match ? `${match[1]?.toUpperCase()}-${match[2]}` : null;
}

export const channelOf = (ticket: Pick<HandoffTicket, 'conversationId'>) =>
  channelIdOf(ticket.conversationId);

/** What the search reads of a ticket itself: name, first words, summary, the case's answers, the id. */
export function ticketText(t: Translate, ticket: HandoffTicket): string {
  return [
    ticket.name ?? '',
    ticket.gist ?? '',
    summaryOf(t, ticket),
    ...Object.values(ticket.case?.answers ?? {}),
    ...caseFields(t, ticket).map((f) => f.value),
    ticket.conversationId,
  ].join('\n');
}

/** Whether the text holds every word asked (without accents or case). */
export function hasWords(text: string, q: string): boolean {
  const haystack = folded(text);
  return folded(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function found(t: Translate, ticket: HandoffTicket, q: string): boolean {
  const folio = folioAsked(q);
  if (folio && ticket.folio?.toUpperCase() === folio) return true;
  return hasWords(ticketText(t, ticket), q);
}

/** Whether a ticket is one the filters ask for (all of them at once). */
export function matches(t: Translate, ticket: HandoffTicket, filters: Filters): boolean {
  return (
    (!filters.status || statusOf(ticket) === filters.status) &&
    (!filters.topic || ticket.topic === filters.topic) &&
    (!filters.lang || ticket.lang === filters.lang) &&
    (!filters.channel || channelOf(ticket) === filters.channel) &&
    (!filters.q || found(t, ticket, filters.q))
  );
}

/** The filters as a query string's tail ("&q=…&lang=ht"), for the folders' links. */
export function filterQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, String(filters[key]));
  const text = params.toString();
  return text ? `&${text}` : '';
}

export const hasFilters = (filters: Filters) => KEYS.some((key) => filters[key] !== undefined);

/** The filters other than the search, named as the form names them ("Idioma: kreyòl · Canal: web"), or "". */
export function filterNames(t: Translate, filters: Filters): string {
  const value = (key: Key, raw: string) =>
    key === 'status'
      ? statusLabel(t, raw as CaseStatus)
      : key === 'topic'
        ? topicTitle(t, raw)
        : key === 'lang'
          ? t(`inbox.replyWindow.lang.${raw}`)
          : raw;
  return KEYS.filter((key) => key !== 'q' && filters[key] !== undefined)
    .map((key) => `${t(LABELS[key])}: ${value(key, String(filters[key]))}`)
    .join(' · ');
}

/** The search form; `topics` and `channels` are those the folder's cases have (and any asked for). */
export function filterForm(
  t: Translate,
  folder: string,
  filters: Filters,
  choices: { topics: readonly string[]; channels: readonly string[] },
) {
  const select = (name: Key, label: string, options: readonly (readonly [string, string])[]) =>
    html`<label>${label} <select name="${name}" id="filter-${name}"><option value="">${t('inbox.cases.all')}</option>${options.map(
      ([value, text]) =>
        html`<option value="${value}" ${filters[name] === value ? html`selected` : ''}>${text}</option>`,
    )}</select></label>`;
  const topics = [...new Set([...choices.topics, ...(filters.topic ? [filters.topic] : [])])]
    .map((id) => [id, topicTitle(t, id)] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));
  const channels = [...new Set([...choices.channels, ...(filters.channel ? [filters.channel] : [])])].sort();
  const narrowed = KEYS.some((key) => key !== 'q' && filters[key] !== undefined);
  return html`<form class="filters" method="get" action="/staff" role="search">
<input type="hidden" name="f" value="${folder}">
<label class="q">${t(LABELS.q)} <input type="search" id="search" name="q" value="${filters.q ?? ''}" placeholder="${t('inbox.cases.searchPlaceholder')}" maxlength="200"></label>
<details class="more" id="filters"${narrowed ? html` open` : ''}><summary>${t('inbox.desk.filters')}</summary><div class="grid">${select(
    'status',
    t(LABELS.status),
    CASE_STATUSES.map((s) => [s, statusLabel(t, s)] as const),
  )}${select('topic', t(LABELS.topic), topics)}${select(
    'lang',
    t(LABELS.lang),
    LANGS.map((l) => [l, t(`inbox.replyWindow.lang.${l}`)] as const),
  )}${select(
    'channel',
    t(LABELS.channel),
    channels.map((c) => [c, c] as const),
  )}</div></details>
<p class="actions"><button>${t('inbox.cases.apply')}</button>${
    hasFilters(filters) ? html` <a href="/staff?f=${folder}">${t('inbox.cases.clear')}</a>` : ''
  }</p></form>`;
}
