/**
 * `npm start`: the Node composition root. One Hono server (web chat, staff inbox, health,
 * metrics, and the Telegram webhook in webhook mode) on PORT/HOST; the Telegram bot when
 * TELEGRAM_BOT_TOKEN is set (long polling by default); WhatsApp when WHATSAPP_ENABLED=true.
 * The memory store, or Redis when REDIS_URL is set.
 */
import { run } from '@grammyjs/runner';
import { serve } from '@hono/node-server';
import { createTelegramAdapter } from '../channels/telegram/adapter.ts';
import { telegramThrottle } from '../channels/telegram/throttle.ts';
import { createInboxEvents } from '../core/inbox-events.ts';
import { createMetrics } from '../core/metrics.ts';
import type { StaffDesk } from '../core/ports.ts';
import type { Lang } from '../core/types.ts';
import { createApp } from '../http/app.ts';
import { telegramWebhook } from '../http/telegram-webhook.ts';
import { readStaffFile } from '../staff/accounts-file.node.ts';
import { bridgeInboxEvents } from '../store/redis-inbox-bridge.node.ts';
import { createRedisStore } from '../store/redis-store.node.ts';
import { createNodeAssistant } from './assistant.node.ts';
import { readConfig } from './config.node.ts';
import { consoleLogger as logger } from './console-logger.ts';
import { startWhatsApp } from './whatsapp.node.ts';

const COMMANDS = ['start', 'menu', 'idioma', 'language', 'lang', 'humano', 'borrar'] as const;

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

process.env.KNOWLEDGE_DIR = config.KNOWLEDGE_DIR;
process.env.STAFF_FILE = config.STAFF_FILE;
const metrics = createMetrics();
// Staff are told in the web inbox (live events) and, when set up, in a Telegram staff group;
// the group needs the bot, so it is bound once both exist.
const inbox = createInboxEvents();
let desk: StaffDesk | undefined;
const staff: StaffDesk = {
  queued: async (ticket) => {
    await inbox.desk.queued(ticket);
    await desk?.queued(ticket);
  },
  relay: async (id, text) => {
    await inbox.desk.relay(id, text);
    await desk?.relay(id, text);
  },
  overdue: async (ticket, waited) => {
    await inbox.desk.overdue?.(ticket, waited);
    await desk?.overdue?.(ticket, waited);
  },
  media: async (id, attachment) => {
    await inbox.desk.media?.(id, attachment);
  },
};
// Some of whatsapp-web.js's own handlers reject with nobody listening: log, do not crash.
process.on('unhandledRejection', (error) => {
  logger.error('unhandled rejection', { error: error instanceof Error ? error.message : String(error) });
});
let redisStore: ReturnType<typeof createRedisStore> | undefined;
if (config.REDIS_URL) {
  redisStore = createRedisStore({
    url: config.REDIS_URL,
    prefix: config.KEY_PREFIX,
    retentionDays: config.RETENTION_DAYS,
  });
  try {
    await redisStore.redis.connect();
    await redisStore.redis.ping();
  } catch (error) {
    console.error(
      `Cannot reach Redis at ${config.REDIS_URL} (${(error as Error).message}). Start Redis, fix REDIS_URL, or unset it to use the memory store.`,
    );
    process.exit(1);
  }
  logger.info('redis store', { prefix: config.KEY_PREFIX, retentionDays: config.RETENTION_DAYS });
  // Live inbox updates reach agents connected to any instance.
  await bridgeInboxEvents(inbox, redisStore.redis, config.KEY_PREFIX);
}
const { engine, i18n, store, knowledge } = await createNodeAssistant({
  idleMs: config.IDLE_MINUTES * 60_000,
  logger,
  staff,
  metrics,
  ...(redisStore ? { store: redisStore } : {}),
  handoffAlertMs: config.HANDOFF_ALERT_MINUTES * 60_000,
});
// Reminders for conversations waiting too long: every instance looks, each reminder goes out once.
setInterval(() => void engine.sweepDeadlines().catch(() => undefined), 15_000).unref();
if (!redisStore)
  logger.warn('memory store: conversations do not survive a restart; set REDIS_URL to keep them');

