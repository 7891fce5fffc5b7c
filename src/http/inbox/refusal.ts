/**
 * Every refusal of the staff pages as a page of the inbox, never bare text: the header with
 * the menu of the pages this person may open and "sign out", the reason with what to do next
 * (the texts in locales say it), and the way back (the inbox; the dashboard for a viewer, who
 * has no inbox). The routes answer a refusal as plain text with its status (403, 404, 400…);
 * one middleware turns each into this page, so no route can forget to. The desk's script
 * shows the reason alone in its alert (#refusal).
 */
import type { MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { InboxOptions } from './inbox-options.ts';
import { deskMenu } from './list-links.ts';
import type { InboxEnv } from './session.ts';
import { layout } from './views.ts';

type MenuOptions = Pick<InboxOptions, 'reviews' | 'improve' | 'whatsapp'>;

/** The page that says why something was refused, what to do, and the way back. */
export function refusalPage(
  t: Translate,
  v: { account: StaffAccount; csrf: string; options: MenuOptions; reason: string },
) {
  const viewer = v.account.role === 'viewer';
  const back = viewer
    ? html`<a href="/staff/dashboard">${t('inbox.refusal.toDashboard')}</a>`
    : html`<a href="/staff">${t('inbox.back')}</a>`;
  return layout(
    t,
    `${t('inbox.refusal.title')} · ${t('inbox.title')}`,
    html`<p>${back}</p><h2>${t('inbox.refusal.title')}</h2>
<p class="error" role="alert" id="refusal">${v.reason}</p>`,
    { csrf: v.csrf, menu: deskMenu(t, v.account, v.options), home: viewer ? '/staff/dashboard' : '/staff' },
  );
}

/** A refusal: the status stays, the body becomes a page. */
export async function refusalResponse(
  t: Translate,
  v: Parameters<typeof refusalPage>[1],
  status: number,
): Promise<Response> {
  return new Response(String(await refusalPage(t, v)), {
    status,
    headers: { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-store' },
  });
}

/** Turns every plain-text refusal (status 400 and up) of the routes after it into the page. */
export function refusalPages(options: MenuOptions & Pick<InboxOptions, 'i18n'>): MiddlewareHandler<InboxEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 400 || !(c.res.headers.get('content-type') ?? '').startsWith('text/plain')) return;
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(account.langs[0] ?? 'es');
    c.res = await refusalResponse(t, { account, csrf, options, reason: await c.res.text() }, c.res.status);
    // Hono keeps the first answer's headers on the new one: its length was the text's.
    c.res.headers.delete('content-length');
  };
}
