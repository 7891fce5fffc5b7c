/**
 * Sends one turn's messages to a person through the Cloud API and writes down what became of
 * each part (one Cloud API message: a text, a piece of a long text, buttons, a list), so staff
 * never see as sent what Meta refused. Parts go in order, paced (pacing.ts) and retried while
 * Meta asks to slow down. Then, by what Meta answers:
 * - accepted: the part's wamid is recorded with the turn's ref and the part's name (status
 *   webhooks move it on); a retry of the turn skips it, whichever instance retries;
 * - refused for this person or message (the 24-hour window, a number not on WhatsApp): recorded
 *   as failed with Meta's reason and the rest of the turn is not sent; nothing is retried;
 * - anything else (the network, no answer in time, a bad token, Meta's own trouble): thrown, so
 *   the engine keeps the messages and tries again later, only the parts not yet accepted. A
 *   part is tried a few times, further and further apart (part-tries.ts); after the last try it
 *   is recorded as not delivered and the rest of the turn goes on.
 */
import { type Address, conversationId } from '../../core/address.ts';
import { partCallback, partName, settledParts } from '../../core/deliveries.ts';
import type { Outbound } from '../../core/messages.ts';
import type { DeliveryEvent, DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Clock, Logger } from '../../core/ports/runtime.ts';
import { createPartTries, type PartTriesOptions } from '../part-tries.ts';
import { type CloudFormatOptions, type CloudMessageBody, toCloudMessages } from './format.ts';
import { GRAPH_ERRORS, GraphApiError, type GraphClient } from './graph-client.ts';

export interface CloudDeliverOptions {
  client: Pick<GraphClient, 'send'>;
  /** Paces and retries one send to one person (pacing.ts). */
  pace<T>(to: string, send: () => Promise<T>): Promise<T>;
  log: Pick<DeliveryLog, 'recordDelivery' | 'deliveryEvents'>;
  clock: Clock;
  logger: Logger;
  /** A message was refused: open inbox pages show it at once. */
  onFailed?: (conversationId: string) => void;
  /** The list button's words in the person's language. */
  format?: (message: Outbound) => CloudFormatOptions;
  /** How often, and how far apart, a part is tried before it is given up (part-tries.ts). */
  tries?: PartTriesOptions;
  /** Where a conversation's messages go now (identity.ts: a changed number, a username); its chat id if not given. */
  sendTo?: (chatId: string) => Promise<string>;
}

/** One part of a turn, and where its fate is kept. */
interface Part {
  /** The identifier the part is sent to: a phone number or a BSUID. */
  to: string;
  conversationId: string;
  message: Outbound;
  body: CloudMessageBody;
  /** Its name (partName), and its turn in this process's memory (absent for a message without a ref). */
  name: string;
  turn?: string;
}

