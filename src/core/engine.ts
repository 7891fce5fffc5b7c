/**
 * The engine: the one place where channels, flows, knowledge, understanding and the store
 * meet. `handle(inbound)` validates the message, drops redeliveries, restores the
 * conversation, runs the flow's pure transition, carries out the effects it emitted,
 * persists the new state and returns the outbound messages. Messages of one conversation
 * run strictly one at a time, in arrival order. Web-standard APIs only.
 */
import type { ConversationEvent } from '../../flows/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { InvalidInboundError } from './errors.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import { conversationKey, type Inbound, inboundSchema, type MediaKind, type Outbound } from './messages.ts';
import type { Metrics } from './metrics.ts';
import type { Clock, HandoffTicket, Logger, OpenTurn, StaffDesk, Store, StoredMedia } from './ports.ts';
import { createInboundReader } from './read-inbound.ts';
import { createReplyRenderer } from './render-reply.ts';
import { isInHandoff, restoreConversation, runEvents, toRecord } from './run-flow.ts';
import { expireIfIdle, keepMedia } from './side-turns.ts';
import { saidBy, transcriptOf } from './transcript-lines.ts';
import type { Effect, Lang, Meaning } from './types.ts';

export interface EngineOptions {
  store: Store;
  knowledge: Knowledge;
  i18n: I18n;
  understand: (text: string, hint?: Lang) => Meaning;
  clock?: Clock;
  logger?: Logger;
  /** A conversation idle longer than this starts again from the menu. Default 30 minutes. */
  idleMs?: number;
  /** How long a message id is remembered to drop redeliveries. Default 24 hours. */
  dedupeTtlMs?: number;
  /** The office's main language, for a first message too short to tell. Default 'es'. */
  defaultLang?: Lang;
  /** Where staff see queued conversations (a Telegram staff group; the web inbox later). */
  staff?: StaffDesk;
  /** Counters for /metrics. */
  metrics?: Metrics;
  /** Staff are reminded when a queued conversation waits this long untaken. Default 10 minutes. */
  handoffAlertMs?: number;
}

/** What one turn produced: the messages to send, and what understanding made of the text. */
export interface TurnResult {
  /** The conversation's language after the turn. */
  lang: Lang;
  outbound: Outbound[];
  meaning: Meaning | null;
  effects: Effect[];
}

