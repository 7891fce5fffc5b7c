/**
 * POST /staff/c/:id/status, which sets the case's status with a note for the family through
 * the engine (Conversations.staff.status: the engine tells the person on their channel, in
 * their language, writes the case's history and tells open pages; the audit log records it),
 * then goes back to the page (with the list as it was, list-state.ts). Every status change
 * messages the family at once, so it asks first, as closing does (the second newcomer sent one
 * without meaning to): the form's answer is a page that says what the status becomes and
 * shows the exact message the person will read, in their language, with "change and send"
 * (the same form again, confirmed) and "don't" (back to the conversation); the desk shows it in
 * its dialog, by keyboard too. A status not in the list or a note too long is refused before
 * the engine; a conversation without a case (NoCaseError) is a 404 that says what to do.
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { CASE_STATUSES, type CaseStatus } from '../../core/case-status.ts';
import { NoCaseError, UnknownConversationError } from '../../core/errors.ts';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { statusLabel } from './case-format.ts';
import type { InboxOptions } from './inbox-options.ts';
import { listStateQuery, readListState } from './list-state.ts';
import type { InboxEnv } from './session.ts';
import { layout, noConversationPage } from './views.ts';

/** What the status form sends; the note is optional and short (one message on a phone); `confirm` once the message was seen. */
const statusForm = z.object({
  status: z.enum(CASE_STATUSES),
  note: z
    .string()
    .max(500)
    .optional()
    .transform((note) => note?.trim() ?? ''),
  confirm: z.literal('send').optional(),
});

/** What the person reads when staff set a status: the flow's caseStatus reply as the engine renders it (src/engine/render-reply.ts). */
export function statusMessage(told: Translate, folio: string, status: CaseStatus, note: string): string[] {
  const head = told('case.changed', { folio, status: told(`case.status.${status}`) });
  return note ? [head, told('case.note', { note })] : [head];
}

export function caseRoutes(app: Hono<InboxEnv>, options: InboxOptions) {
  const langOf = (langs: readonly Lang[]): Lang => langs[0] ?? 'es';

  /** The case a status would change, as the engine picks it, and the language its person reads; null: no such conversation. */
  async function caseOf(id: string) {
    const [ticket, cases, lines] = await Promise.all([
      options.store.getTicket(id),
      options.store.casesOf(id),
      options.store.getTranscript(id),
    ]);
    if (!ticket && cases.length === 0 && lines.length === 0) return null;
    const folio = ticket?.folio ?? cases.at(-1)?.folio;
    const file = cases.find((c) => c.folio === folio);
    // The conversation's language: its latest line from the assistant or staff, else its case's.
    const said = lines.findLast((l) => (l.from === 'bot' || l.from === 'staff') && l.lang)?.lang;
    const lang = said ?? ticket?.lang ?? file?.lang ?? 'es';
    return { folio, status: file?.status ?? ticket?.status ?? 'received', lang };
  }

  app.post('/c/:id/status', async (c) => {
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(langOf(account.langs));
    const id = c.req.param('id');
    const form = statusForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(t('inbox.cases.badStatus'), 400);
    const query = listStateQuery(readListState(c.req.query()));
    if (!form.data.confirm) {
      const known = await caseOf(id);
      if (!known) return c.html(noConversationPage(t), 404);
      if (!known.folio) return c.text(t('inbox.cases.noCase'), 404);
      const said = statusMessage(options.i18n.t(known.lang), known.folio, form.data.status, form.data.note);
      return c.html(
        confirmPage(t, {
          id,
          csrf,
          query,
          ...known,
          folio: known.folio,
          to: form.data.status,
          note: form.data.note,
          said,
        }),
      );
    }
    try {
      await options.conversations.staff.status(id, account.name, form.data.status, form.data.note);
    } catch (error) {
      // No conversation (never seen, erased) or no case (never queued): nothing changed; say what to do.
      if (error instanceof UnknownConversationError) return c.html(noConversationPage(t), 404);
      if (error instanceof NoCaseError) return c.text(t('inbox.cases.noCase'), 404);
      throw error;
    }
    return c.redirect(`/staff/c/${encodeURIComponent(id)}${query}`);
  });
}

function confirmPage(
  t: Translate,
  v: {
    id: string;
    csrf: string;
    query: string;
    folio: string;
    status: CaseStatus;
    to: CaseStatus;
    note: string;
    lang: Lang;
    said: readonly string[];
  },
) {
  const path = `/staff/c/${encodeURIComponent(v.id)}`;
  const to = statusLabel(t, v.to);
  const what =
    v.to === v.status
      ? t('inbox.statusConfirm.same', { folio: v.folio, to })
      : t('inbox.statusConfirm.change', { folio: v.folio, from: statusLabel(t, v.status), to });
  return layout(
    t,
    t('inbox.statusConfirm.title'),
    html`<h2 id="confirm-title">${t('inbox.statusConfirm.title')}</h2>
<p class="box warn" role="alert">${what}</p>
<p>${t('inbox.statusConfirm.message', { lang: t(`inbox.replyWindow.lang.${v.lang}`) })}</p>
<blockquote class="said" lang="${v.lang}">${v.said.map((line) => html`<p>${line}</p>`)}</blockquote>
<p><a href="${path}${v.query}">${t('inbox.statusConfirm.cancel')}</a></p>
<form method="post" action="${path}/status${v.query}"><input type="hidden" name="csrf" value="${v.csrf}">
<input type="hidden" name="status" value="${v.to}"><input type="hidden" name="note" value="${v.note}"><input type="hidden" name="confirm" value="send">
<button>${t('inbox.statusConfirm.send')}</button></form>`,
    { csrf: v.csrf },
  );
}
