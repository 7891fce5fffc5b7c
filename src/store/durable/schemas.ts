/**
 * The RPC contract between the Durable Object store (durable-store.ts) and its objects
 * (conversation-object.ts, office-object.ts): the shapes that cross, and the zod schemas an
 * object checks them against before it stores anything. A malformed value stored once would
 * break every later turn of the conversation, or the whole inbox page; unknown fields are
 * kept (loose objects), so a field added to the ports later is not dropped on the way.
 */
import { z } from 'zod';
import { CASE_CODE } from '../../core/case-check.ts';
import { FOLIO } from '../../core/case-file.ts';
import { CASE_OUTCOMES, CASE_STATUSES } from '../../core/case-status.ts';
import { MAX_MEDIA_BYTES, MEDIA_KINDS } from '../../core/messages.ts';
import { MAX_REVIEW_ITEMS } from '../../core/ports/activity-store.ts';
import type { OutboxItem, StoredConversation, TranscriptLine } from '../../core/ports/conversation-store.ts';
import { DELIVERY_STATES } from '../../core/ports/delivery-log.ts';
import type { OfficeExample } from '../../core/ports/example-book.ts';
import type { ClosedTicket, HandoffTicket } from '../../core/ticket.ts';
import { LANGS } from '../../core/types.ts';
import { isDay } from '../common.ts';

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

/** What `begin`, a turn's first call, answers. */
export interface Begin {
  state: 'held' | 'busy' | 'duplicate';
  record: StoredConversation | null;
  ticket: HandoffTicket | null;
  leftovers: OutboxItem[];
}

/** A turn's last call: everything TurnCommit carries, plus what the object cannot know. */
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
  /** undefined leaves the ticket, null removes it. */
  ticket?: HandoffTicket | null;
  closed: ClosedTicket | null;
  outbox: readonly OutboxItem[];
  /** When this commit's outbox items become leftovers. */
  retryAt: number;
  done: readonly string[];
  erase: boolean;
  /** Wall-clock time of the call. */
  now: number;
}

/**
 * What the office hears from a conversation, after the conversation's own write: `forget`
 * first (an erase or the end of retention), then the closed tickets, the ticket (absent:
 * unchanged; null: none), a deadline handed over (null: taken back) and the outbox index
 * (the earliest retryAt; null: nothing left). Applying one twice changes nothing more.
 */
export interface OfficePatch {
  forget?: boolean;
  ticket?: HandoffTicket | null;
  closed?: ClosedTicket[];
  due?: number | null;
  outbox?: number | null;
}

export const time = z.number().finite();
export const conversationIdSchema = z.string().min(1).max(512);
export const ownerSchema = z.object({
  id: conversationIdSchema,
  office: z.string().min(1).max(512),
  retentionMs: z.number().positive(),
});

// A case as the engine keeps it in the record (core/case-file.ts), field for field. The bounds
// are well past what the engine writes (engine/casework.ts keeps 10 cases of 60 history lines,
// and 4 names each); a staff note is as long as a staff reply may be (4,000 characters).
export const folioSchema = z.string().regex(FOLIO, 'a folio: three letters, a dash, four digits');
const byWhomSchema = z.string().min(1).max(200);
const noteSchema = z.string().max(4_000);
const caseEventSchema = z.looseObject({
  at: time,
  by: byWhomSchema,
  kind: z.enum(['opened', 'status', 'assigned', 'closed', 'followUp', 'outcome']),
  status: z.enum(CASE_STATUSES).optional(),
  note: noteSchema.optional(),
  to: byWhomSchema.optional(),
  detail: z.string().max(500).optional(),
});
export const caseFileSchema = z.looseObject({
  folio: folioSchema,
  topic: z.string().min(1).max(100), // as a ticket's: a topic folder's name, or none / human
  lang: z.enum(LANGS),
  openedAt: time,
  status: z.enum(CASE_STATUSES),
  note: noteSchema.optional(),
  changedAt: time,
  closedAt: time.optional(),
  // Cases from before codes keep `names` and `phoneTail` (loose): read, never used.
  check: z.looseObject({ code: z.string().regex(CASE_CODE, 'four code letters').optional() }),
  followUp: z
    .looseObject({
      state: z.enum(['offered', 'accepted', 'declined', 'asked', 'answered']),
      dueAt: time.optional(),
    })
    .optional(),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  history: z.array(caseEventSchema).max(500),
});
export const recordSchema = z.looseObject({
  flow: z.string().min(1),
  version: z.number(),
  state: z.looseObject({ value: z.unknown(), context: z.unknown() }),
  cases: z.array(caseFileSchema).max(100).optional(),
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
export const ticketSchema = z.looseObject({
  conversationId: conversationIdSchema,
  lang: z.enum(LANGS),
  reason: z.string().min(1),
  urgent: z.boolean(),
  topic: z.string().min(1),
  since: time,
  case: z.looseObject({ form: z.string(), answers: z.record(z.string(), z.string()) }).optional(),
  assignee: z.string().min(1).optional(),
  name: z.string().optional(),
  bare: z.boolean().optional(),
});
export const closedSchema = ticketSchema.extend({ closedAt: time });
const itemIdSchema = z.string().min(1).max(200);
export const outboxItemSchema = z.looseObject({
  id: itemIdSchema,
  kind: z.enum(['deliver', 'staff', 'reengage']),
});
export const cannedSchema = z
  .array(z.looseObject({ id: z.string().min(1), lang: z.enum(LANGS), text: z.string() }))
  .max(1_000);
export const itemIdsSchema = z.array(itemIdSchema).max(1_000);
export const threadSchema = z.number().int().safe();

// A delivery event (core/ports/delivery-log.ts). Also what the Redis store checks each stored
// event against when it reads them back (one schema, so the two stores cannot drift apart).
const deliveryErrorSchema = z.looseObject({ code: z.number(), title: z.string().max(4_000) });
// A turn's ref, or the id the channel gave one part of it (a wamid).
const deliveryIdSchema = z.string().min(1).max(512);
export const deliveryEventSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('accepted'), ref: deliveryIdSchema, id: deliveryIdSchema, at: time }),
  z.looseObject({ kind: z.literal('refused'), ref: deliveryIdSchema, at: time, error: deliveryErrorSchema }),
  z.looseObject({
    kind: z.literal('status'),
    id: deliveryIdSchema,
    state: z.enum(DELIVERY_STATES).exclude(['accepted']),
    at: time,
    error: deliveryErrorSchema.optional(),
  }),
]);

