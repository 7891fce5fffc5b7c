/**
 * The Telegram channel, on grammY, built on the Channel port: each update is validated and
 * handed to the engine; the engine sends the turn's messages itself, after its commit,
 * through this channel's `deliver` (inline keyboards for choices, long texts split). Works in
 * long polling (with @grammyjs/runner, passed in by the Node entry point) and in webhook mode
 * (the channel's route, webhook.ts). Rate limits: auto-retry on 429 with retry_after, an
 * outbound throttle when one is given, and inbound a guard per chat when one is given. A person
 * who blocked the bot (my_chat_member "kicked", or a 403) is flagged in the store (BlockedChats,
 * blocked.ts) until they unblock it or write again: no instance sends to them meanwhile, and
 * nothing retries. An edited message reaches the engine marked as an edit (update.ts); a reply
 * names the message it answers and a reaction is kept, not answered (reaction.ts).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, BotError, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { StoreUnavailableError } from '../../core/errors.ts';
import { createKeyedQueue } from '../../core/keyed-queue.ts';
import type { Inbound } from '../../core/messages.ts';
import type { BlockedChats } from '../../core/ports/blocked-chats.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import type { DeliveryLog } from '../../core/ports/delivery-log.ts';
import type { Intake } from '../../core/ports/intake.ts';
import type { Logger } from '../../core/ports/runtime.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { createI18n, type Translate } from '../../i18n/create-i18n.ts';
import type { PartTriesOptions } from '../part-tries.ts';
import { retryWhileStoreAway } from '../store-retry.ts';
import { blockChange, telegramBlocked } from './blocked.ts';
import { TELEGRAM_UPDATES } from './reaction.ts';
import { callTimeout, createTelegramDeliver, LONG_POLL_SECONDS, TELEGRAM_TIMEOUT_SECONDS } from './send.ts';
import { createTelegramStaffGroup, type StaffGroupOptions } from './staff-group.ts';
import { toInbound, updateSchema } from './update.ts';
import { TELEGRAM_INTAKE_CHANNEL, TELEGRAM_MAX_UPDATE_BYTES, telegramWebhook } from './webhook.ts';

export interface TelegramChannelConfig {
  token: string;
  logger: Logger;
  /** The Bot API server; Telegram's by default, a self-hosted one or a test server otherwise. */
  apiRoot?: string;
  /** The HTTP client grammY uses; the benchmark answers Telegram in process with it. */
  fetch?: typeof fetch;
  /** Known bot identity: skips the getMe call before the first update. */
  botInfo?: UserFromGetMe;
  /** Slash-command descriptions per language, for setMyCommands. */
  commandDescriptions?: (lang: Lang) => Array<{ command: string; description: string }>;
  /** Retries for 429; tests lower it. */
  maxRetryAttempts?: number;
  /** The longest wait for one Bot API call but the long poll, seconds (send.ts; 10 unless given). */
  timeoutSeconds?: number;
  /** How often, and how far apart, a part of a turn is tried before it is given up (../part-tries.ts). */
  tries?: PartTriesOptions;
  /**
   * The outbound throttle: throttle.ts on the Node server, spacing.ts on Workers (per isolate;
   * Telegram's 429s are waited out anyway).
   */
  throttle?: Transformer;
  /** Webhook mode: the channel serves /telegram/webhook, checking this secret_token. */
  webhook?: { secret: string; intake: Intake };
  /** A staff supergroup with forum topics: handoff through Telegram (see staff-group.ts). */
  staffGroup?: Omit<StaffGroupOptions, 'api' | 'logger'>;
  /**
   * Wraps the engine before updates reach it: the rate limit per chat (src/http/limits/
   * chat-guard.ts), given this channel's `deliver` to tell a person to wait.
   */
  guard?: (engine: Conversations, deliver: NonNullable<Channel['deliver']>) => Conversations;
  /** Where each part Telegram took is written (the server's store), so no restart sends it again. */
  log?: DeliveryLog;
  /** Who blocked the bot, in the store shared by every instance; this process's memory if not given. */
  blocked?: BlockedChats;
  /** Texts staff read of this channel's messages (an edit's mark), in the office's language; Spanish if not given. */
  officeText?: Translate;
}

