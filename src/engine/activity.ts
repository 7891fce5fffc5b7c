/**
 * What one turn adds to the office's dashboard, computed purely after the plan: the day's
 * anonymous counters (keys from src/core/activity-keys.ts, never a person), the
 * conversation's summary (no message text; kept with the conversation's record, so the next
 * turn builds on it without another read), and, for a typed message the assistant did not
 * understand or that "did not help", the text for staff to review. The store writes it
 * with the turn's commit (turn-decide.ts puts it there): no trip of its own.
 */
import { activityKey, bucketOf, type Countable, dayOf } from '../core/activity-keys.ts';
import type { Address } from '../core/address.ts';
import type { ConversationSummary, ReviewItem } from '../core/ports/activity-store.ts';
import type { TurnReport } from '../core/ports/conversations.ts';
import type { HandoffTicket } from '../core/ticket.ts';
import type { Lang, Meaning, TopicOrNone } from '../core/types.ts';
import { personDays, withFolio } from './activity-days.ts';
import type { Plan } from './plan.ts';

const MAX_LISTED = 20;

export interface ActivityInput {
  conversationId: string;
  address: Address;
  now: number;
  /** The office's time zone, for the day a turn counts in. */
  timeZone: string;
  lang: Lang;
  /** The summary the record carried before this turn. */
  before: ConversationSummary | undefined;
  /** A person wrote (not staff, not a timer). */
  fromPerson: boolean;
  /** The person's previous message (epoch ms; 0 for none), and whether the conversation started again after idling. */
  lastActivityAt: number;
  restarted: boolean;
  /** What the person typed (null for buttons, files, staff and timers), understood as `meaning`. */
  typed: string | null;
  meaning: Meaning | null;
  /** The topic under discussion before the turn. */
  topicBefore: TopicOrNone;
  plan: Plan;
  report: TurnReport;
  /** The ticket as the turn read it. */
  ticketBefore: HandoffTicket | null;
}

export interface TurnActivity {
  day: string;
  counts: Record<string, number>;
  /** The conversation's summary after the turn; undefined when it has none (staff turns before any person turn). */
  summary: ConversationSummary | undefined;
  review: Omit<ReviewItem, 'id'> | undefined;
}

