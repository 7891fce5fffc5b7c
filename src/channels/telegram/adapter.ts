/**
 * The Telegram channel, on grammY: validates each update, hands it to the engine, and
 * sends the engine's replies back (inline keyboards for choices, long texts split). Works
 * in long polling (with @grammyjs/runner: chats run concurrently, each chat in order) and
 * in webhook mode (see src/http/telegram-webhook.ts). Rate limits: auto-retry on 429 with
 * retry_after, and an outbound throttle. A person who blocked the bot (403) is marked
 * inactive until they write again; nothing retries against them.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize } from '@grammyjs/runner';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot, BotError, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { StoreUnavailableError } from '../../core/errors.ts';
import type { Outbound } from '../../core/messages.ts';
import type { Logger } from '../../core/ports.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { toTelegramMessages } from './format.ts';
import { createTelegramStaffGroup, type StaffGroupEngine } from './staff-group.ts';
import { toInbound, updateSchema } from './update.ts';

/** What the adapter needs from the engine. */
export interface TelegramEngine extends StaffGroupEngine {
  handle(inbound: unknown): Promise<{ outbound: Outbound[] }>;
}

export interface TelegramAdapterConfig {
  token: string;
  engine: TelegramEngine;
  logger: Logger;
  /** The Bot API server; Telegram's by default, a self-hosted one or a test server otherwise. */
  apiRoot?: string;
  /** The HTTP client grammY uses; the benchmark answers Telegram in process with it. */
  fetch?: typeof fetch;
  /** Known bot identity: skips the getMe call at start-up. */
  botInfo?: UserFromGetMe;
  /** Slash-command descriptions per language, for setMyCommands. */
  commandDescriptions?: (lang: Lang) => Array<{ command: string; description: string }>;
  /** Retries for 429 and network errors; tests lower it. */
  maxRetryAttempts?: number;
  /**
   * Least time between two messages to one chat. Telegram asks for about one a second but
   * takes short bursts; a reply is often two messages (a welcome and its answer), and a 429
   * is waited out by auto-retry. Default 350 ms.
   */
  perChatIntervalMs?: number;
  /** Messages a second for the whole bot; Telegram's limit is about 30. Benchmarks raise it. */
  perSecond?: number;
  /**
   * The outbound throttle (above) is on unless this is false. Only benchmarks that measure
   * our own side against another bot without one turn it off; Telegram needs it.
   */
  throttle?: boolean;
  /** A staff supergroup with forum topics: handoff through Telegram (see staff-group.ts). */
  staffChatId?: number;
  /** Staff-facing texts for the staff group, in the office's language. */
  staffText?: (key: string, vars?: Record<string, unknown>) => string;
}

export function createTelegramAdapter(config: TelegramAdapterConfig) {
  const { engine, logger } = config;
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: {
      ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
      ...(config.fetch ? { fetch: config.fetch } : {}),
    },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: config.maxRetryAttempts ?? 3, maxDelaySeconds: 60 }));
  if (config.throttle !== false)
    bot.api.config.use(
      apiThrottler({
        // About 30 messages a second for the whole bot, Telegram's published limit.
        global: {
          reservoir: config.perSecond ?? 30,
          reservoirRefreshAmount: config.perSecond ?? 30,
          reservoirRefreshInterval: 1000,
        },
        out: { maxConcurrent: 1, minTime: config.perChatIntervalMs ?? 350 },
      }),
    );
  const inactive = new Set<string>();
  let polling = false;

  /**
   * In polling mode an update is already confirmed to Telegram, so a store outage is waited
   * out here (up to a minute) instead of dropping the message; webhooks let Telegram resend.
   */
  async function handleWithRetry(inbound: Parameters<TelegramEngine['handle']>[0]) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await engine.handle(inbound);
      } catch (error) {
        if (!(polling && error instanceof StoreUnavailableError && attempt < 60)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  async function deliver(chatId: string, messages: readonly Outbound[]) {
    for (const message of messages) {
      for (const part of toTelegramMessages(message)) {
        if (inactive.has(chatId)) return;
        try {
          await bot.api.sendMessage(
            chatId,
            part.text,
            part.reply_markup ? { reply_markup: part.reply_markup } : {},
          );
        } catch (error) {
          if (error instanceof GrammyError && error.error_code === 403) {
            inactive.add(chatId);
            logger.warn('telegram: the person blocked the bot; conversation marked inactive', { chatId });
            return;
          }
          throw error;
        }
      }
    }
  }

  const staffGroup =
    config.staffChatId === undefined
      ? undefined
      : createTelegramStaffGroup({
          api: bot.api,
          chatId: config.staffChatId,
          engine,
          deliver,
          logger,
          t: config.staffText ?? ((key) => key),
        });

  // Messages of one chat in order, different chats concurrently (polling with the runner).
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(async (ctx) => {
    const parsed = updateSchema.safeParse(ctx.update);
    if (!parsed.success) {
      logger.warn('telegram: update ignored, it does not have the expected shape', {
        updateId: ctx.update.update_id,
      });
      return;
    }
    const message = parsed.data.message;
    if (staffGroup && message?.chat.id === staffGroup.chatId) {
      await staffGroup
        .handleStaffMessage(message as { message_thread_id?: number; text?: string })
        .catch((error) => {
          logger.error('telegram: staff group message failed', { error: (error as Error).message });
        });
      return;
    }
    if (parsed.data.callback_query) {
      // Stops the button's spinner; harmless if it fails.
      await ctx.answerCallbackQuery().catch(() => undefined);
    }
    const inbound = toInbound(parsed.data);
    if (!inbound) return;
    inactive.delete(inbound.chatId);
    try {
      const { outbound } = await handleWithRetry(inbound);
      await deliver(inbound.chatId, outbound);
    } catch (error) {
      // A store outage must reach the webhook (503, Telegram resends); anything else is logged.
      if (error instanceof StoreUnavailableError) throw error;
      logger.error('telegram: could not handle an update', {
        updateId: parsed.data.update_id,
        error: (error as Error).message,
      });
    }
  });

  return {
    bot,
    /** Chats whose person blocked the bot; cleared when they write again. */
    inactive,
    /** The staff group as the engine's StaffDesk, when TELEGRAM_STAFF_CHAT_ID is set. */
    staffDesk: staffGroup?.desk,
    /** Handles one update (webhook mode, tests). Never throws for a bad update. */
    async handleUpdate(raw: unknown) {
      const parsed = updateSchema.safeParse(raw);
      if (!parsed.success) {
        logger.warn('telegram: malformed update ignored');
        return;
      }
      try {
        await bot.handleUpdate(parsed.data as never);
      } catch (error) {
        // grammY wraps what the middleware threw; the webhook needs the store outage itself.
        throw error instanceof BotError ? error.error : error;
      }
    },
    /** Sends staff replies and other engine output to a chat. */
    deliver,
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
    /** Long polling with @grammyjs/runner. Returns a handle whose stop() ends it. */
    async startPolling() {
      polling = true;
      await bot.init();
      // A webhook left from webhook mode would make getUpdates fail with 409.
      await bot.api.deleteWebhook().catch(() => undefined);
      return run(bot);
    },
  };
}

export type TelegramAdapter = ReturnType<typeof createTelegramAdapter>;
