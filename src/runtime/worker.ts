/**
 * The Cloudflare Workers composition root (`main` in wrangler.toml): the same channels,
 * engine and Hono app as `npm start` (compose.ts: the web chat, the staff inbox, the Telegram
 * webhook, the WhatsApp Cloud API webhook, health), on a store made of Durable Objects (one per conversation, one for the
 * office). The knowledge folder is packed into the bundle at build time
 * (scripts/bundle-knowledge.ts). What is due (reminders, idle restarts, outbox leftovers) is
 * swept from a conversation object's alarm and from the cron. No Node-only code reaches this
 * bundle: whatsapp-web.js (a browser), Redis and files stay with the Node server.
 */
import knowledgeFiles from '../../build/knowledge-files.json' with { type: 'json' };
import { sendSlotsOr } from '../channels/send-slots.ts';
import { createTelegramChannel } from '../channels/telegram/adapter.ts';
import { telegramSpacing } from '../channels/telegram/spacing.ts';
import { createWhatsAppCloudChannel } from '../channels/whatsapp-cloud/channel.ts';
import { readWhatsAppCloudSettings } from '../channels/whatsapp-cloud/settings.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { Logger } from '../core/ports/runtime.ts';
import { createMetrics } from '../engine/metrics.ts';
import { clientAddress } from '../http/limits/client-address.ts';
import { workerLimiters } from '../http/limits/limiter.ts';
import { createLimits } from '../http/limits/limits.ts';
import { memoryOrigins } from '../http/limits/origins.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { buildKnowledge, type KnowledgeFiles, topicTitles } from '../knowledge/knowledge-base.ts';
import { storeExampleBook } from '../knowledge/store-example-book.ts';
import { parseStaffFile } from '../staff/accounts.ts';
import { inboxDesk } from '../staff/inbox-events.ts';
import { loginPolicy } from '../staff/login-throttle.ts';
import { ConversationObject as StoredConversationObject } from '../store/durable/conversation-object.ts';
import { durableChatAliases } from '../store/durable/durable-aliases.ts';
import { durableBlockedChats } from '../store/durable/durable-blocked.ts';
import { durableSendSlots } from '../store/durable/durable-send-slots.ts';
import { createDurableStore, type DurableStoreEnv } from '../store/durable/durable-store.ts';
import { createOfficeEvents } from '../store/durable/office-events.ts';
import { OfficeObject } from '../store/durable/office-object.ts';
import { createMemoryIntake } from '../store/memory/memory-intake.ts';
import { createOfficeExamples } from '../understanding/office-examples.ts';
import { createUnderstanding } from '../understanding/understand.ts';
import { composeServer } from './compose.ts';
import { webChatFromSettings } from './web-chat.ts';
import { readWorkerConfig } from './worker-config.ts';

export { OfficeObject };

/**
 * A conversation's Durable Object, plus what its alarm sets off here: when its deadline rings
 * (idle too long, waiting for staff too long, an outbox item to try again), the engine carries
 * out what is due at once, instead of waiting for the minute's cron.
 */
export class ConversationObject extends StoredConversationObject {
  override async alarm(): Promise<void> {
    await super.alarm();
    const { engine } = partsFor(this.env as unknown as Env);
    await engine.sweep();
    await engine.sendsSettled();
  }
}

type Env = DurableStoreEnv & Record<string, unknown>;
/** Workers' ExecutionContext, as Hono types it (the project type-checks against Node's globals). */
type ExecutionContext = import('hono').ExecutionContext;

