/**
 * The Workers path spaces Telegram sends like the Node one (spacing.ts): one chat's messages
 * about a second apart, another chat's not kept waiting behind them. Real grammY client, the
 * local Bot API stub over HTTP.
 */
import { Bot } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramSpacing } from '../../src/channels/telegram/spacing.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';

let api: FakeBotApi;
beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(() => api?.close());

describe('telegram spacing on Workers', () => {
  it('spaces one chat by a second and lets another chat go at once', async () => {
    const bot = new Bot('123456789:SPACING-token-for-enlace-0000', {
      botInfo: fakeBotInfo(1, 'enlace_test_bot'),
      client: { apiRoot: api.apiRoot },
    });
    bot.api.config.use(telegramSpacing({ perChatMs: 400 }));
    const start = performance.now();
    await Promise.all([
      bot.api.sendMessage(111, 'uno'),
      bot.api.sendMessage(111, 'dos'),
      bot.api.sendMessage(111, 'tres'),
      bot.api.sendMessage(222, 'otro'),
    ]);
    const at = (chat: number, text: string) =>
      (api.sent().find((c) => Number(c.body.chat_id) === chat && c.body.text === text)?.at ?? 0) - start;
    // Arrivals at the stub, not departures: a loaded machine delays one request more than the
    // next by some milliseconds (CI saw 379 ms of 400). Without spacing they come within a few.
    expect(at(111, 'dos') - at(111, 'uno')).toBeGreaterThanOrEqual(350);
    expect(at(111, 'tres') - at(111, 'dos')).toBeGreaterThanOrEqual(350);
    expect(at(222, 'otro')).toBeLessThan(300);
  });
});
