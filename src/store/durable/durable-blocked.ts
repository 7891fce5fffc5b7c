/**
 * The Durable Object store's BlockedChats: every call goes to the office's object
 * (office-blocked.ts), so a person who blocked the bot is skipped by every Worker isolate, and
 * every isolate sends again once they unblock it. One small call per message and per turn.
 */
/// <reference types="@cloudflare/workers-types" />
import type { BlockedChats } from '../../core/ports/blocked-chats.ts';
import type { OfficeBlockedObject } from './office-blocked.ts';

export function durableBlockedChats(office: () => DurableObjectStub<OfficeBlockedObject>): BlockedChats {
  return {
    async isBlocked(conversationId) {
      return await office().isBlocked(conversationId);
    },
    async setBlocked(conversationId, blocked) {
      await office().setBlocked(conversationId, blocked);
    },
  };
}
