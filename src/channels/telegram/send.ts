/**
 * Sending a turn's messages to a person on Telegram, part by part (a piece of a long text, the
 * piece with the buttons): a part Telegram took is not sent again when a later one failed and
 * the engine tries the turn again; a part that keeps failing is tried a few times, further and
 * further apart (../part-tries.ts), then given up and logged so the rest of the turn and the
 * person's later replies still go. A person who blocked the bot (403) is skipped, not retried.
 * Every call but the long poll has its own time limit (`callTimeout`). With a delivery log
 * (the server's store), each part Telegram took is written there at once, so a retry after a
 * restart, or on another instance, skips it too (a crash loses this process's memory).
 */
import { GrammyError, type Transformer } from 'grammy';
import type { Address } from '../../core/address.ts';
import { conversationId } from '../../core/address.ts';
import { partName, settledParts } from '../../core/deliveries.ts';
import type { Outbound } from '../../core/messages.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import { createPartTries, type PartTriesOptions } from '../part-tries.ts';
import {
  CallbackDataTooLongError,
  fitsCallbackData,
  type TelegramMessage,
  toTelegramMessages,
} from './format.ts';

/** The longest wait for one Bot API call (but the long poll), seconds, unless the channel says. */
export const TELEGRAM_TIMEOUT_SECONDS = 10;
/** How long @grammyjs/runner's getUpdates waits for news (its default), seconds. */
export const LONG_POLL_SECONDS = 30;

/**
 * A time limit on each try of each call (installed before auto-retry, so a retry gets a
 * fresh one). The long poll keeps grammY's own limit, which must outlast it.
 */
export function callTimeout(seconds: number): Transformer {
  return (prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal);
    const limit = AbortSignal.timeout(seconds * 1000);
    const either = signal ? AbortSignal.any([signal as unknown as AbortSignal, limit]) : limit;
    // grammY types its signal as the abort-controller shim's; at run time it is the platform's own.
    return prev(method, payload, either as unknown as typeof signal);
  };
}

/**
 * A message's Telegram parts. A button too long for callback_data (a mistake in the code,
 * refused by format.ts) is logged as an error and left off: the person still gets the words.
 */
function telegramParts(message: Outbound, logger: Logger): TelegramMessage[] {
  try {
    return toTelegramMessages(message);
  } catch (error) {
    if (!(error instanceof CallbackDataTooLongError)) throw error;
    logger.error(error.message);
    return toTelegramMessages({
      ...message,
      buttons: message.buttons.filter((b) => fitsCallbackData(b.value)),
    });
  }
}

export interface TelegramSendOptions {
  send(chatId: string, part: TelegramMessage): Promise<unknown>;
  logger: Logger;
  /** Whether the person blocked the bot: then nothing is sent (asked once a turn). */
  isBlocked(chatId: string): Promise<boolean>;
  /** Telegram answered 403: the person blocked the bot. */
  blocked(chatId: string): Promise<void>;
  now?: () => number;
  tries?: PartTriesOptions;
  /** Where each part Telegram took is written, so that no instance sends it again. */
  log?: DeliveryLog;
}

export function createTelegramDeliver(options: TelegramSendOptions) {
  const { logger } = options;
  const memory = createPartTries(options.now ?? (() => Date.now()), options.tries);

  const now = options.now ?? (() => Date.now());

  /** "ref part" of the parts the log shows Telegram took, for these messages' turns. */
  async function takenInLog(chatId: string, messages: readonly Outbound[]): Promise<Set<string>> {
    if (!options.log || !messages.some((m) => m.ref)) return new Set();
    const events = await options.log
      .deliveryEvents(conversationId({ channel: 'telegram', chatId }))
      .catch(() => []);
    return settledParts(events, messages);
  }

  /** Writes that Telegram took the part; a store that cannot write now leaves this process's memory. */
  async function recordTaken(chatId: string, ref: string | undefined, name: string, sent: unknown) {
    if (!options.log || !ref) return;
    const id = String((sent as { message_id?: number } | undefined)?.message_id ?? '');
    await options.log
      .recordDelivery(conversationId({ channel: 'telegram', chatId }), {
        kind: 'accepted',
        ref,
        id,
        at: now(),
        part: name,
      })
      .catch((error: Error) =>
        logger.warn('telegram: a sent part could not be recorded', { error: error.message }),
      );
  }

  /** Sends one part; false when the person blocked the bot (the rest is dropped, not retried). */
  async function sendPart(
    chatId: string,
    part: TelegramMessage,
    turn: string | undefined,
    name: string,
    ref: string | undefined,
  ) {
    try {
      const sent = await options.send(chatId, part);
      if (turn) memory.settle(turn, name);
      await recordTaken(chatId, ref, name, sent);
      return true;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        logger.warn('telegram: the person blocked the bot; conversation marked inactive', { chatId });
        await options.blocked(chatId);
        return false;
      }
      if (!turn) throw error;
      const { giveUp, tries } = memory.failed(turn, name);
      if (!giveUp) throw error;
      memory.settle(turn, name);
      logger.error('telegram: a message could not be sent after its last try; it was given up', {
        chatId,
        tries,
        error: (error as Error).message,
      });
      return true;
    }
  }

  /** Sends one turn's messages in order; a message without a ref (the rate guard's) is simply sent. */
  return async function deliver(address: Address, messages: readonly Outbound[]): Promise<void> {
    const chatId = address.chatId;
    if (await options.isBlocked(chatId)) return;
    const parts = messages.flatMap((message, i) => {
      const turn = message.ref ? `${chatId} ${message.ref}` : undefined;
      return telegramParts(message, logger).map((part, j) => ({
        part,
        turn,
        ref: message.ref,
        name: partName(message.text, i, j),
      }));
    });
    const taken = await takenInLog(chatId, messages);
    for (const { part, turn, name, ref } of parts) {
      if (turn && memory.settled(turn, name)) continue;
      if (ref && taken.has(`${ref} ${name}`)) continue;
      const wait = turn ? memory.waitFor(turn, name) : 0;
      // Keeps the turn's order: nothing after a part that waits for its next try goes first.
      if (wait > 0)
        throw new Error(`telegram: a part failed before; its next try is in ${Math.ceil(wait / 1000)} s`);
      if (!(await sendPart(chatId, part, turn, name, ref))) break;
    }
    for (const turn of new Set(parts.flatMap((p) => (p.turn ? [p.turn] : [])))) memory.done(turn);
  };
}
