/**
 * The inbox's other pages, in one menu in the header (a disclosure: no script), by role: for
 * admins the dashboard, the translations' review, what the assistant did not understand, the
 * exports, the canned replies, the office's accounts and the audit log, the WhatsApp
 * connection when this server drives one; for everyone else their own sessions. Nobody is
 * shown a page they may not open (agents pick the canned replies in the composer).
 */
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { InboxOptions } from './inbox-options.ts';

export function deskMenu(
  t: Translate,
  account: StaffAccount,
  options: Pick<InboxOptions, 'reviews' | 'improve' | 'whatsapp'>,
) {
  const admin = account.role === 'admin';
  const when = (yes: unknown, href: string, key: string): Array<[string, string]> =>
    yes ? [[href, key]] : [];
  const links = [
    ...when(admin, '/staff/dashboard', 'inbox.dashboard.link'),
    ...when(options.reviews && admin, '/staff/reviews', 'inbox.reviews.link'),
    ...when(options.improve && admin, '/staff/improve', 'inbox.improve.link'),
    ...when(admin, '/staff/export', 'inbox.exports.title'),
    ...when(admin, '/staff/canned', 'inbox.cannedAdmin'),
    ...when(true, '/staff/accounts', admin ? 'inbox.accounts.title' : 'inbox.accounts.mine'),
    ...when(admin, '/staff/audit', 'inbox.audit.title'),
    ...when(options.whatsapp && admin, '/staff/whatsapp', 'inbox.whatsapp.title'),
  ];
  return html`<details class="menu" id="menu"><summary>${t('inbox.desk.menu')}</summary><ul>${links.map(
    ([href, key]) => html`<li><a href="${href}">${t(key)}</a></li>`,
  )}</ul></details>`;
}
