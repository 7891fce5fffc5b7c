/**
 * Where `npm start` keeps a person's other identifiers (a WhatsApp username's BSUID, a changed
 * number: core/ports/chat-aliases.ts): in Redis when there is one, so every instance finds
 * the same conversation and sends to the same number; without Redis nothing is given and the
 * channel keeps them in this process's memory, as the memory store keeps the conversations.
 */
import type { ChatAliases } from '../core/ports/chat-aliases.ts';
import { createRedisChatAliases } from '../store/redis/redis-aliases.node.ts';
import type { RedisStore } from '../store/redis/redis-store.node.ts';
import type { Config } from './config.node.ts';

export function chatAliasesFor(config: Config, redis: RedisStore | undefined): { aliases?: ChatAliases } {
  if (!redis) return {};
  return {
    aliases: createRedisChatAliases(redis.redis, {
      prefix: config.KEY_PREFIX,
      retentionDays: config.RETENTION_DAYS,
    }),
  };
}
