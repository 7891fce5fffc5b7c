/**
 * The WhatsApp channel on whatsapp-web.js: messages from the connection are read into the
 * engine's inbound shape (inbound.ts), handled, and the replies go back as numbered text
 * (format.ts) at a human pace (pacer.ts). A file sent while the person is with staff is
 * downloaded and kept for the inbox: a voice note in Kreyòl is what staff need to hear.
 */
import type { Message } from 'whatsapp-web.js';
import type { MediaKind, Outbound } from '../../core/messages.ts';
import type { Logger, StoredMedia } from '../../core/ports.ts';
import type { Effect } from '../../core/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { retryWhileStoreAway } from '../store-retry.ts';
import { toWhatsAppTexts } from './format.ts';
import { readWhatsAppMessage } from './inbound.ts';
import { createPacer, type PacerOptions } from './pacer.ts';

/** What the adapter needs from the engine. */
export interface WhatsAppEngine {
  handle(inbound: unknown): Promise<{ outbound: Outbound[]; effects: Effect[] }>;
  attachMedia(
    address: { channel: string; chatId: string },
    file: StoredMedia & { kind: MediaKind },
  ): Promise<void>;
}

/** What the adapter needs from the connection (connection.node.ts). */
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

export interface WhatsAppAdapterOptions {
  link: WhatsAppLink;
  engine: WhatsAppEngine;
  i18n: I18n;
  logger: Logger;
  pacing: PacerOptions;
}

export function createWhatsAppAdapter(options: WhatsAppAdapterOptions) {
  const { link, engine, logger } = options;
  const pacer = createPacer(options.pacing);

  /** Sends engine output to a chat; nothing is sent while WhatsApp is not connected. */
  async function deliver(chatId: string, messages: readonly Outbound[]) {
    const texts = toWhatsAppTexts(messages, (lang) => options.i18n.t(lang));
    if (texts.length === 0) return;
    const client = link.client();
    if (!client) {
      logger.warn('whatsapp: not connected, a reply was not sent; see /staff/whatsapp', { chatId });
      return;
    }
    await pacer.deliver(chatId, texts, {
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

  async function receive(message: unknown) {
    const reading = readWhatsAppMessage(message, { readyAt: link.readyAt() ?? Number.POSITIVE_INFINITY });
    if (reading.kind === 'ignored') {
      if (reading.reason === 'malformed') logger.warn('whatsapp: a message could not be read; ignored');
      return;
    }
    const inbound = reading.name ? { ...reading.inbound, name: reading.name.slice(0, 64) } : reading.inbound;
    // WhatsApp never sends a message again: a store outage is waited out here.
    const result = await retryWhileStoreAway(() => engine.handle(inbound));
    const withStaff = result.effects.some((e) => e.type === 'staff.relay');
    if (withStaff && reading.hasMedia && inbound.content.type === 'media') {
      const file = await download(message, inbound.content.media).catch((error: Error) => {
        logger.warn('whatsapp: a file for staff could not be downloaded', { error: error.message });
        return null;
      });
      if (file) await engine.attachMedia(inbound, file);
    }
    await deliver(inbound.chatId, result.outbound);
  }

  const stop = link.onMessage((message) => {
    void receive(message).catch((error: Error) =>
      logger.error('whatsapp: could not handle a message', { error: error.message }),
    );
  });

  return { deliver, receive, stop };
}
