/**
 * WhatsApp messages in: real whatsapp-web.js Message objects, built by the library's own
 * class from recorded message data (test/fixtures/whatsapp/messages.json), read into the
 * engine's Inbound or ignored for the right reason, and nothing personal beyond the chat id
 * and the display name coming through.
 */

import { describe, expect, it } from 'vitest';
import type WAWebJS from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import { readWhatsAppMessage, type WhatsAppReading } from '../../src/channels/whatsapp/inbound.ts';
import { inboundSchema } from '../../src/core/messages.ts';
import fixtures from '../fixtures/whatsapp/messages.json' with { type: 'json' };

// The typings declare Message as an interface only, but index.js exports the class itself.
const { Client } = pkg;
const MessageClass = (pkg as unknown as { Message: new (client: unknown, data: unknown) => WAWebJS.Message })
  .Message;
// A client that is never initialized: its constructor only stores options (no browser starts).
const client = new Client({});

type FixtureName = keyof typeof fixtures.messages;
const data = (name: FixtureName): Record<string, unknown> => structuredClone(fixtures.messages[name]);
const message = (raw: unknown) => new MessageClass(client, raw);
const readyAt = fixtures.readyAt;
const read = (name: FixtureName) => readWhatsAppMessage(message(data(name)), { readyAt });
const inboundOf = (reading: WhatsAppReading) => {
  if (reading.kind !== 'inbound') throw new Error(`ignored: ${reading.reason}`);
  return reading;
};

