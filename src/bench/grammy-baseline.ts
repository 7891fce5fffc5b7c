/**
 * The benchmark's baseline, not part of the assistant: the same guided intake written the
 * way most grammY bots would write it, with @grammyjs/conversations (v2) keeping its state in
 * Redis through @grammyjs/storage-redis. src/bench/intake-comparison.ts drives it and our own
 * Telegram adapter with the same updates and the same in-process Telegram.
 */
import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from '@grammyjs/conversations';
import { RedisAdapter } from '@grammyjs/storage-redis';
import { Bot, type Context } from 'grammy';
import type { Redis } from 'ioredis';
import { fakeBotInfo } from '../testing/bot-info.ts';

type BotContext = ConversationFlavor<Context>;

export const benchBotInfo = fakeBotInfo(42, 'intake_bench_bot');

/**
 * Telegram answered in process: every call succeeds with a plausible result, and sendMessage
 * calls are counted per chat (to prove the conversations progressed). It must be the client's
 * fetch: the conversations plugin builds its own Api inside a conversation, so transformers on
 * bot.api never see ctx.reply there, and at this level the plugin records each result in its
 * replay log, as it does in production.
 */
export function inProcessTelegram() {
  const sent = new Map<number, number>();
  let messageId = 0;
  const fetch = async (_url: unknown, init?: { body?: unknown }): Promise<Response> => {
    const payload = JSON.parse(String(init?.body ?? '{}')) as { chat_id?: number | string; text?: string };
    const chatId = Number(payload.chat_id);
    if (payload.text !== undefined) sent.set(chatId, (sent.get(chatId) ?? 0) + 1);
    return Response.json({
      ok: true,
      result: {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: 'Person' },
        from: { id: benchBotInfo.id, is_bot: true, first_name: benchBotInfo.first_name },
        text: payload.text ?? '',
      },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/** One message the bot sends: a text, and inline buttons when it offers choices. */
export interface ScriptedReply {
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

/**
 * The typical form: a handler per step that sends that step's messages and waits for the next
 * text, each answer kept in a local object. `replies[n]` is what to send after the person's
 * message n: the same texts and buttons our assistant sends, so both bots hold the same dialogue.
 * It waits once more after the last one, so the conversation is still open at the end.
 */
export function createConversationsBot(options: {
  redis: Redis;
  prefix: string;
  replies: readonly (readonly ScriptedReply[])[];
  fetch: typeof globalThis.fetch;
}) {
  const bot = new Bot<BotContext>('42:baseline', { botInfo: benchBotInfo, client: { fetch: options.fetch } });
  bot.use(
    conversations({
      storage: {
        type: 'key',
        prefix: options.prefix,
        adapter: new RedisAdapter({ instance: options.redis }),
      },
    }),
  );
  async function intake(conversation: Conversation<BotContext, Context>, ctx: Context) {
    const answers: string[] = [ctx.message?.text ?? ''];
    for (const [step, replies] of options.replies.entries()) {
      for (const reply of replies) {
        await ctx.reply(reply.text, reply.reply_markup ? { reply_markup: reply.reply_markup } : {});
      }
      if (step < options.replies.length)
        answers.push((await conversation.waitFor('message:text')).message.text);
    }
  }
  bot.use(createConversation(intake, 'intake'));
  bot.on('message:text', (ctx) => ctx.conversation.enter('intake'));
  return bot;
}
