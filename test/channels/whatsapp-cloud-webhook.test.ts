/**
 * The WhatsApp Cloud API webhook: Meta's verification handshake, the signature on every POST
 * (signed, unsigned, wrongly signed), a redelivered message handled once by a real engine,
 * each kind of message read from payloads shaped as in Meta's documentation
 * (test/fixtures/whatsapp-cloud), and a malformed body acknowledged with 200 but not handled.
 *
 * The fixtures copy, field for field, the examples of Meta's "messages webhook reference"
 * (one page per type; our ids, numbers and words stand in for Meta's sample values):
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 *   …/messages/text         text.json
 *   …/messages/interactive  list-reply.json, button-reply.json
 *   …/messages/button       quick-reply-button.json (a template's quick-reply button)
 *   …/messages/image        image.json
 *   …/messages/sticker      sticker.json
 *   …/messages/audio        voice.json (voice: true), audio-file.json (voice: false)
 *   …/messages/document     document.json
 *   …/messages/location     location.json
 *   …/messages/contacts     contacts.json
 *   …/messages/reaction     reaction.json, reaction-removed.json (no emoji)
 *   …/messages/unsupported  unsupported.json
 *   …/messages/system       system.json (no contacts array)
 *   …/messages/status       status-sent.json (conversation with expiration_timestamp, pricing),
 *                           status.json (delivered), status-read.json (v24.0+: no conversation,
 *                           no pricing), status-failed.json (errors[])
 * The same pages under the older address: https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/reference/messages/…
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CloudBatch, readCloudPayload } from '../../src/channels/whatsapp-cloud/inbound.ts';
import { cloudPayloadSchema } from '../../src/channels/whatsapp-cloud/payload.ts';
import { cloudEntries, receiveCloudEntry } from '../../src/channels/whatsapp-cloud/receive.ts';
import { readWhatsAppCloudSettings } from '../../src/channels/whatsapp-cloud/settings.ts';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { whatsappCloudWebhook } from '../../src/channels/whatsapp-cloud/webhook.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { TEST_CHANNELS, testAssistant } from '../support/assistant.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const VERIFY = 'verify-token-for-enlace-tests';
const PHONE_ID = '106540352242922';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/whatsapp-cloud/${name}.json`, import.meta.url), 'utf8');
const read = (name: string) => readCloudPayload(cloudPayloadSchema.parse(JSON.parse(fixture(name))));
const first = (name: string) => read(name).messages[0];
const FIXTURES = readdirSync(new URL('../fixtures/whatsapp-cloud/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

function recordingLogger() {
  const lines: Array<{ level: string; message: string }> = [];
  const log = (level: string) => (message: string) => lines.push({ level, message });
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

/** The route with a batch recorder; each batch is kept (and handled here) before the 200. */
function route(keep: (batch: CloudBatch) => Promise<void> = async () => {}) {
  const logger = recordingLogger();
  const batches: CloudBatch[] = [];
  const app = whatsappCloudWebhook({
    verifyToken: VERIFY,
    appSecret: SECRET,
    phoneNumberId: PHONE_ID,
    logger,
    keep: async (batch) => {
      batches.push(batch);
      await keep(batch);
    },
  });
  const post = async (body: string, signature?: string | null) => {
    const sig = signature === undefined ? await signBody(SECRET, body) : signature;
    return app.request('/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...(sig ? { 'x-hub-signature-256': sig } : {}) },
    });
  };
  return { app, post, batches, logger };
}

