/**
 * What the WhatsApp Cloud API parser keeps of each message, read from payloads in the shapes
 * Meta documents (the fixtures in test/fixtures/whatsapp-cloud copy the "messages webhook
 * reference" pages; the rest are built by src/testing/whatsapp-cloud-payload.ts the same way):
 * a caption, a location's point with its name and address, a contact's name and numbers, a
 * document's file name; a person known only by a business-scoped user id (a username) and a
 * status with only `recipient_user_id`; timestamps in milliseconds; a template's quick-reply
 * tap read as its words; a WhatsApp Flow's answer (`nfm_reply`) and an interactive type
 * nobody knows read as text; a group's message not answered; Meta's error objects returned.
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CloudBatch, readCloudPayload } from '../../src/channels/whatsapp-cloud/inbound.ts';
import { cloudPayloadSchema } from '../../src/channels/whatsapp-cloud/payload.ts';
import { personMessagePayload, statusPayload } from '../../src/testing/whatsapp-cloud-payload.ts';

const PHONE_ID = '106540352242922';
const BSUID = 'US.13491208655302741918';
const AT = Date.UTC(2026, 0, 1, 0, 0, 0);

const readBody = (body: string): CloudBatch =>
  readCloudPayload(cloudPayloadSchema.parse(JSON.parse(body)), { phoneNumberId: PHONE_ID });
const fixture = (name: string) =>
  readBody(readFileSync(new URL(`../fixtures/whatsapp-cloud/${name}.json`, import.meta.url), 'utf8'));

/** One message from María's phone, or from `who` (a BSUID-only person, say). */
function message(
  content: Record<string, unknown>,
  who: { waId?: string; userId?: string; username?: string } = { waId: '5215512345678' },
  extra: { timestampIn?: 'seconds' | 'milliseconds'; value?: Record<string, unknown> } = {},
) {
  return readBody(
    personMessagePayload({
      phoneNumberId: PHONE_ID,
      name: 'María Pérez',
      id: 'wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYFDNBMEY0QzlFMkQ1QjhBNzE2MTIAA==',
      at: AT,
      message: content,
      ...who,
      ...extra,
    }),
  );
}

function only(batch: CloudBatch) {
  const first = batch.messages[0];
  if (batch.messages.length !== 1 || first?.kind !== 'inbound')
    throw new Error(`not one message read: ${JSON.stringify(batch.messages)}`);
  return first;
}

describe('whatsapp cloud content: what a file or a shared item carries', () => {
  it('keeps a photo caption and a document caption and file name, with the file to fetch', () => {
    expect(only(fixture('image'))).toMatchObject({
      inbound: { content: { type: 'media', media: 'photo', caption: 'mi pasaporte' } },
      media: { id: '1003383421387256' },
    });
    expect(only(fixture('document')).inbound.content).toEqual({
      type: 'media',
      media: 'document',
      caption: 'acta',
      fileName: 'acta-de-defuncion.pdf',
    });
  });

  it("keeps a shared location's point, name and address", () => {
    expect(only(fixture('location')).inbound.content).toEqual({
      type: 'media',
      media: 'location',
      place: {
        lat: 29.72447204589844,
        lon: -95.38166046142578,
        name: 'Consulado General de México en Houston',
        address: '4506 Caroline St, Houston, TX 77004',
      },
    });
    // A dropped pin has no name or address: the point alone.
    const pin = message({ type: 'location', location: { latitude: 25.686614, longitude: -100.316113 } });
    expect(only(pin).inbound.content).toEqual({
      type: 'media',
      media: 'location',
      place: { lat: 25.686614, lon: -100.316113 },
    });
  });

  it("keeps a contact card's name and phone numbers", () => {
    expect(only(fixture('contacts')).inbound.content).toEqual({
      type: 'media',
      media: 'contact',
      contact: { name: 'Juan Ramírez', phones: ['+52 1 55 1234 0000'] },
    });
  });
});