export function createCloudDeliver(options: CloudDeliverOptions) {
  const { client, log, clock, logger } = options;
  const memory = createPartTries(() => clock.now(), options.tries);

  /** Records an event; a store that is away must not make a sent message look unsent (it is logged). */
  const record = (id: string, event: DeliveryEvent) =>
    log
      .recordDelivery(id, event)
      .catch((error: Error) =>
        logger.warn('whatsapp-cloud: a delivery could not be recorded', { error: error.message }),
      );

  /** "ref part" of every part the log shows accepted or given up: another try of the turn skips them. */
  async function settledInLog(id: string, messages: readonly Outbound[]): Promise<Set<string>> {
    if (!messages.some((m) => m.ref)) return new Set();
    const events = await log.deliveryEvents(id).catch((error: Error) => {
      logger.warn('whatsapp-cloud: the delivery log could not be read; this process remembers alone', {
        error: error.message,
      });
      return [];
    });
    return settledParts(events, messages);
  }

  /** Gives up a part after its last try: recorded as not delivered, with Meta's last reason. */
  async function giveUp(part: Part, error: unknown, tries: number) {
    const code = error instanceof GraphApiError ? error.code : 0;
    const title = (error instanceof GraphApiError ? (error.details ?? error.message) : String(error)).slice(
      0,
      300,
    );
    logger.error(
      'whatsapp-cloud: a message could not be sent after its last try; staff see it as not delivered',
      {
        conversationId: part.conversationId,
        code,
        tries,
        error: title,
      },
    );
    if (part.message.ref)
      await record(part.conversationId, {
        ...{ kind: 'refused', ref: part.message.ref, at: clock.now(), part: part.name },
        error: { code, title, tries },
      });
    options.onFailed?.(part.conversationId);
  }

  /** Sends one part; 'refused' when Meta refused it for good (the rest of the turn is not sent). */
  async function send(part: Part): Promise<'sent' | 'refused' | 'given up'> {
    const { message, turn, name } = part;
    try {
      // The part's name rides with it: Meta's status webhooks bring it back (receive.ts), so a
      // part Meta took just before a crash, whose acceptance was never written, is not sent again.
      const callback = message.ref ? partCallback(message.ref, name) : undefined;
      const wamid = await options.pace(part.to, () => client.send(part.to, part.body, callback));
      if (turn) memory.settle(turn, name);
      if (message.ref)
        await record(part.conversationId, {
          kind: 'accepted',
          ref: message.ref,
          id: wamid,
          at: clock.now(),
          part: name,
        });
      return 'sent';
    } catch (error) {
      if (error instanceof GraphApiError && error.refusal) {
        logger.warn('whatsapp-cloud: Meta refused a message; it was not sent', {
          conversationId: part.conversationId,
          code: error.code,
          error: error.message,
        });
        if (message.ref)
          await record(part.conversationId, {
            ...{ kind: 'refused', ref: message.ref, at: clock.now(), part: name },
            error: { code: error.code, title: (error.details ?? error.message).slice(0, 300) },
          });
        options.onFailed?.(part.conversationId);
        return 'refused';
      }
      if (error instanceof GraphApiError && error.code === GRAPH_ERRORS.badToken)
        logger.error(
          'whatsapp-cloud: Meta refused the access token; messages are tried again a few times, then shown as not delivered. Make a new system user token and set WHATSAPP_CLOUD_ACCESS_TOKEN',
        );
      if (!turn) throw error;
      const { giveUp: last, tries } = memory.failed(turn, name);
      if (!last) throw error;
      memory.settle(turn, name);
      await giveUp(part, error, tries);
      return 'given up';
    }
  }

  /** The turn's parts, in order, each with its name. */
  function partsOf(to: string, id: string, messages: readonly Outbound[]): Part[] {
    return messages.flatMap((message, i) => {
      const turn = message.ref ? { turn: `${id} ${message.ref}` } : {};
      return toCloudMessages(message, options.format?.(message) ?? {}).map((body, j) => ({
        ...{ to, conversationId: id, message, body, name: partName(message.text, i, j) },
        ...turn,
      }));
    });
  }

  return async function deliver(address: Address, messages: readonly Outbound[], fixed?: string) {
    const id = conversationId(address);
    // Asked at each try: a number that changed since the turn was made gets the rest (unless an
    // erase fixed it: it forgot the change).
    const to = fixed ?? (options.sendTo ? await options.sendTo(address.chatId) : address.chatId);
    const parts = partsOf(to, id, messages);
    const logged = await settledInLog(id, messages);
    for (const part of parts) {
      const { turn, name } = part;
      if (turn && (logged.has(`${part.message.ref} ${name}`) || memory.settled(turn, name))) continue;
      const wait = turn ? memory.waitFor(turn, name) : 0;
      // Keeps the turn's order: nothing after a part that waits for its next try goes first.
      if (wait > 0)
        throw new Error(
          `whatsapp-cloud: a part failed before; its next try is in ${Math.ceil(wait / 1000)} s`,
        );
      // The rest of the turn would be refused the same way, and out of order if not.
      if ((await send(part)) === 'refused') break;
    }
    for (const turn of new Set(parts.flatMap((p) => (p.turn ? [p.turn] : [])))) memory.done(turn);
  };
}