/** What the long poll asks Telegram for (@grammyjs/runner's options): the updates the channel reads. */
type PollOptions = { runner: { fetch: { allowed_updates: typeof TELEGRAM_UPDATES } } };

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

export function createTelegramChannel(config: TelegramChannelConfig) {
  const { logger } = config;
  const timeoutSeconds = config.timeoutSeconds ?? TELEGRAM_TIMEOUT_SECONDS;
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: {
      ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
      ...(config.fetch ? { fetch: config.fetch } : {}),
      // grammY's own limit (500 s unless set) covers every call, the long poll too.
      timeoutSeconds: LONG_POLL_SECONDS + timeoutSeconds,
    },
  });
  // Each try of a send gets its own limit; a network error or timeout is not retried here
  // forever (auto-retry's default) but thrown, and the engine tries the part again later.
  bot.api.config.use(callTimeout(timeoutSeconds));
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: config.maxRetryAttempts ?? 3,
      maxDelaySeconds: 60,
      rethrowHttpErrors: true,
    }),
  );
  if (config.throttle) bot.api.config.use(config.throttle);
  const blocked = telegramBlocked(logger, config.blocked);
  let officeText = config.officeText;
  /** An edited message's words as staff and the engine get them: "✏️ (edited) …". */
  const markEdit = (text: string) => {
    officeText ??= createI18n().t('es');
    return officeText('telegram.edited', { text });
  };
  let polling = false;
  let conversations: Conversations | undefined;
  /** The engine as given (routes() and startPolling() may both give it); `conversations` may wrap it. */
  let connected: Conversations | undefined;
  let ready: Promise<void> | undefined;

  /** Sends one turn's messages to a person, part by part (send.ts); a person who blocked the bot is skipped. */
  const deliver = createTelegramDeliver({
    send: (chatId, part) =>
      bot.api.sendMessage(chatId, part.text, part.reply_markup ? { reply_markup: part.reply_markup } : {}),
    logger,
    isBlocked: (chatId) => blocked.isBlocked(chatId),
    // Refused either way: a flag the store cannot keep now is kept by my_chat_member.
    blocked: (chatId) => blocked.set(chatId, true).catch(() => undefined),
    ...(config.tries ? { tries: config.tries } : {}),
    ...(config.log ? { log: config.log } : {}),
  });

  const staffGroup = config.staffGroup
    ? createTelegramStaffGroup({ ...config.staffGroup, api: bot.api, logger })
    : undefined;

  /**
   * In polling mode an update is already confirmed to Telegram, so a store outage is waited
   * out here (up to a minute) instead of dropping the message; webhooks let Telegram resend.
   */
  const keep = <T>(work: () => Promise<T>) => (polling ? retryWhileStoreAway(work) : work());
  /** A person who writes no longer blocks the bot (should their my_chat_member be missed). */
  const handle = (engine: Conversations, inbound: Inbound) =>
    keep(async () => {
      await blocked.set(inbound.chatId, false);
      return engine.handle(inbound);
    });

  // Updates of one chat in order, different chats concurrently (the runner polls several
  // updates at once; a webhook may get one chat's updates at once too).
  const chats = createKeyedQueue();
  bot.use((ctx, next) => {
    const key = ctx.chat?.id.toString() ?? ctx.from?.id.toString();
    return key ? chats.run(key, () => next()) : next();
  });
  bot.use(async (ctx) => {
    const engine = conversations;
    if (!engine)
      throw new Error('telegram: an update arrived before the channel was connected to the engine');
    const parsed = updateSchema.safeParse(ctx.update);
    if (!parsed.success) {
      logger.warn('telegram: update ignored, it does not have the expected shape', {
        updateId: ctx.update.update_id,
      });
      return;
    }
    const message = parsed.data.message;
    if (staffGroup && message?.chat.id === staffGroup.chatId) {
      await staffGroup.handleStaffMessage(message, engine.staff).catch((error) => {
        logger.error('telegram: staff group message failed', { error: (error as Error).message });
      });
      return;
    }
    const change = blockChange(parsed.data.my_chat_member);
    if (change) {
      // A store outage throws, as a turn's does: the update is handled again.
      await keep(() => blocked.set(change.chatId, change.blocked));
      logger.info(`telegram: the person ${change.blocked ? 'blocked' : 'unblocked'} the bot`, {
        chatId: change.chatId,
      });
      return;
    }
    // Stops the button's spinner; harmless if it fails.
    if (parsed.data.callback_query) await ctx.answerCallbackQuery().catch(() => undefined);
    const inbound = toInbound(parsed.data, markEdit);
    if (!inbound) return;
    try {
      // The engine sends the replies itself (deliver, above) once the turn is written.
      await handle(engine, inbound);
    } catch (error) {
      // A store outage must reach the webhook (503, Telegram resends); anything else is logged.
      if (error instanceof StoreUnavailableError) throw error;
      logger.error('telegram: could not handle an update', {
        updateId: parsed.data.update_id,
        error: (error as Error).message,
      });
    }
  });

  /** Gives the channel the engine its updates go to; once (routes() and startPolling() call it). */
  function connect(engine: Conversations) {
    if (connected === engine) return;
    if (connected) throw new Error('telegram: already connected to another engine');
    connected = engine;
    conversations = config.guard ? config.guard(engine, deliver) : engine;
  }

  /** Handles one update (webhook mode, tests). Never throws for a bad update. */
  async function handleUpdate(raw: unknown) {
    const parsed = updateSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn('telegram: malformed update ignored');
      return;
    }
    // grammY needs the bot's identity (getMe) once before its first update.
    if (!bot.isInited()) {
      ready ??= bot.init();
      await ready;
    }
    try {
      await bot.handleUpdate(parsed.data as never);
    } catch (error) {
      // grammY wraps what the middleware threw; the webhook needs the store outage itself.
      throw error instanceof BotError ? error.error : error;
    }
  }

  const webhook = config.webhook;
  const channel: Channel = {
    name: 'telegram',
    choices: 'buttons',
    deliver,
    ...(webhook
      ? {
          routes(engine: Conversations) {
            connect(engine);
            const { secret, intake } = webhook;
            intake.handle(TELEGRAM_INTAKE_CHANNEL, (entry) => handleUpdate(entry.body));
            return [
              {
                path: TELEGRAM_WEBHOOK_PATH,
                maxBody: TELEGRAM_MAX_UPDATE_BYTES,
                // The route reads the body only once the secret is right (webhook.ts).
                readsBodyItself: true,
                fetch: telegramWebhook({ secret, intake, logger }).fetch,
              },
            ];
          },
        }
      : {}),
  };

  return {
    channel,
    /** The staff group as a staff desk ("telegram-group"), when one is set up. */
    desk: staffGroup?.desk,
    bot,
    /** Chats this process last heard blocked (for tests and logs); the store's flags decide. */
    inactive: blocked.inactive,
    connect,
    handleUpdate,
    /** Registers the slash commands in each language; a server without setMyCommands only warns. */
    async registerCommands() {
      const describe = config.commandDescriptions;
      if (!describe) return;
      for (const lang of LANGS) {
        try {
          await bot.api.setMyCommands(describe(lang), { language_code: lang });
          if (lang === 'es') await bot.api.setMyCommands(describe(lang));
        } catch (error) {
          logger.warn('telegram: setMyCommands failed; the commands still work when typed', {
            lang,
            error: (error as Error).message,
          });
          return;
        }
      }
    },
    /**
     * Long polling into `engine`, with @grammyjs/runner's `run` passed in by the Node entry
     * point (the runner uses worker_threads, which the Workers bundle must not pull in). It
     * asks for the updates the channel reads: reactions come only to a bot that asks.
     */
    async startPolling<R>(
      engine: Conversations,
      run: (b: typeof bot, options: PollOptions) => R,
    ): Promise<R> {
      connect(engine);
      polling = true;
      await bot.init();
      // A webhook left from webhook mode would make getUpdates fail with 409.
      await bot.api.deleteWebhook().catch(() => undefined);
      return run(bot, { runner: { fetch: { allowed_updates: TELEGRAM_UPDATES } } });
    },
  };
}

export type TelegramChannel = ReturnType<typeof createTelegramChannel>;
