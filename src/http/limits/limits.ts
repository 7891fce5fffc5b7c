/**
 * The rate limits as a server wires them (src/runtime/node.ts, worker.ts): given the settings,
 * a way to make limiters (shared through Redis on Node, Cloudflare's binding or this
 * isolate's memory on Workers; always under keyed hashes of their keys, so none names an IP
 * or a person) and where conversations' origins are kept, the pieces each
 * part takes: the web chat's limits, the guard for Telegram and WhatsApp, and the grouping of
 * urgent alerts for the staff desks. RATE_LIMITS=off: none of them.
 */
import type { Logger } from '../../core/ports/runtime.ts';
import type { StaffDesk } from '../../core/ports/staff-desk.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { type ChatGuard, chatGuard } from './chat-guard.ts';
import { hashedLimiters } from './hashed-limiters.ts';
import type { LimiterFactory } from './limiter.ts';
import type { Origins } from './origins.ts';
import { createLimitPolicy } from './policy.ts';
import type { LimitSettings } from './settings.ts';
import { groupUrgentAlerts, SUSPECT_ALERTS } from './urgent-alerts.ts';

export interface Limits {
  /** For createWebChannel's `limits`. */
  web: {
    address(request: Request, env: unknown): string;
    webMessage(address: string, conversationId: string | null): Promise<number>;
    started(conversationId: string, address: string): Promise<void>;
  };
  /** For Telegram's `guard`, and WhatsApp's engine. */
  guard: ChatGuard;
  /** The staff desks, with urgent alerts from one address's burst grouped, and a flood's folded. */
  groupAlerts(desks: readonly StaffDesk[]): StaffDesk[];
}

export function createLimits(
  settings: LimitSettings,
  parts: {
    limiters: LimiterFactory;
    /** The server's secret: every limiter counts under keyed hashes of its keys (hashed-limiters.ts). */
    secret: string;
    origins: Origins;
    address: (request: Request, env: unknown) => string;
    i18n: I18n;
    logger: Logger;
  },
): Limits | undefined {
  if (settings.RATE_LIMITS === 'off') return undefined;
  const limiters = hashedLimiters(parts.limiters, parts.secret);
  const policy = createLimitPolicy(settings, limiters, parts.origins);
  const alerts = limiters('alerts', {
    points: 1,
    seconds: Math.round(settings.URGENT_GROUP_MINUTES * 60),
  });
  const suspects = limiters('flood-alerts', {
    points: SUSPECT_ALERTS,
    seconds: Math.round(settings.URGENT_GROUP_MINUTES * 60),
  });
  return {
    web: { address: parts.address, webMessage: policy.webMessage, started: policy.started },
    guard: chatGuard({ policy, i18n: parts.i18n, logger: parts.logger }),
    groupAlerts: (desks) => groupUrgentAlerts(desks, { origins: parts.origins, alerts, suspects }),
  };
}
