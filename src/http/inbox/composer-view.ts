/**
 * The composer under a conversation's latest message (case-view.ts): the reply, with the
 * canned replies in the same form (with the page's script a chosen one is put in the box to
 * read and change before sending; without it, chosen and sent as it is), and beside it the
 * internal note, always open and labelled as the team's (the second newcomer did not find it
 * folded among the actions); then one row of actions: take, the case's status with its note
 * for the family (asked again before it is sent, case-status.ts), the transfer (only to those
 * who can take it) and close. Status and transfer open in place (disclosures, one open at a
 * time), so nothing moves the page. Every form posts to the conversation's route with the
 * list's state in its address (list-state.ts). The ids are the keyboard shortcuts' targets
 * (desk-keys.ts); a form's `data-focus` is where the page's script puts the focus after it
 * (desk-script.ts): a note keeps it in the note box, so what is typed next never goes to the
 * family by mistake; a transfer moves it to the line that says to whom it went, and taking a
 * case to the line that says so and names the next keys (the third newcomer's next shortcut
 * typed a letter into the reply box). The box
 * for the family's message and the note box look like the transcript's lines they become (a
 * staff message, an internal note).
 */
import { html } from 'hono/html';
import { CASE_STATUSES, type CaseStatus } from '../../core/case-status.ts';
import type { HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { Canned } from './canned.ts';
import { statusLabel } from './case-format.ts';

interface Forms {
  /** The conversation's path, /staff/c/<id>. */
  path: string;
  /** The list's state ("?f=mine…" or ""), kept by every action. */
  query: string;
  csrf: string;
}

const token = (csrf: string) => html`<input type="hidden" name="csrf" value="${csrf}">`;

/** The case's status with a note for the family, folded until asked for (shortcut s). */
export function statusBox(t: Translate, f: Forms, status: CaseStatus) {
  return html`<details class="box-in" id="status-box" name="composer-tools"><summary>${t('inbox.cases.statusTitle')}</summary>
<form method="post" action="${f.path}/status${f.query}">${token(f.csrf)}<p class="help">${t('inbox.cases.statusHelp')}</p>
<p><label>${t('inbox.cases.status')} <select id="status-select" name="status">${CASE_STATUSES.map(
    (s) => html`<option value="${s}" ${s === status ? html`selected` : ''}>${statusLabel(t, s)}</option>`,
  )}</select></label></p>
<label>${t('inbox.cases.statusNote')}<textarea id="status-note" name="note" maxlength="500" rows="2" placeholder="${t('inbox.cases.statusNotePlaceholder')}"></textarea></label>
<button>${t('inbox.cases.statusSave')}</button></form></details>`;
}

/** A canned reply as an option: its words (what goes in the reply box), shown with their meaning in the reader's language when it is in another. */
function cannedOption(t: Translate, r: Canned) {
  if (!r.meaning) return html`<option value="${r.id}">${r.text}</option>`;
  const meaning = t('inbox.desk.cannedMeaning', { text: r.meaning });
  return html`<option value="${r.id}" label="${r.text} — ${meaning}" title="${meaning}">${r.text}</option>`;
}

function replyForm(t: Translate, f: Forms, canned: readonly Canned[]) {
  return html`<form class="reply" id="reply-form" method="post" action="${f.path}/reply${f.query}">${token(f.csrf)}${
    canned.length
      ? html`<p class="canned-row"><label>${t('inbox.canned')} <select id="canned" name="canned"><option value="">${t('inbox.desk.cannedPick')}</option>${canned.map((r) => cannedOption(t, r))}</select></label></p>`
      : ''
  }<div class="write"><label class="reply-label">${t('inbox.desk.replyLabel')}<textarea id="reply-text" name="text" rows="2" placeholder="${t('inbox.replyPlaceholder')}"></textarea></label>
<button id="reply-send">${t('inbox.reply')}</button></div></form>`;
}

/** The internal note, beside the reply: its own form, labelled as the team's. */
function noteForm(t: Translate, f: Forms) {
  return html`<form class="note" id="note-form" method="post" action="${f.path}/note${f.query}" data-focus="note-text">${token(f.csrf)}
<div class="write"><label class="note-label">${t('inbox.desk.noteOpen')}<textarea id="note-text" name="text" rows="2" required placeholder="${t('inbox.notePlaceholder')}"></textarea></label>
<button id="note-send">${t('inbox.addNote')}</button></div></form>`;
}

function transferBox(t: Translate, f: Forms, colleagues: readonly string[]) {
  if (!colleagues.length) return '';
  return html`<details class="box-in" id="transfer-box" name="composer-tools"><summary>${t('inbox.desk.transferOpen')}</summary>
<form method="post" action="${f.path}/transfer${f.query}" data-focus="done">${token(f.csrf)}
<label>${t('inbox.transferTo')} <select id="transfer-to" name="to">${colleagues.map((n) => html`<option>${n}</option>`)}</select></label>
<button>${t('inbox.transfer')}</button></form></details>`;
}

export function composer(
  t: Translate,
  v: Forms & {
    ticket: HandoffTicket;
    status: CaseStatus | undefined;
    canned: readonly Canned[];
    colleagues: readonly string[];
    box?: unknown;
    blocksReply?: boolean;
  },
) {
  const take = v.ticket.assignee
    ? ''
    : html`<form class="inline" method="post" action="${v.path}/claim${v.query}" data-focus="done">${token(v.csrf)}<button id="take">${t('inbox.claim')}</button></form>`;
  return html`${v.box ?? ''}<div class="boxes">${v.blocksReply ? '' : replyForm(t, v, v.canned)}${noteForm(t, v)}</div>
<div class="actions">${take}${v.status ? statusBox(t, v, v.status) : ''}${transferBox(t, v, v.colleagues)}
<form class="inline" method="post" action="${v.path}/close${v.query}">${token(v.csrf)}<button id="close">${t('inbox.close')}</button></form></div>`;
}
