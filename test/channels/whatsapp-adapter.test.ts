/**
 * The WhatsApp channel end to end at the engine level: real whatsapp-web.js Message objects
 * (the library's class, recorded data) go through the channel into the real engine, and the
 * engine sends the numbered replies through the channel's `deliver`, to a Client subclass
 * that records what it would send. A family does the whole remains intake by typing, then
 * sends a voice note that staff can play.
 */
import { describe, expect, it } from 'vitest';
import type WAWebJS from 'whatsapp-web.js';
import pkg from 'whatsapp-web.js';
import { createWhatsAppChannel } from '../../src/channels/whatsapp/adapter.node.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import fixtures from '../fixtures/whatsapp/messages.json' with { type: 'json' };
import { testAssistant } from '../support/assistant.ts';

const MessageClass = (pkg as unknown as { Message: new (client: unknown, data: unknown) => WAWebJS.Message })
  .Message;
const PERSON = '5215550100123@c.us';
const VOICE = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0xff, 0x10]);

/** The library's Client, never initialized: sending and "typing…" are recorded instead of run in a browser. */
class RecordingClient extends pkg.Client {
  sent: Array<{ chatId: string; text: string }> = [];
  typing = 0;
  constructor() {
    super({});
    // downloadMedia() asks WhatsApp Web's page for the file; this stands in for that one call.
    (this as unknown as { pupPage: unknown }).pupPage = {
      evaluate: async () => ({
        mimetype: 'audio/ogg; codecs=opus',
        data: btoa(String.fromCharCode(...VOICE)),
        filesize: VOICE.length,
      }),
    };
  }
  override async sendMessage(chatId: string, content: unknown) {
    this.sent.push({ chatId, text: String(content) });
    return {} as WAWebJS.Message;
  }
  override async getChatById() {
    return { sendStateTyping: async () => void this.typing++ } as unknown as WAWebJS.Chat;
  }
}

async function setUp(link = { connected: true }) {
  const client = new RecordingClient();
  const listeners = new Set<(m: unknown) => void>();
  const whatsapp = createWhatsAppChannel({
    link: {
      onMessage: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      client: () => (link.connected ? client : null),
      readyAt: () => fixtures.readyAt,
    },
    i18n: createI18n(),
    logger: { info() {}, warn() {}, error() {} },
    pacing: { perChatGapMs: 0, perMinute: 60_000, minTypingMs: 0, typingMsPerChar: 0 },
  });
  const assistant = await testAssistant({ channels: [whatsapp.channel], channel: 'whatsapp' });
  whatsapp.connect(assistant.engine);
  let n = 0;
  /** The person writes (or sends a file); resolves with what the office's number answered. */
  const write = async (body: string, type = 'chat') => {
    const data = structuredClone(
      type === 'ptt' ? fixtures.messages.voiceNote : fixtures.messages.text,
    ) as Record<string, unknown> & { id: Record<string, unknown> };
    n += 1;
    data.id = {
      ...data.id,
      id: `3A${String(n).padStart(18, '0')}`,
      _serialized: `false_${PERSON}_3A${String(n).padStart(18, '0')}`,
    };
    data.body = body;
    data.t = fixtures.readyAt + n;
    const before = client.sent.length;
    await whatsapp.receive(new MessageClass(client, data));
    return client.sent
      .slice(before)
      .map((s) => s.text)
      .join('\n---\n');
  };
  return { assistant, client, write, listeners, whatsapp };
}

/** The number in front of an option's label in a numbered list. */
const numberOf = (text: string, label: string) => {
  const found = new RegExp(`(\\d+)\\. ${label}`).exec(text)?.[1];
  if (!found) throw new Error(`no option "${label}" in:\n${text}`);
  return found;
};

