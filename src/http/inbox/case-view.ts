/**
 * A conversation's pane, beside the list at /staff/c/:id (desk-view.ts puts the two side by
 * side): one line that tells the case (folio, topic, status, the person and who has it), an
 * urgent case's kind, place and latest lines under it, then the conversation, which scrolls by
 * itself and starts at its latest message (a column-reverse box: no script needed), with the
 * case card (facts, the case's answers, history) folded above the transcript. The composer
 * stays under the latest message: the reply with the canned replies, take, close, and the
 * internal note, the status (sent to the family) and the transfer, each in a disclosure. Every
 * form carries the list's state (list-state.ts) so the page comes back as it was. A closed
 * conversation keeps its facts, case, status form and history; only the actions that need a
 * ticket go. Ids here (reply-text, canned, note-text…) are what the keyboard shortcuts reach.
 */
import { html } from 'hono/html';
import type { CaseFile } from '../../core/case-file.ts';
import { type CaseStatus, caseFinished } from '../../core/case-status.ts';
import type { TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { Canned } from './canned.ts';
import { type CaseDates, caseFields, statusLabel, topicTitle, waitText } from './case-format.ts';
import { historyList, transcriptList } from './case-history.ts';
import { composer, statusBox } from './composer-view.ts';
import { channelMark, idDetails, personLabel } from './person-label.ts';
import { realertNote, urgentFacts, urgentRow } from './urgent-view.ts';

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
  /** In the conversation's language, each with its meaning in the reader's when that differs. */
  canned: Canned[];
  /** The list's state as a query ("?f=mine…" or ""), carried by every form and the back link. */
  query: string;
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
  /** What the action that led here did, said in place: a transfer (to the assignee now), taking the case. */
  done?: 'transferred' | 'taken';
}

/** The case the conversation has now: its latest case file. */
const latest = (cases: readonly CaseFile[]) => [...cases].sort((a, b) => a.openedAt - b.openedAt).at(-1);

function facts(t: Translate, v: CaseView, status: CaseStatus | undefined) {
  const r = v.record;
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  return html`<dl class="facts">${urgentFacts(t, r)}${r?.name ? row(t('inbox.personName'), r.name) : ''}${
    status
      ? row(t('inbox.cases.status'), html`<span class="status s-${status}">${statusLabel(t, status)}</span>`)
      : ''
  }${row(t('inbox.channel'), channelMark(v.conversationId))}${row(t('inbox.language'), r ? t(`inbox.replyWindow.lang.${r.lang}`) : '—')}${row(
    t('inbox.topic'),
    r ? topicTitle(t, r.topic) : '—',
  )}${row(
    t('inbox.reason'),
    r
      ? html`${t(`staffGroup.reasons.${r.reason}`)}${v.ticket ? html` · ${waitText(t, v.ticket, v.now)}` : ''}`
      : '—',
  )}${r ? row(t('inbox.cases.queuedAt'), v.dates.dateTime(r.since)) : ''}${
    r && 'closedAt' in r ? row(t('inbox.cases.closedOn'), v.dates.dateTime(r.closedAt)) : ''
  }${row(t('inbox.assignee'), r?.assignee ?? t('inbox.nobody'))}</dl>`;
}

/** What the action that led here did: a transfer (to whom), taking the case (and the keys to go on, shown by desk-keys.ts). */
function doneLine(t: Translate, v: CaseView, folio: string | undefined) {
  const to = v.record?.assignee;
  if (!v.done || !to) return '';
  const named = folio ?? t('inbox.cases.noFolio');
  const said =
    v.done === 'transferred'
      ? t('inbox.desk.transferred', { folio: named, to })
      : html`${t('inbox.desk.taken', { folio: named })} <span class="keys-hint" hidden>${t('inbox.desk.takenKeys')}</span>`;
  return html`<p class="box ok" role="status" id="done" tabindex="-1">${said}</p>`;
}

/** The one line that tells the case, and what an urgent case needs seen first. */
function caseHead(t: Translate, v: CaseView, folio: string | undefined, status: CaseStatus | undefined) {
  const r = v.record;
  const topic = r?.topic ?? latest(v.cases)?.topic;
  const closed = r && 'closedAt' in r;
  return html`<div class="case-head">
<p class="back"><a href="/staff${v.query}">${t('inbox.back')}</a></p>
<h2 class="case-title" id="case-title" tabindex="-1">${r?.urgent ? html`<span class="badge">${t('inbox.urgent')}</span> ` : ''}<span class="folio">${
    folio ?? t('inbox.cases.noFolio')
  }</span> <span class="topic">${topic ? topicTitle(t, topic) : ''}</span>${
    status ? html` <span class="status s-${status}">${statusLabel(t, status)}</span>` : ''
  }</h2>
<div class="cid">${personLabel(t, { name: r?.name, conversationId: v.conversationId })} · ${t('inbox.assignee')}: <span class="who">${
    r?.assignee ?? t('inbox.nobody')
  }</span>${closed ? html` · <strong>${t(status && !caseFinished(status) ? 'inbox.desk.closedCaseOpen' : 'inbox.desk.closedNow')}</strong>` : ''} ${idDetails(
    t,
    v.conversationId,
    v.auditCode ? html` · ${t('inbox.cases.auditCode', { id: v.auditCode })}` : '',
  )}</div>
${r?.urgent ? html`<div class="urgent-now">${urgentRow(t, r, v.now)}</div>` : r ? realertNote(t, r, v.now) : ''}
${doneLine(t, v, folio)}
${v.folioLocked && folio ? html`<p class="box warn" role="alert">${t('inbox.cases.folioLocked', { folio })}</p>` : ''}</div>`;
}

export function casePane(t: Translate, v: CaseView) {
  const path = `/staff/c/${encodeURIComponent(v.conversationId)}`;
  const current = latest(v.cases);
  const folio = current?.folio ?? v.record?.folio;
  const status = current?.status ?? (v.record?.folio ? (v.record.status ?? 'received') : undefined);
  const fields = caseFields(t, v.record);
  const forms = { path, query: v.query, csrf: v.csrf };
  return html`${caseHead(t, v, folio, status)}
<div class="case-scroll" id="case-scroll" tabindex="-1"><div class="case-body">
<details class="card" id="case-card"><summary>${t('inbox.desk.card')}</summary>
${facts(t, v, status)}
${fields.length ? html`<h3>${t('inbox.case')}</h3><dl>${fields.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>` : ''}
<h3>${t('inbox.cases.history')}</h3>
${historyList(t, v.dates, v.cases, v.lines)}</details>
<h3 class="transcript-title">${t('inbox.transcript')}</h3>
${transcriptList(t, v.dates, path, v.lines, v.lineNote)}
</div></div>
<div class="composer" id="composer">${
    v.ticket
      ? composer(t, { ...forms, ticket: v.ticket, ...v, status })
      : status
        ? html`<div class="actions">${statusBox(t, forms, status)}</div>`
        : ''
  }</div>`;
}
