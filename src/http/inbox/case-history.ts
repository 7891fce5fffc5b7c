/**
 * The case page's two timelines. The case's history, newest first: every status change (with
 * the note the family got), assignment, close, follow-up and its outcome from the conversation's
 * case files, with the staff's internal notes from the transcript among them, each with who and
 * when. And the transcript, oldest first as it was written, under a heading for each day in the
 * office's time zone, each line with its time (and the full date on hover); a person's shared
 * location with its map link, and what a reply or a reaction was on (line-view.ts).
 */
import { html } from 'hono/html';
import type { CaseEvent, CaseFile } from '../../core/case-file.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { CaseDates } from './case-format.ts';
import { statusLabel } from './case-format.ts';
import { personLineView } from './line-view.ts';
import { attachmentView } from './views.ts';

/** A text by key, or the fallback when locales have none (a detail the engine added later). */
const orElse = (t: Translate, key: string, fallback: string) => {
  const text = t(key);
  return text === key ? fallback : text;
};

/** Who did it, in words: a staff member's name, or the person or the assistant. */
const who = (t: Translate, by: string) =>
  by === 'person' ? t('inbox.person') : by === 'assistant' ? t('inbox.bot') : by;

function eventText(t: Translate, event: CaseEvent, folio: string) {
  const e = (key: string, vars?: Record<string, unknown>) => t(`inbox.cases.events.${key}`, vars);
  const detail = event.detail ?? '';
  switch (event.kind) {
    case 'opened':
      return e('opened', { folio });
    case 'status':
      return html`${e('status', { status: event.status ? statusLabel(t, event.status) : '—' })}${
        event.note ? html`<span class="said">${e('statusNote', { note: event.note })}</span>` : ''
      }`;
    case 'assigned':
      // Taken by whoever acted (or by answering first), or handed to someone else.
      return event.to === event.by ? e('taken') : e('assigned', { to: event.to ?? '—' });
    case 'closed':
      return e('closed');
    case 'followUp':
      // "accepted a message in a week" reads whole after who; an answer the inbox has no words for, as it is.
      return orElse(t, `inbox.cases.followUp.${detail}`, e('followUp', { detail }));
    case 'outcome':
      return e('outcome', { detail: orElse(t, `inbox.cases.outcomes.${detail}`, detail) });
  }
}

/** Every case's events and the internal notes, newest first. */
export function historyList(
  t: Translate,
  dates: CaseDates,
  cases: readonly CaseFile[],
  lines: readonly TranscriptLine[],
) {
  const items = [
    ...cases.flatMap((c) =>
      c.history.map((event) => ({ at: event.at, by: event.by, text: eventText(t, event, c.folio) })),
    ),
    ...lines
      .filter((l) => l.from === 'note')
      .map((l) => ({ at: l.at, by: l.by ?? '—', text: t('inbox.cases.events.note', { text: l.text }) })),
  ]
    // Newest first; at the same moment, the later written first (a case's history is in order).
    .map((item, i) => ({ ...item, i }))
    .sort((a, b) => b.at - a.at || b.i - a.i);
  if (!items.length) return html`<p>${t('inbox.cases.historyEmpty')}</p>`;
  return html`<ol class="history">${items.map(
    (i) =>
      html`<li><time datetime="${new Date(i.at).toISOString()}">${dates.dateTime(i.at)}</time> · <strong>${who(t, i.by)}</strong> ${i.text}</li>`,
  )}</ol>`;
}

/** The transcript, a heading for each day, each line with its time. */
export function transcriptList(
  t: Translate,
  dates: CaseDates,
  path: string,
  lines: readonly TranscriptLine[],
  lineNote?: (line: TranscriptLine) => unknown,
) {
  let day = '';
  return html`<ol class="transcript">${lines.map((l) => {
    const today = dates.date(l.at);
    const heading = today === day ? '' : html`<li class="day">${today}</li>`;
    day = today;
    return html`${heading}<li class="${l.from}"><span class="who">${t(`inbox.${l.from}`)}${l.by ? html` (${l.by})` : ''} · <time datetime="${new Date(l.at).toISOString()}" title="${dates.dateTime(l.at)}">${dates.time(l.at)}</time></span>${
      l.attachment
        ? attachmentView(t, path, l.attachment)
        : l.from === 'person'
          ? personLineView(t, l)
          : l.text
    }${lineNote?.(l) ?? ''}</li>`;
  })}</ol>`;
}
