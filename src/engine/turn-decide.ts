/**
 * The second half of a turn's pure decision (turn-step.ts is the first): from the stepped
 * turn and what the store was asked for it (lookupsOf) to everything the turn does, as data:
 * the commit (record, transcript, ticket, deadline, the dashboard's share, the outbox), the
 * items to send once it is written, what the caller is answered and what the metrics hear.
 * No I/O and no clock: turn.ts holds, commits and sends; random names come from `draws`.
 */
import type { Flow } from '../../flows/index.ts';
import type { Outbound } from '../core/messages.ts';
import type { Channel } from '../core/ports/channel.ts';
import type {
  OutboxItem,
  TranscriptLine,
  TurnActivityWrite,
  TurnCommit,
} from '../core/ports/conversation-store.ts';
import type { TurnResult } from '../core/ports/conversations.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { activityOf, type TurnActivity } from './activity.ts';
import { casesOfTurn, withFollowUp } from './case-turn.ts';
import { outboundOf } from './outbound.ts';
import type { Outbox } from './outbox.ts';
import { type Plan, withGist } from './plan.ts';
import { type ReminderPeriods, reminderPeriod } from './reminders.ts';
import type { createReplyRenderer } from './render-reply.ts';
import { heardAtOf, throughWindow } from './reply-window-hold.ts';
import { reportOf } from './report.ts';
import { transcriptOf } from './transcript.ts';
import type { SteppedTurn } from './turn-step.ts';

export interface DecideContext extends ReminderPeriods {
  flow: Flow;
  i18n: I18n;
  render: ReturnType<typeof createReplyRenderer>;
  outbox: Pick<Outbox, 'itemsFor'>;
  channels: ReadonlyMap<string, Channel>;
  idleMs: number;
  outboxRetryMs: number;
  timeZone: string;
  followUpDays: number;
  /** Random names: a new case's code, and a uuid (the turn's id, a review item's id). */
  draws: { caseCode: () => string; uuid: () => string };
}

/** What the store answered for lookupsOf. */
export interface Looked {
  /** Tickets ahead of this one (or the queue's length for a new one). */
  ahead?: number;
  /** The transcript before the turn. */
  transcript?: readonly TranscriptLine[];
}

export interface Decision {
  commit: TurnCommit;
  /** Sent after the commit, never before (also in commit.outbox until done). */
  items: OutboxItem[];
  result: TurnResult;
  plan: Plan;
  /** For the metrics: messages sent to the person now, and staff's first response (ms) if this was it. */
  messagesOut: number;
  firstResponseMs?: number;
}

/** The conversation's next deadline by the usual rule (the sweep may know better: prepared.deadline). */
function deadlineOf(turn: SteppedTurn, periods: ReminderPeriods & { idleMs: number }): number | undefined {
  const { plan, now } = turn;
  const hadTicket = turn.ticket !== null;
  const ticket = plan.ticket;
  if (ticket && !ticket.assignee)
    return hadTicket && !plan.queuedNow ? undefined : now + reminderPeriod(ticket, periods);
  if (ticket) return undefined; // with a staff member: no idle restart, no reminders
  // Started again after being idle: nothing left to time out (a follow-up may still be).
  return turn.after.lastActivityAt > 0 ? now + periods.idleMs + 1 : undefined;
}

/** The dashboard's share as the commit writes it: an erased conversation leaves no summary and no text. */
function activityWrite(
  activity: TurnActivity,
  erase: boolean,
  /** Draws a review item's id (only for a text kept for review). */
  id: () => string,
): TurnActivityWrite | undefined {
  const write: TurnActivityWrite = { day: activity.day, counts: activity.counts };
  if (activity.summary && !erase) write.summary = activity.summary;
  if (activity.review && !erase) write.review = { id: id(), ...activity.review };
  const empty = Object.keys(write.counts).length === 0 && !write.summary && !write.review;
  return empty ? undefined : write;
}

