/**
 * The store on Cloudflare Workers: every `Store` method as a Workers RPC call to a Durable
 * Object, one per conversation (conversation-object.ts) and one for the office
 * (office-object.ts). A message's turn costs two calls to its conversation's object, as it
 * costs two round trips on Redis: `begin` holds it, tells a redelivery apart and reads the
 * record; `commit` saves it with a compare-and-set on `rev`, adds the transcript lines,
 * remembers the message id and lets go. Deadlines are the conversation objects' alarms;
 * retention is enforced by the same alarms (see conversation-object.ts).
 */
/// <reference types="@cloudflare/workers-types" />
import { z } from 'zod';
import { StoreConflictError } from '../../core/errors.ts';
import { MAX_MEDIA_BYTES, MEDIA_KINDS } from '../../core/messages.ts';
import type {
  HandoffTicket,
  Store,
  StoredConversation,
  StoredMedia,
  TranscriptLine,
} from '../../core/ports.ts';
import type { ConversationObject } from './conversation-object.ts';
import type { OfficeObject } from './office-object.ts';

export interface DurableStoreEnv {
  CONVERSATIONS: DurableObjectNamespace<ConversationObject>;
  OFFICE: DurableObjectNamespace<OfficeObject>;
}

export interface DurableStoreOptions {
  /** How long a person's data is kept after the last write about them. Default 90 days. */
  retentionDays?: number;
  /**
   * Put in front of every object's name (the office's is `${prefix}office`), so one Worker's
   * namespaces can hold several offices, or tests keep apart. Default: none.
   */
  prefix?: string;
}

// ---- The RPC contract between this store and its objects. ----

/**
 * Validates a value an object received over RPC. The error is a plain TypeError because
 * only plain errors cross RPC with their message (a ZodError arrives as just "ZodError").
 */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new TypeError(`a Durable Object refused a malformed value: ${z.prettifyError(parsed.error)}`);
}

/** Who the object is (an object does not know the name it was made from) and how long it keeps data. */
export interface Owner {
  id: string;
  office: string;
  retentionMs: number;
}
export interface Commit {
  owner: Owner;
  token: string;
  /** The `rev` read by `begin` (0: none stored). */
  expectedRev: number;
  record: Omit<StoredConversation, 'rev'>;
  lines: readonly TranscriptLine[];
  messageId: string | null;
  dedupeTtlMs: number;
  /** The conversation's next deadline (epoch ms), or null to leave it. */
  deadline: number | null;
  now: number;
}
export interface Begin {
  state: 'held' | 'busy' | 'duplicate';
  record: StoredConversation | null;
}

// What comes over RPC is checked by the object before it is stored: a malformed value
// stored once would break every later turn of the conversation. Unknown fields are kept
// (loose objects), so a field added to the ports later is not dropped on the way.
export const time = z.number().finite();
export const ownerSchema = z.object({
  id: z.string().min(1).max(512),
  office: z.string().min(1).max(512),
  retentionMs: z.number().positive(),
});
export const recordSchema = z.looseObject({
  flow: z.string().min(1),
  version: z.number(),
  state: z.looseObject({ value: z.unknown(), context: z.unknown() }),
});
const lineSchema = z.looseObject({
  at: z.number(),
  from: z.enum(['person', 'bot', 'staff', 'note']),
  text: z.string(),
  by: z.string().optional(),
  buttons: z.array(z.looseObject({ value: z.string(), label: z.string() })).optional(),
  attachment: z
    .looseObject({
      kind: z.enum(MEDIA_KINDS),
      mimetype: z.string(),
      bytes: z.number(),
      id: z.string().optional(),
      filename: z.string().optional(),
    })
    .optional(),
});
export const linesSchema = z.array(lineSchema).max(10_000);
export const mediaSchema = z.object({
  mimetype: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_MEDIA_BYTES, {
    error: `a file may be at most ${MAX_MEDIA_BYTES} bytes`,
  }),
  filename: z.string().max(1_024).optional(),
});
export const messageIdSchema = z.string().min(1).max(512).nullable();
export const commitSchema = z.object({
  owner: ownerSchema,
  token: z.string().min(1),
  expectedRev: z.number().int().nonnegative(),
  record: recordSchema,
  lines: linesSchema,
  messageId: messageIdSchema,
  dedupeTtlMs: z.number().nonnegative(),
  deadline: time.nullable(),
  now: time,
});

