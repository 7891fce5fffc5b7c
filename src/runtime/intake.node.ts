/**
 * The durable intake for `npm start`: a Redis stream with a consumer group when REDIS_URL is
 * set (messages survive a restart, a deploy or a crash; another instance takes over what a
 * dead one held), else this process's memory (one dev process; nothing survives a restart,
 * as the memory store itself). The consumer name stays the same across restarts of one
 * instance, so it takes back its own unfinished entries at once.
 */
import { hostname } from 'node:os';
import type { Intake } from '../core/ports/intake.ts';
import type { Logger } from '../core/ports/runtime.ts';
import { createMemoryIntake } from '../store/memory/memory-intake.ts';
import { createRedisIntake } from '../store/redis/redis-intake.node.ts';
import type { RedisStore } from '../store/redis/redis-store.node.ts';
import type { Config } from './config.node.ts';

/**
 * This instance's lasting name: its intake consumer, and its stamp on the conversations it
 * holds and the replies it sends (redis-orphans.node.ts). The same after a restart; two live
 * instances must never share it.
 */
export const instanceName = (config: Config): string =>
  config.INTAKE_CONSUMER ?? `${hostname()}:${config.PORT}`;

export function openIntake(config: Config, logger: Logger, redis?: RedisStore): Intake {
  if (!redis) return createMemoryIntake({ logger });
  return createRedisIntake({
    redis: redis.redis,
    prefix: config.KEY_PREFIX,
    consumer: instanceName(config),
    logger,
  });
}
