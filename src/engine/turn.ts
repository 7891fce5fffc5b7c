/**
 * One turn of a conversation, whoever starts it (a person's message, a staff action, a
 * deadline): hold it → restore → step the flow → plan → commit everything at once → only
 * then send what the turn produced (the outbox). Leftovers of an earlier turn that died
 * after its commit are done first, so nothing is lost and the order holds. A revision
 * conflict (another instance wrote after our lease ran out) runs the turn again.
 */
import type { Flow, FlowEvent } from '../../flows/index.ts';
import { conversationId } from '../core/address.ts';
import { newCaseCode } from '../core/case-check.ts';
import { newFolio } from '../core/case-file.ts';
import { StoreConflictError, UnknownConversationError } from '../core/errors.ts';
import type { Outbound } from '../core/messages.ts';
import type { Channel } from '../core/ports/channel.ts';
import type { TurnResult } from '../core/ports/conversations.ts';
import type { Clock, Logger } from '../core/ports/runtime.ts';
import type { Store } from '../core/ports/store.ts';
import type { Lang } from '../core/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { activityOf, recordActivity } from './activity.ts';
import { casesOfTurn, withFollowUp } from './case-turn.ts';
import { answerable } from './casework.ts';
import type { Metrics } from './metrics.ts';
import { outboundOf } from './outbound.ts';
import type { Outbox } from './outbox.ts';
import { gistOf, type Plan, planTurn, withGist } from './plan.ts';
import { reminderPeriod } from './reminders.ts';
import type { createReplyRenderer } from './render-reply.ts';
import { heardAtOf, onlyWantsTheNews, throughWindow } from './reply-window-hold.ts';
import { reportOf } from './report.ts';
import { restoreFlow } from './restore-flow.ts';
import { transcriptOf } from './transcript.ts';

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
  /** The office's time zone (IANA), for the day the dashboard counts a turn in. */
  timeZone: string;
  /** Days from an accepted follow-up to its question. */
  followUpDays: number;
}

import type { TurnRequest } from './turn-request.ts';

export type { Prepared, TurnRequest } from './turn-request.ts';

/** Default for TurnDeps.leaseMs: far above a turn's few milliseconds, short enough to recover a crash. */
export const LEASE_MS = 15_000;
/** Default for TurnDeps.outboxRetryMs: a turn sends its own items in well under a second. */
export const RETRY_AFTER_MS = 30_000;
const ATTEMPTS = 3;

