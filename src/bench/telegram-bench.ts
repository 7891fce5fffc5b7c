/**
 * The Telegram part of `npm run bench`: the webhook route served by @hono/node-server, the
 * real grammY client, and a local Bot API stub, all on 127.0.0.1. Measures the time from
 * an update arriving (POST to the webhook) to sendMessage reaching the Bot API, and how
 * many updates a second webhook mode takes. Telegram itself allows about 30 messages a
 * second per bot, so the bot-wide throttle is raised here to measure our side.
 */
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createTelegramChannel } from '../channels/telegram/adapter.ts';
import { telegramThrottle } from '../channels/telegram/throttle.ts';
import { createNodeAssistant } from '../runtime/assistant.node.ts';
import { createMemoryIntake } from '../store/memory/memory-intake.ts';
import { fakeBotInfo } from '../testing/bot-info.ts';
import { startFakeBotApi } from '../testing/fake-bot-api.node.ts';
import { percentile } from './percentile.ts';

const SECRET = 'benchmark-secret-0123456789';
const silent = { info() {}, warn() {}, error() {} };

export async function benchTelegram(texts: readonly string[]) {
  const api = await startFakeBotApi();
  const telegram = createTelegramChannel({
    token: '123456789:BENCH-token-for-enlace-0000',
    apiRoot: api.apiRoot,
    logger: silent,
    botInfo: fakeBotInfo(1, 'enlace_bench_bot'),
    throttle: telegramThrottle({ perChatIntervalMs: 0, perSecond: 100_000 }),
    webhook: { secret: SECRET, intake: createMemoryIntake({ logger: silent, untilHandled: true }) },
  });
  // The engine sends each turn's reply through the channel it registered: the webhook's route.
  const { engine } = await createNodeAssistant({ channels: [telegram.channel] });
  const app = new Hono();
  for (const route of telegram.channel.routes?.(engine) ?? []) app.mount(route.path, route.fetch);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/telegram/webhook`;
  let updateId = 0;
  const post = (chatId: number, text: string) => {
    updateId += 1;
    const update = {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: { id: chatId, type: 'private' },
        from: { id: chatId, is_bot: false, first_name: 'B' },
        text,
      },
    };
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
  };
  /** Resolves when the Bot API has received a sendMessage for this chat. */
  const firstSend = (chatId: number) =>
    api.waitFor((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chatId);

  // Latency, one update at a time, each a new person with a real question.
  const latencies: number[] = [];
  for (let i = 0; i < 400; i++) {
    const chatId = 10_000 + i;
    const started = performance.now();
    await post(chatId, texts[i % texts.length] ?? 'hola');
    const sent = await firstSend(chatId);
    latencies.push(sent.at - started);
  }
  latencies.sort((a, b) => a - b);

  // Throughput: 2,000 updates from 2,000 people, 50 at a time.
  const total = 2000;
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const chatId = 50_000 + next++;
      await post(chatId, texts[chatId % texts.length] ?? 'hola');
      await firstSend(chatId);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  const perSecond = Math.round(total / ((performance.now() - started) / 1000));

  await new Promise<void>((resolve) => server.close(() => resolve()));
  await api.close();
  return {
    telegram_update_to_send_p50_ms: Number(percentile(latencies, 0.5).toFixed(2)),
    telegram_update_to_send_p99_ms: Number(percentile(latencies, 0.99).toFixed(2)),
    telegram_webhook_updates_per_s: perSecond,
  };
}
