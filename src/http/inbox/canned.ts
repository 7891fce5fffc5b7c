/**
 * The office's canned replies: the defaults from locales (inbox.defaults) in each language,
 * then the ones admins add and remove at /staff/canned (kept in the store, audited). A default
 * picked for a conversation in another language than the reader's carries its meaning in the
 * reader's (the same default in their language: the third newcomer, reading Spanish, could
 * not tell the Kreyòl ones apart); the office's own have no translation to show.
 */
import type { Hono } from 'hono';
import type { CannedReply } from '../../core/ports/staff-data-store.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { InboxOptions, StaffSecurity } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';
import { cannedPage } from './views.ts';

/** A canned reply, with what it means in the reader's language when it is in another. */
export type Canned = CannedReply & { meaning?: string };

/** The canned replies staff may pick in a language; `reader`: the staff member's language, for the defaults' meaning. */
export function cannedReplies(options: Pick<InboxOptions, 'i18n' | 'store'>) {
  return async function cannedFor(lang: Lang, reader?: Lang): Promise<Canned[]> {
    const meanings = reader && reader !== lang ? options.i18n.list(reader, 'inbox.defaults') : [];
    const defaults = options.i18n.list(lang, 'inbox.defaults').map((text, i) => {
      const meaning = meanings[i];
      return { id: `default-${lang}-${i}`, lang, text, ...(meaning ? { meaning } : {}) };
    });
    return [...defaults, ...(await options.store.getCannedReplies()).filter((r) => r.lang === lang)];
  };
}

/** Admins edit the office's own canned replies. */
export function cannedRoutes(
  app: Hono<InboxEnv>,
  options: Pick<InboxOptions, 'i18n' | 'store'>,
  security: Pick<StaffSecurity, 'audit'>,
  cannedFor: (lang: Lang) => Promise<CannedReply[]>,
) {
  const tFor = (account?: StaffAccount) => options.i18n.t(account?.langs[0] ?? 'es');
  app.get('/canned', async (c) => {
    const { account, csrf } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account)('inbox.adminsOnly'), 403);
    return c.html(
      cannedPage(tFor(account), (await Promise.all(LANGS.map((l) => cannedFor(l)))).flat(), csrf),
    );
  });
  app.post('/canned', async (c) => {
    const { account } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account)('inbox.adminsOnly'), 403);
    const body = await c.req.parseBody();
    const current = await options.store.getCannedReplies();
    const lang = LANGS.find((l) => l === body.lang);
    const text = String(body.text ?? '')
      .trim()
      .slice(0, 2000);
    const remove = String(body.remove ?? '');
    const removed = current.find((r) => r.id === remove);
    if (removed) {
      await options.store.saveCannedReplies(current.filter((r) => r.id !== remove));
      await security.audit({ by: account.name, action: 'canned-remove', detail: removed.lang });
    } else if (!remove && lang && text) {
      await options.store.saveCannedReplies([...current, { id: crypto.randomUUID(), lang, text }]);
      await security.audit({ by: account.name, action: 'canned-add', detail: lang });
    }
    return c.redirect('/staff/canned');
  });
}
