/**
 * Fuzz cases for WhatsApp: message objects shaped like whatsapp-web.js's Message (every field
 * the inbound schema reads, with hostile values and wrong types; chats of people, groups,
 * lists and channels; every message type and some made up), and anything else at all. Each
 * goes through the channel's own `receive` into the engine, as a message from WhatsApp Web
 * does. Rules beyond "never throws" and "logs no error": the reading is one the schema allows.
 */
import fc from 'fast-check';
import { readWhatsAppMessage } from '../../channels/whatsapp/inbound.ts';
import { edgeNumber, jsonValue, text } from './inputs.ts';
import type { FuzzTarget } from './target.ts';

const TYPES = ['chat', 'ptt', 'audio', 'image', 'video', 'document', 'sticker', 'location', 'vcard'];
const SYSTEM = ['revoked', 'ciphertext', 'reaction', 'e2e_notification', 'album', 'poll_creation', 'unknown'];

const chatId = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => `52155501${String(n).padStart(5, '0')}@c.us`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }).map((n) => `1203630${n}@lid`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '123@g.us',
      'status@broadcast',
      '1@newsletter',
      '@c.us',
      `${'x'.repeat(130)}@c.us`,
    ),
  },
  { weight: 1, arbitrary: text(40) },
);

const shaped = fc.record(
  {
    id: fc.oneof(
      fc.record({ _serialized: text(60), id: text(40), fromMe: fc.boolean() }, { requiredKeys: [] }),
      fc.uuid().map((id) => ({ _serialized: `false_x_${id}`, id })),
      jsonValue,
    ),
    from: chatId,
    to: text(30),
    fromMe: fc.oneof(
      { weight: 5, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: jsonValue },
    ),
    type: fc.oneof(fc.constantFrom(...TYPES), fc.constantFrom(...SYSTEM), text(20)),
    body: fc.oneof({ weight: 5, arbitrary: text() }, { weight: 1, arbitrary: jsonValue }),
    timestamp: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 2_000_000_000 }) },
      { weight: 1, arbitrary: edgeNumber },
    ),
    isStatus: fc.option(fc.boolean()),
    broadcast: fc.option(fc.boolean()),
    author: fc.option(text(30)),
    hasMedia: fc.boolean(),
    _data: fc.oneof(
      fc.record({ notifyName: fc.oneof(text(80), jsonValue) }, { requiredKeys: [] }),
      jsonValue,
    ),
  },
  { requiredKeys: ['id', 'from', 'fromMe', 'type', 'body', 'timestamp', 'hasMedia'] },
);

export type WhatsAppCase = unknown;
export const whatsAppCase: fc.Arbitrary<WhatsAppCase> = fc.oneof(
  { weight: 8, arbitrary: shaped },
  { weight: 1, arbitrary: jsonValue },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

export function whatsAppTarget(harness: {
  whatsapp: { receive(message: unknown): Promise<void> };
}): FuzzTarget<WhatsAppCase> {
  return {
    name: 'WhatsApp message',
    arbitrary: whatsAppCase,
    async run(input) {
      const reading = readWhatsAppMessage(input, { readyAt: 0 });
      if (reading.kind !== 'inbound' && reading.kind !== 'ignored')
        return { status: 200, problem: `an unknown reading: ${JSON.stringify(reading)}` };
      await harness.whatsapp.receive(input);
      return { status: 200 };
    },
  };
}
