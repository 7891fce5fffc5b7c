/**
 * Small builders the store contract uses: records, tickets, outbox items, commits, the
 * dashboard's summaries and review items, filed examples and case files, with sensible
 * defaults, so each test shows only what it is about.
 */
import type { CaseFile } from '../../src/core/case-file.ts';
import type { ConversationSummary, ReviewItem } from '../../src/core/ports/activity-store.ts';
import type { OpenTurnOptions, OutboxItem, TurnCommit } from '../../src/core/ports/conversation-store.ts';
import type { OfficeExample } from '../../src/core/ports/example-book.ts';
import type { Store } from '../../src/core/ports/store.ts';
import type { ClosedTicket, HandoffTicket } from '../../src/core/ticket.ts';

export const record = (value: unknown, lang = 'es') => ({
  flow: 'conversation',
  version: 1,
  state: { value, context: { lang, choices: [] } },
});

export const ticket = (conversationId: string, extra: Partial<HandoffTicket> = {}): HandoffTicket => ({
  conversationId,
  lang: 'es',
  reason: 'asked',
  urgent: false,
  topic: 'human',
  since: 1_000,
  ...extra,
});

export const closedTicket = (conversationId: string, closedAt: number): ClosedTicket => ({
  ...ticket(conversationId),
  assignee: 'ana',
  closedAt,
});

export const deliver = (id: string, text = 'hola'): OutboxItem => ({
  id,
  kind: 'deliver',
  address: { channel: 'telegram', chatId: '42' },
  messages: [{ channel: 'telegram', chatId: '42', lang: 'es', text, buttons: [] }],
});

export const notice = (id: string, conversationId: string): OutboxItem => ({
  id,
  kind: 'staff',
  desk: 'inbox',
  notice: { type: 'message', conversationId, text: 'hola' },
});

/** A commit that writes `value` and changes nothing else unless asked to. */
export const commit = (value: unknown, extra: Partial<TurnCommit> = {}): TurnCommit => ({
  record: record(value),
  transcript: [],
  outbox: [],
  done: [],
  ...extra,
});

/** Turn options; `now` is small on purpose: every stamp in these tests is long past. */
export const opts = (extra: Partial<OpenTurnOptions> = {}): OpenTurnOptions => ({
  leaseMs: 5_000,
  dedupeTtlMs: 60_000,
  now: 1_000,
  ...extra,
});

/** Opens a turn and commits it at once; returns the new revision. */
export async function turn(
  store: Store,
  conversationId: string,
  changes: Partial<TurnCommit> & { value?: unknown } = {},
  options: Partial<OpenTurnOptions> = {},
): Promise<number> {
  const { value = 'idle', ...rest } = changes;
  const held = await store.openTurn(conversationId, opts(options));
  if (!held.fresh) throw new Error(`${conversationId}: a redelivery, not a turn`);
  return await held.commit(commit(value, rest));
}

/** `count` made-up chats ("<prefix>0"…) closed one after another past `after`, 50 at a time: enough to fill the closed list. */
export async function closeMany(store: Store, prefix: string, after: number, count = 500): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (let i = 0; i < ids.length; i += 50)
    await Promise.all(
      ids.slice(i, i + 50).map((id, j) => turn(store, id, { closed: closedTicket(id, after + i + j + 1) })),
    );
}

/** Everything the store says about one conversation, for before/after comparisons. */
export async function snapshot(store: Store, conversationId: string, now = 1_000_000) {
  const held = await store.openTurn(conversationId, opts({ now }));
  const seen = { record: held.record, ticket: held.ticket, leftovers: held.leftovers };
  await held.release();
  return {
    ...seen,
    transcript: await store.getTranscript(conversationId),
    queued: (await store.listTickets()).filter((t) => t.conversationId === conversationId),
    closed: (await store.listClosed()).filter((t) => t.conversationId === conversationId),
    thread: await store.threadOf(conversationId),
  };
}

/** A conversation's dashboard summary, from `firstAt` to `lastAt` (epoch ms). */
export const summary = (
  conversationId: string,
  firstAt: number,
  lastAt: number,
  extra: Partial<ConversationSummary> = {},
): ConversationSummary => ({
  conversationId,
  channel: 'telegram',
  lang: 'es',
  firstAt,
  lastAt,
  turns: 4,
  topics: ['asylum'],
  facets: ['asylum.documents'],
  missed: 1,
  notHelped: 0,
  danger: 'none',
  ...extra,
});

/** A text kept for staff to review. */
export const reviewItem = (
  id: string,
  conversationId: string,
  at: number,
  extra: Partial<ReviewItem> = {},
): ReviewItem => ({
  id,
  conversationId,
  at,
  lang: 'es',
  kind: 'unclear',
  text: `no entiendo ${id}`,
  topic: 'none',
  guesses: ['asylum', 'work'],
  ...extra,
});

/** A message staff filed under a topic (valid as examples.yaml wants it). */
export const filedExample = (text: string, extra: Partial<OfficeExample> = {}): OfficeExample => ({
  text,
  topic: 'asylum',
  lang: 'es',
  added: '2026-03-01',
  by: 'ana',
  ...extra,
});

/** A case just opened under `folio` (valid as the Durable store's schema wants it). */
export const caseFile = (folio: string, extra: Partial<CaseFile> = {}): CaseFile => ({
  folio,
  topic: 'asylum',
  lang: 'es',
  openedAt: 1_000,
  status: 'received',
  changedAt: 1_000,
  check: { code: 'ACDE' },
  history: [{ at: 1_000, by: 'assistant', kind: 'opened' }],
  ...extra,
});
