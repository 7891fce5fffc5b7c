/**
 * The desk's two addresses: GET /staff (the list, no conversation open) and GET /staff/c/:id
 * (the list with that conversation open beside it), each reading the list's state from its
 * query (list-state.ts). The conversation's pane is drawn from the ticket, or the closed
 * ticket, the conversation's case files, its transcript and what became of each line sent; a
 * conversation the store has never seen is a 404. `?done=transferred` (after a transfer) has
 * the pane say to whom the case went, `?done=taken` that it is now this staff member's, with the keys to go on.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { FOLIO_RULE, folioCheckKey } from '../../core/case-check.ts';
import type { CaseFile } from '../../core/case-file.ts';
import type { Lang } from '../../core/types.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import type { StaffAccount } from '../../staff/accounts.ts';
import type { cannedReplies } from './canned.ts';
import { closedRow } from './case-find.ts';
import { caseDates } from './case-format.ts';
import type { CaseView } from './case-view.ts';
import { deskPage } from './desk-view.ts';
import { type InboxOptions, LIST_REFRESH_MS } from './inbox-options.ts';
import { deskMenu } from './list-links.ts';
import { listModel } from './list-model.ts';
import { latestClose } from './list-pool.ts';
import { listStateQuery, readListState } from './list-state.ts';
import { deliveriesOf, lineDelivery, windowBox, windowOf } from './reply-window.ts';
import { canTake } from './safe-actions.ts';
import type { InboxEnv } from './session.ts';

type Canned = ReturnType<typeof cannedReplies>;
/** What the action that led here did, to say in place (safe-actions.ts: a transfer; routes.ts: taking). */
const doneSchema = z.enum(['transferred', 'taken']).optional().catch(undefined);
type Done = z.infer<typeof doneSchema>;
const langOf = (account: StaffAccount): Lang => account.langs[0] ?? 'es';

/** A conversation's pane, or null when the store knows nothing of it. */
async function caseModel(
  options: InboxOptions,
  t: Translate,
  input: {
    id: string;
    account: StaffAccount;
    csrf: string;
    query: string;
    now: number;
    canned: Canned;
    done: Done;
  },
): Promise<CaseView | null> {
  const { id, account, csrf, now } = input;
  const lang = langOf(account);
  const [ticket, lines, cases, closed] = await Promise.all([
    options.store.getTicket(id),
    options.store.getTranscript(id),
    options.store.casesOf(id),
    latestClose(options, id),
  ]);
  // As its row reads it (list-pool.ts); closed long ago (past the closed list): what its latest case file says.
  const latestCase = cases.at(-1);
  const record = ticket ?? closed ?? (latestCase ? closedRow(id, latestCase) : undefined);
  if (!record && lines.length === 0 && cases.length === 0) return null;
  const channels = options.channels ?? [];
  const deliveries = await deliveriesOf(channels, options.store, id);
  const template = [...deliveries].filter(([ref]) => ref.startsWith('template:')).at(-1)?.[1];
  const path = `/staff/c/${encodeURIComponent(id)}`;
  const state = windowOf(channels, id, ticket ?? undefined, lines, now);
  const shutSince = state.kind === 'closed' ? state.since : null;
  return {
    conversationId: id,
    ticket: ticket ?? undefined,
    record,
    cases,
    lines,
    csrf,
    now,
    query: input.query,
    ...(input.done ? { done: input.done } : {}),
    dates: caseDates(
      lang,
      options.office?.timeZone ?? 'UTC',
      options.i18n.list(lang, 'inbox.exports.months'),
    ),
    colleagues: options
      .accounts()
      .filter((a) => a.name !== account.name && canTake(a))
      .map((a) => a.name),
    canned: await input.canned(ticket?.lang ?? lang, lang),
    ...windowBox(t, state, path, csrf, template),
    lineNote: (line) => lineDelivery(t, deliveries, line, shutSince),
    folioLocked: await folioLocked(options.store, cases, now),
    ...(options.auditCode ? { auditCode: await options.auditCode(id) } : {}),
  };
}

/** Whether the conversation's latest case's folio is locked by wrong checks (core/case-check.ts). */
async function folioLocked(store: InboxOptions['store'], cases: readonly CaseFile[], at: number) {
  const folio = cases.at(-1)?.folio;
  if (!folio) return false;
  const [failures] = await store.loginFailures([folioCheckKey(folio)], at);
  return (failures?.count ?? 0) >= FOLIO_RULE.lockAfter;
}

export function deskRoutes(app: Hono<InboxEnv>, options: InboxOptions, now: () => number, canned: Canned) {
  async function desk(c: Context<InboxEnv>, id?: string) {
    const { account, csrf } = c.get('session');
    const t = options.i18n.t(langOf(account));
    const state = readListState(c.req.query());
    const at = now();
    const query = listStateQuery(state);
    const conversation = id
      ? await caseModel(options, t, {
          id,
          account,
          csrf,
          query,
          now: at,
          canned,
          done: doneSchema.parse(c.req.query('done')),
        })
      : undefined;
    if (conversation === null) return c.text(t('inbox.notFound'), 404);
    const list = await listModel(options, t, account, { state, now: at, openId: id });
    const current = conversation?.cases.at(-1)?.folio ?? conversation?.record?.folio;
    return c.html(
      deskPage(t, {
        list,
        conversation,
        who: account.name,
        csrf,
        menu: deskMenu(t, account, options),
        refreshMs: options.listRefreshMs ?? LIST_REFRESH_MS,
        title: conversation
          ? `${current ?? conversation.record?.name ?? t('inbox.cases.unnamed')} · ${t('inbox.title')}`
          : t('inbox.title'),
      }),
    );
  }
  app.get('/', (c) => desk(c));
  app.get('/c/:id', (c) => desk(c, c.req.param('id')));
}
