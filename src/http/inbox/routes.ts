/**
 * The staff inbox (Hono sub-app at /staff): login, folders, a conversation's transcript and
 * case, and the staff actions: take, reply, note, transfer, close. Every action is the
 * engine's own (Conversations.staff), a turn on the conversation like a person's message: the
 * engine changes the ticket, tells the person on their channel and tells the staff desks;
 * nothing here touches a ticket. Pages update live over Server-Sent Events (events-route.ts). Every POST needs
 * the session's CSRF token and a same-origin request; every page needs a session, held in the
 * store (session.ts). Login and its throttle: login.ts; logout, "sign out everywhere" and
 * disabling accounts: accounts.ts; the audit log: audit.ts; the list with its search and
 * filters: case-list.ts; a conversation's case page and its status form: case-status.ts; close (confirmed while the
 * case is not finished) and transfer (only to who can take it): safe-actions.ts. What
 * the inbox is given, and the security parts its routes share: inbox-options.ts.
 */
import { type Context, Hono } from 'hono';
import { csrf as sameOrigin } from 'hono/csrf';
import { UnknownConversationError } from '../../core/errors.ts';
import { LANGS } from '../../core/types.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import { accountRoutes } from './accounts.ts';
import { auditRoutes } from './audit.ts';
import { cannedReplies, cannedRoutes } from './canned.ts';
import { caseRoutes } from './case-status.ts';
import { channelPage } from './channel-status.ts';
import { contentReviewPage } from './content-review.ts';
import { dashboardRoutes } from './dashboard.ts';
import { deskRoutes } from './desk-routes.ts';
import { eventsRoute } from './events-route.ts';
import { exportRoutes } from './exports.ts';
import { improveRoutes } from './improve.ts';
import type { InboxOptions } from './inbox-options.ts';
import { listStateQuery, readListState } from './list-state.ts';
import { loginRoutes, staffSecurity } from './login.ts';
import { refusalPages, refusalResponse } from './refusal.ts';
import { replyWindowRoutes } from './reply-window-routes.ts';
import { reviewTransferRoutes } from './review-transfer.ts';
import { safeActionRoutes } from './safe-actions.ts';
import { type InboxEnv, readSession, sameToken } from './session.ts';
import { mediaPlayedInPage, noConversationPage } from './views.ts';

type Env = InboxEnv;
/** What a viewer may open: the dashboard, the yearly report (counts only), their account, signing out, live updates. */
const VIEWER_PAGES =
  /^\/staff\/(dashboard(\/|$)|export\/report(-[^/]*\.csv)?$|accounts(\/|$)|logout|events$)/;

