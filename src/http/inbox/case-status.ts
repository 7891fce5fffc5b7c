/**
 * The case page's routes: GET /staff/c/:id (case-view.ts draws it from the ticket, or the
 * closed ticket, the conversation's case files, its transcript and what became of each line
 * sent) and POST /staff/c/:id/status, which sets the case's status with a note for the family
 * through the engine (Conversations.staff.status: the engine tells the person on their
 * channel, in their language, writes the case's history and tells open pages; the audit log
 * records it), then goes back to the page. A status not in the list or a note too long is
 * refused before the engine; a conversation without a case (NoCaseError) is a 404 that says
 * what to do.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { FOLIO_RULE, folioCheckKey } from '../../core/case-check.ts';
import type { CaseFile } from '../../core/case-file.ts';
import { CASE_STATUSES } from '../../core/case-status.ts';
import { NoCaseError, UnknownConversationError } from '../../core/errors.ts';
import type { Lang } from '../../core/types.ts';
import type { cannedReplies } from './canned.ts';
import { caseDates } from './case-format.ts';
import { conversationPage } from './case-view.ts';
import type { InboxOptions } from './inbox-options.ts';
import { deliveriesOf, lineDelivery, windowBox, windowOf } from './reply-window.ts';
import { canTake } from './safe-actions.ts';
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

export function caseRoutes(
  app: Hono<InboxEnv>,
  options: InboxOptions,
  now: () => number,
  cannedFor: ReturnType<typeof cannedReplies>,
) {
  const channels = options.channels ?? [];
  const langOf = (langs: readonly Lang[]): Lang => langs[0] ?? 'es';

  app.get('/c/:id', async (c) => {
    const { account, csrf } = c.get('session');
    const lang = langOf(account.langs);
    const t = options.i18n.t(lang);
    const id = c.req.param('id');
    const [ticket, lines, cases, closed] = await Promise.all([
      options.store.getTicket(id),
      options.store.getTranscript(id),
      options.store.casesOf(id),
      options.store.listClosed(),
    ]);
    const record = ticket ?? closed.find((x) => x.conversationId === id);
    if (!record && lines.length === 0 && cases.length === 0) return c.text(t('inbox.notFound'), 404);
    const deliveries = await deliveriesOf(channels, options.store, id);
    const template = [...deliveries].filter(([ref]) => ref.startsWith('template:')).at(-1)?.[1];
    const path = `/staff/c/${encodeURIComponent(id)}`;
    const state = windowOf(channels, id, ticket ?? undefined, lines, now());
    const window = windowBox(t, state, path, csrf, template);
    const shutSince = state.kind === 'closed' ? state.since : null;
    return c.html(
      conversationPage(t, {
        conversationId: id,
        ticket: ticket ?? undefined,
        record,
        cases,
        lines,
        csrf,
        now: now(),
        dates: caseDates(
          lang,
          options.office?.timeZone ?? 'UTC',
          options.i18n.list(lang, 'inbox.exports.months'),
        ),
        colleagues: options
          .accounts()
          .filter((a) => a.name !== account.name && canTake(a))
          .map((a) => a.name),
        canned: await cannedFor(ticket?.lang ?? lang),
        ...window,
        lineNote: (line) => lineDelivery(t, deliveries, line, shutSince),
        folioLocked: await folioLocked(options.store, cases, now()),
        ...(options.auditCode ? { auditCode: await options.auditCode(id) } : {}),
      }),
    );
  });

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
    return c.redirect(`/staff/c/${encodeURIComponent(id)}`);
  });
}

/** Whether the conversation's latest case's folio is locked by wrong checks (core/case-check.ts). */
async function folioLocked(store: InboxOptions['store'], cases: readonly CaseFile[], at: number) {
  const folio = cases.at(-1)?.folio;
  if (!folio) return false;
  const [failures] = await store.loginFailures([folioCheckKey(folio)], at);
  return (failures?.count ?? 0) >= FOLIO_RULE.lockAfter;
}
