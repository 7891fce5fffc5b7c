/**
 * A conversation's page at /staff/c/:id: the case's folio first (what the family and staff
 * call it), its topic and status, who the person is and when they were queued (full dates in
 * the office's time zone), the case's answers under their labels in the staff member's
 * language, the form that changes the status with a note sent to the family, the case's
 * history, the transcript, and the staff actions (reply, canned reply, take, close, note,
 * transfer) while the conversation is in the queue. An urgent case puts its kind, the place
 * with a map link, the person's latest lines and its re-alerts first (urgent-view.ts). Closed conversations keep their facts,
 * case, status form and history; only the actions that need a ticket go.
 */
import { html } from 'hono/html';
import type { CaseFile } from '../../core/case-file.ts';
import { CASE_STATUSES, type CaseStatus } from '../../core/case-status.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { type CaseDates, caseFields, statusLabel, topicTitle, waited } from './case-format.ts';
import { historyList, transcriptList } from './case-history.ts';
import { channelMark, idDetails, personLabel } from './person-label.ts';
import { realertNote, urgentFacts } from './urgent-view.ts';
import { layout } from './views.ts';

export interface CaseView {
  conversationId: string;
  /** The ticket while the conversation is in the queue: the actions need it. */
  ticket?: HandoffTicket | undefined;
  /** The ticket, or the closed one: what the page tells of the case. */
  record?: HandoffTicket | ClosedTicket | undefined;
  /** The conversation's case files (folio, status, history), oldest first. */
  cases: readonly CaseFile[];
  lines: TranscriptLine[];
  csrf: string;
  now: number;
  dates: CaseDates;
  colleagues: string[];
  canned: CannedReply[];
  /** Shown above the reply form (the reply window). */
  box?: unknown;
  /** Free text would not reach the person: the reply forms are left out, the box says why. */
  blocksReply?: boolean;
  /** What became of a line sent on the person's channel. */
  lineNote?: (line: TranscriptLine) => unknown;
  /** The case's folio failed too many checks from other conversations (core/case-check.ts). */
  folioLocked?: boolean;
  /** The conversation's pseudonym in the audit log, so an admin can match its lines to this page. */
  auditCode?: string;
}

/** The case the conversation has now: its latest case file. */
const latest = (cases: readonly CaseFile[]) => [...cases].sort((a, b) => a.openedAt - b.openedAt).at(-1);

function facts(t: Translate, v: CaseView, status: CaseStatus | undefined) {
  const r = v.record;
  const channel = channelMark(v.conversationId);
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`${r ? realertNote(t, r, v.now) : ''}<dl class="facts">${urgentFacts(t, r)}${r?.name ? row(t('inbox.personName'), r.name) : ''}${
    status
      ? row(t('inbox.cases.status'), html`<span class="status s-${status}">${statusLabel(t, status)}</span>`)
      : ''
  }${row(t('inbox.channel'), channel)}${row(t('inbox.language'), r ? t(`inbox.replyWindow.lang.${r.lang}`) : '—')}${row(
    t('inbox.topic'),
    r ? topicTitle(t, r.topic) : '—',
  )}${row(
    t('inbox.reason'),
    r
      ? html`${t(`staffGroup.reasons.${r.reason}`)}${v.ticket ? html` · ${waited(t, v.ticket.since, v.now)}` : ''}`
      : '—',
  )}${r ? row(t('inbox.cases.queuedAt'), v.dates.dateTime(r.since)) : ''}${
    r && 'closedAt' in r ? row(t('inbox.cases.closedOn'), v.dates.dateTime(r.closedAt)) : ''
  }${row(t('inbox.assignee'), r?.assignee ?? t('inbox.nobody'))}</dl>`;
}

