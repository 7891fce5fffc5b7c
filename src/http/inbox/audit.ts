/**
 * The audit log page, for admins at /staff/audit: who took, answered, noted, transferred,
 * closed, erased or set the case status of which conversation, who changed canned replies,
 * who signed in or out, failed to, or was disabled, and when (UTC), newest first, 50 lines a page. Each line is
 * worded from locales (inbox.audit.actions.*) in the admin's language; names and conversation
 * ids are shown as text. The store keeps the log as long as conversations (RETENTION_DAYS).
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { AuditEntry } from '../../core/ports/staff-security-store.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { InboxOptions } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';
import { layout } from './views.ts';

export const AUDIT_PAGE_SIZE = 50;
/** Pages past this are not offered (the store keeps at most KEEP_AUDIT lines anyway). */
const MAX_PAGE = 1_000;

const when = (at: number) => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function line(t: Translate, entry: AuditEntry) {
  // A status is logged by its id ("inProgress"): the admin reads its label.
  const detail =
    entry.action === 'status' && entry.detail ? t(`case.status.${entry.detail}`) : (entry.detail ?? '');
  const what = t(`inbox.audit.actions.${entry.action}`, { detail });
  // A pseudonym (a keyed hash) names no conversation that can be opened; old lines kept ids.
  const conversation = entry.conversation
    ? html` · <span class="cid">${t('inbox.audit.pseudonym', { id: entry.conversation })}</span>`
    : entry.conversationId
      ? html` · <a href="/staff/c/${encodeURIComponent(entry.conversationId)}">${entry.conversationId}</a>`
      : '';
  return html`<li><time datetime="${new Date(entry.at).toISOString()}">${when(entry.at)}</time> · <strong>${entry.by}</strong> ${what}${conversation}</li>`;
}

function auditPage(t: Translate, entries: AuditEntry[], page: number, more: boolean, csrf: string) {
  const nav =
    (page > 1 || more) &&
    html`<p>${page > 1 ? html`<a href="/staff/audit?page=${page - 1}">${t('inbox.audit.newer')}</a> ` : ''}${
      more ? html`<a href="/staff/audit?page=${page + 1}">${t('inbox.audit.older')}</a>` : ''
    }</p>`;
  return layout(
    t,
    t('inbox.audit.title'),
    html`<p><a href="/staff">${t('inbox.back')}</a></p><h2>${t('inbox.audit.title')}</h2>
<p>${t('inbox.audit.help')}</p>
<ul class="list">${entries.length ? entries.map((e) => line(t, e)) : html`<li>${t('inbox.audit.empty')}</li>`}</ul>${nav || ''}`,
    { csrf },
  );
}

export function auditRoutes(app: Hono<InboxEnv>, options: InboxOptions, now: () => number) {
  app.get('/audit', async (c) => {
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(account.langs[0] ?? 'es');
    if (account.role !== 'admin') return c.text(t('inbox.audit.adminsOnly'), 403);
    const asked = Number.parseInt(c.req.query('page') ?? '1', 10);
    const page = Number.isFinite(asked) ? Math.min(Math.max(1, asked), MAX_PAGE) : 1;
    // One line more than a page, to know whether there is an older page.
    const entries = await options.store.listAudit(now(), (page - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE + 1);
    return c.html(
      auditPage(t, entries.slice(0, AUDIT_PAGE_SIZE), page, entries.length > AUDIT_PAGE_SIZE, csrf),
    );
  });
}