describe('WhatsApp channel with the engine', () => {
  it('takes a family through the remains intake by typed numbers and words, then hands the case to staff', async () => {
    const { assistant, client, write } = await setUp();
    const first = await write('mi papá murió en houston y queremos traerlo a durango');
    // The welcome once, as its own message, then the answer with its numbered options.
    expect(first.match(/Hola, soy Enlace/g)).toHaveLength(1);
    expect(first.split('\n---\n')).toHaveLength(2);
    const intro = await write(numberOf(first, 'Sí, dar los datos'));
    expect(intro).toContain('(1/6)');
    for (const answer of [
      'José Luis Ramírez',
      'Houston, Texas',
      'el 3 de octubre',
      'es mi papá',
      'Gómez Palacio, Durango',
    ]) {
      await write(answer);
    }
    const summary = await write('por este mismo chat');
    expect(summary).toContain('José Luis Ramírez');
    const queued = await write(`${numberOf(summary, 'Sí, enviar al personal')}.`); // "1." works like "1"
    expect(queued).toMatch(/personal/i);
    const ticket = await assistant.store.getTicket(`whatsapp:${PERSON}`);
    expect(ticket?.name).toBe('María Pérez'); // the display name, for staff
    expect(ticket?.case).toEqual({
      form: 'remains',
      answers: {
        deceasedName: 'José Luis Ramírez',
        placeOfDeath: 'Houston, Texas',
        dateOfDeath: 'el 3 de octubre',
        relationship: 'es mi papá',
        originInMexico: 'Gómez Palacio, Durango',
        contact: 'por este mismo chat',
      },
    });
    expect(client.sent.every((s) => s.chatId === PERSON)).toBe(true);
    expect(client.typing).toBe(client.sent.length); // "typing…" before every message

    // While waiting for staff, a voice note is kept for them, byte for byte.
    await write('', 'ptt');
    const lines = await assistant.store.getTranscript(`whatsapp:${PERSON}`);
    const voice = lines.find((l) => l.attachment)?.attachment;
    expect(voice).toMatchObject({ kind: 'voice', mimetype: 'audio/ogg; codecs=opus', bytes: VOICE.length });
    expect(await assistant.store.getMedia(`whatsapp:${PERSON}`, voice?.id ?? '')).toMatchObject({
      data: VOICE,
    });
  });

  it('answers a voice note before any staff with text, and keeps no file', async () => {
    const { assistant, write } = await setUp();
    const reply = await write('', 'ptt');
    expect(reply).toMatch(/persona|escrib/i);
    const lines = await assistant.store.getTranscript(`whatsapp:${PERSON}`);
    expect(lines.some((l) => l.attachment)).toBe(false);
  });

  it('words the menu for typed numbers, and adds no reminder of its own', async () => {
    const { write } = await setUp();
    const menu = await write('hola');
    expect(menu).toMatch(/Responde con el número/);
    expect(menu.match(/número/g)).toHaveLength(1);
    expect(menu).toMatch(/^1\. /m);
  });

  it('takes messages from the connection once connected, each answered once', async () => {
    const { client, listeners, whatsapp } = await setUp();
    const data = { ...structuredClone(fixtures.messages.text), body: 'hola', t: fixtures.readyAt + 1 };
    for (const listener of listeners) listener(new MessageClass(client, data));
    await expect.poll(() => client.sent.length).toBeGreaterThanOrEqual(2);
    // The same message again (WhatsApp Web replays it after a reconnection): dropped. The
    // direct call waits behind the listener's turn (one turn of a conversation at a time).
    for (const listener of listeners) listener(new MessageClass(client, data));
    await whatsapp.receive(new MessageClass(client, data));
    expect(client.sent.filter((s) => /Hola, soy Enlace/.test(s.text))).toHaveLength(1);
  });

  it('keeps a staff reply while WhatsApp is disconnected, and sends it once connected again', async () => {
    const link = { connected: true };
    const { client, write, assistant } = await setUp(link);
    await write('quiero hablar con una persona');
    link.connected = false;
    await assistant.engine.staff.reply(`whatsapp:${PERSON}`, 'ana', 'Hola, soy Ana de la oficina.');
    expect(client.sent.some((s) => s.text.includes('Hola, soy Ana'))).toBe(false);
    link.connected = true;
    assistant.clock.time += 60_000; // past the outbox's retry time
    await assistant.engine.sweep();
    expect(client.sent.filter((s) => s.text.includes('Hola, soy Ana de la oficina.'))).toHaveLength(1);
  });
});
