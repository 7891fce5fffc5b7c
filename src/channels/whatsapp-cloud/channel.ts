/**
 * The WhatsApp Cloud API channel (Meta's official API) on the Channel port, the same on Node
 * and Workers: its webhook route keeps people's messages in the durable intake before
 * answering Meta, and the intake hands them to the engine (webhook.ts, receive.ts); the engine sends each turn's messages after its commit through `deliver`
 * (deliver.ts: buttons and lists, paced, each part's fate recorded); the reply window
 * (reengage.ts) tells the inbox when free text no longer reaches a person and sends the
 * re-engagement template. Options show as buttons and lists, so prompts are worded for taps.
 * A person's phone number, username id (BSUID) and a changed number are one conversation,
 * sent where they are now (identity.ts, over the store's ChatAliases).
 */
import type { Channel } from '../../core/ports/channel.ts';
import type { ChatAliases } from '../../core/ports/chat-aliases.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Intake } from '../../core/ports/intake.ts';
import { type Clock, type Logger, systemClock } from '../../core/ports/runtime.ts';
import type { SendSlots } from '../../core/ports/send-slots.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { createCloudDeliver } from './deliver.ts';
import { createGraphClient } from './graph-client.ts';
import { cloudIdentity } from './identity.ts';
import { WHATSAPP_CLOUD_CHANNEL } from './inbound.ts';
import { downloadCloudMedia } from './media.ts';
import { type CloudPacingOptions, createCloudPacer } from './pacing.ts';
import { processChatAliases } from './process-aliases.ts';
import { cloudEntries, receiveCloudEntry } from './receive.ts';
import { cloudReplyWindow } from './reengage.ts';
import type { WhatsAppCloudSettings } from './settings.ts';
import { whatsappCloudWebhook } from './webhook.ts';

export const WHATSAPP_CLOUD_WEBHOOK_PATH = '/whatsapp-cloud/webhook';

export interface WhatsAppCloudChannelOptions {
  settings: WhatsAppCloudSettings;
  /** Where each message's fate is written (the server's store). */
  log: DeliveryLog;
  i18n: I18n;
  logger: Logger;
  clock?: Clock;
  /** The HTTP client for the Graph API; the global fetch by default. */
  fetch?: typeof fetch;
  /** Pacing and retries beyond the settings' throughput (tests shorten the waits). */
  pacing?: Omit<CloudPacingOptions, 'perSecond'>;
  /** Where the webhook keeps what people send before answering Meta (core/ports/intake.ts). */
  intake: Intake;
  /** Counts Meta's webhook errors for /metrics (engine/metrics.ts `channelError`). */
  countError?: (channel: string, code: string) => void;
  /** The rate limit per chat (src/http/limits/chat-guard.ts), given this channel's `deliver`. */
  guard?: (engine: Conversations, deliver: NonNullable<Channel['deliver']>) => Conversations;
  /** Meta could not deliver a message of this conversation: open inbox pages show it at once. */
  onFailed?: (conversationId: string) => void;
  /**
   * A person's other identifiers (a username's BSUID, a changed number), in the store shared
   * by every instance or isolate; this process's memory if not given (process-aliases.ts).
   */
  aliases?: ChatAliases;
  /**
   * Where the number's and each person's next send times are kept: the store shared by every
   * instance or isolate (core/ports/send-slots.ts); this process's memory if not given.
   */
  slots?: SendSlots;
}

export function createWhatsAppCloudChannel(options: WhatsAppCloudChannelOptions) {
  const { settings, logger } = options;
  const clock = options.clock ?? systemClock;
  const client = createGraphClient({
    graphRoot: settings.graphRoot,
    phoneNumberId: settings.phoneNumberId,
    accessToken: settings.accessToken,
    timeoutMs: settings.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const pacer = createCloudPacer({
    ...options.pacing,
    perSecond: settings.perSecond,
    // The number's rate and each person's spacing, shared by every instance or isolate.
    ...(options.slots ? { slots: options.slots, sender: `wa:${settings.phoneNumberId}` } : {}),
  });
  const pace = <T>(to: string, send: () => Promise<T>) => pacer.send(to, send);
  // One conversation per person whichever identifier comes; sent where they are now.
  const identity = cloudIdentity(options.aliases ?? processChatAliases());
  const deliver = createCloudDeliver({
    client,
    pace,
    log: options.log,
    clock,
    logger,
    ...(options.onFailed ? { onFailed: options.onFailed } : {}),
    format: (message) => ({ listButton: options.i18n.t(message.lang)('whatsappCloud.listButton') }),
    sendTo: identity.sendTo,
  });
  const replyWindow = cloudReplyWindow({
    ...(settings.reengagement ? { template: settings.reengagement } : {}),
    client,
    pace,
    log: options.log,
    clock,
    sendTo: identity.sendTo,
  });

  /** The intake's handler for one engine (routes() may be asked more than once). */
  const receiverFor = (conversations: Conversations) =>
    receiveCloudEntry({
      conversations: options.guard ? options.guard(conversations, deliver) : conversations,
      logger,
      ...(options.onFailed ? { onFailed: options.onFailed } : {}),
      client,
      log: options.log,
      download: (file, kind) => downloadCloudMedia(client, settings.graphRoot, { id: file.id, kind }),
      identity,
      // Staff read it in the office's language, as the inbox's other notes.
      numberChangedNote: (number) => options.i18n.t('es')('whatsappCloud.numberChanged', { number }),
    });

  const channel: Channel = {
    name: WHATSAPP_CLOUD_CHANNEL,
    choices: 'buttons',
    deliver,
    sendsTo: (address) => identity.sendTo(address.chatId),
    replyWindow,
    reportsDelivery: true,
    routes(conversations) {
      options.intake.handle(WHATSAPP_CLOUD_CHANNEL, receiverFor(conversations));
      const webhook = whatsappCloudWebhook({
        verifyToken: settings.verifyToken,
        appSecret: settings.appSecret,
        phoneNumberId: settings.phoneNumberId,
        logger,
        maxBody: settings.maxBody,
        keep: (batch) => options.intake.keep(cloudEntries(batch)),
        ...(options.countError
          ? { countError: (code: string) => options.countError?.(WHATSAPP_CLOUD_CHANNEL, code) }
          : {}),
      });
      // The route reads the body only once the signature header is there (webhook.ts).
      const path = WHATSAPP_CLOUD_WEBHOOK_PATH;
      return [{ path, maxBody: settings.maxBody, readsBodyItself: true, fetch: webhook.fetch }];
    },
  };
  return { channel, client, receiverFor };
}

export type WhatsAppCloudChannel = ReturnType<typeof createWhatsAppCloudChannel>;
