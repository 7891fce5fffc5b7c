/**
 * The Cloudflare Workers composition root (`main` in wrangler.toml): the same Hono app as
 * `npm start` (web chat, staff inbox, Telegram webhook, health), on a store made of Durable
 * Objects (one per conversation, one for the office). The knowledge folder is packed into the
 * bundle at build time (scripts/bundle-knowledge.ts). No Node-only code reaches this bundle:
 * WhatsApp (a browser), Redis and files stay with the Node server.
 */
import knowledgeFiles from '../../build/knowledge-files.json' with { type: 'json' };
import { createTelegramAdapter } from '../channels/telegram/adapter.ts';
import { createEngine } from '../core/engine.ts';
import { createMetrics } from '../core/metrics.ts';
import type { Logger } from '../core/ports.ts';
import { createApp } from '../http/app.ts';
import { telegramWebhook } from '../http/telegram-webhook.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { buildKnowledge, type KnowledgeFiles } from '../knowledge/knowledge-base.ts';
import { parseStaffFile } from '../staff/accounts.ts';
import { ConversationObject as StoredConversationObject } from '../store/durable/conversation-object.ts';
import { createDurableStore, type DurableStoreEnv } from '../store/durable/durable-store.ts';
import { createOfficeEvents } from '../store/durable/office-events.ts';
import { OfficeObject } from '../store/durable/office-object.ts';
import { createUnderstanding } from '../understanding/understand.ts';
import { readWorkerConfig } from './worker-config.ts';

export { OfficeObject };

/**
 * A conversation's Durable Object, plus what its alarm sets off here: when its deadline rings
 * (idle too long, or waiting for staff too long), the engine carries out what is due at once,
 * instead of waiting for the minute's cron.
 */
export class ConversationObject extends StoredConversationObject {
  override async alarm(): Promise<void> {
    await super.alarm();
    await partsFor(this.env as unknown as Env).engine.sweepDeadlines();
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
const understand = createUnderstanding(knowledge);
const i18n = createI18n();

function compose(env: Env) {
  const config = readWorkerConfig(env);
  const store = createDurableStore(env, { retentionDays: config.RETENTION_DAYS });
  const metrics = createMetrics();
  const inbox = createOfficeEvents(env);
  const engine = createEngine({
    store,
    knowledge,
    i18n,
    understand,
    logger,
    metrics,
    staff: inbox.desk,
    idleMs: config.IDLE_MINUTES * 60_000,
    handoffAlertMs: config.HANDOFF_ALERT_MINUTES * 60_000,
  });
  const telegram = config.TELEGRAM_BOT_TOKEN
    ? createTelegramAdapter({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        engine,
        logger,
        // No throttle: one isolate does not see the others' sends; Telegram's 429s are waited out.
      })
    : undefined;
  // grammY needs the bot's identity (getMe) once per isolate before its first update.
  let ready: Promise<void> | undefined;
  const handleUpdate = async (update: unknown) => {
    ready ??= telegram?.bot.init();
    await ready;
    await telegram?.handleUpdate(update);
  };
  const accounts = parseStaffFile(config.STAFF_ACCOUNTS, 'the STAFF_ACCOUNTS secret').accounts;
  const app = createApp({
    engine,
    store,
    i18n,
    metrics,
    logger,
    office: knowledge.office.shortName,
    sessionSecret: config.SESSION_SECRET,
    secureCookies: config.COOKIE_SECURE === 'true',
    ...(telegram && config.TELEGRAM_WEBHOOK_SECRET
      ? { telegramWebhook: telegramWebhook({ secret: config.TELEGRAM_WEBHOOK_SECRET, handleUpdate, logger }) }
      : {}),
    staff: {
      events: inbox,
      accounts: () => accounts,
      deliver: async (address, messages) => {
        if (address.channel === 'telegram') await telegram?.deliver(address.chatId, messages);
      },
    },
  });
  return { app, engine };
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
    return parts.app.fetch(request, env, ctx);
  },
  /** Cron (wrangler.toml [triggers]): reminders for conversations waiting too long untaken. */
  async scheduled(_controller: unknown, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(partsFor(env).engine.sweepDeadlines());
  },
};
