/**
 * The outbox: what a committed turn still has to do outside the store, done after the
 * commit. Messages go to the person through their channel (when it pushes them: Telegram,
 * WhatsApp; the web chat reads its transcript), notices to each staff desk. Each item is
 * written with the turn and removed once done; a failed item stays and is tried again by the
 * conversation's next turn or the deadline sweep, on any instance. Items this process has
 * already done are remembered for a while, so a failed removal never sends them twice.
 *
 * A turn's messages are one item, sent part by part by the channel: the channel remembers
 * which parts the platform took (and, where it keeps a delivery log, writes them down), so
 * trying the item again sends only the rest; a part that keeps failing is tried a few times,
 * further apart, then given up and shown as not delivered (src/channels/part-tries.ts), and
 * the item is done. The outbox names each message with its turn (`ref`) when the channel
 * did not ask for one, so the channel tells a retry of a turn from a new turn.
 */
import { type Address, conversationId } from '../core/address.ts';
import { DeliveryRefusedError } from '../core/errors.ts';
import type { Outbound } from '../core/messages.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { OutboxItem } from '../core/ports/conversation-store.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { StaffDesk, StaffNotice } from '../core/ports/staff-desk.ts';
import type { Lang } from '../core/types.ts';

/** Items this process did, remembered (most recent first) in case their removal failed. */
const REMEMBERED = 10_000;

/** The item's messages, each with its turn's name: the turn's ref, or the item's id when it has none. */
const named = (item: Extract<OutboxItem, { kind: 'deliver' }>): Outbound[] =>
  item.messages.map((message) => (message.ref ? message : { ...message, ref: item.id }));

export function createOutbox(deps: {
  channels: ReadonlyMap<string, Channel>;
  desks: readonly StaffDesk[];
  logger: Logger;
}) {
  const done = new Set<string>();
  const remember = (id: string) => {
    done.add(id);
    if (done.size > REMEMBERED) done.delete(done.values().next().value as string);
  };

  /** Sends the template; one the channel refuses (no template, a number not on WhatsApp) is not tried again. */
  async function reengage(address: Address, lang: Lang) {
    try {
      await deps.channels.get(address.channel)?.replyWindow?.reengage(address, lang);
    } catch (error) {
      if (!(error instanceof DeliveryRefusedError)) throw error;
      deps.logger.warn(
        'outbox: the re-engagement template was refused; the news waits for the person to write',
        {
          conversationId: conversationId(address),
          code: error.channelCode,
          error: error.message,
        },
      );
    }
  }

  return {
    /**
     * The items of one turn: the re-engagement template when the person's reply window is
     * shut, its messages when the person's channel pushes them, then a notice per desk.
     */
    itemsFor(
      turn: string,
      address: Address,
      messages: readonly Outbound[],
      notices: readonly StaffNotice[],
      reengage?: Lang,
    ): OutboxItem[] {
      const items: OutboxItem[] = [];
      if (reengage && deps.channels.get(address.channel)?.replyWindow)
        items.push({ id: `${turn}:r`, kind: 'reengage', address, lang: reengage });
      if (messages.length > 0 && deps.channels.get(address.channel)?.deliver)
        items.push({ id: `${turn}:p`, kind: 'deliver', address, messages: [...messages] });
      notices.forEach((notice, i) => {
        for (const desk of deps.desks)
          items.push({ id: `${turn}:${i}:${desk.name}`, kind: 'staff', desk: desk.name, notice });
      });
      return items;
    },

    /**
     * Does the items in order and returns the ids done. A person's messages stop at the first
     * that fails (the rest wait, to keep their order); a desk's failure does not stop the others.
     */
    async perform(items: readonly OutboxItem[]): Promise<string[]> {
      const ok: string[] = [];
      const blocked = new Set<string>();
      for (const item of items) {
        if (done.has(item.id)) {
          ok.push(item.id);
          continue;
        }
        try {
          if (item.kind === 'deliver') {
            const key = conversationId(item.address);
            if (blocked.has(key)) continue;
            try {
              const channel = deps.channels.get(item.address.channel);
              await channel?.deliver?.(item.address, named(item), item.to);
            } catch (error) {
              blocked.add(key);
              throw error;
            }
          } else if (item.kind === 'reengage') {
            await reengage(item.address, item.lang);
          } else {
            const desk = deps.desks.find((d) => d.name === item.desk);
            await desk?.notify(item.notice);
          }
          remember(item.id);
          ok.push(item.id);
        } catch (error) {
          deps.logger.warn('outbox: an item failed; it will be tried again', {
            item: item.id,
            kind: item.kind,
            error: (error as Error).message,
          });
        }
      }
      return ok;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
