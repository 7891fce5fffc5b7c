/**
 * `npm start`: the Node composition root. Reads the settings once and builds everything by
 * passing them as arguments: the store (memory, or Redis when REDIS_URL is set), the channels
 * (the web chat always; Telegram when TELEGRAM_BOT_TOKEN is set, by long polling or its
 * webhook route; WhatsApp when WHATSAPP_ENABLED=true (whatsapp-web.js) or when
 * WHATSAPP_CLOUD_ACCESS_TOKEN is set (the Cloud API)), the staff desks (the web inbox's live
 * events, and a Telegram staff group when set up), then the engine and the HTTP app that
 * serve them (compose.ts). One server on PORT/HOST.
 */
import { run } from '@grammyjs/runner';
import { serve } from '@hono/node-server';
import { createTelegramChannel } from '../channels/telegram/adapter.ts';
import { createWhatsAppCloudChannel } from '../channels/whatsapp-cloud/channel.ts';
import {
  readWhatsAppCloudSettings,
  type WhatsAppCloudSettings,
} from '../channels/whatsapp-cloud/settings.ts';
import type { Address } from '../core/address.ts';
import type { Outbound } from '../core/messages.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { StaffDesk } from '../core/ports/staff-desk.ts';
import type { Store } from '../core/ports/store.ts';
import type { Lang } from '../core/types.ts';
import { createMetrics } from '../engine/metrics.ts';
import { clientAddress } from '../http/limits/client-address.ts';
import { flexibleLimiters } from '../http/limits/flexible-limiter.node.ts';
import { createLimits } from '../http/limits/limits.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { fileExampleBook } from '../knowledge/example-book.node.ts';
import { topicTitles } from '../knowledge/knowledge-base.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { reviewPageSource } from '../knowledge/review-check.node.ts';
import { reviewDirs } from '../knowledge/review-files.node.ts';
import { createInboxEvents } from '../staff/inbox-events.ts';
import { loginPolicy } from '../staff/login-throttle.ts';
import { nodeScryptAsync } from '../staff/scrypt.node.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { createRedisBlockedChats } from '../store/redis/redis-blocked.node.ts';
import { bridgeInboxEvents } from '../store/redis/redis-inbox-bridge.node.ts';
import type { RedisStore } from '../store/redis/redis-store.node.ts';
import { createOfficeExamples } from '../understanding/office-examples.ts';
import { createUnderstanding } from '../understanding/understand.ts';
import { chatAliasesFor } from './chat-aliases.node.ts';
import { composeServer } from './compose.ts';
import { type Config, readConfig } from './config.node.ts';
import { consoleLogger as logger } from './console-logger.ts';
import { instanceName, openIntake } from './intake.node.ts';
import { officeOrigins } from './origins.node.ts';
import { connectRedisStore } from './redis-store-from-config.node.ts';
import { sharedSendSlots, telegramPacing } from './send-slots.node.ts';
import { drainState, onShutdown } from './shutdown.node.ts';
import { staffAccountsFile } from './staff-accounts.node.ts';
import { scheduleSweeps } from './sweeps.node.ts';
import { webChatFromSettings } from './web-chat.ts';
import { createWhatsApp } from './whatsapp.node.ts';

const COMMANDS = ['start', 'menu', 'idioma', 'language', 'lang', 'humano', 'borrar'] as const;

let config: Config;
/** WhatsApp's official Cloud API, when its token is set (settings checked here, with what to fix). */
let cloudSettings: WhatsAppCloudSettings | undefined;
try {
  config = readConfig();
  const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''));
  cloudSettings = env.WHATSAPP_CLOUD_ACCESS_TOKEN ? readWhatsAppCloudSettings(env) : undefined;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Some of whatsapp-web.js's own handlers reject with nobody listening: log, do not crash.
process.on('unhandledRejection', (error) => {
  logger.error('unhandled rejection', { error: error instanceof Error ? error.message : String(error) });
});

/** Redis when REDIS_URL is set (unreachable at start-up: a clear error and exit), else memory. */
async function openStore(): Promise<{ store: Store; redis?: RedisStore }> {
  if (!config.REDIS_URL) {
    logger.warn('memory store: conversations do not survive a restart; set REDIS_URL to keep them');
    return {
      store: createMemoryStore(undefined, {
        retentionDays: config.RETENTION_DAYS,
        activityRetentionDays: config.ACTIVITY_RETENTION_DAYS,
        maxConversations: config.MEMORY_MAX_CONVERSATIONS,
      }),
    };
  }
  let redis: RedisStore;
  try {
    redis = await connectRedisStore({ ...config, REDIS_URL: config.REDIS_URL }, instanceName(config));
  } catch (error) {
    console.error(
      `${(error as Error).message} Start Redis, fix REDIS_URL, or unset it to use the memory store.`,
    );
    process.exit(1);
  }
  logger.info('redis store', { prefix: config.KEY_PREFIX, retentionDays: config.RETENTION_DAYS });
  return { store: redis, redis };
}

