/**
 * The store on Cloudflare Workers: every Store method as a Workers RPC call to a Durable
 * Object, one per conversation (conversation-object.ts) and one for the office
 * (office-object.ts). A message's turn costs two calls to its conversation's object, as it
 * costs two round trips on Redis: `begin` holds it, tells a redelivery apart and reads the
 * record, the ticket and the leftovers; `commit` writes everything the turn changed with a
 * compare-and-set on `rev` and lets go. The conversation's object keeps its ticket (no
 * ticket without its record) and tells the office, whose queue is the index the inbox reads.
 * Delivery events are kept by the conversation's object too (erased and expired with it).
 * The dashboard's counters, summaries and review list are the office's (durable-activity.ts;
 * a turn's share is sent with one call after its commit), which drops a conversation's summary and review items when it forgets the conversation.
 * The office's filed examples are the office's too, as its canned replies are (no erase or
 * retention touches them); each is checked as it comes back, and one that fails is skipped.
 * Folios are claimed at the office, and let go when it forgets their conversation.
 * Deadlines, outbox retries and retention are the conversation objects' alarms.
 */
/// <reference types="@cloudflare/workers-types" />
import type { CaseFile } from '../../core/case-file.ts';
import { StoreConflictError } from '../../core/errors.ts';
import type { ConversationStore, TranscriptLine } from '../../core/ports/conversation-store.ts';
import type { DeliveryEvent } from '../../core/ports/delivery-log.ts';
import type { StoredMedia } from '../../core/ports/media-store.ts';
import type { Store } from '../../core/ports/store.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import {
  checkFolio,
  DEFAULT_ACTIVITY_RETENTION_DAYS,
  DEFAULT_CLOSED_LIMIT,
  DEFAULT_DUE_LIMIT,
  DEFAULT_TRANSCRIPT_LIMIT,
  isFolio,
  OUTBOX_LEASE_MS,
  redelivery,
  retryAtOf,
  stuckError,
} from '../common.ts';
import type { ConversationObject } from './conversation-object.ts';
import { durableActivity } from './durable-activity.ts';
import { durableStaff } from './durable-staff.ts';
import type { OfficeBinding } from './office-object.ts';
import { type Begin, type Owner, validExamples } from './schemas.ts';

/** The Worker's bindings the store uses: the conversations' objects and the office's. */
export interface DurableStoreEnv extends OfficeBinding {
  CONVERSATIONS: DurableObjectNamespace<ConversationObject>;
}

export interface DurableStoreOptions {
  /** How long a person's data is kept after the last write about them. Default 90 days. */
  retentionDays?: number;
  /** How long the dashboard's day counters (which name no one) are kept. Default 1,095 days. */
  activityRetentionDays?: number;
  /**
   * Put in front of every object's name (the office's is `${prefix}office`), so one Worker's
   * namespaces can hold several offices, or tests keep apart. Default: none.
   */
  prefix?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createDurableStore(env: DurableStoreEnv, options: DurableStoreOptions = {}): Store {
  const retentionDays = options.retentionDays ?? 90;
  const activityRetentionDays = options.activityRetentionDays ?? DEFAULT_ACTIVITY_RETENTION_DAYS;
  for (const [name, days] of [
    ['retentionDays', retentionDays],
    ['activityRetentionDays', activityRetentionDays],
  ] as const)
    if (!(days > 0) || !Number.isFinite(days))
      throw new RangeError(`${name} must be a positive number of days, got ${days}`);
  const prefix = options.prefix ?? '';
  const officeName = `${prefix}office`;
  const retentionMs = retentionDays * 86_400_000;
  const activityRetentionMs = activityRetentionDays * 86_400_000;
  // Stubs are made on every call, never kept: a stub belongs to the request that made it,
  // and this store outlives requests (the Worker builds it once per isolate).
  const conversation = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(prefix + id));
  const office = () => env.OFFICE.get(env.OFFICE.idFromName(officeName));
  const owner = (id: string): Owner => ({ id, office: officeName, retentionMs });

