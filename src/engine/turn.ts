/**
 * One turn of a conversation, whoever starts it (a person's message, a staff action, a
 * deadline), carried out: hold it → do leftovers → prepare → decide (pure: turn-step.ts and
 * turn-decide.ts, with the few store reads the decision asks for) → commit everything at
 * once → only then send what the turn produced (the outbox). Leftovers of an earlier turn
 * that died after its commit are done first, so nothing is lost and the order holds. A
 * revision conflict (another instance wrote after our lease ran out) runs the turn again.
 */
import type { Flow } from '../../flows/index.ts';
import { conversationId } from '../core/address.ts';
import { newCaseCode } from '../core/case-check.ts';
import { newFolio } from '../core/case-file.ts';
import { StoreConflictError, UnknownConversationError } from '../core/errors.ts';
import { createKeyedQueue } from '../core/keyed-queue.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { OutboxItem } from '../core/ports/conversation-store.ts';
import type { TurnResult } from '../core/ports/conversations.ts';
import type { Clock, Logger } from '../core/ports/runtime.ts';
import type { Store } from '../core/ports/store.ts';
import type { Lang } from '../core/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Metrics } from './metrics.ts';
import type { Outbox } from './outbox.ts';
import type { createReplyRenderer } from './render-reply.ts';
import { restoreFlow } from './restore-flow.ts';
import { type Decision, decideTurn, type Looked } from './turn-decide.ts';
import type { TurnRequest } from './turn-request.ts';
import { lookupsOf, type SteppedTurn, stepTurn } from './turn-step.ts';

export interface TurnDeps {
  store: Store;
  flow: Flow;
  i18n: I18n;
  render: ReturnType<typeof createReplyRenderer>;
  outbox: Outbox;
  channels: ReadonlyMap<string, Channel>;
  clock: Clock;
  logger: Logger;
  metrics?: Metrics;
  defaultLang: Lang;
  idleMs: number;
  dedupeTtlMs: number;
  handoffAlertMs: number;
  /** An urgent ticket nobody took is alerted again after this long, and every period (reminders.ts). */
  urgentRealertMs: number;
  /** Longest a turn may hold a conversation before another instance may take it. */
  leaseMs: number;
  /** How long a turn's outbox items are its own to send; after that, leftovers for anyone to finish. */
  outboxRetryMs: number;
  /**
   * A turn answers at its commit and its sends go on (Workers: the platform's 200 need not wait
   * for Telegram's per-chat spacing or WhatsApp's pacing); the Worker keeps the request alive
   * for them (sendsSettled). Default false: a turn answers once its sends are over.
   */
  answerAtCommit?: boolean;
  /**
   * Each request is a context of its own (Workers): a conversation's sends wait for its earlier
   * sends on timers of their own, never on another request's promise (core/keyed-queue.ts).
   */
  isolatedRequests?: boolean;
  /** Random bytes for folios and case codes (EngineOptions.random); crypto's by default. */
  random?: (n: number) => Uint8Array;
  /** The office's time zone (IANA), for the day the dashboard counts a turn in. */
  timeZone: string;
  /** Days from an accepted follow-up to its question. */
  followUpDays: number;
}

export type { Prepared, TurnRequest } from './turn-request.ts';

/** Default for TurnDeps.leaseMs: far above a turn's few milliseconds, short enough to recover a crash. */
export const LEASE_MS = 15_000;
/** Default for TurnDeps.outboxRetryMs: a turn sends its own items in well under a second. */
export const RETRY_AFTER_MS = 30_000;
const ATTEMPTS = 3;

