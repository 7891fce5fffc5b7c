/**
 * Webhooks read a body only from whoever may send one, and no more than their limit, over a
 * real HTTP connection to `npm start` (the WhatsApp Cloud API channel against the local
 * Graph API stub, Telegram in webhook mode against the local Bot API stub). The client sends
 * the headers and the first 64 KiB of a body and then waits without sending the rest: a
 * server that reads the body before checking the signature or secret never answers (the
 * red team's 3 MB bodies were read whole, 60 at once +177 MB), one that checks first answers
 * at once, and closes the connection rather than take in the rest. A chunked body past the
 * limit gets 413 as soon as it passes it, and deliveries signed as Meta and Telegram sign them
 * still reach the person.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { until } from '../../src/testing/intake-rig.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { startServer } from '../support/runtime.ts';
import { CLOUD, cloudEnv, cloudSettings } from '../support/whatsapp-cloud.ts';

const KiB = 1024;
const MB = 1024 * KiB;
const FIRST = 64 * KiB;
/** Far longer than any answer takes here: a server still waiting for the body by then never answers. */
const PATIENCE_MS = 10_000;
const TELEGRAM_SECRET = 'bounded-read-secret-0123456789';
const JSON_TYPE = { 'content-type': 'application/json' };

let graph: GraphApiStub;
let bot: FakeBotApi;
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  graph = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
  bot = await startFakeBotApi();
  server = await startServer({
    SESSION_SECRET: 'bounded-read-secret-bounded-read-secret-0',
    STAFF_FILE: '/nonexistent/staff.json',
    ...cloudEnv(graph.graphRoot),
    TELEGRAM_BOT_TOKEN: '123456789:BOUNDED-token-for-enlace-000',
    TELEGRAM_API_ROOT: bot.apiRoot,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
  });
}, 90_000);
afterAll(async () => {
  server?.process.kill('SIGTERM');
  await Promise.all([graph?.close(), bot?.close()]);
});

/**
 * POSTs the headers and the first `sent` bytes of a body declared as `declared` bytes (chunked
 * when not given), then nothing more. Resolves with the status of an answer that comes while
 * the body is unfinished, and whether the server closes the connection rather than take in
 * the rest; rejects when no answer comes: the server is waiting for the rest.
 */
