/**
 * RedisStore's CaseStore, shared by every instance on the same Redis and prefix: one hash of
 * folio → conversation, claimed by a script (CLAIM_FOLIO: two instances claiming one folio
 * at once cannot both get it), and a set per conversation of its folios, so the erasing
 * commit (redis-scripts.ts) lets them go without reading the hash. The set expires with the
 * conversation's other keys. The cases are read from the conversation's stored record, as
 * last committed, without holding it.
 */
import type { Redis } from 'ioredis';
import type { CaseFile } from '../../core/case-file.ts';
import type { CaseStore } from '../../core/ports/case-store.ts';
import type { StoredConversation } from '../../core/ports/conversation-store.ts';
import { checkFolio, isFolio } from '../common.ts';
import type { RedisKeys, Scripts } from './redis-turn.node.ts';

/** `retention`: seconds a person's data is kept after their last message. */
export function createRedisCases(redis: Redis, scripts: Scripts, k: RedisKeys, retention: number): CaseStore {
  return {
    async claimFolio(folio, conversationId) {
      const claimed = await scripts.enlaceClaimFolio(
        k.folios,
        k.foliosOf(conversationId),
        checkFolio(folio),
        conversationId,
        retention,
      );
      return claimed === 1;
    },
    async conversationOfFolio(folio) {
      return isFolio(folio) ? await redis.hget(k.folios, folio) : null;
    },
    async casesOf(conversationId): Promise<CaseFile[]> {
      const json = await redis.get(k.conv(conversationId));
      return json ? ((JSON.parse(json) as StoredConversation).cases ?? []) : [];
    },
  };
}
