/**
 * The Redis store as the settings describe it (REDIS_URL, KEY_PREFIX, the retentions and the
 * command timeout), connected and answering: for `npm start` and `npm run demo:data`, so both
 * write where the other reads. Unreachable: an error that says what to do.
 */
import { createRedisStore, type RedisStore } from '../store/redis/redis-store.node.ts';
import type { Config } from './config.node.ts';

export async function connectRedisStore(
  config: Config & { REDIS_URL: string },
  /** The server's lasting name (intake.node.ts's instanceName); none for one-off commands. */
  holder?: string,
): Promise<RedisStore> {
  const store = createRedisStore({
    url: config.REDIS_URL,
    prefix: config.KEY_PREFIX,
    retentionDays: config.RETENTION_DAYS,
    activityRetentionDays: config.ACTIVITY_RETENTION_DAYS,
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    ...(holder ? { holder } : {}),
  });
  try {
    await store.redis.connect();
    await store.redis.ping();
  } catch (error) {
    throw new Error(`Cannot reach Redis at ${config.REDIS_URL} (${(error as Error).message}).`);
  }
  return store;
}
