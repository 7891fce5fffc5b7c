/**
 * What a Telegram update carries reaches the engine: captions of photos, videos, documents,
 * audio and voice notes; shared locations and venues as places; shared contacts with their
 * numbers; documents with their file names; edited messages as edits under their own id; and
 * buttons only from private chats. Every update is built in the Bot API's documented shapes
 * (core.telegram.org/bots/api#update: Message, PhotoSize, Video, Document, Audio, Voice,
 * Location, Venue, Contact, CallbackQuery) and goes through the channel's own parser.
 */
import { describe, expect, it } from 'vitest';
import { toInbound, updateSchema } from '../../src/channels/telegram/update.ts';
import { inboundSchema } from '../../src/core/messages.ts';

const DATE = 1_763_800_000;
const person = { id: 77, is_bot: false, first_name: 'Rosa', language_code: 'es' };
const privateChat = { id: 77, type: 'private', first_name: 'Rosa' };

/** An update with one message from Rosa in her private chat with the bot. */
function messageUpdate(fields: Record<string, unknown>, updateId = 10) {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: DATE, chat: privateChat, from: person, ...fields },
  };
}

/** What the channel hands the engine for a raw update; the engine's own schema must take it. */
function read(raw: unknown, mark?: (text: string) => string) {
  const inbound = toInbound(updateSchema.parse(raw), mark);
  if (inbound) expect(inboundSchema.safeParse(inbound).success).toBe(true);
  return inbound;
}

const file = (id: string) => ({ file_id: id, file_unique_id: `${id}-u` });
const CAPTION = 'Estoy detenido en Laredo, ayúdenme';

describe('telegram captions', () => {
  it.each([
    ['photo', { photo: [{ ...file('p'), width: 90, height: 90 }] }],
    ['video', { video: { ...file('v'), width: 640, height: 480, duration: 4 } }],
    ['document', { document: { ...file('d'), file_name: 'acta.pdf', mime_type: 'application/pdf' } }],
    ['audio', { audio: { ...file('a'), duration: 30, title: 'nota' } }],
    ['voice', { voice: { ...file('o'), duration: 3, mime_type: 'audio/ogg' } }],
  ])('keeps the caption of a %s as the words of the message', (kind, media) => {
    const inbound = read(messageUpdate({ ...media, caption: CAPTION }));
    expect(inbound?.content).toMatchObject({ type: 'media', media: kind, caption: CAPTION });
  });

  it('has no caption when the file came without words', () => {
    const inbound = read(messageUpdate({ photo: [{ ...file('p'), width: 1, height: 1 }], caption: '  ' }));
    expect(inbound?.content).toEqual({ type: 'media', media: 'photo' });
  });

  it('keeps a document its file name', () => {
    const inbound = read(messageUpdate({ document: { ...file('d'), file_name: 'pasaporte_rosa.pdf' } }));
    expect(inbound?.content).toEqual({ type: 'media', media: 'document', fileName: 'pasaporte_rosa.pdf' });
  });
});

describe('telegram locations and contacts', () => {
  it('reads a shared location as a place', () => {
    const location = { latitude: 27.5036, longitude: -99.5075, horizontal_accuracy: 12 };
    expect(read(messageUpdate({ location }))?.content).toEqual({
      type: 'media',
      media: 'location',
      place: { lat: 27.5036, lon: -99.5075 },
    });
  });

  it('reads a venue (sent with its location too) as a place with its name and address', () => {
    const location = { latitude: 24.0277, longitude: -104.6532 };
    const venue = { location, title: 'Hospital General', address: 'Av. 5 de Febrero 220, Durango' };
    expect(read(messageUpdate({ location, venue }))?.content).toEqual({
      type: 'media',
      media: 'location',
      place: {
        lat: 24.0277,
        lon: -104.6532,
        name: 'Hospital General',
        address: 'Av. 5 de Febrero 220, Durango',
      },
    });
  });

  it('keeps a location whose coordinates are off the globe as a location without a place', () => {
    expect(read(messageUpdate({ location: { latitude: 123, longitude: 5 } }))?.content).toEqual({
      type: 'media',
      media: 'location',
    });
  });

  it('keeps a shared contact its name and number', () => {
    const contact = { phone_number: '+52 618 123 4567', first_name: 'Juan', last_name: 'Pérez', user_id: 5 };
    expect(read(messageUpdate({ contact }))?.content).toEqual({
      type: 'media',
      media: 'contact',
      contact: { name: 'Juan Pérez', phones: ['+52 618 123 4567'] },
    });
  });
});

describe('telegram edited messages', () => {
  const edited = (fields: Record<string, unknown>, updateId: number) => {
    const { message } = messageUpdate(fields, 10);
    return { update_id: updateId, edited_message: { ...message, edit_date: DATE + 60 } };
  };
  const mark = (text: string) => `✏️ ${text}`;

  it('reads an edited text as a new message, marked, under its own id, at the time of the edit', () => {
    const original = read(messageUpdate({ text: 'mi cita es el 5' }, 10));
    const edit = read(edited({ text: 'mi cita es el 6' }, 11), mark);
    expect(edit).toMatchObject({
      channel: 'telegram',
      chatId: '77',
      at: (DATE + 60) * 1000,
      content: { type: 'text', text: '✏️ mi cita es el 6' },
    });
    expect(edit?.id).not.toBe(original?.id);
  });

  it('marks an edited caption', () => {
    const photo = [{ ...file('p'), width: 1, height: 1 }];
    expect(read(edited({ photo, caption: 'ahora sí' }, 12), mark)?.content).toEqual({
      type: 'media',
      media: 'photo',
      caption: '✏️ ahora sí',
    });
  });

  it('ignores an edit without words (a live location moving)', () => {
    expect(
      read(edited({ location: { latitude: 24, longitude: -104, live_period: 900 } }, 13), mark),
    ).toBeNull();
  });
});

describe('telegram buttons', () => {
  const pressed = (chat: { id: number; type: string }) => ({
    update_id: 20,
    callback_query: {
      id: 'cb-1',
      from: person,
      chat_instance: 'ci-1',
      data: 'menu',
      message: { message_id: 3, date: DATE, chat, text: 'Menú' },
    },
  });

  it('takes a button pressed in a private chat', () => {
    expect(read(pressed(privateChat))?.content).toEqual({ type: 'choice', value: 'menu' });
  });

  it.each(['group', 'supergroup', 'channel'])('ignores a button pressed in a %s', (type) => {
    expect(read(pressed({ id: -100123, type }))).toBeNull();
  });
});
