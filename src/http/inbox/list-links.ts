/**
 * The links above the inbox's list, by role: for admins the dashboard, the translations'
 * review, what the assistant did not understand and the exports; for everyone their account.
 */
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { accountLinks } from './accounts.ts';
import { contentReviewLink } from './content-review.ts';
import { exportLink } from './exports.ts';
import type { InboxOptions } from './inbox-options.ts';

export function listLinks(
  t: Translate,
  account: StaffAccount,
  options: Pick<InboxOptions, 'reviews' | 'improve'>,
) {
  const admin = account.role === 'admin';
  const link = (href: string, key: string) => html`<p><a href="${href}">${t(key)}</a></p>`;
  return html`${admin ? link('/staff/dashboard', 'inbox.dashboard.link') : ''}${
    options.reviews && admin ? contentReviewLink(t) : ''
  }${options.improve && admin ? link('/staff/improve', 'inbox.improve.link') : ''}${accountLinks(t, account)}${exportLink(t, account)}`;
}
