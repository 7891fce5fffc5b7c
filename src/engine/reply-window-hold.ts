/**
 * What a turn sends on a channel with a reply window (WhatsApp Cloud's 24 hours) when the
 * person last wrote before it: a status notice or a follow-up question days after the close
 * would be refused by Meta and lost. Such messages are held in the conversation's record, the
 * office's approved re-engagement template goes once in their place (when one is set up), and
 * the held messages go first the next time the person writes, in the order they were made.
 * Pure: the engine writes what this returns in the turn's commit and sends only `now`.
 */
import type { Outbound } from '../core/messages.ts';
import type { StoredConversation } from '../core/ports/conversation-store.ts';
import type { ReplyWindow } from '../core/ports/reply-window.ts';
import type { HandoffTicket } from '../core/ticket.ts';
import type { DialogueAct, Lang, Meaning } from '../core/types.ts';

/** Held messages kept at most: the newest (a conversation silent for months keeps its latest news). */
export const HELD_MAX = 20;

export interface WindowInput {
  window: ReplyWindow | undefined;
  /** When the person last wrote (epoch ms); unknown on records older than this field: sent as before. */
  heardAt: number | undefined;
  now: number;
  lang: Lang;
  /** The turn is the person's own message: the window is open again. */
  fromPerson: boolean;
  /** Messages held by earlier turns. */
  held: readonly Outbound[];
  /** What this turn made for the person. */
  outbound: readonly Outbound[];
}

export interface WindowOutcome {
  /** Messages to deliver after the commit. */
  now: Outbound[];
  /** Messages to keep for the person's next message. */
  held: Outbound[];
  /** Send the re-engagement template in this language. */
  reengage?: Lang;
}

export function throughWindow(input: WindowInput): WindowOutcome {
  const { window, heardAt } = input;
  if (input.fromPerson || !window || heardAt === undefined || input.now < heardAt + window.ms)
    return { now: [...input.held, ...input.outbound], held: [] };
  if (input.outbound.length === 0) return { now: [], held: [...input.held] };
  const held = [...input.held, ...input.outbound].slice(-HELD_MAX);
  // One template per silence: a second piece of news while the first waits needs no other.
  const first = input.held.length === 0 && window.reengagement(input.lang) !== null;
  return { now: [], held, ...(first ? { reengage: input.lang } : {}) };
}

/** When the person last wrote, as the turn knows it: their message now, else the record's, else the ticket's. */
export function heardAtOf(
  prepared: { heardAt?: number },
  record: Pick<StoredConversation, 'heardAt'> | null,
  ticket: Pick<HandoffTicket, 'lastHeard'> | null,
): number | undefined {
  const known = [prepared.heardAt, record?.heardAt ?? ticket?.lastHeard].filter((t) => t !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

/** What a person writes to the re-engagement template when all they want is the news. */
const ASKS_FOR_NEWS = new Set<DialogueAct>(['greeting', 'yes', 'thanks']);

/**
 * The person wrote back after the template with only "hola", "sí" or "gracias": the held news
 * is the whole answer. The flow is not stepped, so a question among the news (the follow-up's)
 * stays the last thing asked, not buried under the menu a greeting would bring.
 */
export function onlyWantsTheNews(
  prepared: { fromPerson?: boolean; meaning: Meaning | null },
  held: readonly Outbound[] | undefined,
): boolean {
  const m = prepared.meaning;
  return (
    prepared.fromPerson === true &&
    (held?.length ?? 0) > 0 &&
    m !== null &&
    m.danger === 'none' &&
    m.topic === 'none' &&
    !m.caseQuery &&
    ASKS_FOR_NEWS.has(m.act)
  );
}
