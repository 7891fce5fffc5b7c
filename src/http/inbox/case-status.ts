/**
 * POST /staff/c/:id/status, which sets the case's status with a note for the family
 * through the engine (Conversations.staff.status: the engine tells the person on their
 * channel, in their language, writes the case's history and tells open pages; the audit log
 * records it), then goes back to the page (with the list as it was, list-state.ts). A status not in the list or a note too long is
 * refused before the engine; a conversation without a case (NoCaseError) is a 404 that says
 * what to do.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { CASE_STATUSES } from '../../core/case-status.ts';
import { NoCaseError, UnknownConversationError } from '../../core/errors.ts';
import type { Lang } from '../../core/types.ts';
import type { InboxOptions } from './inbox-options.ts';
import { listStateQuery, readListState } from './list-state.ts';
import type { InboxEnv } from './session.ts';
import { noConversationPage } from './views.ts';

/** What the status form sends; the note is optional and short (one message on a phone). */
const statusForm = z.object({
  status: z.enum(CASE_STATUSES),
  note: z
    .string()
    .max(500)
    .optional()
    .transform((note) => note?.trim() ?? ''),
});

export function caseRoutes(app: Hono<InboxEnv>, options: InboxOptions) {
  const langOf = (langs: readonly Lang[]): Lang => langs[0] ?? 'es';

  app.post('/c/:id/status', async (c) => {
    const { account } = c.get('session');
    const t = options.i18n.t(langOf(account.langs));
    const id = c.req.param('id');
    const form = statusForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(t('inbox.cases.badStatus'), 400);
    try {
      await options.conversations.staff.status(id, account.name, form.data.status, form.data.note);
    } catch (error) {
      // No conversation (never seen, erased) or no case (never queued): nothing changed; say what to do.
      if (error instanceof UnknownConversationError) return c.html(noConversationPage(t), 404);
      if (error instanceof NoCaseError) return c.text(t('inbox.cases.noCase'), 404);
      throw error;
    }
    return c.redirect(`/staff/c/${encodeURIComponent(id)}${listStateQuery(readListState(c.req.query()))}`);
  });
}