/** One JSON line per event, as on Node; Workers Logs and `wrangler tail` show them. */
const logger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: 'info', message, ...data })),
  warn: (message, data) => console.warn(JSON.stringify({ level: 'warn', message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
};

// Knowledge and understanding are built once per isolate and shared by its requests.
const knowledge = buildKnowledge(knowledgeFiles as KnowledgeFiles);
// The office's filed examples: the bundled knowledge/examples.yaml, then the store's (filed on
// /staff/improve), merged in when the isolate starts and again each minute.
const officeExamples = createOfficeExamples(knowledge.officeExamples);
const understand = createUnderstanding(knowledge, { examples: officeExamples });
const topics = topicTitles(knowledge);
const EXAMPLES_EVERY_MS = 60_000;
const i18n = createI18n();

function compose(env: Env) {
  const config = readWorkerConfig(env);
  const store = createDurableStore(env, {
    retentionDays: config.RETENTION_DAYS,
    activityRetentionDays: config.ACTIVITY_RETENTION_DAYS,
  });
  // Staff pages on any instance hear the office's events through its Durable Object.
  const events = createOfficeEvents(env);
  const secureCookies = config.COOKIE_SECURE === 'true';
  // Rate limits: Cloudflare's bindings where wrangler.toml has them, else this isolate's memory.
  const limits = createLimits(config, {
    limiters: workerLimiters(env),
    secret: config.SESSION_SECRET,
    origins: memoryOrigins(),
    address: clientAddress('cf-connecting-ip'),
    i18n,
    logger,
  });
  // Who may write to the chat's API, and the address widget.js frames, from the settings.
  const web = webChatFromSettings(config, {
    transcripts: store,
    i18n,
    office: knowledge.office.shortName,
    phoneLines: knowledge.office.emergencyLines.map((l) => l.number),
    secret: config.SESSION_SECRET,
    secureCookies,
    ...(limits ? { limits: limits.web } : {}),
  });
  // A webhook's messages are handled before it answers (the isolate has no memory that
  // outlives it): a 200 means the turns are written, and an isolate that dies mid-handling
  // answers nothing, so Meta or Telegram sends the delivery again (each message handled once).
  // Entries of one conversation wait for each other on timers, never on another request's promise.
  const intake = createMemoryIntake({ logger, untilHandled: true, isolatedRequests: true });
  // Send times shared by every isolate (the office object), the isolate's own while it does not answer.
  const sharedSlots = sendSlotsOr(
    durableSendSlots(() => env.OFFICE.get(env.OFFICE.idFromName('office'))),
    logger,
  );
  const metrics = createMetrics();
  const telegram =
    config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_SECRET
      ? createTelegramChannel({
          token: config.TELEGRAM_BOT_TOKEN,
          apiRoot: config.TELEGRAM_API_ROOT,
          logger,
          webhook: { secret: config.TELEGRAM_WEBHOOK_SECRET, intake },
          // Who blocked the bot, office-wide (every isolate skips them); office texts in Spanish.
          blocked: durableBlockedChats(() => env.OFFICE.get(env.OFFICE.idFromName('office'))),
          officeText: i18n.t('es'),
          log: store,
          // Spaced per chat and for the whole bot across isolates, in the office object (spacing.ts).
          throttle: telegramSpacing({
            slots: sharedSlots,
            bot: `tg:${config.TELEGRAM_BOT_TOKEN.split(':')[0]}`,
          }),
          ...(limits ? { guard: limits.guard } : {}),
        })
      : undefined;
  // WhatsApp's official Cloud API when its token is set.
  const whatsappCloud = env.WHATSAPP_CLOUD_ACCESS_TOKEN
    ? createWhatsAppCloudChannel({
        settings: readWhatsAppCloudSettings(env),
        intake,
        countError: metrics.channelError,
        log: store,
        i18n,
        logger,
        ...(limits ? { guard: limits.guard } : {}),
        onFailed: (conversationId) => events.emit({ kind: 'channel', conversationId }),
        // A person's username id and a changed number, office-wide: every isolate agrees.
        aliases: durableChatAliases(() => env.OFFICE.get(env.OFFICE.idFromName('office'))),
        // The number's rate and each person's spacing, across isolates in the office object.
        slots: sharedSlots,
      })
    : undefined;
  const channels: Channel[] = [
    web,
    ...(telegram ? [telegram.channel] : []),
    ...(whatsappCloud ? [whatsappCloud.channel] : []),
  ];
  // Read only (a secret): a login whose hash has older, weaker scrypt parameters still works, and
  // the audit log tells how to re-create the account (src/staff/password-upgrade.ts).
  const accounts = parseStaffFile(config.STAFF_ACCOUNTS, 'the STAFF_ACCOUNTS secret').accounts;
  const book = storeExampleBook(store, knowledge.officeExamples, new Set(topics.map((t) => t.id)));
  let examplesAt = 0;
  /** Merges the store's filings into understanding, at most once a minute per isolate. */
  const refreshExamples = async () => {
    if (Date.now() - examplesAt < EXAMPLES_EVERY_MS) return;
    examplesAt = Date.now();
    officeExamples.replace(await book.list());
  };
  const server = composeServer({
    store,
    knowledge,
    understand,
    i18n,
    channels,
    staffDesks: limits ? limits.groupAlerts([inboxDesk(events.emit)]) : [inboxDesk(events.emit)],
    metrics,
    logger,
    // Keyed hashes (case checks' senders, the audit log's pseudonyms) under the session secret.
    secret: config.SESSION_SECRET,
    // The 200 comes at the commit; the replies go on under the request's waitUntil (and, if the
    // isolate dies first, from the conversation's alarm): a webhook never waits for Telegram's
    // one-message-a-second spacing in a chat or WhatsApp's pacing of a person.
    answerAtCommit: true,
    // A request never awaits another's promise: the runtime would cancel it as hung (a 500).
    isolatedRequests: true,
    idleMs: config.IDLE_MINUTES * 60_000,
    handoffAlertMs: config.HANDOFF_ALERT_MINUTES * 60_000,
    urgentRealertMs: config.URGENT_REALERT_MINUTES * 60_000,
    inbox: {
      events,
      accounts: () => accounts,
      secret: config.SESSION_SECRET,
      secureCookies,
      // Logins throttled per account and per address (Cloudflare's cf-connecting-ip, which clients cannot set).
      clientAddress: clientAddress('cf-connecting-ip'),
      loginPolicy: loginPolicy(config.LOGIN_MAX_FAILURES, config.LOGIN_LOCKOUT_MINUTES),
      improve: {
        book,
        read: (text, lang) => understand(text, lang),
        refresh: (examples) => officeExamples.replace(examples),
        topics,
      },
    },
    ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
    security: { hsts: secureCookies, webChatFrameAncestors: config.WEB_CHAT_FRAME_ANCESTORS },
  });
  return { ...server, refreshExamples };
}

let composed: { env: Env; parts: ReturnType<typeof compose> } | undefined;
function partsFor(env: Env) {
  // The env object is the same for every request of an isolate; a new one means new settings.
  if (composed && composed.env === env) return composed.parts;
  const parts = compose(env);
  composed = { env, parts };
  return parts;
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    let parts: ReturnType<typeof compose>;
    try {
      parts = partsFor(env);
    } catch (error) {
      logger.error('worker settings are wrong', { error: (error as Error).message });
      return new Response(`${(error as Error).message}\n`, { status: 500 });
    }
    // A store that is away must not stop the request: the examples are merged next time.
    return parts
      .refreshExamples()
      .catch((error: Error) => logger.warn('filed examples not merged', { error: error.message }))
      .then(() => parts.app.fetch(request, env, ctx))
      .finally(() => ctx.waitUntil(parts.engine.sendsSettled()));
  },
  /** Cron (wrangler.toml [triggers]): reminders, idle restarts and outbox leftovers no alarm has taken yet. */
  async scheduled(_controller: unknown, env: Env, ctx: ExecutionContext) {
    const { engine } = partsFor(env);
    ctx.waitUntil(engine.sweep().then(engine.sendsSettled));
  },
};
