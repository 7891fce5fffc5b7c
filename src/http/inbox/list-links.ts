/**
 * The inbox's other pages, in one menu in the header (a disclosure: without script it opens
 * and closes by its own button), by role: for admins the dashboard, the translations' review,
 * what the assistant did not understand, the exports, the canned replies, the office's
 * accounts and the audit log, the WhatsApp connection when this server drives one; for
 * everyone else their own sessions. Nobody is shown a page they may not open (agents pick the
 * canned replies in the composer). A small script (allowed by its hash) closes the menu as a
 * menu closes: on a choice, on Escape (the focus back on its button), on a click outside it,
 * and when the page comes back from the browser's history (the second newcomer found it
 * still open after choosing).
 */
import { html, raw } from 'hono/html';
import { inlineScript } from '../../core/inline-assets.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { InboxOptions } from './inbox-options.ts';

const MENU_SCRIPT = `(() => {
  const menu = document.getElementById('menu');
  if (!menu) return;
  const button = menu.querySelector('summary');
  const shut = (focus) => {
    if (!menu.open) return;
    menu.open = false;
    if (focus) button.focus();
  };
  menu.addEventListener('click', (event) => { if (event.target.closest('a')) shut(false); });
  document.addEventListener('click', (event) => { if (!menu.contains(event.target)) shut(false); });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    shut(true);
  });
  window.addEventListener('pageshow', () => shut(false));
})();`;
const MENU_TAG = raw(inlineScript('staff', MENU_SCRIPT));

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
  )}</ul></details>${MENU_TAG}`;
}