const { store, redis } = await openStore();
const intake = openIntake(config, logger, redis); // What webhooks receive, kept before they answer.
const knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
// The office's filed examples (knowledge/examples.yaml): /staff/improve adds to them while running.
const officeExamples = createOfficeExamples(knowledge.officeExamples);
const understand = createUnderstanding(knowledge, { examples: officeExamples });
const i18n = createI18n();
const metrics = createMetrics();
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(config.HOST);
const secureCookies = config.COOKIE_SECURE ? config.COOKIE_SECURE === 'true' : !loopback;
const sessionSecret = config.SESSION_SECRET ?? crypto.randomUUID() + crypto.randomUUID();
if (!config.SESSION_SECRET)
  logger.warn('SESSION_SECRET is not set: web chat cookies will not survive a restart');

// The web inbox hears about conversations as live events; with Redis they reach every instance.
const inbox = createInboxEvents();
if (redis) await bridgeInboxEvents(inbox, redis.redis, config.KEY_PREFIX);

// Rate limits (src/http/limits): counted in Redis when there is one, so every instance shares them.
const limits = createLimits(config, {
  limiters: flexibleLimiters(redis ? { redis: redis.redis, prefix: config.KEY_PREFIX } : {}),
  secret: sessionSecret,
  origins: officeOrigins(sessionSecret, redis?.redis, config.KEY_PREFIX),
  address: clientAddress(config.CLIENT_IP_HEADER),
  i18n,
  logger,
});

// Who may write to the chat's API, and the address widget.js frames, from the settings.
const web = webChatFromSettings(config, {
  transcripts: store,
  i18n,
  office: knowledge.office.shortName,
  phoneLines: knowledge.office.emergencyLines.map((l) => l.number),
  secret: sessionSecret,
  secureCookies,
  ...(limits ? { limits: limits.web } : {}),
});
// Send times (a number's rate, a person's spacing) shared by every instance through Redis.
const slots = sharedSendSlots(config, logger, redis);
const telegram = config.TELEGRAM_BOT_TOKEN
  ? createTelegramChannel({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      logger,
      // Spaced per chat and for the whole bot, across instances through Redis.
      throttle: telegramPacing(config.TELEGRAM_BOT_TOKEN, slots),
      ...(limits ? { guard: limits.guard } : {}),
      commandDescriptions: (lang: Lang) =>
        COMMANDS.map((command) => ({ command, description: i18n.t(lang)(`telegram.commands.${command}`) })),
      ...(config.TELEGRAM_MODE === 'webhook'
        ? { webhook: { secret: config.TELEGRAM_WEBHOOK_SECRET ?? '', intake } }
        : {}),
      // Who blocked the bot, shared by every instance through Redis (else this process's memory).
      ...(redis
        ? {
            blocked: createRedisBlockedChats(redis.redis, {
              prefix: config.KEY_PREFIX,
              retentionDays: config.RETENTION_DAYS,
            }),
          }
        : {}),
      officeText: i18n.t('es'),
      log: store,
      ...(config.TELEGRAM_STAFF_CHAT_ID
        ? { staffGroup: { chatId: config.TELEGRAM_STAFF_CHAT_ID, threads: store, t: i18n.t('es') } }
        : {}),
    })
  : undefined;
const whatsapp =
  config.WHATSAPP_ENABLED === 'true'
    ? createWhatsApp({
        config,
        i18n,
        logger,
        ...(redis ? { redis: redis.redis } : {}),
        // Open staff pages refresh: the banner and /staff/whatsapp follow the connection.
        onChange: () => inbox.emit({ kind: 'channel', conversationId: 'whatsapp' }),
      })
    : undefined;

const whatsappCloud = cloudSettings
  ? createWhatsAppCloudChannel({
      settings: cloudSettings,
      intake,
      countError: metrics.channelError,
      log: store,
      i18n,
      logger,
      ...(limits ? { guard: limits.guard } : {}),
      onFailed: (conversationId) => inbox.emit({ kind: 'channel', conversationId }),
      // A person's username id and a changed number: shared by every instance through Redis.
      ...chatAliasesFor(config, redis),
      // The number's rate and each person's spacing, across instances through Redis.
      ...(slots ? { slots } : {}),
    })
  : undefined;

