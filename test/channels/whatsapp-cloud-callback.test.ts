/**
 * A part Meta took is never sent again, even when its acceptance was never written (a crash
 * between Meta's answer and the write): each part goes with `biz_opaque_callback_data` naming
 * it, Meta's status webhook brings the name back, and the receiving side records the part as
 * accepted, so another instance retrying the turn skips it. Real HTTP against the Graph API
 * stub, which echoes the field in its status webhooks as Meta documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudDeliver } from '../../src/channels/whatsapp-cloud/deliver.ts';
import { createGraphClient } from '../../src/channels/whatsapp-cloud/graph-client.ts';
import { cloudEntries, receiveCloudEntry } from '../../src/channels/whatsapp-cloud/receive.ts';
import { whatsappCloudWebhook } from '../../src/channels/whatsapp-cloud/webhook.ts';
import { partCallback, partOfCallback } from '../../src/core/deliveries.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { turn as keptConversation } from '../contracts/fixtures.ts';
import { testAssistant } from '../support/assistant.ts';

const TOKEN = 'EAAtesttokenforenlace0123456789';
const PHONE_ID = '106540352242922';
const SECRET = '0123456789abcdef0123456789abcdef';
const TO = '5215512349999';
const quiet = { info() {}, warn() {}, error() {} };

let stub: GraphApiStub;
beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
});
afterAll(() => stub.close());

const client = () =>
  createGraphClient({ graphRoot: stub.graphRoot, phoneNumberId: PHONE_ID, accessToken: TOKEN });
const deliverOn = (log: ReturnType<typeof createMemoryStore>) =>
  createCloudDeliver({
    client: client(),
    pace: (_to, send) => send(),
    log,
    clock: { now: () => 1 },
    logger: quiet,
  });

describe('the part name Meta echoes back', () => {
  it('reads back only what it wrote', () => {
    expect(partOfCallback(partCallback('mt3k9a1b2c', 'x1y2:0.0'))).toEqual({
      ref: 'mt3k9a1b2c',
      part: 'x1y2:0.0',
    });
    expect(partOfCallback('a campaign tag')).toBeNull();
    expect(partOfCallback(undefined)).toBeNull();
  });

  it('keeps a retry on another instance from sending again what Meta took', async () => {
    const texts = ['Primera parte (cb)', 'Segunda parte (cb)'];
    const messages: Outbound[] = texts.map((text) => ({
      channel: 'whatsapp-cloud',
      chatId: TO,
      lang: 'es',
      text,
      buttons: [],
      ref: 'cbturn1',
    }));
    stub.heardFrom(TO);
    // The instance that sent: its writes of "accepted" are lost with it (a log nobody reads again).
    await deliverOn(createMemoryStore())({ channel: 'whatsapp-cloud', chatId: TO }, messages);
    const sentOnce = stub
      .sent()
      .filter((b) => texts.includes((b as { text?: { body: string } }).text?.body ?? ''));
    expect(sentOnce).toHaveLength(2);
    expect(sentOnce.map((b) => b.biz_opaque_callback_data)).toEqual(
      texts.map((_, i) => expect.stringMatching(new RegExp(`^enlace-part cbturn1 \\S+:${i}\\.0$`))),
    );

    // Meta's status webhooks reach the store every instance reads (which keeps the conversation).
    const store = createMemoryStore();
    await keptConversation(store, `whatsapp-cloud:${TO}`);
    const a = await testAssistant({ store });
    const intake = createMemoryIntake({ logger: quiet, untilHandled: true });
    intake.handle(
      'whatsapp-cloud',
      receiveCloudEntry({ conversations: a.engine, logger: quiet, log: store }),
    );
    const webhook = whatsappCloudWebhook({
      verifyToken: 'verify-token-for-enlace-tests',
      appSecret: SECRET,
      logger: quiet,
      keep: (batch) => intake.keep(cloudEntries(batch)),
    });
    stub.reportTo({
      url: 'http://localhost/',
      appSecret: SECRET,
      fetch: (url, init) => webhook.request(url, init),
    });
    expect(await stub.reportStatuses()).toBe(200);

    // Another instance retries the turn with that store: nothing goes twice.
    await deliverOn(store)({ channel: 'whatsapp-cloud', chatId: TO }, messages);
    const sent = stub
      .sent()
      .filter((b) => texts.includes((b as { text?: { body: string } }).text?.body ?? ''));
    expect(sent).toHaveLength(2);
  });
});
