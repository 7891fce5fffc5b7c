/**
 * The office Durable Object's part of BlockedChats (core/ports/blocked-chats.ts): which
 * conversations' people blocked the bot, office-wide, so that every Worker isolate skips them
 * and resumes when they unblock it. OfficeObject extends it; the office forgets a
 * conversation's flag with the conversation (`forgetBlocked`: its erase, or its retention
 * passed), as it lets its folios go. Runs only in workerd.
 *
 * Keys: bl:<conversation id> (present while the person blocks the bot).
 */
/// <reference types="@cloudflare/workers-types" />
import { OfficeCasesObject } from './office-cases.ts';
import { check, conversationIdSchema } from './schemas.ts';

const blockedKey = (conversationId: string) => `bl:${check(conversationIdSchema, conversationId)}`;

export class OfficeBlockedObject extends OfficeCasesObject {
  /** Whether the conversation's person blocked the bot, as last heard. */
  isBlocked(conversationId: string): boolean {
    return this.ctx.storage.kv.get(blockedKey(conversationId)) !== undefined;
  }

  /** Keeps that they blocked the bot, or that they unblocked it or wrote again. */
  setBlocked(conversationId: string, blocked: boolean): void {
    const key = blockedKey(conversationId);
    if (blocked) this.ctx.storage.kv.put(key, 1);
    else this.ctx.storage.kv.delete(key);
  }

  /** The conversation's flag goes (inside the caller's transaction). */
  protected forgetBlocked(conversationId: string) {
    this.ctx.storage.kv.delete(blockedKey(conversationId));
  }
}
