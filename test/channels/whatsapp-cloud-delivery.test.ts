/**
 * The WhatsApp Cloud API channel's parts around delivery: reading a conversation's delivery
 * events into one state per turn whatever order they came in; the person's last message
 * remembered on their ticket (the 24-hour window's start); the re-engagement settings and the
 * template's fallback language; a person's file fetched within the size cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/channels/whatsapp-cloud/graph-client.ts';
import { downloadCloudMedia, MediaNotKeptError } from '../../src/channels/whatsapp-cloud/media.ts';
import { cloudReplyWindow } from '../../src/channels/whatsapp-cloud/reengage.ts';
import { readWhatsAppCloudSettings } from '../../src/channels/whatsapp-cloud/settings.ts';
import { foldDeliveries } from '../../src/core/deliveries.ts';
import type { DeliveryEvent } from '../../src/core/ports/delivery-log.ts';
import { planTurn } from '../../src/engine/plan.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';

describe('delivery events, folded', () => {
  const events: DeliveryEvent[] = [
    { kind: 'accepted', ref: 't1', id: 'w1', at: 1 },
    { kind: 'accepted', ref: 't1', id: 'w2', at: 1 },
    { kind: 'status', id: 'w1', state: 'read', at: 5 },
    { kind: 'status', id: 'w1', state: 'delivered', at: 3 },
    { kind: 'status', id: 'w2', state: 'delivered', at: 4 },
    { kind: 'accepted', ref: 't2', id: 'w3', at: 6 },
    { kind: 'status', id: 'w3', state: 'sent', at: 7 },
    {
      kind: 'status',
      id: 'w3',
      state: 'failed',
      at: 8,
      error: { code: 131047, title: 'Re-engagement message' },
    },
    { kind: 'refused', ref: 't3', at: 9, error: { code: 131026, title: 'Message undeliverable' } },
  ];
  it('gives a turn its least advanced part, and failed when any part failed', () => {
    const views = foldDeliveries(events);
    expect(views.get('t1')).toEqual({ state: 'delivered', at: 5 });
    expect(views.get('t2')).toMatchObject({ state: 'failed', error: { code: 131047 } });
    expect(views.get('t3')).toMatchObject({ state: 'failed', error: { code: 131026 } });
    expect(views.has('t4')).toBe(false);
  });
  it('reads the same whatever order the webhooks came in', () => {
    const expected = foldDeliveries(events);
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = [...events].sort(
        (a, b) => Math.sin(seed * (a.at + 1) * 7.1) - Math.sin(seed * (b.at + 1) * 7.1),
      );
      expect(foldDeliveries(shuffled)).toEqual(expected);
    }
  });
});

describe('the ticket remembers when the person last wrote', () => {
  const ticket = {
    conversationId: 'whatsapp-cloud:1',
    lang: 'es' as const,
    reason: 'asked' as const,
    urgent: false,
    topic: 'human' as const,
    since: 100,
  };
  const input = {
    conversationId: 'whatsapp-cloud:1',
    address: { channel: 'whatsapp-cloud', chatId: '1' },
    lang: 'es' as const,
    now: 500,
    staffChanges: [],
    folio: () => 'ACD-3467',
  };
  it("on a person's message, and not on a staff turn", () => {
    expect(planTurn([], { ...input, ticket, heardAt: 400 }).ticket?.lastHeard).toBe(400);
    const staff = planTurn([], { ...input, ticket: { ...ticket, lastHeard: 400 } });
    expect(staff.ticket?.lastHeard).toBe(400);
    expect(staff.ticketChanged).toBe(false);
    // A late redelivery with an older time never moves it back.
    expect(
      planTurn([], { ...input, ticket: { ...ticket, lastHeard: 450 }, heardAt: 400 }).ticket?.lastHeard,
    ).toBe(450);
  });
  it('keeps it when the ticket is opened again', () => {
    const effect = { type: 'ticket.open', reason: 'asked', urgent: true, topic: 'human' } as const;
    const plan = planTurn([effect as never], { ...input, ticket: { ...ticket, lastHeard: 300 } });
    expect(plan.ticket?.lastHeard).toBe(300);
  });
});

describe('re-engagement settings', () => {
  const base = {
    WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAtesttokenforenlace0123456789',
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
    WHATSAPP_CLOUD_APP_SECRET: '0123456789abcdef0123456789abcdef',
    WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-for-enlace-tests',
  };
  it('reads the template and its languages, and gives the first language to a language without one', () => {
    const settings = readWhatsAppCloudSettings({
      ...base,
      WHATSAPP_CLOUD_REENGAGE_TEMPLATE: 'enlace_retomar',
      WHATSAPP_CLOUD_REENGAGE_LANGUAGES: 'es=es_MX, en=en_US',
    });
    expect(settings.reengagement?.languages).toEqual([
      ['es', 'es_MX'],
      ['en', 'en_US'],
    ]);
    expect(settings.perSecond).toBe(80);
    const window = cloudReplyWindow({
      template: settings.reengagement,
      client: { send: async () => 'w' },
      pace: (_to, send) => send(),
      log: { recordDelivery: async () => {} },
      clock: { now: () => 0 },
    });
    expect(window.reengagement('en')).toEqual({ name: 'enlace_retomar', lang: 'en', language: 'en_US' });
    expect(window.reengagement('ht')).toEqual({ name: 'enlace_retomar', lang: 'es', language: 'es_MX' });
  });
  it('is off without a template, and refuses a malformed language list with what to write', () => {
    expect(readWhatsAppCloudSettings(base).reengagement).toBeUndefined();
    expect(() =>
      readWhatsAppCloudSettings({
        ...base,
        WHATSAPP_CLOUD_REENGAGE_TEMPLATE: 'x',
        WHATSAPP_CLOUD_REENGAGE_LANGUAGES: 'spanish',
      }),
    ).toThrow(/WHATSAPP_CLOUD_REENGAGE_LANGUAGES: "spanish" is not LANG=CODE .*es=es_MX/);
    expect(() =>
      readWhatsAppCloudSettings({ ...base, WHATSAPP_CLOUD_REENGAGE_TEMPLATE: 'Enlace Retomar' }),
    ).toThrow(/WHATSAPP_CLOUD_REENGAGE_TEMPLATE: the template name exactly as approved/);
  });
});

describe("a person's file, fetched for staff", () => {
  let stub: GraphApiStub;
  const TOKEN = 'EAAtesttokenforenlace0123456789';
  beforeAll(async () => {
    stub = await startGraphApiStub({ accessToken: TOKEN, phoneNumberId: '1234567' });
  });
  afterAll(() => stub.close());
  const client = () =>
    createGraphClient({ graphRoot: stub.graphRoot, phoneNumberId: '1234567', accessToken: TOKEN });
  it('is fetched with the token, as Meta serves it', async () => {
    stub.addMedia('m-ok', new Uint8Array([9, 8, 7]), 'image/jpeg');
    const file = await downloadCloudMedia(client(), stub.graphRoot, { id: 'm-ok', kind: 'photo' });
    expect(file).toMatchObject({ kind: 'photo', mimetype: 'image/jpeg' });
    expect([...file.data]).toEqual([9, 8, 7]);
  });
  it('is refused past the size cap, without reading it all', async () => {
    stub.addMedia('m-big', new Uint8Array(2048), 'video/mp4');
    await expect(
      downloadCloudMedia(client(), stub.graphRoot, { id: 'm-big', kind: 'video' }, 1024),
    ).rejects.toThrow(MediaNotKeptError);
  });
  it('never sends the token to an address that is neither https nor the Graph API', async () => {
    const fetched: string[] = [];
    const fake = {
      mediaInfo: async () => ({ url: 'http://example.test/file', mimeType: 'image/png' }),
      fetchMedia: async (url: string) => {
        fetched.push(url);
        return new Response('x');
      },
    };
    await expect(downloadCloudMedia(fake, stub.graphRoot, { id: 'x', kind: 'photo' })).rejects.toThrow(
      /neither https/,
    );
    expect(fetched).toEqual([]);
  });
});
