/**
 * The Telegram channel, on grammY: validates each update, hands it to the engine, and
 * sends the engine's replies back (inline keyboards for choices, long texts split). Works
 * in long polling (with @grammyjs/runner, passed in by the Node entry point) and
 * in webhook mode (see src/http/telegram-webhook.ts). Rate limits: auto-retry on 429 with
 * retry_after, and an outbound throttle when one is given. A person who blocked the bot (403) is marked
 * inactive until they write again; nothing retries against them.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, BotError, GrammyError, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { StoreUnavailableError } from '../../core/errors.ts';
import { createKeyedQueue } from '../../core/keyed-queue.ts';
import type { Outbound } from '../../core/messages.ts';
import type { Logger } from '../../core/ports.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import { retryWhileStoreAway } from '../store-retry.ts';
import { toTelegramMessages } from './format.ts';
import { createTelegramStaffGroup, type StaffGroupEngine, type StaffGroupOptions } from './staff-group.ts';
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
   * The outbound throttle (throttle.ts on the Node server). The Workers build leaves it out:
   * one isolate cannot see the others' sends, and Telegram's 429s are waited out anyway.
   */
  throttle?: Transformer;
  /** A staff supergroup with forum topics: handoff through Telegram (see staff-group.ts). */
  staffChatId?: number;
  /** Staff-facing texts for the staff group, in the office's language. */
  staffText?: (key: string, vars?: Record<string, unknown>) => string;
  /** Where the staff group keeps each conversation's topic, so it survives a restart. */
  tickets?: StaffGroupOptions['tickets'];
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
  if (config.throttle) bot.api.config.use(config.throttle);
  const inactive = new Set<string>();
  let polling = false;

  /**
   * In polling mode an update is already confirmed to Telegram, so a store outage is waited
   * out here (up to a minute) instead of dropping the message; webhooks let Telegram resend.
   */
  function handleWithRetry(inbound: Parameters<TelegramEngine['handle']>[0]) {
    return polling ? retryWhileStoreAway(() => engine.handle(inbound)) : engine.handle(inbound);
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
          ...(config.tickets ? { tickets: config.tickets } : {}),
        });

  // Messages of one chat in order, replies included, different chats concurrently (the runner
  // polls several updates at once; a webhook may get one chat's updates at once too). The
  // engine's own queue orders the turns; this one also keeps their replies in order.
  const chats = createKeyedQueue();
  bot.use((ctx, next) => {
    const key = ctx.chat?.id.toString() ?? ctx.from?.id.toString();
    return key ? chats.run(key, () => next()) : next();
  });
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
    /**
     * Long polling, with @grammyjs/runner's `run` passed in by the Node entry point (the runner
     * uses worker_threads, which the Workers bundle must not pull in). Returns its handle.
     */
    async startPolling<R>(run: (b: typeof bot) => R): Promise<R> {
      polling = true;
      await bot.init();
      // A webhook left from webhook mode would make getUpdates fail with 409.
      await bot.api.deleteWebhook().catch(() => undefined);
      return run(bot);
    },
  };
}

export type TelegramAdapter = ReturnType<typeof createTelegramAdapter>;