export function createTurns(deps: TurnDeps) {
  const { store, flow, logger } = deps;
  /**
   * Conversations whose last commit failed with an unknown outcome (it may have been written
   * before the call failed), and when that commit's items would become leftovers. Their next
   * turn here takes those items at once, so they go out before anything newer.
   */
  const uncertain = new Map<string, number>();

  async function queueAhead(id: string, plan: Plan, hadTicket: boolean): Promise<number> {
    if (hadTicket) return Math.max(0, await store.queuePosition(id));
    const size = await store.queueSize();
    return plan.ticket?.urgent ? size.urgent : size.all;
  }

  function deadline(plan: Plan, hadTicket: boolean, now: number, active: boolean): number | undefined {
    const ticket = plan.ticket;
    if (ticket && !ticket.assignee)
      return hadTicket && !plan.queuedNow ? undefined : now + reminderPeriod(ticket, deps);
    if (ticket) return undefined; // with a staff member: no idle restart, no reminders
    // Started again after being idle: nothing left to time out (a follow-up may still be).
    return active ? now + deps.idleMs + 1 : undefined;
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
      const leftovers = held.leftovers.length ? await deps.outbox.perform(held.leftovers) : [];
      const snapshot = restoreFlow(flow, logger, held.record, id);
      const view = flow.view(snapshot);
      const casesBefore = held.record?.cases ?? [];
      const prepared = await request.prepare(view, now, held.ticket, casesBefore);
      if (prepared.skip) {
        if (leftovers.length) await store.ackOutbox(id, leftovers);
        uncertain.delete(id);
        return null;
      }
      const idle =
        prepared.fromPerson === true &&
        view.lastActivityAt > 0 &&
        now - view.lastActivityAt > deps.idleMs &&
        !view.withStaff;
      let next = snapshot;
      const effects = [];
      const events = idle
        ? [{ type: 'timer.idle', at: now } as FlowEvent, ...prepared.events]
        : prepared.events;
      for (const event of onlyWantsTheNews(prepared, held.record?.held) ? [] : events) {
        const stepped = flow.step(next, event);
        next = stepped.next;
        effects.push(...stepped.effects);
      }
      const after = flow.view(next);
      const lang = after.lang ?? view.lang ?? deps.defaultLang;
      // Drawn only when the turn opens a new case (most turns do not).
      let drawn: string | undefined;
      const folio = () => {
        drawn ??= newFolio();
        return drawn;
      };
      const plan = planTurn(effects, {
        conversationId: id,
        address: request.address,
        lang,
        now,
        ticket: held.ticket,
        staffChanges: prepared.staffChanges ?? [],
        folio,
        ...(prepared.name ? { name: prepared.name } : {}),
        ...(prepared.heardAt !== undefined ? { heardAt: prepared.heardAt } : {}),
        ...(prepared.meaning && prepared.said ? { gist: gistOf(prepared.said) } : {}),
      });
      plan.caseAnswers = answerable(casesBefore, plan.caseAnswers);
      // A new case's folio is claimed before anything is written: a folio another conversation
      // holds already (one chance in millions) runs the turn again with another.
      if (drawn && plan.ticket?.folio === drawn && !(await store.claimFolio(drawn, id)))
        throw new StoreConflictError(id);
      const cases = casesOfTurn(casesBefore, prepared, plan, {
        now,
        lang,
        ticketBefore: held.ticket,
        followUpDays: deps.followUpDays,
        code: () => newCaseCode(),
      });
      const code = cases.find((c) => c.folio === plan.ticket?.folio)?.check.code;
      const render = {
        lang,
        t: deps.i18n.t(lang),
        choices: deps.channels.get(request.address.channel)?.choices ?? 'buttons',
        ...(plan.ticket?.folio ? { folio: plan.ticket.folio } : {}),
        ...(code ? { code } : {}),
        ...(plan.replies.some((r) => r.kind === 'queue')
          ? {
              ahead: await queueAhead(id, plan, held.ticket !== null),
              waitedMinutes: held.ticket ? Math.floor((now - held.ticket.since) / 60_000) : 0,
            }
          : {}),
      } as const;
      const turnId = `${now.toString(36)}${crypto.randomUUID().slice(0, 6)}`;
      // On a channel that reports each message's fate, the turn's messages and transcript
      // lines carry the turn's id, so the inbox can show staff what became of each line.
      const ref = deps.channels.get(request.address.channel)?.reportsDelivery ? { ref: turnId } : {};
      const outbound: Outbound[] = outboundOf(plan.replies, render, deps.render).map((shown) => ({
        ...request.address,
        lang,
        ...shown,
        ...ref,
      }));
      // A ticket queued by a "sí" is summed up by the words that led to the offer.
      if (plan.queuedNow && plan.ticket && !plan.ticket.gist)
        plan.ticket = withGist(plan.ticket, await store.getTranscript(id));
      const notices = [...plan.notices, ...(prepared.notices ?? [])];
      const heardAt = heardAtOf(prepared, held.record, held.ticket);
      const windowed = throughWindow({
        ...{ window: deps.channels.get(request.address.channel)?.replyWindow, now, lang, outbound, heardAt },
        ...{ fromPerson: prepared.fromPerson === true, held: held.record?.held ?? [] },
      });
      const items =
        notices.length || windowed.now.length || windowed.reengage
          ? deps.outbox.itemsFor(turnId, request.address, windowed.now, notices, windowed.reengage)
          : [];
      const command = prepared.events.some((e) => e.type.startsWith('cmd.'));
      const report = reportOf(plan, after, effects, command);
      const activity = activityOf({
        ...{ conversationId: id, address: request.address, now, timeZone: deps.timeZone, lang, plan, report },
        ...{ before: held.record?.summary, ticketBefore: held.ticket, topicBefore: view.topic },
        ...{ fromPerson: prepared.fromPerson === true, lastActivityAt: view.lastActivityAt, restarted: idle },
        ...{ typed: prepared.meaning ? (prepared.said ?? null) : null, meaning: prepared.meaning },
      });
      const summary = !plan.erase && activity.summary ? { summary: activity.summary } : {};
      const commit = held.commit({
        record: {
          ...{ flow: flow.id, version: flow.version, state: flow.persist(next), ...summary },
          ...(cases.length ? { cases } : {}),
          ...(heardAt !== undefined ? { heardAt } : {}),
          ...(windowed.held.length ? { held: windowed.held } : {}),
        },
        transcript: plan.erase
          ? []
          : transcriptOf(now, prepared, plan, render, outbound, deps.render, ref.ref),
        ...(plan.ticketChanged ? { ticket: plan.ticket } : {}),
        ...(plan.closed ? { closed: plan.closed } : {}),
        ...(plan.erase ? { erase: true } : {}),
        deadline: withFollowUp(
          prepared.deadline ?? deadline(plan, held.ticket !== null, now, after.lastActivityAt > 0),
          plan,
          cases,
        ),
        outbox: items,
        ...(items.length ? { retryAt: now + deps.outboxRetryMs } : {}),
        done: leftovers,
      });
      await commit.catch((error) => {
        if (items.length) uncertain.set(id, now + deps.outboxRetryMs);
        throw error;
      });
      committed = true;
      uncertain.delete(id);
      for (const helped of plan.ratings) deps.metrics?.rating(helped);
      // From queueing to staff's first message, whether they took the conversation first or not.
      const answeredAt = (plan.ticket ?? plan.closed)?.answeredAt;
      if (held.ticket && held.ticket.answeredAt === undefined && answeredAt !== undefined)
        deps.metrics?.firstResponse(answeredAt - held.ticket.since);
      deps.metrics?.messagesOut(request.address.channel, windowed.now.length);
      // Sent after the commit, never before: a turn that fails to commit has told no one.
      const delivered = items.length
        ? deps.outbox.perform(items).then(async (ok) => {
            if (ok.length) await store.ackOutbox(id, ok);
          })
        : Promise.resolve();
      const sent = Promise.all([delivered, recordActivity(store, logger, activity, plan.erase)]).then(
        () => undefined,
      );
      const result: TurnResult = {
        lang,
        outbound,
        meaning: prepared.meaning,
        report,
      };
      return { result, sent };
    } finally {
      if (!committed) await held.release();
    }
  }

  /** Runs a turn (again after a revision conflict); resolves once its outbox has gone out. */
  return async function runTurn(request: TurnRequest): Promise<TurnResult | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await once(request);
        if (!done) {
          // A redelivery of a message whose commit we could not confirm: it was written, so
          // send what it left now instead of waiting for the sweep.
          if (request.messageId && uncertain.has(conversationId(request.address)))
            await once({
              address: request.address,
              prepare: () => ({ events: [], meaning: null, skip: true }),
            });
          return null;
        }
        await done.sent.catch((error) =>
          logger.warn('outbox: could not mark items done; they are remembered here', {
            error: (error as Error).message,
          }),
        );
        return done.result;
      } catch (error) {
        if (!(error instanceof StoreConflictError) || attempt >= ATTEMPTS) throw error;
        logger.warn('revision conflict; running the turn again', { attempt });
      }
    }
  };
}