  const conversations: ConversationStore = {
    async openTurn(conversationId, { messageId, leaseMs, dedupeTtlMs, now }) {
      const token = crypto.randomUUID();
      const giveUp = Date.now() + leaseMs * 2;
      let wait = 2;
      for (;;) {
        // RPC results come back typed through Workers' serialisation types; this is the shape it returns.
        const got = (await conversation(conversationId).begin(
          messageId ?? null,
          token,
          leaseMs,
          Date.now(),
          now,
        )) as unknown as Begin;
        if (got.state === 'duplicate') return redelivery();
        if (got.state === 'held') {
          const read = got.record;
          let held = true;
          return {
            fresh: true,
            record: read,
            ticket: got.ticket,
            leftovers: got.leftovers,
            async commit(turn) {
              held = false;
              const rev = await conversation(conversationId).commit({
                owner: owner(conversationId),
                token,
                expectedRev: read?.rev ?? 0,
                record: turn.record,
                lines: turn.transcript,
                messageId: messageId ?? null,
                dedupeTtlMs,
                deadline: turn.deadline ?? null,
                ...(turn.ticket !== undefined ? { ticket: turn.ticket } : {}),
                closed: turn.closed ?? null,
                outbox: turn.outbox,
                retryAt: retryAtOf(turn),
                done: turn.done,
                erase: turn.erase ?? false,
                now: Date.now(),
              });
              if (rev < 0) throw new StoreConflictError(conversationId);
              // The dashboard's share goes to the office in one call once the turn is written.
              // Best effort: a lost count never loses a person's message, and the turn is written.
              if (turn.activity)
                await office()
                  .recordTurn({ ...turn.activity }, Date.now(), retentionMs, activityRetentionMs)
                  .catch(() => undefined);
              return rev;
            },
            // Let go only of our own hold (the lease may have passed to someone else).
            async release() {
              if (held) await conversation(conversationId).release(token);
              held = false;
            },
          };
        }
        // Held by another turn (another isolate, or a request still in flight): wait for it.
        if (Date.now() > giveUp) throw stuckError(conversationId, leaseMs * 2);
        await sleep(wait);
        wait = Math.min(wait * 2, 50);
      }
    },
    async ackOutbox(conversationId, itemIds) {
      if (itemIds.length) await conversation(conversationId).ack(itemIds, Date.now());
    },
    async getTranscript(conversationId, limit = DEFAULT_TRANSCRIPT_LIMIT) {
      return (await conversation(conversationId).transcript(limit, Date.now())) as TranscriptLine[];
    },
  };

  return {
    ...conversations,
    async listTickets() {
      return (await office().list()) as HandoffTicket[];
    },
    async getTicket(conversationId) {
      // The conversation's own object holds the ticket; the office's queue is its index.
      return (await conversation(conversationId).ticket(Date.now())) as HandoffTicket | null;
    },
    async queuePosition(conversationId) {
      return await office().position(conversationId);
    },
    async queueSize() {
      return await office().size();
    },
    async listClosed(limit = DEFAULT_CLOSED_LIMIT, offset = 0) {
      return (await office().closed(limit, offset)) as ClosedTicket[];
    },
    async closedCount() {
      return await office().closedCount();
    },
    async takeDue(now, limit = DEFAULT_DUE_LIMIT) {
      return await office().takeDue(now, limit, OUTBOX_LEASE_MS);
    },
    async saveMedia(conversationId, file) {
      return await conversation(conversationId).saveMedia(owner(conversationId), file, Date.now());
    },
    async getMedia(conversationId, mediaId) {
      return (await conversation(conversationId).getMedia(mediaId, Date.now())) as StoredMedia | null;
    },
    // Kept by the conversation's object, so they go with its erase and its retention.
    async recordDelivery(conversationId, event) {
      await conversation(conversationId).recordDelivery(owner(conversationId), event, Date.now());
    },
    async deliveryEvents(conversationId) {
      // The object checked each event as it read it back (conversation-data.ts).
      return (await conversation(conversationId).deliveries(Date.now())) as DeliveryEvent[];
    },
    async getCannedReplies() {
      return await office().canned();
    },
    async saveCannedReplies(replies) {
      await office().saveCanned(replies);
    },
    async filedExamples() {
      return validExamples(await office().filedExamples());
    },
    async fileExample(example) {
      await office().fileExample(example);
    },
    async saveThread(conversationId, thread) {
      await office().saveThread(conversationId, thread);
    },
    async threadOf(conversationId) {
      return await office().threadOf(conversationId);
    },
    async conversationOfThread(thread) {
      return await office().conversationOfThread(thread);
    },
    // Folios are the office's (one claim at a time, office-wide; erased with the conversation);
    // the cases are in the conversation's record, read from its own object.
    async claimFolio(folio, conversationId) {
      return await office().claimFolio(checkFolio(folio), conversationId);
    },
    async conversationOfFolio(folio) {
      return isFolio(folio) ? await office().conversationOfFolio(folio) : null;
    },
    async casesOf(conversationId) {
      return (await conversation(conversationId).cases(Date.now())) as CaseFile[];
    },
    // Sessions, failed logins, disabled accounts and the audit log: the office's object.
    ...durableStaff(office, retentionMs),
    // Day counters, conversation summaries and the review list: the office's object too.
    ...durableActivity(office, retentionMs, activityRetentionMs),
  };
}
