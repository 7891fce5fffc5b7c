/**
 * The WhatsApp channel on whatsapp-web.js, built on the Channel port: messages from the
 * connection are read into the engine's inbound shape (inbound.ts) and handed to the engine;
 * the engine sends each turn's messages itself, after its commit, through this channel's
 * `deliver`: numbered text (format.ts) at a human pace (pacer.ts). A file sent while the
 * person is with staff is downloaded and kept for the inbox: a voice note in Kreyòl is what
 * staff need to hear.
 */
import type { Message } from 'whatsapp-web.js';
import type { Address } from '../../core/address.ts';
import type { MediaKind, Outbound } from '../../core/messages.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { retryWhileStoreAway } from '../store-retry.ts';
import { toWhatsAppTexts } from './format.ts';
import { readWhatsAppMessage } from './inbound.ts';
import { createPacer, type PacerOptions } from './pacer.ts';

/** What the channel needs from the connection (connection.node.ts). */
export interface WhatsAppLink {
  onMessage(listener: (message: unknown) => void): () => void;
  /** The connected client, or null while pairing or disconnected. */
  client(): {
    sendMessage(chatId: string, text: string): Promise<unknown>;
    getChatById(chatId: string): Promise<{ sendStateTyping(): Promise<unknown> }>;
  } | null;
  /** Epoch seconds when the client last became ready: older messages are not answered. */
  readyAt(): number | null;
}

export interface WhatsAppChannelOptions {
  link: WhatsAppLink;
  i18n: I18n;
  logger: Logger;
  pacing: PacerOptions;
}

export function createWhatsAppChannel(options: WhatsAppChannelOptions) {
  const { link, logger } = options;
  const pacer = createPacer(options.pacing);
  let conversations: Conversations | undefined;
  let stop: (() => void) | undefined;

  /**
   * Sends one turn's messages to a chat. While WhatsApp is not connected it throws, so the
   * engine keeps them and tries again once it is (a staff reply is not lost to a reconnection).
   */
  async function deliver(address: Address, messages: readonly Outbound[]) {
    const texts = toWhatsAppTexts(messages, (lang) => options.i18n.t(lang));
    if (texts.length === 0) return;
    const client = link.client();
    if (!client)
      throw new Error('whatsapp: not connected; the messages wait for the connection (see /staff/whatsapp)');
    await pacer.deliver(address.chatId, texts, {
      typing: async (id) => void (await (await client.getChatById(id)).sendStateTyping()),
      send: async (id, text) => void (await client.sendMessage(id, text)),
    });
  }

  /** The file of a media message, for staff; null when WhatsApp no longer has it. */
  async function download(message: unknown, kind: MediaKind) {
    const media = await (message as Message).downloadMedia();
    if (!media?.data) return null;
    const data = new Uint8Array(Buffer.from(media.data, 'base64'));
    return { kind, mimetype: media.mimetype, data, ...(media.filename ? { filename: media.filename } : {}) };
  }

  /** One message from WhatsApp: to the engine, which answers through `deliver`. */
  async function receive(message: unknown) {
    const engine = conversations;
    if (!engine)
      throw new Error('whatsapp: a message arrived before the channel was connected to the engine');
    const reading = readWhatsAppMessage(message, { readyAt: link.readyAt() ?? Number.POSITIVE_INFINITY });
    if (reading.kind === 'ignored') {
      if (reading.reason === 'malformed') logger.warn('whatsapp: a message could not be read; ignored');
      return;
    }
    const inbound = reading.name ? { ...reading.inbound, name: reading.name } : reading.inbound;
    // WhatsApp never sends a message again: a store outage is waited out here.
    const result = await retryWhileStoreAway(() => engine.handle(inbound));
    if (result.report.queued && reading.hasMedia && inbound.content.type === 'media') {
      const file = await download(message, inbound.content.media).catch((error: Error) => {
        logger.warn('whatsapp: a file for staff could not be downloaded', { error: error.message });
        return null;
      });
      if (file) await engine.attachMedia({ channel: inbound.channel, chatId: inbound.chatId }, file);
    }
  }

  const channel: Channel = { name: 'whatsapp', choices: 'numbered', deliver };

  return {
    channel,
    /** Starts taking the connection's messages into `engine`; once. */
    connect(engine: Conversations) {
      if (conversations && conversations !== engine)
        throw new Error('whatsapp: already connected to another engine');
      if (conversations) return;
      conversations = engine;
      stop = link.onMessage((message) => {
        void receive(message).catch((error: Error) =>
          logger.error('whatsapp: could not handle a message', { error: error.message }),
        );
      });
    },
    receive,
    /** Stops taking messages. */
    disconnect: () => stop?.(),
  };
}

export type WhatsAppChannel = ReturnType<typeof createWhatsAppChannel>;
