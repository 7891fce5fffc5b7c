/**
 * WhatsApp Cloud API calls that cannot stall and limits read as Meta documents them, over real
 * HTTP against the local Graph API stub: a stalled send or read receipt ends at the time limit;
 * 131048 (spam rate) and 80007 (the account's rate) are throttling of the whole number, waited
 * out and never retried at once; the Graph API version is a setting with a current default;
 * a person known only by a business-scoped user id is sent to with `recipient`; one person's
 * spacing never delays another person; button titles stay unique; a hard split keeps emoji whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitText } from '../../src/channels/split-text.ts';
import { toCloudMessages } from '../../src/channels/whatsapp-cloud/format.ts';
import { createGraphClient, GraphApiError } from '../../src/channels/whatsapp-cloud/graph-client.ts';
import { createCloudPacer } from '../../src/channels/whatsapp-cloud/pacing.ts';
import { GRAPH_VERSION, readWhatsAppCloudSettings } from '../../src/channels/whatsapp-cloud/settings.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';

const TOKEN = 'EAAtesttokenforenlace0123456789';
const PHONE_ID = '106540352242922';
const TO = '16505551234';
const BSUID = 'US.13491208655302741918';
const text = (body: string) => ({ type: 'text' as const, text: { body, preview_url: false as const } });

let stub: GraphApiStub;
beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
});
afterAll(() => stub.close());

const clientWith = (timeoutMs?: number) =>
  createGraphClient({
    graphRoot: stub.graphRoot,
    phoneNumberId: PHONE_ID,
    accessToken: TOKEN,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

describe('every call has a time limit', () => {
  it('ends a stalled send at the limit with a GraphApiError, and the next send goes', async () => {
    const client = clientWith(300);
    stub.stallNext();
    const started = performance.now();
    const error = await client.send(TO, text('¿sigues ahí?')).catch((e) => e);
    const waited = performance.now() - started;
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.message).toMatch(/no answer from the Graph API within 300 ms/);
    expect(error.refusal).toBe(false); // kept and tried again later, never shown as refused
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(5_000);
    await expect(client.send(TO, text('sí'))).resolves.toMatch(/^wamid\./);
  });

  it('ends a stalled read receipt at the limit too', async () => {
    stub.stallNext();
    await expect(clientWith(300).markRead('wamid.in1')).rejects.toThrow(/within 300 ms/);
  });
});

describe("Meta's rate limits are throttling, backed off", () => {
  for (const code of [131048, 80007]) {
    it(`waits before trying ${code} again and holds the whole number back meanwhile`, async () => {
      const client = clientWith();
      const waits: number[] = [];
      const pacer = createCloudPacer({
        perPersonMs: 0,
        backoffMs: 200,
        random: () => 1,
        sleep: (ms) => {
          waits.push(ms);
          return new Promise((r) => setTimeout(r, ms));
        },
      });
      const before = stub.calls.length;
      stub.failNext(code);
      const first = pacer.send(TO, () => client.send(TO, text(`uno ${code}`)));
      // Another person's message, queued right after: it waits for the number too.
      await new Promise((r) => setTimeout(r, 20));
      const other = pacer.send('16505559999', () => client.send('16505559999', text(`otro ${code}`)));
      await Promise.all([first, other]);
      const calls = stub.calls.slice(before);
      expect(calls.map((c) => c.kind)).toEqual(['refused', 'message', 'message']);
      expect(waits[0]).toBe(200);
      const refusedAt = calls[0]?.at ?? 0;
      for (const call of calls.slice(1)) expect(call.at - refusedAt).toBeGreaterThanOrEqual(150);
    });
  }
  it('marks them retryable and not a refusal', () => {
    for (const code of [131048, 80007, 130429, 131056])
      expect(new GraphApiError(code, 'x', 400)).toMatchObject({ retryable: true, refusal: false });
  });
});

describe('one person’s spacing never delays another person', () => {
  it('sends to a second person at once while the first person’s five messages are spaced 6 s apart', async () => {
    let now = 0;
    const sleeps: Array<{ at: number; wake: () => void }> = [];
    const pacer = createCloudPacer({
      now: () => now,
      sleep: (ms) => new Promise<void>((wake) => sleeps.push({ at: now + ms, wake })),
    });
    const sent: Array<{ to: string; at: number }> = [];
    const send = (to: string) => pacer.send(to, async () => void sent.push({ to, at: now }));
    const first = Array.from({ length: 5 }, () => send('A'));
    const second = send('B');
    for (let i = 0; i < 200 && sent.length < 6; i++) {
      await new Promise((r) => setImmediate(r));
      sleeps.sort((a, b) => a.at - b.at);
      const next = sleeps.shift();
      if (next) {
        now = Math.max(now, next.at);
        next.wake();
      }
    }
    await Promise.all([...first, second]);
    expect(sent.find((s) => s.to === 'B')?.at).toBeLessThan(100);
    expect(sent.filter((s) => s.to === 'A').at(-1)?.at).toBeGreaterThanOrEqual(12_000);
  });
});

describe('the Graph API version', () => {
  const base = {
    WHATSAPP_CLOUD_ACCESS_TOKEN: TOKEN,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_ID,
    WHATSAPP_CLOUD_APP_SECRET: '0123456789abcdef0123456789abcdef',
    WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-for-enlace-tests',
  };
  it('defaults to the newest version Meta lists, not v21.0 (retired January 2027)', () => {
    const settings = readWhatsAppCloudSettings(base);
    expect(GRAPH_VERSION).toBe('v26.0');
    expect(settings).toMatchObject({
      graphRoot: 'https://graph.facebook.com/v26.0',
      graphVersion: 'v26.0',
      timeoutMs: 10_000,
    });
  });
  it('takes WHATSAPP_CLOUD_GRAPH_VERSION, over a version an older root still carries', () => {
    const env = { ...base, WHATSAPP_CLOUD_GRAPH_VERSION: 'v25.0' };
    expect(readWhatsAppCloudSettings(env).graphRoot).toBe('https://graph.facebook.com/v25.0');
    const old = { ...base, WHATSAPP_CLOUD_GRAPH_ROOT: 'http://127.0.0.1:9/v21.0' };
    expect(readWhatsAppCloudSettings(old).graphRoot).toBe('http://127.0.0.1:9/v21.0');
    expect(readWhatsAppCloudSettings({ ...old, ...env }).graphRoot).toBe('http://127.0.0.1:9/v25.0');
  });
  it('refuses a malformed version or time limit, naming the variable', () => {
    expect(() => readWhatsAppCloudSettings({ ...base, WHATSAPP_CLOUD_GRAPH_VERSION: '26' })).toThrow(
      /WHATSAPP_CLOUD_GRAPH_VERSION: a Graph API version such as v26.0/,
    );
    expect(() => readWhatsAppCloudSettings({ ...base, WHATSAPP_CLOUD_TIMEOUT_MS: '50' })).toThrow(
      /WHATSAPP_CLOUD_TIMEOUT_MS/,
    );
  });
});

describe('a person known by a business-scoped user id', () => {
  it('is sent to with `recipient`, not `to`, and the answer without wa_id is read', async () => {
    const wamid = await clientWith().send(BSUID, text('Hola, ¿en qué te ayudo?'));
    expect(wamid).toMatch(/^wamid\./);
    const body = stub.sent().at(-1);
    expect(body).toMatchObject({ recipient: BSUID, type: 'text', recipient_type: 'individual' });
    expect(body).not.toHaveProperty('to');
  });
  it('still goes `to` a phone number', async () => {
    await clientWith().send(TO, text('hola'));
    expect(stub.sent().at(-1)).toMatchObject({ to: TO });
    expect(stub.sent().at(-1)).not.toHaveProperty('recipient');
  });
});

describe('formatting limits', () => {
  it('numbers reply-button titles that would be cut to the same words (Meta refuses repeats)', async () => {
    const long = 'Trámite de visa humanitaria';
    const [body] = toCloudMessages({
      ...{ channel: 'whatsapp-cloud', chatId: TO, lang: 'es', text: '¿Cuál?' },
      buttons: [
        { value: 'a', label: `${long} uno` },
        { value: 'b', label: `${long} dos` },
      ],
    });
    const titles =
      body?.type === 'interactive' && body.interactive.type === 'button'
        ? body.interactive.action.buttons.map((b) => b.reply.title)
        : [];
    expect(new Set(titles).size).toBe(2);
    for (const title of titles) expect(Array.from(title).length).toBeLessThanOrEqual(20);
    if (body) await expect(clientWith().send(TO, body)).resolves.toMatch(/^wamid\./);
  });
  it('never cuts an emoji in half in a hard split', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(5)}`;
    for (const part of splitText(text, 10)) expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(splitText(text, 10).join('')).toBe(text);
  });
});
