/**
 * How the inbox names and writes a case for staff, in the staff member's language: the topic's
 * title (never the id "none"), the status's label, each case field's label and value from
 * locales (intake.<form>.<field>.label, and the options' words), the one-line summary that
 * tells cases apart in the list, how long a case has waited (or when staff last answered), and
 * full dates in the office's time zone ("22 nov 2026, 14:05"), since staff read the list days
 * later and from other places.
 */
import type { CaseStatus } from '../../core/case-status.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { waitOf } from '../../staff/wait-order.ts';
import { LOCALES } from './dashboard-format.ts';

/** A text by key, or null when locales have none (i18next answers with the key itself). */
const known = (t: Translate, key: string): string | null => {
  const text = t(key);
  return text === key ? null : text;
};

/** The topic's title in the reader's language; "no topic" in words for none, the id when locales lack it. */
export function topicTitle(t: Translate, topic: string): string {
  if (topic === 'none') return t('inbox.cases.noTopic');
  return known(t, `topics.${topic}`) ?? topic;
}

/** What staff last said of the case; a ticket without one is where every case starts. */
export const statusOf = (ticket: Pick<HandoffTicket, 'status'>): CaseStatus => ticket.status ?? 'received';

export const statusLabel = (t: Translate, status: CaseStatus) => t(`case.status.${status}`);

/** "placeOfDeath" → "place of death": only when locales have no label, so no camelCase reaches a page. */
const spelledOut = (field: string) =>
  field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

export const fieldLabel = (t: Translate, form: string, field: string) =>
  known(t, `intake.${form}.${field}.label`) ?? spelledOut(field);

/** An answer as staff read it: a fixed option's words ("detained" → "En detención"), else as written. */
export const fieldValue = (t: Translate, form: string, field: string, value: string) =>
  known(t, `intake.${form}.${field}.options.${value}`) ?? value;

/** The case's answers, labelled, in the order the person gave them; empty ones left out. */
export function caseFields(t: Translate, ticket: Pick<HandoffTicket, 'case'> | undefined) {
  if (!ticket?.case) return [];
  const { form, answers } = ticket.case;
  return Object.entries(answers)
    .filter(([, value]) => value.trim() !== '')
    .map(([field, value]) => ({
      label: fieldLabel(t, form, field),
      value: fieldValue(t, form, field, value),
    }));
}

/** Words on one line, cut at a word with an ellipsis past `max` characters. */
export function oneLine(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:·-]+$/, '')}…`;
}

/**
 * What tells one case from another in the list: the case's first two answers (for a remains
 * case the name and the place; the forms ask the key ones first), else the first words the
 * person wrote when queued, else their display name; "" when there is nothing yet. A one-word
 * gist is left out: it is the "sí" or "HUMANO" that queued the ticket, which tells no case apart.
 */
export function summaryOf(t: Translate, ticket: HandoffTicket): string {
  const fields = caseFields(t, ticket).slice(0, 2);
  if (fields.length) return oneLine(fields.map((f) => f.value).join(' · '));
  const gist = oneLine(ticket.gist ?? '');
  if (gist.includes(' ')) return gist;
  return oneLine(ticket.name ?? '');
}

export interface CaseDates {
  /** "22 nov 2026, 14:05" */
  dateTime(at: number): string;
  /** "22 nov 2026": a transcript's day heading. */
  date(at: number): string;
  /** "14:05" */
  time(at: number): string;
}

/** Dates in the office's time zone, written for the staff member's language (Kreyòl has no ICU data: its numbers as in Haiti, its month words from locales). */
export function caseDates(lang: Lang, timeZone: string, monthWords: readonly string[] = []): CaseDates {
  const locale = LOCALES[lang];
  const day = { day: 'numeric', month: 'short', year: 'numeric', timeZone } as const;
  const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone } as const;
  const dateFormat = new Intl.DateTimeFormat(locale, day);
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...day, ...clock });
  const timeFormat = new Intl.DateTimeFormat(locale, clock);
  const time = (at: number) => timeFormat.format(at);
  if (lang !== 'ht' || monthWords.length !== 12) {
    const date = (at: number) => dateFormat.format(at);
    return { date, time, dateTime: (at) => dateTimeFormat.format(at) };
  }
  const numeric = new Intl.DateTimeFormat('en-US', { ...day, month: 'numeric' });
  const date = (at: number) => {
    const parts = Object.fromEntries(numeric.formatToParts(at).map((p) => [p.type, p.value]));
    return `${parts.day} ${monthWords[Number(parts.month) - 1]} ${parts.year}`;
  };
  return { date, time, dateTime: (at) => `${date(at)}, ${time(at)}` };
}

/** A stretch of time as staff read it: minutes under an hour, hours and minutes under six, then hours, then days. */
export function duration(t: Translate, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = (key: string, vars: Record<string, number>) => t(`inbox.cases.durations.${key}`, vars);
  if (minutes < 60) return d('minutes', { minutes });
  if (minutes < 6 * 60)
    return minutes % 60
      ? d('hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
      : d('hours', { hours: minutes / 60 });
  if (minutes < 48 * 60) return d('hours', { hours: Math.round(minutes / 60) });
  return d('days', { days: Math.round(minutes / 1440) });
}

/** How long a ticket has waited since `since`: "espera 2 h 35 min". */
export function waited(t: Translate, since: number, now: number): string {
  return t('inbox.cases.waitingFor', { time: duration(t, now - since) });
}

/** An open case's wait (src/staff/wait-order.ts): how long it waits, or how long ago staff answered. */
export function waitText(t: Translate, ticket: HandoffTicket, now: number): string {
  const wait = waitOf(ticket);
  return wait.waiting
    ? waited(t, wait.from, now)
    : t('inbox.cases.answeredAgo', { time: duration(t, now - wait.answeredAt) });
}
