/**
 * The engine: the one place where channels, flows, knowledge, understanding and the store
 * meet. Every change to a conversation is a turn (turn.ts), whoever starts it: a person's
 * message or reaction (`handle`; a reaction is kept, not answered: reaction.ts), a staff action
 * (staff-actions.ts), a file kept for staff, or a deadline (sweep.ts). Turns of one
 * conversation run one at a time, in order, in this process (a keyed queue) and across
 * instances (the store's hold). Web-standard APIs only.
 */
import {
  createChoiceCodec,
  createConversationFlow,
  type FlowEvent,
  type FlowView,
  INTAKE_FORMS,
} from '../../flows/index.ts';
import { type Address, conversationId } from '../core/address.ts';
import type { CaseFile } from '../core/case-file.ts';
import { InvalidInboundError } from '../core/errors.ts';
import { keyedHash } from '../core/keyed-hash.ts';
import { createKeyedQueue } from '../core/keyed-queue.ts';
import { inboundSchema, type MediaKind } from '../core/messages.ts';
import type { Channel } from '../core/ports/channel.ts';
import { type Conversations, NO_TURN, type TurnResult } from '../core/ports/conversations.ts';
import type { StoredMedia } from '../core/ports/media-store.ts';
import { type Clock, type Logger, silentLogger, systemClock } from '../core/ports/runtime.ts';
import type { StaffDesk } from '../core/ports/staff-desk.ts';
import type { Store } from '../core/ports/store.ts';
import { saidLine } from '../core/said-line.ts';
import type { Lang, Meaning } from '../core/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { lookUpCase } from './case-lookup.ts';
import { buildCatalog } from './catalog.ts';
import { substanceOf } from './gist.ts';
import { keepMedia } from './media.ts';
import type { Metrics } from './metrics.ts';
import { createOutbox } from './outbox.ts';
import { reactionTurn } from './reaction.ts';
import { createInboundReader, type ReadableInbound, type Understand } from './read-inbound.ts';
import { createReplyRenderer } from './render-reply.ts';
import { replyContext } from './reply-context.ts';
import { createStaffActions } from './staff-actions.ts';
import { createSweep } from './sweep.ts';
import { createTurns, LEASE_MS, RETRY_AFTER_MS, type TurnRequest } from './turn.ts';

export interface EngineOptions {
  store: Store;
  knowledge: Knowledge;
  i18n: I18n;
  understand: Understand;
  /** The channels people write on; a channel with `deliver` gets its messages pushed. */
  channels?: readonly Channel[];
  /** Where staff hear about conversations (the web inbox, a Telegram staff group). */
  staffDesks?: readonly StaffDesk[];
  clock?: Clock;
  logger?: Logger;
  metrics?: Metrics;
  /** A conversation idle longer than this starts again from the menu. Default 30 minutes. */
  idleMs?: number;
  /** How long a message id is remembered to drop redeliveries. Default 24 hours. */
  dedupeTtlMs?: number;
  /** The office's main language, for a first message too short to tell. Default 'es'. */
  defaultLang?: Lang;
  /** Staff are reminded when a queued conversation waits this long untaken. Default 10 minutes. */
  handoffAlertMs?: number;
  /** An urgent conversation nobody took is alerted again after this long, and every period. Default 3 minutes. */
  urgentRealertMs?: number;
  /**
   * The server's secret (SESSION_SECRET): keyed hashes of senders for the case checks' limits,
   * so the store never holds an address or a chat id for them. Default: a random one per
   * process (the counts then start afresh on a restart).
   */
  secret?: string;
  /** How long a turn's hold outlives a crashed holder. Default 15 s; tests of crashes lower it. */
  leaseMs?: number;
  /** After this long, what a turn has not sent yet is anyone's to finish (next turn, sweep). Default 30 s. */
  outboxRetryMs?: number;
  /**
   * Turns answer at their commit while their sends go on (Workers: a webhook's 200 then waits
   * for no send; the Worker keeps the request alive with sendsSettled). Default false.
   */
  answerAtCommit?: boolean;
  /**
   * Each request is a context of its own (Workers): a conversation's turns and sends wait for
   * its earlier ones on timers of their own, never on another request's promise (a request
   * that does is cancelled as hung: core/keyed-queue.ts). Default false.
   */
  isolatedRequests?: boolean;
  /**
   * Random bytes for folios and case codes; crypto's by default. The converse command gives a
   * seeded one, so a conversation replayed gets the same folio (a judge replaying a chat saw it change).
   */
  random?: (n: number) => Uint8Array;
}

