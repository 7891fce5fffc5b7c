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
import { conversationKey, type Inbound, inboundSchema, type Outbound } from './messages.ts';
import type { Clock, HandoffTicket, Logger, Store } from './ports.ts';
import { createInboundReader } from './read-inbound.ts';
import { createReplyRenderer } from './render-reply.ts';
import { persistConversation, restoreConversation, runEvents } from './run-flow.ts';
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
}

/** What one turn produced: the messages to send, and what understanding made of the text. */
export interface TurnResult {
  outbound: Outbound[];
  meaning: Meaning | null;
  effects: Effect[];
}

const isInHandoff = (value: unknown) => typeof value === 'object' && value !== null && 'handoff' in value;
const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function createEngine(options: EngineOptions) {
  const { store, knowledge, i18n } = options;
  const clock = options.clock ?? { now: () => Date.now() };
  const logger = options.logger ?? silentLogger;
  const idleMs = options.idleMs ?? 30 * 60_000;
  const dedupeTtlMs = options.dedupeTtlMs ?? 24 * 3_600_000;
  const defaultLang = options.defaultLang ?? 'es';
  const queue = createKeyedQueue();
  const readInbound = createInboundReader(i18n, options.understand);
  const renderReply = createReplyRenderer(knowledge);

  async function turn(
    id: string,
    address: { channel: string; chatId: string },
    build: Builder,
  ): Promise<TurnResult> {
    const record = await store.getConversation(id);
    const { snapshot, rev } = restoreConversation(record, logger, id);
    const now = clock.now();
    const { events, meaning } = build(snapshot.context, now);
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
        case 'handoff.queue':
          await store.enqueueHandoff({
            conversationId: id,
            lang,
            reason: effect.reason,
            urgent: effect.urgent,
            topic: effect.topic,
            since: now,
            ...(pendingCase ? { case: pendingCase } : {}),
          });
          if (effect.urgent) logger.warn('urgent conversation queued for staff', { conversationId: id });
          break;
        case 'handoff.withdraw':
          await store.withdrawHandoff(id);
          break;
        case 'staff.relay':
          // The staff inbox (a later issue) shows the transcript; nothing to send here.
          break;
        case 'conversation.erase':
          await store.erase(id);
          erased = true;
          break;
      }
    }
    if (!erased) await persistConversation(store, id, next, rev);
    return { outbound, meaning, effects };
  }

  type Builder = (
    context: ReturnType<typeof restoreConversation>['snapshot']['context'],
    now: number,
  ) => { events: ConversationEvent[]; meaning: Meaning | null };

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
      return queue.run(id, async () => {
        if (!(await store.claimMessage(id, inbound.id, dedupeTtlMs))) {
          logger.info('duplicate message ignored', { conversationId: id, messageId: inbound.id });
          return { outbound: [], meaning: null, effects: [] };
        }
        return turn(id, inbound, (context, now) => {
          // Activity is measured on the engine's clock: channel timestamps can be skewed or old (redeliveries).
          const { event, meaning } = readInbound(inbound, context, now);
          return { events: [event], meaning };
        });
      });
    },
    /** Staff took or closed a conversation (called by the staff inbox). */
    async staffEvent(address: { channel: string; chatId: string }, type: 'staff.accepted' | 'staff.closed') {
      const id = conversationKey(address);
      return queue.run(id, () =>
        turn(id, address, (_context, now) => ({ events: [{ type, at: now }], meaning: null })),
      );
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
