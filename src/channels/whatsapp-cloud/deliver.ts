/**
 * Sends one turn's messages to a person through the Cloud API and writes down what became of
 * each part, so staff never see as sent what Meta refused. Parts go in order, paced (pacing.ts)
 * and retried while Meta asks to slow down. Then, by what Meta answers:
 * - accepted: the part's wamid is recorded with the turn's ref (status webhooks move it on);
 * - refused for this person or message (the 24-hour window, a number not on WhatsApp): recorded
 *   as failed with Meta's reason and the rest of the turn is not sent; nothing is retried;
 * - the office's account or Meta itself (a bad token, a payment problem, still too fast after
 *   the retries, the network): thrown, so the engine keeps the messages and tries again later.
 */
import { type Address, conversationId } from '../../core/address.ts';
import type { Outbound } from '../../core/messages.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Clock, Logger } from '../../core/ports/runtime.ts';
import { type CloudFormatOptions, type CloudMessageBody, toCloudMessages } from './format.ts';
import { GRAPH_ERRORS, GraphApiError, type GraphClient } from './graph-client.ts';

export interface CloudDeliverOptions {
  client: Pick<GraphClient, 'send'>;
  /** Paces and retries one send to one person (pacing.ts). */
  pace<T>(to: string, send: () => Promise<T>): Promise<T>;
  log: Pick<DeliveryLog, 'recordDelivery'>;
  clock: Clock;
  logger: Logger;
  /** A message was refused: open inbox pages show it at once. */
  onFailed?: (conversationId: string) => void;
  /** The list button's words in the person's language. */
  format?: (message: Outbound) => CloudFormatOptions;
}

export function createCloudDeliver(options: CloudDeliverOptions) {
  const { client, log, clock, logger } = options;

  /** Records an event; a store that is away must not make a sent message look unsent (it is logged). */
  const record = (id: string, event: Parameters<DeliveryLog['recordDelivery']>[1]) =>
    log
      .recordDelivery(id, event)
      .catch((error: Error) =>
        logger.warn('whatsapp-cloud: a delivery could not be recorded', { error: error.message }),
      );

  return async function deliver(address: Address, messages: readonly Outbound[]): Promise<void> {
    const id = conversationId(address);
    for (const message of messages) {
      const bodies: CloudMessageBody[] = toCloudMessages(message, options.format?.(message) ?? {});
      for (const body of bodies) {
        try {
          const wamid = await options.pace(address.chatId, () => client.send(address.chatId, body));
          if (message.ref)
            await record(id, { kind: 'accepted', ref: message.ref, id: wamid, at: clock.now() });
        } catch (error) {
          if (!(error instanceof GraphApiError) || !error.refusal) {
            if (error instanceof GraphApiError && error.code === GRAPH_ERRORS.badToken)
              logger.error(
                'whatsapp-cloud: Meta refused the access token; messages wait. Make a new system user token and set WHATSAPP_CLOUD_ACCESS_TOKEN',
              );
            throw error;
          }
          logger.warn('whatsapp-cloud: Meta refused a message; it was not sent', {
            conversationId: id,
            code: error.code,
            error: error.message,
          });
          if (message.ref)
            await record(id, {
              kind: 'refused',
              ref: message.ref,
              at: clock.now(),
              error: { code: error.code, title: (error.details ?? error.message).slice(0, 300) },
            });
          options.onFailed?.(id);
          // The rest of the turn would be refused the same way, and out of order if not.
          return;
        }
      }
    }
  };
}