// The dashboard (core/ports/activity-store.ts): what the office object checks before it stores,
// and what the Durable Object and Redis stores check as they read back (one schema for both).
export const daySchema = z.string().refine(isDay, 'a day is YYYY-MM-DD, a real date');
const counterSchema = z.string().min(1).max(200);
export const incrementsSchema = z
  .record(counterSchema, z.number().int())
  .refine((c) => Object.keys(c).length <= 1_000);
export const dayCountsSchema = z.array(
  z.object({ day: daySchema, counts: z.record(counterSchema, z.number()) }),
);
const topicSchema = z.string().min(1).max(100);
const countSchema = z.number().int().nonnegative();
export const summarySchema = z.looseObject({
  conversationId: conversationIdSchema,
  channel: z.string().min(1).max(100),
  lang: z.enum(LANGS),
  firstAt: time,
  lastAt: time,
  turns: countSchema,
  topics: z.array(topicSchema).max(20),
  topicsAt: z.array(time).max(20).optional(),
  facets: z.array(z.string().min(1).max(200)).max(20),
  missed: countSchema,
  notHelped: countSchema,
  danger: z.enum(['emergency', 'possible', 'none']),
  handoffAt: time.optional(),
  urgent: z.boolean().optional(),
  firstResponseMs: z.number().nonnegative().optional(),
  resolutionMs: z.number().nonnegative().optional(),
  rating: z.enum(['helped', 'notHelped']).optional(),
});
const reviewIdSchema = z.string().min(1).max(200);
export const reviewItemSchema = z.looseObject({
  id: reviewIdSchema,
  conversationId: conversationIdSchema,
  at: time,
  lang: z.enum(LANGS),
  kind: z.enum(['unclear', 'outOfScope', 'notHelped']),
  text: z.string().max(20_000),
  topic: topicSchema,
  guesses: z.array(topicSchema).max(3),
});
export const reviewIdsSchema = z.array(reviewIdSchema).max(2 * MAX_REVIEW_ITEMS);

// A filed example (core/ports/example-book.ts), in the shape knowledge:check gives examples.yaml
// (src/knowledge/schema.ts's officeExampleSchema; stores import only the ground, so repeated
// here). What the office object checks before it keeps one, and what the Durable Object and
// Redis stores check each one against as they read them back (one that fails is skipped).
export const filedExampleSchema = z
  .object({
    text: z.string().trim().min(2).max(500),
    topic: z.string().regex(/^[a-z_]{2,40}$/, 'a topic folder name, or none'),
    lang: z.enum(LANGS),
    added: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the day it was added, YYYY-MM-DD'),
    by: z.string().min(1).max(40),
  })
  .strict();

/** Filings read back: those that pass filedExampleSchema, in their order; the rest skipped. */
export function validExamples(values: readonly unknown[]): OfficeExample[] {
  return values.flatMap((value) => {
    const parsed = filedExampleSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export const commitSchema = z.object({
  owner: ownerSchema,
  token: z.string().min(1),
  expectedRev: z.number().int().nonnegative(),
  record: recordSchema,
  lines: linesSchema,
  messageId: messageIdSchema,
  dedupeTtlMs: z.number().nonnegative(),
  deadline: time.nullable(),
  ticket: ticketSchema.nullable().optional(),
  closed: closedSchema.nullable(),
  outbox: z.array(outboxItemSchema).max(1_000),
  retryAt: time,
  done: itemIdsSchema,
  erase: z.boolean(),
  now: time,
});
export type CheckedCommit = z.output<typeof commitSchema>;

export const patchSchema = z.object({
  forget: z.boolean().optional(),
  ticket: ticketSchema.nullable().optional(),
  closed: z.array(closedSchema).max(10_000).optional(),
  due: time.nullable().optional(),
  outbox: time.nullable().optional(),
});
