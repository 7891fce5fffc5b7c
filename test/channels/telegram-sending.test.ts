/**
 * Telegram sending that never repeats or stalls, with the real grammY client over HTTP against
 * our Bot API stub: a turn whose 2nd of 3 parts fails once ends with each part sent exactly
 * once; a part that keeps failing is given up after the cap and the rest goes; a Bot API call
 * that never answers ends at the time limit instead of being retried for ever; one chat gets
 * about one message a second (Telegram's Bot FAQ) while another chat does not wait; and a
 * button value over callback_data's 64 bytes is refused loudly (the engine's never are): sent
 * without it, with an error in the log, never dropped without a word.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeChoice } from '../../flows/choices.ts';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import { CALLBACK_DATA_LIMIT, toTelegramMessages } from '../../src/channels/telegram/format.ts';
import { telegramThrottle } from '../../src/channels/telegram/throttle.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const logs: string[] = [];
const logger = {
  info: (m: string) => logs.push(`info ${m}`),
  warn: (m: string) => logs.push(`warn ${m}`),
  error: (m: string) => logs.push(`error ${m}`),
};

let api: FakeBotApi;
beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(() => api.close());

const channelOn = (apiRoot: string, more: Partial<Parameters<typeof createTelegramChannel>[0]> = {}) =>
  createTelegramChannel({
    token: TOKEN,
    apiRoot,
    logger,
    botInfo: fakeBotInfo(1, 'enlace_test_bot'),
    ...more,
  }).channel;
const turn = (chatId: string, ref: string, texts: string[]): Outbound[] =>
  texts.map((text) => ({ channel: 'telegram', chatId, lang: 'es', text, buttons: [], ref }));
const sentTexts = (chatId: string) =>
  api
    .sent()
    .filter((c) => String(c.body.chat_id) === chatId)
    .map((c) => String(c.body.text));
const ok = (text: string) => ({
  ok: true,
  result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text },
});
const badRequest = { ok: false, error_code: 400, description: 'Bad Request: stub failure' };

describe('a Telegram turn sent part by part', () => {
  it('sends parts 1, 2 and 3 exactly once each when the 2nd fails once', async () => {
    const channel = channelOn(api.apiRoot, { tries: { backoffMs: 0 } });
    const chat = { channel: 'telegram', chatId: '501' };
    const texts = ['uno', 'dos', 'tres'];
    api.failNext('sendMessage', 200, ok('uno'));
    api.failNext('sendMessage', 400, badRequest);
    await expect(channel.deliver?.(chat, turn('501', 't1', texts))).rejects.toThrow(/stub failure/);
    await channel.deliver?.(chat, turn('501', 't1', texts));
    // The stub answered the first call itself, so "uno" is in its log once; "dos" twice (one refused).
    expect(sentTexts('501')).toEqual(['uno', 'dos', 'dos', 'tres']);
  });

  it('gives up a part that keeps failing after the cap, and sends the rest', async () => {
    const channel = channelOn(api.apiRoot, { tries: { tries: 2, backoffMs: 0 } });
    const chat = { channel: 'telegram', chatId: '502' };
    api.failNext('sendMessage', 200, ok('uno'));
    api.failNext('sendMessage', 400, badRequest);
    api.failNext('sendMessage', 400, badRequest);
    await expect(channel.deliver?.(chat, turn('502', 't2', ['uno', 'dos', 'tres']))).rejects.toThrow();
    await channel.deliver?.(chat, turn('502', 't2', ['uno', 'dos', 'tres']));
    expect(sentTexts('502')).toEqual(['uno', 'dos', 'dos', 'tres']);
    expect(logs.some((l) => /error telegram: a message could not be sent after its last try/.test(l))).toBe(
      true,
    );
  });
});

describe('a Bot API that never answers', () => {
  let silent: Server;
  let root = '';
  beforeAll(async () => {
    // Takes every request and never answers (a dead connection).
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    root = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    silent.closeAllConnections();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('ends a send at the time limit and throws, instead of retrying it for ever', async () => {
    const channel = channelOn(root, { timeoutSeconds: 0.3 });
    const started = performance.now();
    const failed = await channel
      .deliver?.({ channel: 'telegram', chatId: '503' }, turn('503', 't3', ['hola']))
      .then(
        () => false,
        () => true,
      );
    expect(failed).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("Telegram's pace per chat", () => {
  it('sends one chat about one message a second, and another chat at once', async () => {
    const channel = channelOn(api.apiRoot, { throttle: telegramThrottle() });
    const before = api.calls.length;
    await Promise.all([
      channel.deliver?.(
        { channel: 'telegram', chatId: '504' },
        turn('504', 't4', ['bienvenida', 'respuesta']),
      ),
      channel.deliver?.({ channel: 'telegram', chatId: '505' }, turn('505', 't5', ['otra persona'])),
    ]);
    const calls = api.calls.slice(before);
    const at = (text: string) => calls.find((c) => c.body.text === text)?.at ?? Number.NaN;
    expect(at('respuesta') - at('bienvenida')).toBeGreaterThanOrEqual(950);
    expect(at('otra persona') - at('bienvenida')).toBeLessThan(500);
  });
});

describe('callback data within 64 bytes', () => {
  it('refuses loudly a button value longer than callback_data takes, never dropping it silently', () => {
    const message = {
      ...{ channel: 'telegram', chatId: '1', lang: 'es' as const, text: '¿Cuál?' },
      buttons: [{ value: `topic:${'ñ'.repeat(40)}`, label: 'Largo' }],
    };
    expect(() => toTelegramMessages(message)).toThrow(/more than the 64 bytes callback_data takes/);
  });
  it('sends the words and the buttons that fit, and logs the one that does not as an error', async () => {
    const channel = channelOn(api.apiRoot);
    const message = {
      ...{ channel: 'telegram', chatId: '506', lang: 'es' as const, text: 'Elige', ref: 't6' },
      buttons: [
        { value: `topic:${'ñ'.repeat(40)}`, label: 'Largo' },
        { value: 'menu', label: 'Menú' },
      ],
    };
    await channel.deliver?.({ channel: 'telegram', chatId: '506' }, [message]);
    const call = api.sent().find((c) => String(c.body.chat_id) === '506');
    expect(call?.body.text).toBe('Elige');
    expect(JSON.stringify(call?.body.reply_markup)).toContain('"callback_data":"menu"');
    expect(JSON.stringify(call?.body.reply_markup)).not.toContain('topic:');
    expect(logs.some((l) => l.startsWith('error telegram: the button "Largo"'))).toBe(true);
  });
  it('has room for the longest choice the engine encodes', () => {
    const word = `a${'b'.repeat(39)}`;
    const longest = [
      encodeChoice({ kind: 'topic', topic: word }),
      encodeChoice({ kind: 'intake', form: word }),
      encodeChoice({ kind: 'option', value: word }),
      encodeChoice({ kind: 'outcome', outcome: 'needHelp', folio: 'ACD-3467' }),
    ];
    for (const value of longest)
      expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    const [part] = toTelegramMessages({
      ...{ channel: 'telegram', chatId: '1', lang: 'es', text: 'x' },
      buttons: longest.map((value) => ({ value, label: value })),
    });
    expect(part?.reply_markup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(longest);
  });
});