export function createTurns(deps: TurnDeps) {
  const { store, flow, logger } = deps;
  // Built once, not per turn.
  const { random } = deps;
  const folio = () => newFolio(random);
  const stepContext = { flow, defaultLang: deps.defaultLang, idleMs: deps.idleMs, folio };
  const decideContext = {
    ...deps,
    draws: { caseCode: () => newCaseCode(random), uuid: () => crypto.randomUUID() },
  };
  /**
   * Conversations whose last commit failed with an unknown outcome (it may have been written
   * before the call failed), and when that commit's items would become leftovers. Their next
   * turn here takes those items at once, so they go out before anything newer.
   */
  const uncertain = new Map<string, number>();
  /**
   * A turn's sends, one conversation's after another in this process: in order, and never the
   * same items twice at once, even when the turn has answered already (answerAtCommit). If the
   * isolate dies mid-send, the items were written with the turn: leftovers for the next turn or
   * the alarm's sweep.
   */
  const sends = createKeyedQueue(deps.isolatedRequests ? { isolated: { giveUpMs: deps.outboxRetryMs } } : {});

  /** What the decision asked the store for (turn-step.ts's lookupsOf), in that order. */
  async function lookUp(turn: SteppedTurn): Promise<Looked> {
    const wanted = lookupsOf(turn);
    const { id, plan } = turn;
    // A new case's folio is claimed before anything is written: a folio another conversation
    // holds already (one chance in millions) runs the turn again with another.
    if (wanted.claimFolio && !(await store.claimFolio(wanted.claimFolio, id)))
      throw new StoreConflictError(id);
    const looked: Looked = {};
    if (wanted.queueAhead) {
      if (turn.ticket) looked.ahead = Math.max(0, await store.queuePosition(id));
      else {
        const size = await store.queueSize();
        looked.ahead = plan.ticket?.urgent ? size.urgent : size.all;
      }
    }
    if (wanted.transcript) looked.transcript = await store.getTranscript(id);
    return looked;
  }

  /**
   * An erase forgets where the person's messages go (a changed number): its messages keep the
   * place the channel sends to now, asked before the commit, so the confirmation reaches them.
   */
  async function pinErased(decision: Decision): Promise<Decision> {
    const deliver = decision.items.find((item) => item.kind === 'deliver');
    const sendsTo = deliver && deps.channels.get(deliver.address.channel)?.sendsTo;
    if (!decision.commit.erase || !deliver || !sendsTo) return decision;
    const to = await sendsTo(deliver.address);
    const items = decision.items.map((item) => (item.kind === 'deliver' ? { ...item, to } : item));
    return { ...decision, items, commit: { ...decision.commit, outbox: items } };
  }

  /** Leftover items done now, after this conversation's sends still going out here: the ids done. */
  const performNow = async (id: string, items: readonly OutboxItem[]): Promise<string[]> =>
    items.length ? await sends.run(id, () => deps.outbox.perform(items)) : [];

  /**
   * Leftovers taken over by a turn that answers at its commit: written again with its items (a
   * new retry time, so no other turn takes them meanwhile) and sent first, after the commit. The
   * answer never waits for earlier sends (on Workers those may belong to another request). An
   * erase sends them first, as any turn does: its record keeps nothing but the confirmation.
   */
  async function takeOver(id: string, leftovers: readonly OutboxItem[], decision: Decision, now: number) {
    if (leftovers.length === 0) return decision;
    if (decision.commit.erase) {
      const done = [...decision.commit.done, ...(await performNow(id, leftovers))];
      return { ...decision, commit: { ...decision.commit, done } };
    }
    const items = [...leftovers, ...decision.items];
    const commit = { ...decision.commit, outbox: items, retryAt: now + deps.outboxRetryMs };
    return { ...decision, items, commit };
  }

  /** Tells the metrics what a committed turn did. */
  function measure(decision: Decision, channel: string) {
    for (const helped of decision.plan.ratings) deps.metrics?.rating(helped);
    if (decision.firstResponseMs !== undefined) deps.metrics?.firstResponse(decision.firstResponseMs);
    deps.metrics?.messagesOut(channel, decision.messagesOut);
  }

  async function once(request: TurnRequest): Promise<{ result: TurnResult; sent: Promise<void> } | null> {
    const id = conversationId(request.address);
    const now = deps.clock.now();
    const held = await store.openTurn(id, {
      leaseMs: deps.leaseMs,
      dedupeTtlMs: deps.dedupeTtlMs,
      now: Math.max(now, uncertain.get(id) ?? 0),
      ...(request.messageId ? { messageId: request.messageId } : {}),
    });
    if (!held.fresh) return null;
    let committed = false;
    try {
      // Before anything else (leftovers included), so a refused turn has done nothing at all.
      if (request.existing && held.record === null) throw new UnknownConversationError(id);
      // Leftovers wait for this conversation's sends still going out here, and keep their place.
      // A turn that answers at its commit takes them over instead (takeOver, below).
      const later = deps.answerAtCommit ? held.leftovers : [];
      const done = await performNow(id, deps.answerAtCommit ? [] : held.leftovers);
      const snapshot = restoreFlow(flow, logger, held.record, id);
      const view = flow.view(snapshot);
      const { record, ticket } = held;
      const prepared = await request.prepare(view, now, ticket, record?.cases ?? []);
      if (prepared.skip) {
        const finished = [...done, ...(await performNow(id, later))];
        if (finished.length) await store.ackOutbox(id, finished);
        uncertain.delete(id);
        return null;
      }
      const facts = { id, address: request.address, now, record, ticket, done, snapshot, view, prepared };
      const stepped = stepTurn(facts, stepContext);
      const decided = await pinErased(decideTurn(stepped, await lookUp(stepped), decideContext));
      const decision = await takeOver(id, later, decided, now);
      const { items } = decision;
      await held.commit(decision.commit).catch((error) => {
        if (items.length) uncertain.set(id, now + deps.outboxRetryMs);
        throw error;
      });
      committed = true;
      uncertain.delete(id);
      measure(decision, request.address.channel);
      // Sent after the commit, never before: a turn that fails to commit has told no one.
      // After this conversation's earlier sends here: in order, though the turn answers first.
      const sent = items.length
        ? sends
            .run(id, () => deps.outbox.perform(items))
            .then(async (ok) => {
              if (ok.length) await store.ackOutbox(id, ok);
            })
        : Promise.resolve();
      return { result: decision.result, sent };
    } finally {
      if (!committed) await held.release();
    }
  }

  /** Runs a turn (again after a revision conflict); resolves once its outbox has gone out. */
  async function runTurn(request: TurnRequest): Promise<TurnResult | null> {
    const id = conversationId(request.address);
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await once(request);
        if (!done) {
          // A redelivery of a message whose commit we could not confirm: it was written, so
          // send what it left now instead of waiting for the sweep.
          if (request.messageId && uncertain.has(id))
            await once({
              address: request.address,
              prepare: () => ({ events: [], meaning: null, skip: true }),
            });
          return null;
        }
        const sent = done.sent.catch((error) =>
          logger.warn('outbox: could not mark items done; they are remembered here', {
            error: (error as Error).message,
          }),
        );
        if (!deps.answerAtCommit) await sent;
        return done.result;
      } catch (error) {
        if (!(error instanceof StoreConflictError) || attempt >= ATTEMPTS) throw error;
        logger.warn('revision conflict; running the turn again', { attempt });
      }
    }
  }
  /** Resolves once no turn's sends are in flight here (with answerAtCommit). */
  runTurn.sendsSettled = () => sends.idle();
  return runTurn;
}
