/**
 * The pacing `npm start` shares (core/ports/send-slots.ts): with Redis, the WhatsApp number's
 * rate, each person's spacing and the Telegram bot's per-chat spacing are kept in Redis, so
 * they hold across every instance (this process's memory stands in while Redis is away);
 * without Redis, one process paces alone (the Cloud API channel's own memory, and Bottleneck
 * for Telegram, as before).
 */
import { sendSlotsOr } from '../channels/send-slots.ts';
import { telegramSpacing } from '../channels/telegram/spacing.ts';
import { telegramThrottle } from '../channels/telegram/throttle.ts';
import type { Logger } from '../core/ports/runtime.ts';
import type { SendSlots } from '../core/ports/send-slots.ts';
import { createRedisSendSlots } from '../store/redis/redis-send-slots.node.ts';
import type { RedisStore } from '../store/redis/redis-store.node.ts';
import type { Config } from './config.node.ts';

/** Redis's slots (with this process's memory for an outage), or none without Redis. */
export function sharedSendSlots(config: Config, logger: Logger, redis?: RedisStore): SendSlots | undefined {
  if (!redis) return undefined;
  return sendSlotsOr(createRedisSendSlots(redis.redis, { prefix: config.KEY_PREFIX }), logger);
}

/** Telegram's outbound pacing: shared through the slots when there are some, else this process's. */
export function telegramPacing(token: string, slots?: SendSlots) {
  return slots ? telegramSpacing({ slots, bot: `tg:${token.split(':')[0]}` }) : telegramThrottle();
}
