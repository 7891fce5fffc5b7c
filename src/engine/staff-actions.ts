/**
 * Staff actions as turns: take, reply, note, transfer and close each hold the conversation
 * like a person's message, change its ticket through the one ticket rule, and tell the
 * person and the other staff pages from the outbox after the commit. The web inbox, the
 * Telegram staff group and `converse` all call these; none of them touches a ticket itself.
 * Each acts only on a conversation the store keeps: for any other id (one nobody wrote from,
 * an erased one) it throws UnknownConversationError, with nothing written and nothing sent.
 */
import type { FlowView } from '../../flows/index.ts';
import { addressOf } from '../core/address.ts';
import { NoCaseError, UnknownConversationError } from '../core/errors.ts';
import type { StaffActions, TurnResult } from '../core/ports/conversations.ts';
import type { TicketChange } from '../core/ticket.ts';
import type { Lang } from '../core/types.ts';
import type { Prepared, TurnRequest } from './turn.ts';

interface Deps {
  runTurn(request: TurnRequest): Promise<TurnResult | null>;
  serial<T>(id: string, task: () => Promise<T>): Promise<T>;
  /** The language of a ticket opened on a conversation that never told one. */
  defaultLang: Lang;
}

/** The ticket a staff member's take opens on a conversation that had none. */
function openedByStaff(id: string, view: FlowView, at: number, defaultLang: Lang): TicketChange {
  return {
    type: 'open',
    ticket: {
      conversationId: id,
      lang: view.lang ?? defaultLang,
      reason: 'staff',
      urgent: false,
      topic: view.topic,
      since: at,
    },
  };
}

/** Longest staff text kept: a reply or note longer than a few screens is cut here. */
const MAX_STAFF_TEXT = 4_000;
/** Longest note for the family with a status: one short message on a phone. */
const MAX_NOTE = 500;

export function createStaffActions(deps: Deps): StaffActions {
  function turn(id: string, prepare: TurnRequest['prepare']): Promise<TurnResult> {
    const address = addressOf(id);
    if (!address) return Promise.reject(new UnknownConversationError(id));
    return deps.serial(id, async () => {
      // Only on a conversation the store keeps: a staff action never starts one.
      const result = await deps.runTurn({ address, prepare, existing: true });
      if (!result) throw new UnknownConversationError(id);
      return result;
    });
  }
  const quiet = (extra: Partial<Prepared>): Prepared => ({ events: [], meaning: null, ...extra });

  return {
    take: (id, by) =>
      turn(id, (view, at, ticket) =>
        quiet({
          actor: by,
          events: [{ type: 'staff.take', by, at }],
          // Taking a conversation nobody queued opens its ticket (its folio drawn by the plan):
          // otherwise the person is told someone is with them while what they write reaches no one.
          staffChanges: [
            ...(ticket ? [] : [openedByStaff(id, view, at, deps.defaultLang)]),
            { type: 'assign', to: by },
          ],
          notices: [{ type: 'changed', conversationId: id, change: 'taken' }],
        }),
      ),
    reply: (id, by, words) => {
      const text = words.trim().slice(0, MAX_STAFF_TEXT);
      return turn(id, (_view, at, ticket) =>
        quiet({
          events: [{ type: 'staff.reply', text, at }],
          staffLine: { from: 'staff', by, text },
          // The first staff member to answer takes the conversation; the first answer is the
          // ticket's first response, whether it was taken before or not.
          staffChanges: ticket
            ? [
                ...(ticket.assignee ? [] : [{ type: 'assign', to: by } as const]),
                { type: 'answered', at } as const,
              ]
            : [],
          actor: by,
          notices: [{ type: 'changed', conversationId: id, change: 'reply' }],
        }),
      );
    },
    note: (id, by, words) =>
      turn(id, () =>
        quiet({
          staffLine: { from: 'note', by, text: words.trim().slice(0, MAX_STAFF_TEXT) },
          notices: [{ type: 'changed', conversationId: id, change: 'note' }],
        }),
      ),
    transfer: (id, by, to) =>
      turn(id, () =>
        quiet({
          actor: by,
          staffChanges: [{ type: 'assign', to }],
          notices: [{ type: 'changed', conversationId: id, change: 'transferred' }],
        }),
      ),
    status: (id, by, status, words) =>
      turn(id, (_view, at, ticket, cases) => {
        // The open ticket's case, else the latest (a status may follow the close).
        const folio = ticket?.folio ?? cases.at(-1)?.folio;
        if (!folio) throw new NoCaseError(id);
        const note = words.trim().slice(0, MAX_NOTE);
        return quiet({
          events: [{ type: 'staff.status', folio, status, note, at }],
          caseStatus: { folio, status, note },
          staffChanges: ticket?.folio === folio ? [{ type: 'status', status }] : [],
          notices: [{ type: 'changed', conversationId: id, change: 'status' }],
          actor: by,
        });
      }),
    close: (id, by) =>
      turn(id, (_view, at, ticket) =>
        quiet({
          events: [{ type: 'staff.close', at, ...(ticket?.folio ? { folio: ticket.folio } : {}) }],
          actor: by,
          staffChanges: [{ type: 'close', at }],
          notices: [{ type: 'changed', conversationId: id, change: 'closed' }],
        }),
      ),
  };
}
