/**
 * Where web conversations started, as the Node server keeps them: in Redis when there is one
 * (every instance knows), else in memory, and always under keyed hashes of the conversation
 * and the address (src/http/limits/hashed-origins.ts), so the hour-long key names neither.
 */
import type { Redis } from 'ioredis';
import { hashedOrigins } from '../http/limits/hashed-origins.ts';
import { memoryOrigins, type Origins } from '../http/limits/origins.ts';
import { redisOrigins } from '../http/limits/redis-origins.node.ts';

export function officeOrigins(secret: string, redis: Redis | undefined, prefix: string): Origins {
  return hashedOrigins(redis ? redisOrigins(redis, prefix) : memoryOrigins(), secret);
}