export function createEngine(options: EngineOptions) {
  const { store, knowledge, i18n } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const defaultLang = options.defaultLang ?? 'es';
  const idleMs = options.idleMs ?? 30 * 60_000;
  const handoffAlertMs = options.handoffAlertMs ?? 10 * 60_000;
  const urgentRealertMs = options.urgentRealertMs ?? 3 * 60_000;
  const channels = new Map((options.channels ?? []).map((c) => [c.name, c]));
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const catalog = buildCatalog(knowledge);
  const flow = createConversationFlow(catalog);
  const codec = createChoiceCodec({ topics: new Set(Object.keys(catalog.topics)), forms: INTAKE_FORMS });
  const readInbound = createInboundReader(i18n, options.understand, codec);
  const outbox = createOutbox({ channels, desks: options.staffDesks ?? [], logger });
  const runTurn = createTurns({
    store,
    flow,
    i18n,
    render: createReplyRenderer(knowledge),
    outbox,
    channels,
    clock,
    logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    defaultLang,
    idleMs,
    dedupeTtlMs: options.dedupeTtlMs ?? 24 * 3_600_000,
    handoffAlertMs,
    urgentRealertMs,
    leaseMs,
    outboxRetryMs: options.outboxRetryMs ?? RETRY_AFTER_MS,
    ...(options.answerAtCommit ? { answerAtCommit: true } : {}),
    ...(options.isolatedRequests ? { isolatedRequests: true } : {}),
    ...(options.random ? { random: options.random } : {}),
    timeZone: knowledge.office.timeZone,
    followUpDays: knowledge.office.cases.followUpDays,
  });
  const senderHash = keyedHash(options.secret ?? crypto.randomUUID() + crypto.randomUUID(), 'case-sender');
  // A turn the store would think crashed after leaseMs holds the next one here no longer either.
  const queue = createKeyedQueue(options.isolatedRequests ? { isolated: { giveUpMs: leaseMs } } : {});
  /** One turn of a conversation at a time in this process; the store's hold does it across instances. */
  const serial = <T>(id: string, task: () => Promise<T>) => queue.run(id, task);
  /** A message about a case, or the answer to a folio's check: what the store says, for the flow. */
  async function withLookup(
    event: Extract<FlowEvent, { type: 'user.text' }>,
    meaning: Meaning,
    view: FlowView,
    own: readonly CaseFile[],
    id: string,
    from: string | undefined,
    now: number,
  ): Promise<FlowEvent> {
    const input = { conversationId: id, text: event.text, meaning, view, own, now };
    const asks = view.checkingFolio !== null || meaning.caseQuery !== undefined;
    // Hashed only for a message about a case: most turns need no sender.
    const sender = asks ? await senderHash(from ?? id) : '';
    const lookup = await lookUpCase(store, { ...input, sender });
    return lookup ? { ...event, lookup } : event;
  }
  const saidOf = (choices: ReadonlyArray<{ value: string; label: string }>, value: string, lang: Lang) => {
    // A language chosen from the web chat's header is no button on screen: its name.
    const chosen = codec.decode(value);
    const label =
      choices.find((c) => c.value === value)?.label ??
      (chosen?.kind === 'lang' ? `language.${chosen.lang}` : undefined);
    return label ? i18n.t(lang)(label) : `[${value}]`;
  };

  /** A follow-up answer naming a case this conversation does not have (a forged button) is no choice. */
  const ownCaseOnly = (event: FlowEvent, cases: readonly CaseFile[]): FlowEvent => {
    const folio =
      event.type === 'user.choice' && event.choice.kind === 'outcome' ? event.choice.folio : undefined;
    return folio !== undefined && !cases.some((c) => c.folio === folio)
      ? { type: 'user.unknownChoice', at: event.at }
      : event;
  };

  /** The turn of a person's message: read, understood, answered; what it quoted kept for staff. */
  const messageTurn = (inbound: ReadableInbound, id: string): TurnRequest => ({
    address: { channel: inbound.channel, chatId: inbound.chatId },
    messageId: inbound.id,
    prepare: async (view, now, _ticket, cases) => {
      // Activity is measured on the engine's clock: channel timestamps can be skewed or old (redeliveries).
      const read = readInbound(inbound, view, now);
      const { meaning } = read;
      const event =
        read.event.type === 'user.text' && meaning
          ? await withLookup(read.event, meaning, view, cases, id, inbound.from, now)
          : ownCaseOnly(read.event, cases);
      const content = inbound.content;
      const said =
        content.type === 'choice'
          ? saidOf(view.choices, content.value, view.lang ?? defaultLang)
          : saidLine(content);
      // The flow reads the words as ever; staff also see what they answered.
      const replyTo = inbound.replyTo ? await replyContext(store, id, inbound.replyTo.id) : undefined;
      return {
        events: [event],
        meaning,
        said,
        ...(meaning ? { gist: substanceOf(said, meaning, options.understand) } : {}),
        ...(replyTo ? { replyTo } : {}),
        fromPerson: true,
        // WhatsApp's window runs from when Meta got the message; a skewed clock never moves it ahead.
        heardAt: inbound.at === undefined ? now : Math.min(inbound.at, now),
        ...(inbound.name ? { name: inbound.name } : {}),
      };
    },
  });

  const conversations: Conversations = {
    async handle(raw) {
      const parsed = inboundSchema.safeParse(raw);
      if (!parsed.success)
        throw new InvalidInboundError(
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      const inbound = parsed.data;
      const { content, ...rest } = inbound;
      const id = conversationId(inbound);
      // A reaction is kept on the transcript, never answered (reaction.ts).
      const request =
        content.type === 'reaction'
          ? reactionTurn({ store, idleMs }, inbound, content, id)
          : messageTurn({ ...rest, content }, id);
      const result = await serial(id, () => runTurn(request));
      if (result) {
        options.metrics?.messageIn(inbound.channel);
        return result;
      }
      logger.info('duplicate message ignored', { conversationId: id, messageId: inbound.id });
      return { lang: defaultLang, outbound: [], meaning: null, report: { ...NO_TURN } };
    },
    isChoice: (value) => codec.decode(value) !== null,
    async attachMedia(address: Address, file: StoredMedia & { kind: MediaKind }) {
      const id = conversationId(address);
      await serial(id, () => keepMedia({ store, runTurn }, address, file));
    },
    staff: createStaffActions({ runTurn, serial, defaultLang }),
  };

  const sweep = createSweep({
    store,
    runTurn,
    serial,
    clock,
    logger,
    idleMs,
    handoffAlertMs,
    urgentRealertMs,
  });

  return {
    ...conversations,
    /** The typed choices, for channels' tests and tools: whether a value is one the flows give. */
    codec,
    /**
     * Carries out what is due: reminds staff of conversations waiting too long untaken (alerts
     * urgent ones again), starts
     * idle conversations again from the menu, and finishes outbox items a dead turn left. Any
     * instance may call it; the store hands each due conversation to one caller.
     */
    sweep,
    /** Resolves once no turn's sends are in flight in this process (answerAtCommit). */
    sendsSettled: runTurn.sendsSettled,
  };
}

export type Engine = ReturnType<typeof createEngine>;
export type { TurnResult };
