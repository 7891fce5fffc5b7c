/**
 * The Durable Object store's ChatAliases: every call goes to the office's object
 * (office-aliases.ts), so every Worker isolate finds the same conversation for a person's
 * username or changed number, and sends where the office last heard. A few small calls per
 * message and one per turn sent.
 */
/// <reference types="@cloudflare/workers-types" />
import type { ChatAliases } from '../../core/ports/chat-aliases.ts';
import type { OfficeAliasesObject } from './office-aliases.ts';

export function durableChatAliases(office: () => DurableObjectStub<OfficeAliasesObject>): ChatAliases {
  return {
    async resolve(channel, id) {
      return await office().aliasOf(channel, id);
    },
    async link(channel, alias, chatId) {
      await office().linkAlias(channel, alias, chatId);
    },
    async sendTo(channel, chatId) {
      return await office().sendToOf(channel, chatId);
    },
    async route(channel, chatId, to) {
      await office().routeTo(channel, chatId, to);
    },
  };
}
