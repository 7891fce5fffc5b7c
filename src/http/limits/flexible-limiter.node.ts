/**
 * The Node server's limiters: rate-limiter-flexible, in this process's memory, or in Redis
 * (on the store's own ioredis client) so that every instance counts the same hits. When
 * Redis cannot answer (down, or slower than its command timeout) each instance counts in
 * its own memory meanwhile (the library's insurance limiter) rather than refusing people or
 * letting everything through.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Limiter, LimiterFactory } from './limiter.ts';

function wrap(limiter: RateLimiterMemory | RateLimiterRedis): Limiter {
  return {
    async hit(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return Math.max(1, refused.msBeforeNext);
        throw refused;
      }
    },
  };
}

/** Limiters in memory, or shared through Redis under `${prefix}limit:<name>:` when a client is given. */
export function flexibleLimiters(options: { redis?: Redis; prefix?: string } = {}): LimiterFactory {
  return (name, rate) => {
    const memory = new RateLimiterMemory({ keyPrefix: name, points: rate.points, duration: rate.seconds });
    if (!options.redis) return wrap(memory);
    return wrap(
      new RateLimiterRedis({
        storeClient: options.redis,
        keyPrefix: `${options.prefix ?? 'enlace:'}limit:${name}`,
        points: rate.points,
        duration: rate.seconds,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      }),
    );
  };
}