let telegram: ReturnType<typeof createTelegramAdapter> | undefined;
let stopPolling: (() => Promise<void>) | undefined;
if (config.TELEGRAM_BOT_TOKEN) {
  telegram = createTelegramAdapter({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    engine,
    logger,
    ...(config.TELEGRAM_STAFF_CHAT_ID ? { staffChatId: config.TELEGRAM_STAFF_CHAT_ID } : {}),
    staffText: (key, vars) => i18n.t('es')(key, vars),
    throttle: telegramThrottle(),
    tickets: { list: () => store.listHandoffs(), save: (ticket) => store.enqueueHandoff(ticket) },
    commandDescriptions: (lang: Lang) =>
      COMMANDS.map((command) => ({ command, description: i18n.t(lang)(`telegram.commands.${command}`) })),
  });
  desk = telegram.staffDesk;
  try {
    await telegram.bot.init();
  } catch (error) {
    console.error(
      `Telegram did not accept the bot token (${(error as Error).message}). Check TELEGRAM_BOT_TOKEN with @BotFather, and TELEGRAM_API_ROOT.`,
    );
    process.exit(1);
  }
  await telegram.registerCommands();
  if (config.TELEGRAM_MODE === 'polling') {
    const runner = await telegram.startPolling(run);
    logger.info('telegram: polling', { bot: telegram.bot.botInfo.username });
    stopPolling = () => (runner.isRunning() ? runner.stop() : Promise.resolve());
  }
}

const whatsapp =
  config.WHATSAPP_ENABLED === 'true'
    ? await startWhatsApp({
        config,
        engine,
        i18n,
        inbox,
        logger,
        ...(redisStore ? { redis: redisStore.redis } : {}),
      })
    : undefined;

let accounts = (await readStaffFile()).accounts;
if (accounts.length === 0)
  logger.warn('no staff accounts yet: create the first admin with `npm run staff -- add NAME --role admin`');
// `npm run staff` edits the file while the server runs: read it again now and then.
setInterval(async () => {
  accounts = await readStaffFile().then(
    (f) => f.accounts,
    () => accounts,
  );
}, 10_000).unref();
const sessionSecret = config.SESSION_SECRET ?? crypto.randomUUID() + crypto.randomUUID();
if (!config.SESSION_SECRET)
  logger.warn('SESSION_SECRET is not set: web chat cookies will not survive a restart');
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(config.HOST);
const app = createApp({
  engine,
  store,
  i18n,
  metrics,
  logger,
  office: knowledge.office.shortName,
  sessionSecret,
  secureCookies: config.COOKIE_SECURE ? config.COOKIE_SECURE === 'true' : !loopback,
  staff: {
    events: inbox,
    accounts: () => accounts,
    ...(whatsapp ? { whatsapp: whatsapp.channel } : {}),
    deliver: async (address, messages) => {
      if (address.channel === 'telegram') await telegram?.deliver(address.chatId, messages);
      if (address.channel === 'whatsapp') await whatsapp?.adapter.deliver(address.chatId, messages);
      // The web chat shows staff replies from its transcript; nothing to push.
    },
  },
  ...(telegram && config.TELEGRAM_MODE === 'webhook'
    ? {
        telegramWebhook: telegramWebhook({
          secret: config.TELEGRAM_WEBHOOK_SECRET ?? '',
          handleUpdate: telegram.handleUpdate,
          logger,
        }),
      }
    : {}),
});
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(
    `Enlace is running: web chat at http://${config.HOST}:${info.port}/ (health: /healthz, metrics: /metrics)`,
  );
});

// SIGTERM (docker stop, systemd) and Ctrl-C: stop taking updates, let turns under way finish,
// close Redis, and exit; after 10 s, exit anyway so a stuck long poll cannot hold the process.
const shutdown = async (signal: string) => {
  logger.info('shutting down', { signal });
  setTimeout(() => process.exit(0), 10_000).unref();
  await stopPolling?.().catch(() => undefined);
  await whatsapp?.connection.stop().catch(() => undefined);
  // Idle keep-alive sockets go now; open ones (a staff member's live inbox) get 3 s.
  const closed = new Promise((resolve) => server.close(resolve));
  const http = server as unknown as { closeIdleConnections?(): void; closeAllConnections?(): void };
  http.closeIdleConnections?.();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000))]);
  http.closeAllConnections?.();
  await redisStore?.close();
  process.exit(0);
};
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));
