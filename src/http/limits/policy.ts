/**
 * The rate-limit policy, written here on top of the limiters (limiter.ts): what is counted,
 * per what, and what happens past the limit.
 * - Web chat: every message counts for its address (many people may share one, a shelter's
 *   Wi-Fi) and for its conversation; a message without a conversation yet also counts as a
 *   new conversation for its address and for the office-wide budget of new conversations
 *   (a flood spread over many addresses). Past any of them: 429 with Retry-After.
 * - Channels (Telegram, WhatsApp): every message counts for its chat; past the limit the
 *   person is told once per window to wait a moment, and later messages meet silence.
 * - Where each web conversation started is remembered for an hour (origins.ts), so that
 *   urgent alerts from a burst of them can be grouped (urgent-alerts.ts).
 */
import type { Limiter, LimiterFactory } from './limiter.ts';
import type { Origins } from './origins.ts';
import type { LimitSettings } from './settings.ts';

export interface LimitPolicy {
  /** A web chat message from `address`, in `conversationId` (null: it would start one): 0, or ms to wait. */
  webMessage(address: string, conversationId: string | null): Promise<number>;
  /** A web conversation was started from `address`. */
  started(conversationId: string, address: string): Promise<void>;
  /** A message in a channel's chat: on, over the limit and to be told so, or over and told already. */
  chatMessage(conversationId: string): Promise<'ok' | 'tell' | 'silent'>;
}

export function createLimitPolicy(
  settings: Pick<
    LimitSettings,
    | 'RATE_LIMIT_ADDRESS'
    | 'RATE_LIMIT_CONVERSATION'
    | 'RATE_LIMIT_NEW_CONVERSATIONS'
    | 'RATE_LIMIT_NEW_CONVERSATIONS_ALL'
  >,
  make: LimiterFactory,
  origins: Origins,
): LimitPolicy {
  const address: Limiter = make('address', settings.RATE_LIMIT_ADDRESS);
  const conversation: Limiter = make('conversation', settings.RATE_LIMIT_CONVERSATION);
  const fresh: Limiter = make('new', settings.RATE_LIMIT_NEW_CONVERSATIONS);
  const freshEverywhere: Limiter = make('new-all', settings.RATE_LIMIT_NEW_CONVERSATIONS_ALL);
  // One "wait a moment" per chat and window: a person who keeps writing is not answered each time.
  const told: Limiter = make('told', { points: 1, seconds: settings.RATE_LIMIT_CONVERSATION.seconds });

  return {
    async webMessage(from, conversationId) {
      const wait = await address.hit(from);
      if (wait > 0) return wait;
      if (conversationId !== null) return conversation.hit(conversationId);
      // The address's own budget first: one address's burst does not spend everyone's.
      return (await fresh.hit(from)) || freshEverywhere.hit('office');
    },
    async started(conversationId, from) {
      // Its first message counts for the conversation too.
      await Promise.all([origins.remember(conversationId, from), conversation.hit(conversationId)]);
    },
    async chatMessage(conversationId) {
      if ((await conversation.hit(conversationId)) === 0) return 'ok';
      return (await told.hit(conversationId)) === 0 ? 'tell' : 'silent';
    },
  };
}
