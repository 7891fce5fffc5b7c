/**
 * The inbox's two actions that can strand a family, made safe: closing and transferring.
 * POST /staff/c/:id/close closes at once only when the conversation's case is finished
 * (resolved, or closed unresolved) or has none; otherwise it answers with a confirmation page
 * that says the case's status, what the person will read, and that closing the chat leaves
 * the case as it is unless staff choose "resolved" there. POST /staff/c/:id/transfer hands the
 * conversation only to an account that can take conversations (an agent or an admin, never a
 * viewer, who cannot open them): anything else is a 400 that says why, nothing changed; done,
 * the conversation's page says to whom it went (the case's history has it too). Both
 * forms are validated with zod; the actions are the engine's (Conversations.staff).
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { type CaseStatus, caseFinished } from '../../core/case-status.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { statusLabel } from './case-format.ts';
import type { InboxOptions } from './inbox-options.ts';
import { listStateQuery, readListState } from './list-state.ts';
import type { InboxEnv } from './session.ts';
import { layout } from './views.ts';

/** What a staff action route does with the conversation of the URL (routes.ts's `act`). */
type Act = (
  run: (id: string, by: string, form: Record<string, unknown>) => Promise<unknown>,
  back?: string,
) => (c: Context<InboxEnv>) => Promise<Response>;

/** `keepOpen`: close the chat, the case keeps its status; `resolved`: mark it resolved, then close. */
const closeForm = z.object({ confirm: z.enum(['keepOpen', 'resolved']).optional() });
const transferForm = z.object({ to: z.string().trim().min(1).max(40) });

/** Who may be handed a conversation: those who can open and take one. */
export const canTake = (account: Pick<StaffAccount, 'role'>) => account.role !== 'viewer';

export function safeActionRoutes(app: Hono<InboxEnv>, options: InboxOptions, act: Act) {
  const tOf = (account: StaffAccount) => options.i18n.t(account.langs[0] ?? 'es');

  /** The status of the conversation's open case, when it has one not finished. */
  async function unfinished(id: string): Promise<{ folio: string; status: CaseStatus } | null> {
    const [ticket, cases] = await Promise.all([options.store.getTicket(id), options.store.casesOf(id)]);
    if (!ticket?.folio) return null;
    const status = cases.find((c) => c.folio === ticket.folio)?.status ?? ticket.status ?? 'received';
    return caseFinished(status) ? null : { folio: ticket.folio, status };
  }

  app.post('/c/:id/close', async (c) => {
    const { account, csrf } = c.get('session');
    const t = tOf(account);
    const id = c.req.param('id');
    const form = closeForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(t('inbox.closeConfirm.bad'), 400);
    const confirm = form.data.confirm;
    if (!confirm) {
      const open = await unfinished(id);
      if (open) {
        const ticket = await options.store.getTicket(id);
        const told = options.i18n.t(ticket?.lang ?? 'es');
        const said = [told('handoff.closed'), told('rating.prompt')];
        const query = listStateQuery(readListState(c.req.query()));
        return c.html(confirmPage(t, { id, csrf, query, ...open, said }));
      }
    }
    return act(async (conversation, by) => {
      if (confirm === 'resolved') await options.conversations.staff.status(conversation, by, 'resolved', '');
      await options.conversations.staff.close(conversation, by);
    })(c);
  });

  app.post('/c/:id/transfer', async (c) => {
    const { account } = c.get('session');
    const t = tOf(account);
    const form = transferForm.safeParse(await c.req.parseBody());
    const to = form.success ? options.accounts().find((a) => a.name === form.data.to) : undefined;
    if (!to || !canTake(to))
      return c.text(t('inbox.transferRefused', { name: form.success ? form.data.to : '—' }), 400);
    // Back to the conversation, which says in place to whom it went (desk-routes.ts, ?done=transferred).
    const query = listStateQuery(readListState(c.req.query()));
    const back = `/staff/c/${encodeURIComponent(c.req.param('id'))}${query}${query ? '&' : '?'}done=transferred`;
    return act((id, by) => options.conversations.staff.transfer(id, by, to.name), back)(c);
  });
}

function confirmPage(
  t: Translate,
  v: { id: string; csrf: string; query: string; folio: string; status: CaseStatus; said: readonly string[] },
) {
  const path = `/staff/c/${encodeURIComponent(v.id)}`;
  const back = `${path}${v.query}`;
  const action = `${path}/close${v.query}`;
  const token = html`<input type="hidden" name="csrf" value="${v.csrf}">`;
  const status = statusLabel(t, v.status);
  return layout(
    t,
    t('inbox.closeConfirm.title'),
    html`<h2 id="confirm-title">${t('inbox.closeConfirm.title')}</h2>
<p class="box warn" role="alert">${t('inbox.closeConfirm.caseOpen', { folio: v.folio, status })}</p>
<p>${t('inbox.closeConfirm.message')}</p>
<blockquote class="said">${v.said.map((line) => html`<p>${line}</p>`)}</blockquote>
<p>${t('inbox.closeConfirm.stays', { status })}</p>
<p><a href="${back}">${t('inbox.closeConfirm.cancel')}</a></p>
<form method="post" action="${action}">${token}<input type="hidden" name="confirm" value="keepOpen">
<button>${t('inbox.closeConfirm.keepOpen')}</button></form>
<form method="post" action="${action}">${token}<input type="hidden" name="confirm" value="resolved">
<button>${t('inbox.closeConfirm.resolve')}</button></form>`,
    { csrf: v.csrf },
  );
}