// Read again every 10 s (`npm run staff` edits it while the server runs); logins store stronger hashes in it.
const staffFile = await staffAccountsFile(config.STAFF_FILE, logger);

const channels: Channel[] = [
  web,
  ...(telegram ? [telegram.channel] : []),
  ...(whatsapp ? [whatsapp.channel] : []),
  ...(whatsappCloud ? [whatsappCloud.channel] : []),
];
const desks: StaffDesk[] = [inbox, ...(telegram?.desk ? [telegram.desk] : [])];
const staffDesks = limits ? limits.groupAlerts(desks) : desks;
const drain = drainState(); // From SIGTERM to exit: /healthz and channel requests answer 503.
const { engine, app } = composeServer({
  store,
  knowledge,
  understand,
  i18n,
  channels,
  staffDesks,
  metrics,
  logger,
  // Keyed hashes (case checks' senders, the audit log's pseudonyms) under the session secret.
  secret: sessionSecret,
  idleMs: config.IDLE_MINUTES * 60_000,
  handoffAlertMs: config.HANDOFF_ALERT_MINUTES * 60_000,
  urgentRealertMs: config.URGENT_REALERT_MINUTES * 60_000,
  ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
  // HSTS only when served over HTTPS (secure cookies); who may frame the web chat.
  security: { hsts: secureCookies, webChatFrameAncestors: config.WEB_CHAT_FRAME_ANCESTORS },
  load: { inFlight: config.MAX_TURNS_IN_FLIGHT, waiting: config.MAX_TURNS_WAITING },
  draining: drain.draining,
  inbox: {
    events: inbox,
    // The staff file: accounts, stronger hashes stored at sign-in, an admin's changes from the inbox.
    ...{ accounts: staffFile.accounts, saveHash: staffFile.saveHash, editAccounts: staffFile.edit },
    secret: sessionSecret,
    secureCookies,
    // Logins: scrypt on the thread pool, throttled per account and per address (as the rate limits read it).
    scrypt: nodeScryptAsync,
    clientAddress: clientAddress(config.CLIENT_IP_HEADER),
    loginPolicy: loginPolicy(config.LOGIN_MAX_FAILURES, config.LOGIN_LOCKOUT_MINUTES),
    ...(whatsapp ? { whatsapp: whatsapp.page } : {}),
    // /staff/reviews: the translations' review status, read from disk on each visit.
    reviews: reviewPageSource({ ...reviewDirs(), knowledge: config.KNOWLEDGE_DIR }),
    // /staff/improve: texts not understood, filed into knowledge/examples.yaml, understood at once.
    improve: {
      book: fileExampleBook(config.KNOWLEDGE_DIR),
      read: (text, lang) => understand(text, lang),
      refresh: (examples) => officeExamples.replace(examples),
      topics: topicTitles(knowledge),
    },
  },
});
// The routes are built: their handlers are set, so kept entries (a last run's too) can be read.
intake.start();
// Reminders, idle restarts, outbox leftovers, and what a killed run of this instance left unsent.
scheduleSweeps(() => engine.sweep(), redis);

let stopPolling: (() => Promise<void>) | undefined;
if (telegram) {
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
    const runner = await telegram.startPolling(engine, run);
    logger.info('telegram: polling', { bot: telegram.bot.botInfo.username });
    stopPolling = () => (runner.isRunning() ? runner.stop() : Promise.resolve());
  }
}
if (whatsapp) {
  try {
    const deliver = (address: Address, messages: readonly Outbound[]) =>
      whatsapp.channel.deliver?.(address, messages) ?? Promise.resolve();
    await whatsapp.start(limits ? limits.guard(engine, deliver) : engine);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(
    `Enlace is running: web chat at http://${config.HOST}:${info.port}/ (health: /healthz, metrics: /metrics)`,
  );
});

// SIGTERM, Ctrl-C: refuse new work (503), finish or hand back what is in hand, exit 0 (shutdown.node.ts).
onShutdown({
  logger,
  server: server as unknown as Parameters<typeof onShutdown>[0]['server'],
  intake,
  drain,
  stopUpdates: [() => stopPolling?.() ?? Promise.resolve(), () => whatsapp?.stop() ?? Promise.resolve()],
  ...(redis ? { closeStore: () => redis.close() } : {}),
});
