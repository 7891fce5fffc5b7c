/**
 * Limiters (limiter.ts) that count under keyed hashes of their keys: an address, a
 * conversation id (a phone number, a chat id, a visitor id) is hashed with the server's
 * secret before any limiter sees it, so no key a limiter leaves (`limit:<name>:<key>` in
 * Redis, Cloudflare's binding, this process's memory) names an IP or a person, before or after
 * an erase. A hash is equal for equal keys, so every limit counts as before.
 */
import { keyedHash } from '../../core/keyed-hash.ts';
import type { LimiterFactory } from './limiter.ts';

export function hashedLimiters(make: LimiterFactory, secret: string): LimiterFactory {
  return (name, rate) => {
    const limiter = make(name, rate);
    const hash = keyedHash(secret, `limit-${name}`);
    return { hit: async (key) => limiter.hit(await hash(key)) };
  };
}
