/**
 * Ending sessions and disabling accounts, from the inbox: POST /staff/logout ends this
 * session (in the store, so a copy of the cookie no longer opens anything), POST
 * /staff/logout-all ends every session of the account ("sign out everywhere": a lost phone,
 * a shared computer), and /staff/accounts shows that button to everyone and, to admins, the
 * office's accounts with a button to disable one (its sessions end at once and it cannot sign
 * in) or enable it again, and one to unlock its logins (someone locked out by their own wrong
 * passwords signs in at once; login-throttle.ts). An admin cannot disable their own account,
 * so an office never locks out its last admin by accident. Adding an account, a new password
 * and a role change: account-admin.ts. Every POST carries the CSRF token (routes.ts checks
 * it) and each change is written to the audit log. Words from locales (inbox.accounts.*).
 */
import type { Context, Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { accountAdminRoutes, accountControls, addAccountForm } from './account-admin.ts';
import type { InboxOptions, StaffSecurity } from './inbox-options.ts';
import { endSession, type InboxEnv } from './session.ts';
import { layout } from './views.ts';

/** An admin's form naming an account (the CSRF token is checked before, in routes.ts). */
const accountForm = z.object({ name: z.string().min(1).max(200) });

/** The link the inbox shows everyone (their sessions), and admins (the office's accounts and the audit log). */
export function accountLinks(t: Translate, account: StaffAccount) {
  return html`<p><a href="/staff/accounts">${t(account.role === 'admin' ? 'inbox.accounts.title' : 'inbox.accounts.mine')}</a>${
    account.role === 'admin' ? html` · <a href="/staff/audit">${t('inbox.audit.title')}</a>` : ''
  }</p>`;
}

function accountsPage(
  t: Translate,
  me: StaffAccount,
  accounts: StaffAccount[],
  disabled: string[],
  csrf: string,
  editable: boolean,
) {
  const everywhere = html`<h2>${t('inbox.accounts.mine')}</h2><p>${t('inbox.accounts.everywhereHelp')}</p>
<form method="post" action="/staff/logout-all"><input type="hidden" name="csrf" value="${csrf}"><button>${t('inbox.accounts.everywhere')}</button></form>`;
  if (me.role !== 'admin')
    return layout(
      t,
      t('inbox.accounts.mine'),
      html`<p>${
        me.role === 'viewer'
          ? html`<a href="/staff/dashboard">${t('inbox.refusal.toDashboard')}</a>`
          : html`<a href="/staff">${t('inbox.back')}</a>`
      }</p>${everywhere}`,
      { csrf, home: me.role === 'viewer' ? '/staff/dashboard' : '/staff' },
    );
  const rows = accounts.map((a) => {
    const off = disabled.includes(a.name);
    const action = off ? 'enable' : 'disable';
    const button = (to: string) =>
      html`<form class="inline" method="post" action="/staff/accounts/${to}"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="name" value="${a.name}"><button>${t(`inbox.accounts.${to}`)}</button></form>`;
    const toggle = a.name === me.name ? html`<em>${t('inbox.accounts.you')}</em>` : button(action);
    return html`<li><strong>${a.name}</strong> · ${t(`inbox.accounts.roles.${a.role}`)} · ${a.langs.join(', ')} · ${
      off ? html`<span class="badge">${t('inbox.accounts.disabled')}</span>` : t('inbox.accounts.active')
    } ${toggle} ${button('unlock')}${editable ? html`<br>${accountControls(t, a, me, csrf)}` : ''}</li>`;
  });
  return layout(
    t,
    t('inbox.accounts.title'),
    html`<p><a href="/staff">${t('inbox.back')}</a></p>${everywhere}
<h2>${t('inbox.accounts.title')}</h2><p>${t('inbox.accounts.disableHelp')}</p><p>${t('inbox.accounts.unlockHelp')}</p>
<ul class="list">${rows}</ul>
${editable ? addAccountForm(t, csrf) : html`<p class="box">${t('inbox.accounts.readOnly')}</p>`}`,
    { csrf },
  );
}

export function accountRoutes(app: Hono<InboxEnv>, options: InboxOptions, security: StaffSecurity) {
  const tFor = (account: StaffAccount) => options.i18n.t(account.langs[0] ?? 'es');
  accountAdminRoutes(app, options, security);

  app.post('/logout', async (c) => {
    const session = c.get('session');
    await endSession(c, security.sessions, session);
    await security.audit({ by: session.account.name, action: 'logout' });
    return c.redirect('/staff/login');
  });

  app.post('/logout-all', async (c) => {
    const session = c.get('session');
    await options.store.endSessionsOf(session.account.name);
    await endSession(c, security.sessions, session);
    await security.audit({ by: session.account.name, action: 'logout-everywhere' });
    return c.redirect('/staff/login');
  });

  app.get('/accounts', async (c) => {
    const { account, csrf } = c.get('session');
    const disabled = account.role === 'admin' ? await options.store.disabledAccounts() : [];
    return c.html(
      accountsPage(tFor(account), account, options.accounts(), disabled, csrf, Boolean(options.editAccounts)),
    );
  });

  /** The account an admin's POST names, or the answer that refuses it (not an admin, no such account). */
  const target = async (c: Context<InboxEnv>) => {
    const { account } = c.get('session');
    const t = tFor(account);
    if (account.role !== 'admin') return { refused: c.text(t('inbox.accounts.adminsOnly'), 403) };
    const form = accountForm.safeParse(await c.req.parseBody());
    const name = form.success ? form.data.name : '';
    if (!options.accounts().some((a) => a.name === name))
      return { refused: c.text(t('inbox.accounts.unknown'), 404) };
    return { admin: account, name, t };
  };

  for (const action of ['disable', 'enable'] as const)
    app.post(`/accounts/${action}`, async (c) => {
      const asked = await target(c);
      if ('refused' in asked) return asked.refused;
      const { admin, name, t } = asked;
      if (name === admin.name) return c.text(t('inbox.accounts.notYourself'), 400);
      await options.store.setAccountDisabled(name, action === 'disable');
      if (action === 'disable') await options.store.endSessionsOf(name);
      await security.audit({ by: admin.name, action: `account-${action}`, detail: name });
      return c.redirect('/staff/accounts');
    });

  app.post('/accounts/unlock', async (c) => {
    const asked = await target(c);
    if ('refused' in asked) return asked.refused;
    await security.unlock(asked.name);
    await security.audit({ by: asked.admin.name, action: 'account-unlock', detail: asked.name });
    return c.redirect('/staff/accounts');
  });
}
