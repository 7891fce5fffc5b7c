/**
 * Body limits: every route takes what it needs and refuses more with 413 and a short
 * sentence in the person's language, before the body is read. A 50 MB body is refused at
 * once when it declares its length, and after at most a limit's worth of chunks when it is
 * streamed (the stream is pulled a few times, never to its end); the web chat, the staff
 * login and the Telegram webhook each have their own limit, and bodies within it still work.
 * A webhook reads a streamed body only once its secret is right: without it, not at all.
 */
import { describe, expect, it } from 'vitest';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../../src/channels/telegram/adapter.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { limitedServer } from './limits-app.ts';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A body of `bytes` that counts how often it is pulled. */
function countedBody(bytes: number) {
  let pulls = 0;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= bytes) return controller.close();
      const size = Math.min(CHUNK, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulls: () => pulls, sent: () => sent };
}

const TELEGRAM_SECRET = 'a-secret-of-enough-length-123';
const server = await limitedServer({
  channels: () => [
    createTelegramChannel({
      token: '123456789:TEST-token-for-enlace-tests',
      logger: { info() {}, warn() {}, error() {} },
      botInfo: fakeBotInfo(1, 'enlace_test_bot'),
      webhook: {
        secret: TELEGRAM_SECRET,
        intake: createMemoryIntake({ logger: { info() {}, warn() {}, error() {} } }),
      },
    }).channel,
  ],
});
const routes = [
  { name: 'web chat', path: '/api/chat/messages', type: 'application/json' },
  { name: 'staff login', path: '/staff/login', type: 'application/x-www-form-urlencoded' },
  { name: 'Telegram webhook', path: TELEGRAM_WEBHOOK_PATH, type: 'application/json' },
];
/** The routes people's browsers post to; a webhook's 413 is read by Telegram or Meta. */
const pages = routes.filter((route) => route.path !== TELEGRAM_WEBHOOK_PATH);
const post = (path: string, init: RequestInit & { duplex?: 'half' }) =>
  server.app.request(`http://localhost${path}`, { method: 'POST', ...init });

describe('body limits', () => {
  it.each(routes)(
    'refuses a declared 50 MB body to the $name with 413, without reading it',
    async (route) => {
      const body = countedBody(50 * MB);
      const response = await post(route.path, {
        body: body.stream,
        duplex: 'half',
        headers: {
          'content-type': route.type,
          'content-length': String(50 * MB),
          'accept-language': 'en',
          origin: 'http://localhost',
        },
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toBe(
        'Your message is too long. Please send a shorter text.',
      );
      // The stream may be primed once; nothing past its first chunk is read.
      expect(body.sent()).toBeLessThanOrEqual(CHUNK);
    },
  );

  /** Streams 50 MB to `path`; the answer, once the server stopped reading, and how much it read. */
  async function streamed(path: string, headers: Record<string, string>) {
    const body = countedBody(50 * MB);
    const response = await post(path, { body: body.stream, duplex: 'half', headers });
    // The largest limit is Telegram's 1 MiB: at most its worth of chunks and one more (plus the stream's own read-ahead).
    expect(body.pulls()).toBeLessThanOrEqual(MB / CHUNK + 3);
    expect(body.sent()).toBeLessThan(2 * MB);
    return response;
  }

  it.each(pages)('cuts off a streamed 50 MB body to the $name once it passes the limit', async (route) => {
    const response = await streamed(route.path, { 'content-type': route.type, origin: 'http://localhost' });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe(
      'Tu mensaje es demasiado largo. Envía un texto más corto, por favor.',
    );
  });

  it('cuts off a streamed 50 MB body to the Telegram webhook, with its secret, once it passes the limit', async () => {
    const response = await streamed(TELEGRAM_WEBHOOK_PATH, {
      'content-type': 'application/json',
      'x-telegram-bot-api-secret-token': TELEGRAM_SECRET,
    });
    // Telegram, not a person, reads this one; the server's log says what to do.
    expect(response.status).toBe(413);
  });

  it('reads nothing of a streamed 50 MB body to the Telegram webhook without its secret (401)', async () => {
    const body = countedBody(50 * MB);
    const response = await post(TELEGRAM_WEBHOOK_PATH, {
      body: body.stream,
      duplex: 'half',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(401);
    // The stream may be primed once; nothing past its first chunk is read.
    expect(body.sent()).toBeLessThanOrEqual(CHUNK);
  });

  it('gives each route its own size: a web chat message of 40 KB is too much, a Telegram update of 40 KB is not', async () => {
    const big = 'a'.repeat(40_000);
    const chat = await post('/api/chat/messages', {
      body: JSON.stringify({ id: 'big-00000001', text: big }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
    });
    expect(chat.status).toBe(413);
    // Past the body limit, the webhook's own checks answer (here: no secret, so 401).
    const update = await post(TELEGRAM_WEBHOOK_PATH, {
      body: JSON.stringify({ update_id: 1, message: { text: big } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(update.status).toBe(401);
    const login = await post('/staff/login', {
      body: new URLSearchParams({ name: 'ana', password: 'x'.repeat(5_000) }).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        accept: 'text/html',
      },
    });
    expect(login.status).toBe(413);
    expect(await login.text()).toBe('Tu mensaje es demasiado largo. Envía un texto más corto, por favor.');
  });

  it('still takes bodies within the limits', async () => {
    const chat = await post('/api/chat/messages', {
      body: JSON.stringify({ id: 'ok-000000001', text: 'é'.repeat(2_000) }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.2' },
    });
    expect(chat.status).toBe(200);
    const login = await post('/staff/login', {
      body: new URLSearchParams({ name: 'ana', password: 'correct horse battery' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    });
    expect(login.status).toBe(302);
  });
});