function answerBeforeBodyEnds(
  path: string,
  headers: Record<string, string>,
  sent: number,
  declared?: number,
): Promise<{ status: number; connection: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.base}${path}`, {
      method: 'POST',
      headers: { ...headers, ...(declared ? { 'content-length': String(declared) } : {}) },
    });
    const deadline = setTimeout(() => {
      req.destroy();
      reject(
        new Error(`no answer in ${PATIENCE_MS} ms to ${sent} bytes sent: the server waits for the body`),
      );
    }, PATIENCE_MS);
    req.on('response', (response) => {
      clearTimeout(deadline);
      response.resume();
      req.destroy();
      resolve({ status: response.statusCode ?? 0, connection: response.headers.connection ?? '' });
    });
    // A connection closed with no answer fails; once answered, the server closes it under the unsent rest.
    req.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    for (let at = 0; at < sent; at += FIRST) req.write(Buffer.alloc(Math.min(FIRST, sent - at), 0x61));
  });
}

const WHATSAPP = '/whatsapp-cloud/webhook';
const TELEGRAM = '/telegram/webhook';
/** Well-formed, but not the signature of any body sent here. */
const FORGED = `sha256=${'ab'.repeat(32)}`;
/** An answer sent with the body unread, and the connection closed under the rest. */
const refused = (status: 401 | 413) => ({ status, connection: 'close' });

describe('WhatsApp Cloud API webhook: no signature, no reading', () => {
  it('refuses an unsigned 3 MB body declared by its length at once (413: past the limit)', async () => {
    expect(await answerBeforeBodyEnds(WHATSAPP, JSON_TYPE, FIRST, 3 * MB)).toEqual(refused(413));
  });

  it('refuses an unsigned chunked 3 MB body, or a malformed signature, with 401 before reading it', async () => {
    expect(await answerBeforeBodyEnds(WHATSAPP, JSON_TYPE, FIRST)).toEqual(refused(401));
    for (const signature of ['sha256=zz', 'sha1=abc', `sha256=${'ab'.repeat(31)}`]) {
      const headers = { ...JSON_TYPE, 'x-hub-signature-256': signature };
      expect(await answerBeforeBodyEnds(WHATSAPP, headers, FIRST)).toEqual(refused(401));
    }
  });

  it('refuses an unsigned body within the limit before reading it', async () => {
    expect(await answerBeforeBodyEnds(WHATSAPP, JSON_TYPE, FIRST, 200 * KiB)).toEqual(refused(401));
  });

  it('cuts off a chunked body past the limit (512 KiB) with 413 as soon as it passes it', async () => {
    const headers = { ...JSON_TYPE, 'x-hub-signature-256': FORGED };
    expect(await answerBeforeBodyEnds(WHATSAPP, headers, 512 * KiB + FIRST)).toEqual(refused(413));
    expect(await answerBeforeBodyEnds(WHATSAPP, headers, FIRST, 512 * KiB + 1)).toEqual(refused(413));
  });

  it('still takes a delivery signed as Meta signs it, by its length or chunked, and answers the person', async () => {
    const waId = '5215512345678';
    graph.heardFrom(waId);
    const delivery = (id: string) =>
      personMessagePayload({
        phoneNumberId: CLOUD.phoneId,
        waId,
        name: 'María Pérez',
        id,
        at: Date.now(),
        message: { type: 'text', text: { body: 'hola' } },
      });
    const post = async (body: string, init: { chunked?: boolean } = {}) =>
      fetch(`${server.base}${WHATSAPP}`, {
        method: 'POST',
        headers: { ...JSON_TYPE, 'x-hub-signature-256': await signBody(CLOUD.secret, body) },
        body: init.chunked ? new Blob([body]).stream() : body,
        ...(init.chunked ? { duplex: 'half' } : {}),
      } as RequestInit);
    expect((await post(delivery('wamid.bounded1'))).status).toBe(200);
    expect((await post(delivery('wamid.bounded2'), { chunked: true })).status).toBe(200);
    await until(() => graph.sent().some((b) => b.to === waId), 10_000, 'a reply to the person');
    // Signed over other bytes: read (it is small), checked, refused.
    const body = delivery('wamid.bounded3');
    const forged = await fetch(`${server.base}${WHATSAPP}`, {
      method: 'POST',
      headers: { ...JSON_TYPE, 'x-hub-signature-256': FORGED },
      body,
    });
    expect(forged.status).toBe(401);
  });
});

describe('Telegram webhook: no secret, no reading', () => {
  it('refuses a chunked 3 MB body without the secret, or with a wrong one, with 401 before reading it', async () => {
    expect(await answerBeforeBodyEnds(TELEGRAM, JSON_TYPE, FIRST)).toEqual(refused(401));
    const wrong = { ...JSON_TYPE, 'x-telegram-bot-api-secret-token': 'not-the-secret-0123456789' };
    expect(await answerBeforeBodyEnds(TELEGRAM, wrong, FIRST)).toEqual(refused(401));
  });

  it('cuts off a chunked update past 1 MiB with 413, and still takes a real one', async () => {
    const secret = { ...JSON_TYPE, 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
    expect(await answerBeforeBodyEnds(TELEGRAM, secret, MB + FIRST)).toEqual(refused(413));
    const update = JSON.stringify(telegramUpdates(7000)(7001, 'hola'));
    const response = await fetch(`${server.base}${TELEGRAM}`, {
      method: 'POST',
      headers: secret,
      body: update,
    });
    expect(response.status).toBe(200);
    await bot.waitFor((call) => call.method === 'sendMessage' && Number(call.body.chat_id) === 7001);
  });
});

describe('WHATSAPP_CLOUD_MAX_BODY_KB', () => {
  const maxBody = (kib?: string) =>
    cloudSettings(graph.graphRoot, kib ? { WHATSAPP_CLOUD_MAX_BODY_KB: kib } : {}).maxBody;
  it('is 512 KiB unless set, and between 64 KiB and Meta’s 3 MB', () => {
    expect(maxBody()).toBe(512 * KiB);
    expect(maxBody('3072')).toBe(3 * MB);
    expect(() => maxBody('4096')).toThrow(/WHATSAPP_CLOUD_MAX_BODY_KB: at most 3072/);
  });
});