export function decideTurn(turn: SteppedTurn, looked: Looked, context: DecideContext): Decision {
  const { id, now, lang, plan, prepared, record, ticket, address } = turn;
  const channel = context.channels.get(address.channel);
  const cases = casesOfTurn(turn.casesBefore, prepared, plan, {
    now,
    lang,
    ticketBefore: ticket,
    followUpDays: context.followUpDays,
    code: context.draws.caseCode,
  });
  const code = cases.find((c) => c.folio === plan.ticket?.folio)?.check.code;
  const queue =
    looked.ahead !== undefined
      ? {
          ahead: looked.ahead,
          waitedMinutes: ticket ? Math.floor((now - ticket.since) / 60_000) : 0,
          ...(ticket?.urgent ? { urgent: true as const } : {}),
          ...((turn.after.dialogue.states?.length ?? 0) > 0 ? { away: true as const } : {}),
        }
      : {};
  const render = {
    lang,
    t: context.i18n.t(lang),
    choices: channel?.choices ?? 'buttons',
    ...(plan.ticket?.folio ? { folio: plan.ticket.folio } : {}),
    ...(code ? { code } : {}),
    ...queue,
  } as const;
  const turnId = `${now.toString(36)}${context.draws.uuid().slice(0, 6)}`;
  // On a channel that reports each message's fate, the turn's messages and transcript
  // lines carry the turn's id, so the inbox can show staff what became of each line.
  const ref = channel?.reportsDelivery ? { ref: turnId } : {};
  const outbound: Outbound[] = outboundOf(plan.replies, render, context.render).map((shown) => ({
    ...address,
    lang,
    ...shown,
    ...ref,
  }));
  // A ticket queued by a "sí" is summed up by the words that led to the offer.
  if (looked.transcript && plan.ticket) plan.ticket = withGist(plan.ticket, looked.transcript);
  const notices = [...plan.notices, ...(prepared.notices ?? [])];
  const heardAt = heardAtOf(prepared, record, ticket);
  const windowed = throughWindow({
    window: channel?.replyWindow,
    now,
    lang,
    outbound,
    heardAt,
    fromPerson: prepared.fromPerson === true,
    held: record?.held ?? [],
  });
  const items =
    notices.length || windowed.now.length || windowed.reengage
      ? context.outbox.itemsFor(turnId, address, windowed.now, notices, windowed.reengage)
      : [];
  const command = prepared.events.some((e) => e.type.startsWith('cmd.'));
  const report = reportOf(plan, turn.after, turn.effects, command);
  const activity = activityOf({
    conversationId: id,
    address,
    now,
    timeZone: context.timeZone,
    lang,
    plan,
    report,
    before: record?.summary,
    ticketBefore: ticket,
    topicBefore: turn.view.topic,
    fromPerson: prepared.fromPerson === true,
    lastActivityAt: turn.view.lastActivityAt,
    restarted: turn.idle,
    typed: prepared.meaning ? (prepared.said ?? null) : null,
    meaning: prepared.meaning,
  });
  const { flow } = context;
  const commit: TurnCommit = {
    record: {
      flow: flow.id,
      version: flow.version,
      state: flow.persist(turn.next),
      ...(!plan.erase && activity.summary ? { summary: activity.summary } : {}),
      ...(cases.length ? { cases } : {}),
      ...(heardAt !== undefined ? { heardAt } : {}),
      ...(windowed.held.length ? { held: windowed.held } : {}),
    },
    transcript: plan.erase
      ? []
      : transcriptOf(now, prepared, plan, render, outbound, context.render, {
          ref: ref.ref,
          langBefore: turn.view.lang,
          emergency: report.emergency,
        }),
    ...(plan.ticketChanged ? { ticket: plan.ticket } : {}),
    ...(plan.closed ? { closed: plan.closed } : {}),
    ...(plan.erase ? { erase: true } : {}),
    deadline: withFollowUp(prepared.deadline ?? deadlineOf(turn, context), plan, cases),
    outbox: items,
    ...(items.length ? { retryAt: now + context.outboxRetryMs } : {}),
    done: turn.done,
  };
  const dashboard = activityWrite(activity, plan.erase, context.draws.uuid);
  if (dashboard) commit.activity = dashboard;
  const result: TurnResult = { lang, outbound, meaning: prepared.meaning, report };
  const decision: Decision = { commit, items, result, plan, messagesOut: windowed.now.length };
  // From queueing to staff's first message, whether they took the conversation first or not.
  const answeredAt = (plan.ticket ?? plan.closed)?.answeredAt;
  if (ticket && ticket.answeredAt === undefined && answeredAt !== undefined)
    decision.firstResponseMs = answeredAt - ticket.since;
  return decision;
}
