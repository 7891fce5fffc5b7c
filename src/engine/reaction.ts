/**
 * A reaction the person put on an earlier message (👍 on the assistant's answer): kept on the
 * transcript as a line of theirs with the emoji and a quote of what it was on (reply-context.ts),
 * and never answered. A reaction taken back is noted the same way, with no emoji, so the
 * transcript never shows a 👍 the person removed. With a ticket, staff desks are told of it
 * (the Telegram staff group posts it in the conversation's topic). Like a file kept for staff (media.ts) it is
 * a turn with no flow events: the flow does not move, nothing is sent, no ticket changes. It
 * is not a message written either: it does not restart an idle conversation, does not count
 * as the person's last word for the channel's reply window (Meta's window opens on messages),
 * and the idle deadline stays where the last real activity put it, so the menu restarts when
 * it would have without the reaction.
 */
import type { Address } from '../core/address.ts';
import type { Inbound, ReactionContent } from '../core/messages.ts';
import type { StaffNotice } from '../core/ports/staff-desk.ts';
import type { Store } from '../core/ports/store.ts';
import { replyContext } from './reply-context.ts';
import type { TurnRequest } from './turn.ts';

export function reactionTurn(
  deps: { store: Pick<Store, 'deliveryEvents' | 'getTranscript'>; idleMs: number },
  inbound: Inbound,
  reaction: ReactionContent,
  conversationId: string,
): TurnRequest {
  const address: Address = { channel: inbound.channel, chatId: inbound.chatId };
  return {
    address,
    messageId: inbound.id,
    prepare: async (view, now, ticket) => {
      const replyTo = inbound.replyTo
        ? await replyContext(deps.store, conversationId, inbound.replyTo.id)
        : {};
      const emoji = reaction.emoji ?? '';
      // As the sweep keeps it (sweep.ts): the idle restart when the last activity puts it.
      // With a ticket the turn leaves the deadline alone (its reminders), as it does without one.
      const idleAt = view.lastActivityAt + deps.idleMs + 1;
      const keep = !ticket && view.lastActivityAt > 0 ? { deadline: Math.max(idleAt, now + 1) } : {};
      // Staff waiting on or talking with the person hear of it, as of a message (the staff group too).
      const on = replyTo.quote ? { on: replyTo.quote } : {};
      const notices: StaffNotice[] = ticket ? [{ type: 'reaction', conversationId, emoji, ...on }] : [];
      return { events: [], meaning: null, said: emoji, reaction: emoji, replyTo, notices, ...keep };
    },
  };
}
