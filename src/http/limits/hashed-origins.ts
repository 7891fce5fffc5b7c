/**
 * Origins (origins.ts) kept under keyed hashes: the conversation by a keyed hash of its id and
 * the address by one of the address, both under the server's secret, so the key a web chat
 * leaves for an hour names neither its visitor id nor its IP, even after an erase; grouping
 * alerts only ever compares two addresses for equality, which the hashes keep.
 */
import { keyedHash } from '../../core/keyed-hash.ts';
import type { Origins } from './origins.ts';

export function hashedOrigins(origins: Origins, secret: string): Origins {
  const conversation = keyedHash(secret, 'origin-conversation');
  const address = keyedHash(secret, 'origin-address');
  return {
    remember: async (conversationId, from) =>
      origins.remember(await conversation(conversationId), await address(from)),
    of: async (conversationId) => origins.of(await conversation(conversationId)),
  };
}
