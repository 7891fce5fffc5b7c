/**
 * The rate limiter as the policy sees it: count one hit for a key, learn whether it was
 * allowed and, if not, how long to wait. On Node it is rate-limiter-flexible (memory, or
 * Redis so that every instance shares the counts: flexible-limiter.node.ts); on Workers
 * Cloudflare's rate-limiting binding when one is bound, else `isolateLimiter` below.
 * Web-standard APIs only.
 */
import type { Rate } from './settings.ts';

export interface Limiter {
  /** Counts one hit for `key`: 0 when it is allowed, else the milliseconds until one would be. */
  hit(key: string): Promise<number>;
}

/** Makes the limiter called `name` ("address", "conversation"...) for a rate. */
export type LimiterFactory = (name: string, rate: Rate) => Limiter;

/** Keys kept before expired windows are swept (a flood of new keys cannot grow memory for ever). */
const SWEEP_ABOVE = 20_000;

/**
 * A fixed window per key in this isolate's memory: the Workers fallback when no
 * rate-limiting binding is set (each isolate counts on its own, so a client spread over
 * several isolates gets a few times the rate; still far from a flood), and small enough
 * not to weigh on the Worker bundle.
 */
export function isolateLimiter(rate: Rate, now: () => number = Date.now): Limiter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const windowMs = rate.seconds * 1000;
  return {
    async hit(key) {
      const at = now();
      if (windows.size > SWEEP_ABOVE) {
        for (const [k, w] of windows) if (w.endsAt <= at) windows.delete(k);
        // Still full: the oldest windows go (their keys are counted afresh, never refused more).
        for (const k of windows.keys()) {
          if (windows.size <= SWEEP_ABOVE / 2) break;
          windows.delete(k);
        }
      }
      let window = windows.get(key);
      if (!window || window.endsAt <= at) {
        window = { count: 0, endsAt: at + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return window.count <= rate.points ? 0 : window.endsAt - at;
    },
  };
}

/** Cloudflare's rate-limiting binding (wrangler.toml [[ratelimits]]), whose period is 10 or 60 s. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export function bindingLimiter(binding: RateLimitBinding, periodSeconds: number): Limiter {
  return {
    async hit(key) {
      // A binding that fails lets the message through: the limits guard the office, they must not stop it.
      const outcome = await binding.limit({ key }).catch(() => ({ success: true }));
      return outcome.success ? 0 : periodSeconds * 1000;
    },
  };
}

/** The bindings a Worker may have, by limiter name (wrangler.toml [[ratelimits]], docs/configuration.md). */
const BINDINGS: Record<string, string> = {
  address: 'ADDRESS_RATE_LIMITER',
  conversation: 'CONVERSATION_RATE_LIMITER',
  new: 'NEW_CONVERSATION_RATE_LIMITER',
};

/** On Workers: Cloudflare's binding for a limiter when one is bound, else this isolate's memory. */
export function workerLimiters(env: Record<string, unknown>): LimiterFactory {
  return (name, rate) => {
    const binding = env[BINDINGS[name] ?? ''] as Partial<RateLimitBinding> | undefined;
    return typeof binding?.limit === 'function'
      ? bindingLimiter(binding as RateLimitBinding, rate.seconds)
      : isolateLimiter(rate);
  };
}
