/**
 * The list's search, reaching past what a row shows: a folio finds its case wherever it is,
 * also one closed long ago and gone from the closed list (while the store keeps the
 * conversation, RETENTION_DAYS), drawn from the case file itself; words are looked for in
 * the ticket (name, first words, the case's answers) and then in everything the person wrote
 * in the conversation, so "el paso" finds the brother detained in El Paso even when the row's
 * summary is another sentence. The other filters (status, topic, language, channel) apply
 * first, in memory (case-search.ts), to words only: a folio finds its case whatever they say.
 */
import type { CaseFile } from '../../core/case-file.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import type { Translate } from '../../i18n/create-i18n.ts';
import { type Filters, folioAsked, hasWords, matches, ticketText } from './case-search.ts';
import type { InboxOptions } from './inbox-options.ts';

type Listed = HandoffTicket | ClosedTicket;

/** A case no longer on any list, as a closed row: what its case file says. */
export function closedRow(conversationId: string, file: CaseFile): ClosedTicket {
  const closedAt = file.closedAt ?? file.history.findLast((e) => e.kind === 'closed')?.at ?? file.changedAt;
  // Who had it: the case's latest taking or transfer.
  const assignee = file.history.findLast((e) => e.kind === 'assigned')?.to;
  return {
    ...(assignee ? { assignee } : {}),
    conversationId,
    lang: file.lang,
    reason: 'asked',
    urgent: false,
    topic: file.topic,
    since: file.openedAt,
    folio: file.folio,
    status: file.status,
    closedAt,
  };
}

/** The case a folio names, as a row: its open ticket, or its case file when it is closed. */
async function folioRow(options: InboxOptions, folio: string): Promise<Listed | null> {
  const id = await options.store.conversationOfFolio(folio);
  if (!id) return null;
  const ticket = await options.store.getTicket(id);
  if (ticket?.folio === folio) return ticket;
  const file = (await options.store.casesOf(id)).find((c) => c.folio === folio);
  return file ? closedRow(id, file) : null;
}

/** Everything the person wrote in the conversation, one text. */
async function personWords(options: InboxOptions, conversationId: string): Promise<string> {
  const lines = await options.store.getTranscript(conversationId);
  return lines
    .filter((l) => l.from === 'person' && !l.attachment)
    .map((l) => l.text)
    .join('\n');
}

/** The folder's cases the search and filters ask for, in the folder's order. */
export async function findCases(
  options: InboxOptions,
  t: Translate,
  tickets: readonly Listed[],
  filters: Filters,
): Promise<Listed[]> {
  const { q, ...rest } = filters;
  const narrowed = tickets.filter((ticket) => matches(t, ticket, rest));
  if (!q) return narrowed;
  const folio = folioAsked(q);
  if (folio) {
    // A folio names one case: found whatever the filters say (a stale one hid it from the
    // second newcomer); the list says they were not applied.
    const here = tickets.filter((ticket) => ticket.folio?.toUpperCase() === folio);
    if (here.length) return here;
    const row = await folioRow(options, folio);
    return row ? [row] : [];
  }
  const kept = await Promise.all(
    narrowed.map(
      async (ticket) =>
        hasWords(ticketText(t, ticket), q) ||
        hasWords(`${ticketText(t, ticket)}\n${await personWords(options, ticket.conversationId)}`, q),
    ),
  );
  return narrowed.filter((_, i) => kept[i]);
}
