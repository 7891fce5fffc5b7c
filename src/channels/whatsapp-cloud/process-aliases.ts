/**
 * ChatAliases (core/ports/chat-aliases.ts) in this process's memory: the channel's own when no
 * store gives one, enough for one process without Redis (the memory store forgets everything
 * on a restart too) and for tests. Servers with Redis or Durable Objects give the store's, so
 * every instance and isolate agrees on who is who. Bounded: past `max` entries the least
 * recently used go first, as a conversation nobody writes to is the one to forget.
 */
import type { ChatAliases } from '../../core/ports/chat-aliases.ts';

/** Entries kept by default: links and routes of about fifty thousand people. */
const MAX_ENTRIES = 100_000;

export function processChatAliases(max = MAX_ENTRIES): ChatAliases {
  const entries = new Map<string, string>();
  /** Reads an entry and makes it the most recently used. */
  const read = (key: string) => {
    const value = entries.get(key);
    if (value === undefined) return null;
    entries.delete(key);
    entries.set(key, value);
    return value;
  };
  const write = (key: string, value: string) => {
    entries.delete(key);
    entries.set(key, value);
    for (const oldest of entries.keys()) {
      if (entries.size <= max) break;
      entries.delete(oldest);
    }
  };
  const aliasKey = (channel: string, id: string) => `alias ${channel} ${id}`;
  const routeKey = (channel: string, chatId: string) => `route ${channel} ${chatId}`;
  return {
    async resolve(channel, id) {
      return read(aliasKey(channel, id));
    },
    async link(channel, alias, chatId) {
      write(aliasKey(channel, alias), chatId);
    },
    async sendTo(channel, chatId) {
      return read(routeKey(channel, chatId)) ?? chatId;
    },
    async route(channel, chatId, to) {
      if (to === chatId) entries.delete(routeKey(channel, chatId));
      else write(routeKey(channel, chatId), to);
    },
  };
}