// ---- The store. ----

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createDurableStore(env: DurableStoreEnv, options: DurableStoreOptions = {}): Store {
  const retentionDays = options.retentionDays ?? 90;
  if (!(retentionDays > 0) || !Number.isFinite(retentionDays))
    throw new RangeError(`retentionDays must be a positive number of days, got ${retentionDays}`);
  const prefix = options.prefix ?? '';
  const officeName = `${prefix}office`;
  const retentionMs = retentionDays * 86_400_000;
  // Stubs are made on every call, never kept: a stub belongs to the request that made it,
  // and this store outlives requests (the Worker builds it once per isolate).
  const conversation = (id: string) => env.CONVERSATIONS.get(env.CONVERSATIONS.idFromName(prefix + id));
  const office = () => env.OFFICE.get(env.OFFICE.idFromName(officeName));
  const owner = (id: string): Owner => ({ id, office: officeName, retentionMs });
  // RPC results come back typed through Workers' serialisation types; these are the shapes the objects return.
  const record = (value: unknown) => value as StoredConversation | null;

  const store: Store = {
    async getConversation(id) {
      return record(await conversation(id).read(Date.now()));
    },
    async putConversation(id, next, expectedRev) {
      const rev = await conversation(id).put(owner(id), next, expectedRev, Date.now());
      if (rev < 0) throw new StoreConflictError(id);
      return rev;
    },
    async enqueueHandoff(ticket) {
      await office().enqueue(ticket);
    },
    async withdrawHandoff(conversationId) {
      await office().withdraw(conversationId);
    },
    async listHandoffs() {
      return (await office().list()) as HandoffTicket[];
    },
    async queuePosition(conversationId) {
      return await office().position(conversationId);
    },
    async claimHandoff(conversationId, staffName) {
      await office().claim(conversationId, staffName);
    },
    async closeHandoff(conversationId, at) {
      await office().close(conversationId, at);
    },
    async listClosedHandoffs(limit = 100) {
      return (await office().closed(limit)) as Array<HandoffTicket & { closedAt: number }>;
    },
    async getCannedReplies() {
      return await office().canned();
    },
    async saveCannedReplies(replies) {
      await office().saveCanned(replies);
    },
    async appendTranscript(conversationId, ...lines) {
      if (lines.length) await conversation(conversationId).append(owner(conversationId), lines, Date.now());
    },
    async saveMedia(conversationId, file) {
      return await conversation(conversationId).saveMedia(owner(conversationId), file, Date.now());
    },
    async getMedia(conversationId, mediaId) {
      return (await conversation(conversationId).getMedia(mediaId, Date.now())) as StoredMedia | null;
    },
    async getTranscript(conversationId, limit = 200) {
      return (await conversation(conversationId).transcript(limit, Date.now())) as TranscriptLine[];
    },
    async openTurn(conversationId, { messageId, leaseMs, dedupeTtlMs }) {
      const token = crypto.randomUUID();
      const giveUp = Date.now() + leaseMs * 2;
      let wait = 2;
      for (;;) {
        const got = (await conversation(conversationId).begin(
          messageId ?? null,
          token,
          leaseMs,
          Date.now(),
        )) as unknown as Begin;
        if (got.state === 'duplicate')
          return {
            fresh: false,
            record: null,
            commit: () => Promise.reject(new Error('not held')),
            release: async () => {},
          };
        if (got.state === 'held') {
          const read = got.record;
          let held = true;
          return {
            fresh: true,
            record: read,
            async commit(next, transcript, deadline) {
              held = false;
              const rev = await conversation(conversationId).commit({
                owner: owner(conversationId),
                token,
                expectedRev: read?.rev ?? 0,
                record: next,
                lines: transcript,
                messageId: messageId ?? null,
                dedupeTtlMs,
                deadline: deadline ?? null,
                now: Date.now(),
              });
              if (rev < 0) throw new StoreConflictError(conversationId);
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
        if (Date.now() > giveUp)
          throw new Error(
            `conversation ${conversationId} stayed locked for ${leaseMs * 2} ms; is another turn stuck?`,
          );
        await sleep(wait);
        wait = Math.min(wait * 2, 50);
      }
    },
    async scheduleDeadline(conversationId, at) {
      await conversation(conversationId).schedule(owner(conversationId), at, Date.now());
    },
    async takeDueDeadlines(now, limit = 100) {
      return await office().takeDue(now, limit);
    },
    async erase(conversationId) {
      await Promise.all([conversation(conversationId).erase(), office().forget(conversationId)]);
    },
  };
  return store;
}