describe('readWhatsAppMessage', () => {
  it('reads a text into the engine message: chat id, message id, time, text, display name', () => {
    const reading = inboundOf(read('text'));
    expect(reading).toEqual({
      kind: 'inbound',
      name: 'María Pérez',
      hasMedia: false,
      inbound: {
        id: 'wa-false_5215550100123@c.us_3A7F2C9E41B0D5A86C21',
        channel: 'whatsapp',
        chatId: '5215550100123@c.us',
        at: 1795348815 * 1000,
        content: {
          type: 'text',
          text: 'Hola buenas tardes, necesito apostillar el acta de nacimiento de mi hijo que nacio en Texas',
        },
      },
    });
    expect(inboundSchema.safeParse(reading.inbound).success).toBe(true);
    // WhatsApp gives no language: the engine tells it from the words.
    expect(reading.inbound).not.toHaveProperty('langHint');
  });

  it('reads a typed "2." as text (the engine decides it is a choice), from a private @lid chat', () => {
    const reading = inboundOf(read('numberedReply'));
    expect(reading.inbound.content).toEqual({ type: 'text', text: '2.' });
    // The recorded data has `from` as a Wid object; the library turns it into its id.
    expect(reading.inbound.chatId).toBe('181276543210987@lid');
    expect(reading.name).toBe('Jean-Baptiste 🇭🇹');
  });

  it.each([
    ['voiceNote', 'voice', true],
    ['imageWithCaption', 'photo', true],
    ['document', 'document', true],
    ['location', 'location', false],
    ['contactCard', 'contact', false],
  ] as const)('reads %s as media "%s" (downloadable: %s)', (name, media, hasMedia) => {
    const reading = inboundOf(read(name));
    expect(reading.inbound.content).toEqual({ type: 'media', media });
    expect(reading.hasMedia).toBe(hasMedia);
  });

  it.each([
    ['group', 'group'],
    ['statusBroadcast', 'status'],
    ['own', 'own'],
    ['old', 'old'],
    ['systemNotification', 'system'],
    ['revoked', 'system'],
    ['malformed', 'malformed'],
  ] as const)('ignores the %s message as %s', (name, reason) => {
    expect(read(name)).toEqual({ kind: 'ignored', reason });
  });

  it('maps or ignores every recorded message (no fixture left untested)', () => {
    const tested = [
      'text',
      'numberedReply',
      'voiceNote',
      'imageWithCaption',
      'document',
      'location',
      'contactCard',
      'group',
      'statusBroadcast',
      'own',
      'old',
      'systemNotification',
      'revoked',
      'malformed',
    ];
    expect(Object.keys(fixtures.messages).sort()).toEqual(tested.sort());
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'hola',
      [],
      {},
      { id: null },
      { from: 5 },
      message({ id: {} }),
    ]) {
      expect(readWhatsAppMessage(junk, { readyAt })).toEqual({ kind: 'ignored', reason: 'malformed' });
    }
  });

  it('answers only what came after the client was ready', () => {
    const text = data('text');
    expect(readWhatsAppMessage(message({ ...text, t: readyAt }), { readyAt }).kind).toBe('inbound');
    expect(readWhatsAppMessage(message({ ...text, t: readyAt - 1 }), { readyAt })).toEqual({
      kind: 'ignored',
      reason: 'old',
    });
  });

  it('lets nothing personal through but the chat id and the display name', () => {
    const leaks = [
      '5216180000000', // the office's own number (`to`)
      '5215550100999', // a group member (`author`)
      '15550100789', // the phone in a shared contact card
      'Ana Soto',
      'CURP_hijo', // a document's file name
      'Plaza de Armas', // a shared location
      'sirve así', // a photo's caption stays with the photo
      '/9j/', // the thumbnails WhatsApp puts in the body of photos and locations
      'directPath',
      '/v/t62',
    ];
    for (const name of Object.keys(fixtures.messages) as FixtureName[]) {
      const text = JSON.stringify(read(name));
      for (const leak of leaks) expect(text, `${name} leaks ${leak}`).not.toContain(leak);
    }
  });

  it('keeps the text within the engine limit without splitting an emoji', () => {
    const body = `${'a'.repeat(4095)}😀 and more`;
    const reading = inboundOf(readWhatsAppMessage(message({ ...data('text'), body }), { readyAt }));
    const content = reading.inbound.content;
    expect(content.type === 'text' && content.text).toBe('a'.repeat(4095));
  });

  it('keeps the display name on one line, short, and drops a missing or odd one', () => {
    const named = (notifyName: unknown) =>
      inboundOf(readWhatsAppMessage(message({ ...data('text'), notifyName }), { readyAt })).name;
    expect(named('  Rosa\n\u202eMartínez  ')).toBe('Rosa Martínez');
    // Marks and isolates too, as every channel's names (core/display-name.ts).
    expect(named('\u200fRosa\u2067 Mar\u061ctínez\u2069\u200e')).toBe('Rosa Martínez');
    expect(named('x'.repeat(500))).toHaveLength(64);
    expect(named(undefined)).toBeUndefined();
    expect(named('   ')).toBeUndefined();
    expect(named({ name: 'object' })).toBeUndefined();
  });

  it('gives every message type of the library a deliberate reading', () => {
    // A new type in a library upgrade fails here, so someone decides what it means.
    const types = Object.values(pkg.MessageTypes as Record<string, string>).sort();
    const SYSTEM = [
      'album',
      'broadcast_notification',
      'call_log',
      'ciphertext',
      'debug',
      'e2e_notification',
      'gp2',
      'group_notification',
      'notification',
      'notification_template',
      'protocol',
      'reaction',
      'revoked',
    ];
    const MEDIA: Record<string, string> = {
      ptt: 'voice',
      audio: 'audio',
      image: 'photo',
      video: 'video',
      document: 'document',
      sticker: 'sticker',
      location: 'location',
      vcard: 'contact',
      multi_vcard: 'contact',
    };
    const OTHER = [
      'buttons_response',
      'groups_v4_invite',
      'hsm',
      'interactive',
      'list',
      'list_response',
      'native_flow',
      'order',
      'oversized',
      'payment',
      'poll_creation',
      'product',
      'scheduled_event_creation',
      'template_button_reply',
      'unknown',
    ];
    expect(types).toEqual(['chat', ...SYSTEM, ...Object.keys(MEDIA), ...OTHER].sort());
    for (const type of types) {
      const raw = { ...data('text'), type, vcardList: [] };
      const reading = readWhatsAppMessage(message(raw), { readyAt });
      if (type === 'chat') expect(reading.kind).toBe('inbound');
      else if (SYSTEM.includes(type)) expect(reading, type).toEqual({ kind: 'ignored', reason: 'system' });
      else {
        const content = inboundOf(reading).inbound.content;
        expect(content, type).toEqual({ type: 'media', media: MEDIA[type] ?? 'other' });
      }
    }
  });

  it('treats channels (newsletters) and broadcast lists as broadcasts, and unknown chat ids as malformed', () => {
    const from = (id: string) =>
      readWhatsAppMessage(
        message({ ...data('text'), from: id, id: { ...(data('text').id as object), remote: id } }),
        {
          readyAt,
        },
      );
    expect(from('120363025246125486@newsletter')).toEqual({ kind: 'ignored', reason: 'status' });
    expect(from('1700000000@broadcast')).toEqual({ kind: 'ignored', reason: 'status' });
    expect(from('5215550100123@s.whatsapp.net')).toEqual({ kind: 'ignored', reason: 'malformed' });
    expect(from('5215550100123@c.us').kind).toBe('inbound');
  });
});
