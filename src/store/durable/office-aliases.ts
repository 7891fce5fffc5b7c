/**
 * The office Durable Object's part of ChatAliases (core/ports/chat-aliases.ts): which
 * conversation each of a person's identifiers belongs to, and where a conversation's messages
 * go when not to its own chat id, office-wide, so every Worker isolate finds the same
 * conversation for a WhatsApp username or a changed number. OfficeObject extends it (after
 * the blocked flags); the office forgets a conversation's links and route with the
 * conversation (`forgetAliases`: its erase, or its retention passed), as it lets its folios go.
 * Runs only in workerd.
 *
 * Keys: al:<channel>:<identifier> (the conversation's chat id), ar:<conversation,
 * URI-encoded>:<identifier, URI-encoded> ([channel, identifier]: a conversation's links, for
 * its forgetting), st:<conversation id> (where its messages go).
 */
/// <reference types="@cloudflare/workers-types" />
import { type Address, addressSchema, conversationId } from '../../core/address.ts';
import { OfficeBlockedObject } from './office-blocked.ts';
import { check } from './schemas.ts';

const linkKey = (a: Address) => `al:${a.channel}:${a.chatId}`;
const routeKey = (a: Address) => `st:${conversationId(a)}`;
/** Conversation ids may hold ':'; encoded, they cannot run into the identifier after them. */
const linksPrefix = (id: string) => `ar:${encodeURIComponent(id)}:`;
const address = (channel: string, chatId: string) => check(addressSchema, { channel, chatId });

export class OfficeAliasesObject extends OfficeBlockedObject {
  get #kv() {
    return this.ctx.storage.kv;
  }

  /** The chat id of the conversation the identifier belongs to; null when linked to none. */
  aliasOf(channel: string, id: string): string | null {
    return this.#kv.get<string>(linkKey(address(channel, id))) ?? null;
  }

  /** The identifier belongs to the conversation from now on (once, in one transaction). */
  linkAlias(channel: string, alias: string, chatId: string): void {
    const [from, to] = [address(channel, alias), address(channel, chatId)];
    this.ctx.storage.transactionSync(() => {
      this.#kv.put(linkKey(from), to.chatId);
      this.#kv.put(`${linksPrefix(conversationId(to))}${encodeURIComponent(alias)}`, [channel, alias]);
    });
  }

  /** Where the conversation's messages go: the route kept, else its chat id. */
  sendToOf(channel: string, chatId: string): string {
    const conversation = address(channel, chatId);
    return this.#kv.get<string>(routeKey(conversation)) ?? conversation.chatId;
  }

  /** The conversation's messages go to `to` from now on (its own chat id: the route goes). */
  routeTo(channel: string, chatId: string, to: string): void {
    const [conversation, target] = [address(channel, chatId), address(channel, to)];
    if (target.chatId === conversation.chatId) this.#kv.delete(routeKey(conversation));
    else this.#kv.put(routeKey(conversation), target.chatId);
  }

  /** The conversation's links (those still leading to it) and its route go, inside the caller's transaction. */
  protected forgetAliases(id: string) {
    this.#kv.delete(`st:${id}`);
    const prefix = linksPrefix(id);
    for (const [key, [channel, alias]] of [...this.#kv.list<[string, string]>({ prefix })]) {
      const link = linkKey({ channel, chatId: alias });
      // A link moved to another conversation since is that one's now.
      const owner = this.#kv.get<string>(link);
      if (owner !== undefined && conversationId({ channel, chatId: owner }) === id) this.#kv.delete(link);
      this.#kv.delete(key);
    }
  }
}