export function staffInbox(options: InboxOptions) {
  const app = new Hono<Env>();
  const now = () => (options.clock ?? { now: () => Date.now() }).now();
  const tFor = (account?: StaffAccount) => options.i18n.t(account?.langs[0] ?? 'es');

  const security = staffSecurity(options, now);
  const cannedFor = cannedReplies(options);
  const channels = options.channels ?? [];

  app.use('*', sameOrigin());
  loginRoutes(app, options, security);

  // Everything below needs a session; POSTs also need its CSRF token.
  app.use('*', async (c, next) => {
    const session = await readSession(c as unknown as Context, security.sessions, options.accounts);
    if (!session) return c.redirect('/staff/login');
    if (c.req.method === 'POST') {
      // An upload's body that does not parse (staff-forms.ts lets multipart through there only) is refused.
      const form = await c.req.parseBody().catch(() => null);
      if (!form || !sameToken(String(form.csrf ?? ''), session.csrf)) {
        const t = tFor(session.account);
        return refusalResponse(t, { ...session, options, reason: t('inbox.badCsrf') }, 403);
      }
    }
    c.set('session', session);
    await next();
  });
  // A refusal below (403, 404, 400…) is a page with the menu and the way back, never bare text.
  app.use('*', refusalPages(options));

  // A viewer sees the dashboard's figures and their own account, never a conversation.
  app.use('*', async (c, next) => {
    if (c.get('session').account.role !== 'viewer' || VIEWER_PAGES.test(c.req.path)) return next();
    return c.redirect('/staff/dashboard');
  });

  accountRoutes(app, options, security);
  auditRoutes(app, options, now);
  dashboardRoutes(app, options, now);
  improveRoutes(app, options, now);
  exportRoutes(app, options, now);

  deskRoutes(app, options, now, cannedFor);
  caseRoutes(app, options);

  /** A file a person sent: inline only for types that cannot run code, else a download. */
  app.get('/c/:id/media/:mediaId', async (c) => {
    const { account } = c.get('session');
    const file = await options.store.getMedia(c.req.param('id'), c.req.param('mediaId'));
    if (!file) return c.text(tFor(account)('inbox.mediaGone'), 404);
    const inline = mediaPlayedInPage(file.mimetype) !== null;
    const name = (file.filename ?? 'file').replace(/[^\w.-]+/g, '_');
    return c.body(file.data as Uint8Array<ArrayBuffer>, 200, {
      'content-type': inline ? file.mimetype : 'application/octet-stream',
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
  });

  /**
   * A staff action on the conversation of the URL, then back to its page (or the list). A
   * conversation the store does not keep (an id nobody wrote from, erased, a stale page) is
   * refused by the engine with nothing written or sent: a 404 page that says to go back to the list.
   */
  const act =
    (run: (id: string, by: string, form: Record<string, unknown>) => Promise<unknown>, back?: string) =>
    async (c: Context<Env>) => {
      const id = c.req.param('id') ?? '';
      const { account } = c.get('session');
      try {
        await run(id, account.name, await c.req.parseBody());
      } catch (error) {
        if (error instanceof UnknownConversationError) return c.html(noConversationPage(tFor(account)), 404);
        throw error;
      }
      return c.redirect(
        back ?? `/staff/c/${encodeURIComponent(id)}${listStateQuery(readListState(c.req.query()))}`,
      );
    };
  const textOf = (form: Record<string, unknown>) =>
    String(form.text ?? '')
      .trim()
      .slice(0, 4000);

  /** Takes a conversation; the person is told someone joined; the pane says so (?done=taken). */
  app.post('/c/:id/claim', (c) => {
    const query = listStateQuery(readListState(c.req.query()));
    const back = `/staff/c/${encodeURIComponent(c.req.param('id'))}${query}${query ? '&' : '?'}done=taken`;
    return act((id, by) => options.conversations.staff.take(id, by), back)(c);
  });

  // Close (with a confirmation while the case is not finished) and transfer (only to those who can take it).
  safeActionRoutes(app, options, act);

  /** An internal note: staff see it, the person never does. */
  app.post(
    '/c/:id/note',
    act(async (id, by, form) => {
      const text = textOf(form);
      if (text) await options.conversations.staff.note(id, by, text);
    }),
  );

  // Before the reply route: past the reply window a reply is refused here, unsent.
  replyWindowRoutes(app, options, channels, now);

  /**
   * Words for the person on their channel: a canned reply chosen (without the page's script the
   * picker is part of the form), then what was typed, each as its own message; the first answer
   * takes the conversation.
   */
  app.post(
    '/c/:id/reply',
    act(async (id, by, form) => {
      const chosen = String(form.canned ?? '');
      const canned = chosen
        ? (await Promise.all(LANGS.map((l) => cannedFor(l)))).flat().find((r) => r.id === chosen)
        : undefined;
      for (const text of [canned?.text.trim() ?? '', textOf(form)])
        if (text) await options.conversations.staff.reply(id, by, text);
    }),
  );

  cannedRoutes(app, options, security, cannedFor);

  app.get('/whatsapp', async (c) => {
    const { account, csrf } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account)('inbox.adminsOnly'), 403);
    if (!options.whatsapp) return c.text(tFor(account)('inbox.whatsapp.off'), 404);
    return c.html(await channelPage(tFor(account), options.whatsapp, csrf));
  });

  /** Admins: which texts a named person has reviewed, per language, and how to send the rest for review. */
  app.get('/reviews', async (c) => {
    const { account, csrf } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account)('inbox.reviews.adminsOnly'), 403);
    if (!options.reviews) return c.text(tFor(account)('inbox.reviews.off'), 404);
    return c.html(
      contentReviewPage(
        tFor(account),
        await options.reviews.state(),
        csrf,
        Boolean(options.reviews.transfer),
      ),
    );
  });
  reviewTransferRoutes(app, options.reviews?.transfer, (langs) => options.i18n.t(langs[0] ?? 'es'));

  eventsRoute(app, { events: options.events, accounts: options.accounts, sessions: security.sessions });

  return app;
}