describe('whatsapp cloud webhook: verification', () => {
  it('echoes the challenge for the right verify token', async () => {
    const { app } = route();
    const res = await app.request(`/?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1158201444');
  });

  it('refuses a wrong token, a missing one, or another mode with 403', async () => {
    const { app } = route();
    for (const query of [
      'hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1',
      'hub.mode=subscribe&hub.challenge=1',
      `hub.mode=unsubscribe&hub.verify_token=${VERIFY}&hub.challenge=1`,
    ])
      expect((await app.request(`/?${query}`)).status).toBe(403);
  });
});

describe('whatsapp cloud webhook: signature', () => {
  it('takes a signed POST and refuses an unsigned or wrongly signed one with 401', async () => {
    const { post, batches } = route();
    const body = fixture('text');
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, await signBody('another-app-secret-000000000000', body))).status).toBe(401);
    expect((await post(body, 'sha256=zz')).status).toBe(401);
    // Signed over other bytes: the same JSON re-serialised is not the body Meta signed.
    expect((await post(body, await signBody(SECRET, JSON.stringify(JSON.parse(body))))).status).toBe(401);
    expect(batches).toEqual([]);
    expect((await post(body)).status).toBe(200);
    expect(batches).toHaveLength(1);
  });

  it('acknowledges a malformed body with 200, logs it and hands nothing on', async () => {
    const { post, batches, logger } = route();
    expect((await post('{not json')).status).toBe(200);
    expect((await post('{"object":"page","entry":[]}')).status).toBe(200);
    expect(batches).toEqual([]);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('logs a message of an unknown shape and keeps the others of the batch', async () => {
    const payload = JSON.parse(fixture('text'));
    payload.entry[0].changes[0].value.messages.push({ from: 'not-a-number', id: 'x', type: 'text' });
    const { post, batches, logger } = route();
    expect((await post(JSON.stringify(payload))).status).toBe(200);
    expect(batches[0]?.messages.map((m) => m.kind)).toEqual(['inbound', 'ignored']);
    expect(logger.lines.some((l) => l.message.includes('unknown shape'))).toBe(true);
  });
});

describe('whatsapp cloud webhook: into the engine', () => {
  it('answers a message once even when Meta delivers it again', async () => {
    const sent: Outbound[][] = [];
    const channel = {
      name: 'whatsapp-cloud',
      choices: 'buttons' as const,
      deliver: async (_address: unknown, messages: readonly Outbound[]) => void sent.push([...messages]),
    };
    const a = await testAssistant({ channels: [...TEST_CHANNELS, channel] });
    const intake = createMemoryIntake({ logger: recordingLogger(), untilHandled: true });
    intake.handle(
      'whatsapp-cloud',
      receiveCloudEntry({ conversations: a.engine, logger: recordingLogger() }),
    );
    const { post } = route((batch) => intake.keep(cloudEntries(batch)));
    const body = fixture('text');
    expect((await post(body)).status).toBe(200);
    const count = sent.length;
    expect(count).toBeGreaterThan(0);
    expect((await post(body)).status).toBe(200);
    expect(sent.length).toBe(count);
    const transcript = await a.store.getTranscript('whatsapp-cloud:5215512345678');
    expect(transcript.filter((l) => l.from === 'person')).toHaveLength(1);
  });

  it('ignores messages for another phone number of the business account', async () => {
    const payload = JSON.parse(fixture('text'));
    payload.entry[0].changes[0].value.metadata.phone_number_id = '999999999999';
    const batch = readCloudPayload(cloudPayloadSchema.parse(payload), { phoneNumberId: PHONE_ID });
    expect(batch.messages).toEqual([{ kind: 'ignored', reason: 'other-number' }]);
  });
});

describe('whatsapp cloud webhook: each kind of message, as Meta documents it', () => {
  const inbound = (name: string) => {
    const m = first(name);
    if (m?.kind !== 'inbound') throw new Error(`${name}: not read as a message`);
    return m;
  };
  it('reads text with the sender and their profile name', () => {
    const m = inbound('text').inbound;
    expect(m).toMatchObject({
      channel: 'whatsapp-cloud',
      chatId: '5215512345678',
      name: 'María Pérez',
      at: 1767225600_000,
      content: { type: 'text', text: 'hola, mi hermano murió en Houston' },
    });
    expect(m.id).toMatch(/^wac-wamid\./);
  });
  it('reads a reply button and a list row as the choice they stand for', () => {
    expect(inbound('button-reply').inbound.content).toEqual({ type: 'choice', value: 'yes' });
    expect(inbound('list-reply').inbound.content).toEqual({ type: 'choice', value: 'remains' });
  });
  it('reads a template\'s quick-reply button (type "button") as the words on it, what the person said', () => {
    expect(inbound('quick-reply-button').inbound.content).toEqual({ type: 'text', text: 'Continuar' });
  });
  it('reads files as media with the id to fetch them by', () => {
    expect(inbound('image')).toMatchObject({
      inbound: { content: { type: 'media', media: 'photo' } },
      media: { id: '1003383421387256', mimeType: 'image/jpeg' },
    });
    expect(inbound('voice')).toMatchObject({
      inbound: { content: { media: 'voice' } },
      media: { id: '1212355916508937' },
    });
    expect(inbound('document')).toMatchObject({
      inbound: { content: { media: 'document' } },
      media: { id: '1575219293108945', mimeType: 'application/pdf' },
    });
  });
  it('reads a sticker as a sticker, with its file', () => {
    expect(inbound('sticker')).toMatchObject({
      inbound: { content: { type: 'media', media: 'sticker' } },
      media: { id: '1908647269898587', mimeType: 'image/webp' },
    });
  });
  it('reads an audio file (voice: false) as audio, not as a voice note', () => {
    expect(inbound('audio-file')).toMatchObject({
      inbound: { content: { type: 'media', media: 'audio' } },
      media: { id: '1318052693356421', mimeType: 'audio/mpeg' },
    });
  });
  it('reads a location and a contact card as media, never as text (their content: whatsapp-cloud-content.test.ts)', () => {
    expect(inbound('location').inbound.content).toMatchObject({ type: 'media', media: 'location' });
    expect(inbound('contacts').inbound.content).toMatchObject({ type: 'media', media: 'contact' });
    expect(inbound('location').media).toBeUndefined();
  });
  it('reads a reaction as its emoji on the message it names (kept, not answered: whatsapp-cloud-reactions.test.ts)', () => {
    const reacted = { id: 'wamid.HBgNNTIxNTUxMjM0NTY3OBUCABEYEjQ2QUFCRkQ4QTYyRDNFNzFEOQA=' };
    expect(inbound('reaction').inbound).toMatchObject({
      content: { type: 'reaction', emoji: '👍' },
      replyTo: reacted,
    });
    expect(inbound('unsupported').inbound.content).toEqual({ type: 'media', media: 'other' });
  });
  it('reads a reaction taken back (no emoji) as a reaction with none', () => {
    expect(inbound('reaction-removed').inbound.content).toEqual({ type: 'reaction' });
  });
  it("names no quoted message for a tapped button, whose context is the button's own message", () => {
    expect(inbound('button-reply').inbound.replyTo).toBeUndefined();
    expect(inbound('quick-reply-button').inbound.replyTo).toBeUndefined();
  });
  it("reads WhatsApp's notice that a person changed their number as a move to follow, not a message", () => {
    const batch = read('system');
    expect(batch.messages).toEqual([
      {
        kind: 'moved',
        id: 'wamid.HBgNNTIxNTUxMjM0NTY3OBUCABIYCjExODIwODYyNjcA',
        from: '5215512345678',
        to: { phone: '5218112345678' },
        at: 1767225600000,
      },
    ]);
    expect(batch.skipped).toBe(0);
  });
  it('reads delivery statuses, failures with their error code', () => {
    expect(read('status').statuses).toMatchObject([{ status: 'delivered', recipient_id: '5215512345678' }]);
    expect(read('status-failed').statuses[0]?.errors?.[0]?.code).toBe(131047);
    expect(read('status').messages).toEqual([]);
  });
  it('reads a sent status with its conversation and pricing, and a read status without them', () => {
    const sent = read('status-sent');
    expect(sent.statuses).toMatchObject([
      { status: 'sent', timestamp: 1767225650, recipient_id: '5215512345678' },
    ]);
    expect(sent.skipped).toBe(0);
    const seen = read('status-read');
    expect(seen.statuses).toMatchObject([{ status: 'read', timestamp: 1767225665 }]);
    expect(seen.skipped).toBe(0);
  });
  it('reads every fixture without a message or status dropped as malformed', () => {
    for (const name of FIXTURES) {
      const batch = read(name);
      expect(batch.skipped, name).toBe(0);
      expect(
        batch.messages.filter((m) => m.kind === 'ignored' && m.reason === 'malformed'),
        name,
      ).toEqual([]);
      expect(batch.messages.length + batch.statuses.length, name).toBe(1);
    }
  });
});

describe('whatsapp cloud settings', () => {
  const good = {
    WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAGm0PX4ZCpsBAEXAMPLEtokenForTests123',
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_ID,
    WHATSAPP_CLOUD_APP_SECRET: SECRET,
    WHATSAPP_CLOUD_VERIFY_TOKEN: VERIFY,
  };
  it('takes good values and defaults the Graph API root', () => {
    expect(readWhatsAppCloudSettings(good)).toMatchObject({ graphRoot: 'https://graph.facebook.com/v26.0' });
  });
  it('names each wrong variable and says what to do', () => {
    const wrong = () =>
      readWhatsAppCloudSettings({
        ...good,
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: '+1 555 078 3881',
        WHATSAPP_CLOUD_VERIFY_TOKEN: undefined,
      });
    expect(wrong).toThrow(/WHATSAPP_CLOUD_PHONE_NUMBER_ID: the phone number id, digits only/);
    expect(wrong).toThrow(/WHATSAPP_CLOUD_VERIFY_TOKEN: missing: a verify token you choose/);
  });
});