function statusForm(t: Translate, path: string, csrf: string, status: CaseStatus) {
  return html`<section class="box"><h3>${t('inbox.cases.statusTitle')}</h3><p>${t('inbox.cases.statusHelp')}</p>
<form method="post" action="${path}/status"><input type="hidden" name="csrf" value="${csrf}">
<p><label>${t('inbox.cases.status')} <select name="status">${CASE_STATUSES.map(
    (s) => html`<option value="${s}" ${s === status ? html`selected` : ''}>${statusLabel(t, s)}</option>`,
  )}</select></label></p>
<label>${t('inbox.cases.statusNote')}<textarea name="note" maxlength="500" placeholder="${t('inbox.cases.statusNotePlaceholder')}"></textarea></label>
<button>${t('inbox.cases.statusSave')}</button></form></section>`;
}

function actions(t: Translate, v: CaseView, path: string) {
  const { ticket, csrf } = v;
  if (!ticket) return '';
  const token = html`<input type="hidden" name="csrf" value="${csrf}">`;
  return html`${v.box ?? ''}${
    v.blocksReply
      ? ''
      : html`<form method="post" action="${path}/reply">${token}
<label>${t('inbox.reply')}<textarea name="text" required placeholder="${t('inbox.replyPlaceholder')}"></textarea></label>
<button>${t('inbox.reply')}</button></form>`
  }
<p>${ticket.assignee ? '' : html`<form class="inline" method="post" action="${path}/claim">${token}<button>${t('inbox.claim')}</button></form> `}
<form class="inline" method="post" action="${path}/close">${token}<button>${t('inbox.close')}</button></form></p>
${
  v.canned.length && !v.blocksReply
    ? html`<form method="post" action="${path}/reply">${token}
<label>${t('inbox.canned')} <select name="canned">${v.canned.map((r) => html`<option value="${r.id}">${r.text}</option>`)}</select></label>
<button>${t('inbox.cannedSend')}</button></form>`
    : ''
}
<form method="post" action="${path}/note">${token}
<label>${t('inbox.note')}<textarea name="text" required placeholder="${t('inbox.notePlaceholder')}"></textarea></label>
<button>${t('inbox.addNote')}</button></form>
${
  v.colleagues.length
    ? html`<form method="post" action="${path}/transfer">${token}
<label>${t('inbox.transferTo')} <select name="to">${v.colleagues.map((n) => html`<option>${n}</option>`)}</select></label>
<button>${t('inbox.transfer')}</button></form>`
    : ''
}`;
}

export function conversationPage(t: Translate, v: CaseView) {
  const path = `/staff/c/${encodeURIComponent(v.conversationId)}`;
  const current = latest(v.cases);
  const folio = current?.folio ?? v.record?.folio;
  const status = current?.status ?? (v.record?.folio ? (v.record.status ?? 'received') : undefined);
  const topic = v.record?.topic ?? current?.topic;
  const fields = caseFields(t, v.record);
  return layout(
    t,
    folio ?? v.record?.name ?? t('inbox.cases.unnamed'),
    html`<p><a href="/staff">${t('inbox.back')}</a></p>
<h2 class="case-title">${v.record?.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}<span class="folio">${
      folio ?? t('inbox.cases.noFolio')
    }</span> <span class="topic">${topic ? topicTitle(t, topic) : ''}</span></h2>
<div class="cid">${personLabel(t, { name: v.record?.name, conversationId: v.conversationId })} ${idDetails(
      t,
      v.conversationId,
      v.auditCode ? html` · ${t('inbox.cases.auditCode', { id: v.auditCode })}` : '',
    )}</div>
${v.folioLocked && folio ? html`<p class="box warn" role="alert">${t('inbox.cases.folioLocked', { folio })}</p>` : ''}
${facts(t, v, status)}
${fields.length ? html`<h3>${t('inbox.case')}</h3><dl>${fields.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>` : ''}
${status ? statusForm(t, path, v.csrf, status) : ''}
<h3>${t('inbox.cases.history')}</h3>
${historyList(t, v.dates, v.cases, v.lines)}
<h3>${t('inbox.transcript')}</h3>
${transcriptList(t, v.dates, path, v.lines, v.lineNote)}
${actions(t, v, path)}`,
    { csrf: v.csrf, live: true },
  );
}