/** Longest a turn may hold a conversation's lock before another instance may take it. */
const LOCK_LEASE_MS = 15_000;
/** Deadlines taken from the store at a time. */
const SWEEP_BATCH = 100;
const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function createEngine(options: EngineOptions) {
  const { store, knowledge, i18n } = options;
  const clock = options.clock ?? { now: () => Date.now() };
  const logger = options.logger ?? silentLogger;
  const idleMs = options.idleMs ?? 30 * 60_000;
  const dedupeTtlMs = options.dedupeTtlMs ?? 24 * 3_600_000;
  const defaultLang = options.defaultLang ?? 'es';
  const handoffAlertMs = options.handoffAlertMs ?? 10 * 60_000;
  const queue = createKeyedQueue();
  const readInbound = createInboundReader(i18n, options.understand);
  const renderReply = createReplyRenderer(knowledge);

  /** After queueing: how many conversations are ahead, and the office hours when the office gave them. */
  async function queueReceipt(
    id: string,
    lang: Lang,
    address: { channel: string; chatId: string },
  ): Promise<Outbound[]> {
    const t = i18n.t(lang);
    const ahead = await store.queuePosition(id);
    const hours = knowledge.office.hours[lang].trim();
    const lines = [
      ...(ahead > 0 ? [t('handoff.position', { count: ahead })] : []),
      ...(hours ? [t('handoff.hours', { hours })] : []),
    ];
    return lines.length ? [{ ...address, lang, text: lines.join('\n'), buttons: [] }] : [];
  }

  /**
   * One message of a conversation at a time: in this process by the keyed queue, and across
   * instances by the store's hold on the conversation (Redis), whose lease frees a dead
   * instance's hold.
   */
  function serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    return queue.run(id, task);
  }

  /** Staff are told on a best-effort basis: the person's turn never fails because of it. */
  async function tellStaff(call: () => Promise<void> | undefined, conversationId: string) {
    try {
      await call();
    } catch (error) {
      logger.error('could not reach the staff desk', { conversationId, error: (error as Error).message });
    }
  }

  async function turn(
    id: string,
    address: { channel: string; chatId: string },
    build: Builder,
    messageId?: string,
  ): Promise<TurnResult | null> {
    const held = await store.openTurn(id, { messageId, leaseMs: LOCK_LEASE_MS, dedupeTtlMs });
    if (!held.fresh) return null;
    try {
      return await stepHeld(id, address, build, held);
    } finally {
      await held.release();
    }
  }

  async function stepHeld(
    id: string,
    address: { channel: string; chatId: string },
    build: Builder,
    held: OpenTurn,
  ): Promise<TurnResult> {
    const { snapshot } = restoreConversation(held.record, logger, id);
    const now = clock.now();
    const { events, meaning, said, staffSaid, name } = build(snapshot.context, now);
    const idle =
      snapshot.context.lastActivityAt > 0 &&
      now - snapshot.context.lastActivityAt > idleMs &&
      !isInHandoff(snapshot.value);
    const all: ConversationEvent[] = idle ? [{ type: 'timer.idle', at: now }, ...events] : events;
    const { next, effects } = runEvents(snapshot, all);
    const lang = next.context.lang ?? defaultLang;

    const outbound: Outbound[] = [];
    let erased = false;
    let pendingCase: HandoffTicket['case'];
    for (const effect of effects) {
      switch (effect.type) {
        case 'reply': {
          const rendered = renderReply(effect.reply, lang, i18n.t(lang));
          outbound.push({ ...address, lang, ...rendered });
          break;
        }
        case 'case.save':
          pendingCase = { form: effect.form, answers: effect.answers };
          break;
        case 'handoff.queue': {
          const ticket: HandoffTicket = {
            conversationId: id,
            lang,
            reason: effect.reason,
            urgent: effect.urgent,
            topic: effect.topic,
            since: now,
            ...(pendingCase ? { case: pendingCase } : {}),
            ...(name ? { name } : {}),
          };
          await store.enqueueHandoff(ticket);
          if (effect.urgent) logger.warn('urgent conversation queued for staff', { conversationId: id });
          await tellStaff(() => options.staff?.queued(ticket), id);
          await store.scheduleDeadline(id, now + handoffAlertMs);
          outbound.push(...(await queueReceipt(id, lang, address)));
          break;
        }
        case 'handoff.withdraw':
          await store.withdrawHandoff(id);
          break;
        case 'staff.relay':
          await tellStaff(() => options.staff?.relay(id, effect.text), id);
          break;
        case 'rating':
          options.metrics?.rating(effect.helped);
          break;
        case 'conversation.erase':
          await store.erase(id);
          erased = true;
          break;
      }
    }
    if (staffSaid !== undefined) {
      const words = i18n.t(lang)('handoff.fromStaff', { text: staffSaid });
      outbound.push({ ...address, lang, text: words, buttons: [] });
    }
    // The conversation's next deadline: when it goes idle, unless it is with staff (whose
    // reminder deadline, set when it was queued, must stay).
    const deadline = isInHandoff(next.value) ? undefined : now + idleMs + 1;
    if (!erased) await held.commit(toRecord(next), transcriptOf(now, said, staffSaid, outbound), deadline);
    options.metrics?.messagesOut(address.channel, outbound.length);
    return { lang, outbound, meaning, effects };
  }

  /** A turn staff started: there is no message id, so it is never a redelivery. */
  async function heldTurn(id: string, address: { channel: string; chatId: string }, build: Builder) {
    return (await turn(id, address, build)) as TurnResult;
  }

  type Builder = (
    context: ReturnType<typeof restoreConversation>['snapshot']['context'],
    now: number,
  ) => {
    events: ConversationEvent[];
    meaning: Meaning | null;
    said?: string;
    staffSaid?: string;
    /** The person's display name, for a ticket this turn queues. */
    name?: string;
  };

  return {
    /** Handles one message from a channel; see the file's opening comment. */
    async handle(raw: unknown): Promise<TurnResult> {
      const parsed = inboundSchema.safeParse(raw);
      if (!parsed.success) {
        throw new InvalidInboundError(
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      }
      const inbound: Inbound = parsed.data;
      const id = conversationKey(inbound);
      return serial(id, async () => {
        const result = await turn(
          id,
          inbound,
          (context, now) => {
            // Activity is measured on the engine's clock: channel timestamps can be skewed or old (redeliveries).
            const { event, meaning } = readInbound(inbound, context, now);
            return {
              events: [event],
              meaning,
              said: saidBy(inbound, context, i18n, defaultLang),
              ...(inbound.name ? { name: inbound.name } : {}),
            };
          },
          inbound.id,
        );
        if (result) {
          options.metrics?.messageIn(inbound.channel);
          return result;
        }
        logger.info('duplicate message ignored', { conversationId: id, messageId: inbound.id });
        return { lang: defaultLang, outbound: [], meaning: null, effects: [] };
      });
    },
    /**
     * Carries out the deadlines that are due: reminds staff of conversations waiting too long
     * untaken, and starts idle conversations again from the menu. Any instance may call it now
     * and then, and a Durable Object alarm does on Workers (the store hands each deadline to
     * one caller); no in-process timer holds state.
     */
    async sweepDeadlines(): Promise<number> {
      const now = clock.now();
      let taken = 0;
      // Batches of 100 until none is left: every conversation active in the last half hour
      // has a deadline, and a busy hour must not leave a backlog for the next sweep.
      for (let round = 0; round < 100; round++) {
        const due = await store.takeDueDeadlines(now, SWEEP_BATCH);
        taken += due.length;
        const waiting = due.length ? await store.listHandoffs() : [];
        for (const id of due) {
          const ticket = waiting.find((t) => t.conversationId === id);
          if (!ticket) {
            await serial(id, () =>
              expireIfIdle({ store, logger, idleMs, leaseMs: LOCK_LEASE_MS, dedupeTtlMs }, id, now),
            );
            continue;
          }
          if (ticket.assignee) continue;
          await tellStaff(() => options.staff?.overdue?.(ticket, now - ticket.since), id);
          await store.scheduleDeadline(id, now + handoffAlertMs);
        }
        if (due.length < SWEEP_BATCH) break;
      }
      return taken;
    },

    /** Staff took or closed a conversation (called by the staff inbox or staff group). */
    async staffEvent(address: { channel: string; chatId: string }, type: 'staff.accepted' | 'staff.closed') {
      const id = conversationKey(address);
      return serial(id, () =>
        heldTurn(id, address, (_context, now) => ({ events: [{ type, at: now }], meaning: null })),
      );
    },
    /** A file the person sent while with staff (a voice note, a photo of a document): see keepMedia. */
    async attachMedia(
      address: { channel: string; chatId: string },
      file: StoredMedia & { kind: MediaKind },
    ): Promise<void> {
      const id = conversationKey(address);
      await serial(id, async () => {
        const attachment = await keepMedia(store, id, clock.now(), file);
        await tellStaff(() => options.staff?.media?.(id, attachment), id);
      });
    },
    /** A staff member's words for the person; the conversation is then with staff. */
    async staffReply(address: { channel: string; chatId: string }, text: string): Promise<TurnResult> {
      const id = conversationKey(address);
      return serial(id, () =>
        heldTurn(id, address, (_context, now) => ({
          events: [{ type: 'staff.accepted', at: now }],
          meaning: null,
          staffSaid: text.slice(0, 4000),
        })),
      );
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
