/**
 * A display name reaches staff on one line and without direction controls, whichever channel
 * it came in on: a right-to-left override (U+202E) in a Telegram name, a shared contact's name
 * (Telegram and WhatsApp Cloud) and a WhatsApp Cloud profile name all reach the engine without
 * it (core/display-name.ts, the one rule every channel edge uses). Through the engine to the
 * store, a Telegram person's and a staff member's name: telegram-staff-group.test.ts; the
 * WhatsApp Web reading: whatsapp-inbound.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { toInbound, updateSchema } from '../../src/channels/telegram/update.ts';
import { readCloudPayload } from '../../src/channels/whatsapp-cloud/inbound.ts';
import { cloudPayloadSchema } from '../../src/channels/whatsapp-cloud/payload.ts';
import { cleanDisplayName } from '../../src/core/display-name.ts';
import { personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { START } from '../support/assistant.ts';

const RLO = '\u202e';

describe('cleanDisplayName', () => {
  it('drops every direction control and mark, and puts controls and separators on one line', () => {
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', RLO, '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(cleanDisplayName(`Ana${mark}María`)).toBe('AnaMaría');
    for (const mark of ['\u200e', '\u200f', '\u061c'])
      expect(cleanDisplayName(`${mark}Rosa${mark}`)).toBe('Rosa');
    expect(cleanDisplayName('Rosa\u2028Martínez\u2029 \u0000\u0085\t\n López')).toBe('Rosa Martínez López');
    expect(cleanDisplayName(`${RLO}exe.txt`)).toBe('exe.txt');
  });

  it('keeps what a name is made of: accents, scripts, emoji with their joiners', () => {
    expect(cleanDisplayName('Jean-Baptiste 🇭🇹')).toBe('Jean-Baptiste 🇭🇹');
    expect(cleanDisplayName('محمد علي')).toBe('محمد علي');
    expect(cleanDisplayName('Familia 👨‍👩‍👧')).toBe('Familia 👨‍👩‍👧');
  });

  it('cuts to the length without splitting an emoji, and gives none when nothing is left', () => {
    expect(cleanDisplayName('x'.repeat(500))).toHaveLength(64);
    expect(cleanDisplayName(`${'x'.repeat(63)}😀`)).toBe('x'.repeat(63));
    expect(cleanDisplayName('y'.repeat(300), 200)).toHaveLength(200);
    expect(cleanDisplayName(`${RLO}\u2066 \n\u200f`)).toBeUndefined();
    expect(cleanDisplayName(undefined)).toBeUndefined();
    expect(cleanDisplayName(42)).toBeUndefined();
  });
});

describe('telegram: names reach the engine without direction controls', () => {
  it("a shared contact's name", () => {
    const update = updateSchema.parse({
      update_id: 1,
      message: {
        message_id: 1,
        date: 1_763_800_000,
        chat: { id: 5, type: 'private' },
        from: { id: 5, first_name: `Rosa${RLO}` },
        contact: {
          phone_number: '+52 618 000 0000',
          first_name: `${RLO}Juan`,
          last_name: '\u2067Pérez\u2069',
        },
      },
    });
    const inbound = toInbound(update);
    expect(inbound?.name).toBe('Rosa');
    expect(inbound?.content).toMatchObject({ type: 'media', contact: { name: 'Juan Pérez' } });
  });
});

describe('whatsapp cloud: names reach the engine without direction controls', () => {
  const read = (name: string, message: Record<string, unknown>) => {
    const batch = readCloudPayload(
      cloudPayloadSchema.parse(
        JSON.parse(
          personMessagePayload({
            phoneNumberId: '106540352242922',
            name,
            id: 'wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFDNBMEY0QzlFMkQ1QjhBNzE2MTIAA==',
            at: START,
            waId: '5215512345678',
            message,
          }),
        ),
      ),
      { phoneNumberId: '106540352242922' },
    );
    const [first] = batch.messages;
    if (first?.kind !== 'inbound') throw new Error('the message was not read');
    return first.inbound;
  };

  it("the profile name and a contact card's name", () => {
    expect(read(`\u200fMaría${RLO} Pérez\u2066`, { type: 'text', text: { body: 'hola' } }).name).toBe(
      'María Pérez',
    );
    const card = {
      type: 'contacts',
      contacts: [
        { name: { formatted_name: `${RLO}Juan\u2028Ramírez` }, phones: [{ phone: '+52 1 55 1234 0000' }] },
      ],
    };
    expect(read('María', card).content).toMatchObject({ contact: { name: 'Juan Ramírez' } });
  });
});