export function activityOf(input: ActivityInput): TurnActivity {
  const { now, plan, report, lang } = input;
  const channel = input.address.channel;
  const day = dayOf(now, input.timeZone);
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  let summary = input.before;

  if (input.fromPerson) {
    for (const what of ['turns', 'people', 'conversations'] as const) {
      const counted =
        what === 'turns' ||
        // Once for each day a person wrote: the summary remembers their last message across
        // idle restarts, which start a new conversation but not a new person.
        (what === 'people' && (!summary || dayOf(summary.lastAt, input.timeZone) !== day)) ||
        (what === 'conversations' && (input.lastActivityAt === 0 || input.restarted));
      if (!counted) continue;
      for (const key of countedKeys(what, channel, lang)) add(key);
    }
    if (input.meaning) {
      add(activityKey.text());
      add(activityKey.text(lang));
      if (plan.missed !== 'unclear' && plan.missed !== 'outOfScope') {
        add(activityKey.understood());
        add(activityKey.understood(lang));
      }
    }
    if (plan.missed) add(activityKey.missed(plan.missed));
    const topic = report.topic;
    if (topic !== 'none') {
      add(activityKey.topic(topic));
      if (!summary?.topics.includes(topic)) add(activityKey.served(topic));
      if (report.facet && topic !== 'emergency') add(activityKey.facet(topic, report.facet));
    }
    if (report.danger !== 'none') add(activityKey.danger(report.danger));
    summary = {
      conversationId: input.conversationId,
      channel,
      lang,
      firstAt: summary?.firstAt ?? now,
      lastAt: now,
      turns: (summary?.turns ?? 0) + 1,
      topics: listed(summary?.topics, topic === 'none' ? undefined : topic),
      topicsAt:
        topic !== 'none' && !summary?.topics.includes(topic) && (summary?.topics.length ?? 0) < MAX_LISTED
          ? [...(summary?.topicsAt ?? []), now]
          : [...(summary?.topicsAt ?? [])],
      facets: listed(
        summary?.facets,
        report.facet && topic !== 'none' ? `${topic}.${report.facet}` : undefined,
      ),
      missed: (summary?.missed ?? 0) + (plan.missed === 'unclear' || plan.missed === 'outOfScope' ? 1 : 0),
      notHelped: (summary?.notHelped ?? 0) + (plan.missed === 'notHelped' ? 1 : 0),
      danger: worst(summary?.danger ?? 'none', report.danger),
      ...pick(summary),
      ...personDays(summary, {
        day,
        now,
        started: input.lastActivityAt === 0 || input.restarted,
        danger: report.danger,
      }),
    };
  }

  const ticket = plan.ticket;
  if (summary) summary = withFolio(summary, ticket?.folio);
  if (plan.queuedNow && ticket && !input.ticketBefore) {
    add(activityKey.handoff());
    if (ticket.urgent) add(activityKey.handoff(true));
    if (summary)
      summary = {
        ...summary,
        handoffAt: summary.handoffAt ?? now,
        ...(ticket.urgent ? { urgent: true } : {}),
      };
  } else if (plan.queuedNow && ticket?.urgent && summary) {
    add(activityKey.handoff(true));
    summary = { ...summary, urgent: true };
  }
  // First response: from queueing to staff's first message, whatever the order of take and reply.
  const before = input.ticketBefore;
  const answeredAt = (ticket ?? plan.closed)?.answeredAt;
  if (before && before.answeredAt === undefined && answeredAt !== undefined) {
    const waited = answeredAt - before.since;
    add(activityKey.firstResponse(bucketOf(waited)));
    if (before.urgent) add(activityKey.firstResponse(bucketOf(waited), true));
    if (summary && summary.firstResponseMs === undefined) summary = { ...summary, firstResponseMs: waited };
  }
  if (plan.closed) {
    const took = plan.closed.closedAt - plan.closed.since;
    add(activityKey.resolution(bucketOf(took)));
    if (summary) summary = { ...summary, resolutionMs: took };
  }
  for (const answer of plan.caseAnswers)
    add(
      answer.type === 'case.followUp'
        ? activityKey.followUp(answer.accepted)
        : activityKey.outcome(answer.outcome),
    );
  for (const helped of plan.ratings) {
    add(activityKey.rating(helped));
    if (summary) summary = { ...summary, rating: helped ? 'helped' : 'notHelped' };
  }

  const review =
    plan.missed && input.typed
      ? {
          conversationId: input.conversationId,
          at: now,
          lang,
          kind: plan.missed,
          text: input.typed,
          topic: input.topicBefore,
          guesses: (input.meaning?.candidates ?? []).slice(0, 3),
        }
      : undefined;
  return { day, counts, summary, review };
}

/** The optional fields a later turn keeps, in this order, those it has. */
function pick(s: ConversationSummary | undefined): Partial<ConversationSummary> {
  const kept: Partial<ConversationSummary> = {};
  if (!s) return kept;
  if (s.handoffAt !== undefined) kept.handoffAt = s.handoffAt;
  if (s.urgent !== undefined) kept.urgent = s.urgent;
  if (s.firstResponseMs !== undefined) kept.firstResponseMs = s.firstResponseMs;
  if (s.resolutionMs !== undefined) kept.resolutionMs = s.resolutionMs;
  if (s.rating !== undefined) kept.rating = s.rating;
  if (s.folios !== undefined) kept.folios = s.folios;
  return kept;
}

/** A person's turn's counters of one kind, alone, by channel, by language and by both; named once per channel and language. */
const named = new Map<string, readonly string[]>();
function countedKeys(what: Countable, channel: string, lang: Lang): readonly string[] {
  const id = `${what}|${channel}|${lang}`;
  let keys = named.get(id);
  if (!keys) {
    keys = [{}, { channel }, { lang }, { channel, lang }].map((dims) => activityKey.of(what, dims));
    named.set(id, keys);
  }
  return keys;
}

function listed(list: readonly string[] | undefined, item: string | undefined): string[] {
  const all = [...(list ?? [])];
  if (item && !all.includes(item) && all.length < MAX_LISTED) all.push(item);
  return all;
}

const LEVELS = ['none', 'possible', 'emergency'] as const;
const worst = (a: (typeof LEVELS)[number], b: (typeof LEVELS)[number]) =>
  LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a;