describe('whatsapp cloud content: odd shapes are not errors', () => {
  it('reads a timestamp in milliseconds as the same moment as one in seconds', () => {
    const inMs = only(
      message({ type: 'text', text: { body: 'hola' } }, undefined, { timestampIn: 'milliseconds' }),
    );
    const inS = only(message({ type: 'text', text: { body: 'hola' } }));
    expect(inMs.inbound.at).toBe(AT);
    expect(inS.inbound.at).toBe(AT);
  });

  it("reads a template's quick-reply tap as the words on the button, not as a choice", () => {
    expect(only(fixture('quick-reply-button')).inbound.content).toEqual({ type: 'text', text: 'Continuar' });
  });

  it("reads a WhatsApp Flow's answer (nfm_reply) as text: its closing words and the fields filled", () => {
    const flow = message({
      type: 'interactive',
      interactive: {
        type: 'nfm_reply',
        nfm_reply: {
          name: 'flow',
          body: 'Sent',
          response_json: '{"flow_token": "fl0w+t0k3n", "first_name": "Bob", "age": "32"}',
        },
      },
    });
    expect(only(flow).inbound.content).toEqual({ type: 'text', text: 'Sent: first_name: Bob, age: 32' });
  });

  it('reads an interactive reply of a type added since as the words it carries', () => {
    const later = message({
      type: 'interactive',
      interactive: { type: 'call_permission_reply', call_permission_reply: { response: 'accept' } },
    });
    expect(only(later).inbound.content).toEqual({ type: 'text', text: 'accept' });
    // With no words at all: a file of another kind (a person is offered), never dropped.
    const bare = message({ type: 'interactive', interactive: { type: 'something_new' } });
    expect(only(bare).inbound.content).toEqual({ type: 'media', media: 'other' });
  });

  it('does not answer a message written in a group, and says why', () => {
    const batch = message({ type: 'text', text: { body: 'Hola grupo' }, group_id: '120363025246125486' });
    expect(batch.messages).toEqual([{ kind: 'ignored', reason: 'group', id: expect.any(String) }]);
  });

  it("returns Meta's errors: the value's own and a message's", () => {
    const batch = message(
      {
        type: 'unsupported',
        errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown' }],
      },
      undefined,
      { value: { errors: [{ code: 0, title: 'We were unable to authenticate the app user' }] } },
    );
    expect(batch.errors).toEqual([
      { code: 0, title: 'We were unable to authenticate the app user' },
      { code: 131051, title: 'Message type unknown' },
    ]);
    expect(only(batch).inbound.content).toEqual({ type: 'media', media: 'other' });
  });

  it('keeps a text longer than WhatsApp lets a business send, whole', () => {
    const long = `${'Necesito ayuda con mi caso. '.repeat(200)}fin`;
    expect(long.length).toBeGreaterThan(4096);
    expect(only(message({ type: 'text', text: { body: long } })).inbound.content).toEqual({
      type: 'text',
      text: long,
    });
  });
});

describe('whatsapp cloud content: a person known only by a business-scoped user id', () => {
  it('accepts a message with no phone number: the BSUID is the chat, the profile name is kept', () => {
    const m = only(
      message({ type: 'text', text: { body: 'hola' } }, { userId: BSUID, username: '@maria.perez' }),
    );
    expect(m.inbound).toMatchObject({ chatId: BSUID, name: 'María Pérez', content: { text: 'hola' } });
  });

  it('keeps the phone number as the chat when both come, so the conversation stays the same', () => {
    const m = only(
      message({ type: 'text', text: { body: 'hola' } }, { waId: '5215512345678', userId: BSUID }),
    );
    expect(m.inbound.chatId).toBe('5215512345678');
  });

  it('accepts a status with only recipient_user_id, read as its recipient', () => {
    const batch = readBody(
      statusPayload({
        phoneNumberId: PHONE_ID,
        id: 'wamid.out1',
        status: 'delivered',
        at: AT,
        recipientUserId: BSUID,
      }),
    );
    expect(batch.statuses).toMatchObject([{ id: 'wamid.out1', status: 'delivered', recipient_id: BSUID }]);
    expect(batch.skipped).toBe(0);
    const phone = readBody(
      statusPayload({
        phoneNumberId: PHONE_ID,
        id: 'wamid.out2',
        status: 'read',
        at: AT,
        recipientId: '5215512345678',
        recipientUserId: BSUID,
      }),
    );
    expect(phone.statuses[0]?.recipient_id).toBe('5215512345678');
  });

  it('still drops a message with neither a phone number nor a BSUID as malformed', () => {
    expect(message({ type: 'text', text: { body: 'hola' } }, {}).messages).toEqual([
      { kind: 'ignored', reason: 'malformed' },
    ]);
  });
});
