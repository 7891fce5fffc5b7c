/**
 * The dashboard's figures for a period, as they should be, computed from the demo's own log
 * alone (log.ts): not from the store's counters, not with the engine's counting
 * (src/engine/activity.ts) nor the dashboard's (src/staff), but from what the issue and the
 * page say each figure means. One walk over the whole log finds when each thing happened
 * (a conversation started, a person wrote on a day, a chat asked about a topic for the first
 * time, a ticket was opened, made urgent, taken, closed, a rating given); a period's figures
 * then count those that fall on its days (office days, in the log's time zone).
 *
 * - A conversation starts with a chat's first message, and again when the person writes after
 *   idling longer than the engine waits while no staff ticket is open.
 * - People: "each person counts once in the period" (the page's own note): distinct chats that
 *   wrote on a day of it, under their channel and the language of their last message in the
 *   whole log (what the conversation's summary holds); in a chart, once in each group of days.
 * - Emergencies and possible dangers: the chats that met one on a day of the period, each once.
 * - Topics: conversations about a topic for the first time (people served per service), and
 *   person turns whose reply was about it; facets: "topic.facet" answered.
 * - Durations are exact (ms); the dashboard reads them from 10%-wide buckets.
 *
 * What the log cannot tell: whether a typed message was understood, or out of scope. That is
 * the understanding's own judgement in the conversation's context (flows/conversation/talk.ts
 * missedOf), which the log does not keep; the caller passes those messages in (`missed`),
 * e.g. from the store's review list, each matched to a typed turn of the log.
 */
import type { DemoLog } from './log.ts';
import { type DayGrouping, type DayRange, groupsOf, officeDay } from './office-days.ts';

export { type DayGrouping, type DayRange, officeDay };

/** A count, by channel and by language. */
export interface Split {
  all: number;
  channel: Record<string, number>;
  lang: Record<string, number>;
}

/** A typed message the assistant did not understand or that was out of scope (the understanding's judgement). */
export interface JudgedMiss {
  conversationId: string;
  at: number;
  lang: string;
  kind: 'unclear' | 'outOfScope';
}

export interface PeriodFigures {
  range: DayRange;
  conversations: Split;
  people: Split;
  /** The person's turns. */
  turns: number;
  /** Per group of days (days, Monday-started weeks, months, clipped to the range). */
  series: {
    buckets: DayRange[];
    conversations: number[];
    people: number[];
    byChannel: Record<string, number[]>;
    byLang: Record<string, number[]>;
  };
  /** Conversations about the topic for the first time, and turns about it. */
  topics: Record<string, { served: number; turns: number }>;
  facets: Record<string, number>;
  /** Typed messages (all and by language), those not understood, out of scope, "did not help". */
  text: Split;
  unclear: number;
  outOfScope: number;
  /** Not understood or out of scope, by language. */
  missedByLang: Record<string, number>;
  notHelped: number;
  emergencies: number;
  possibleDangers: number;
  handoffs: number;
  urgentHandoffs: number;
  /** Exact ms, ascending. */
  firstResponseMs: number[];
  urgentFirstResponseMs: number[];
  resolutionMs: number[];
  ratings: { helped: number; notHelped: number };
}

/** What happened, and on which office day: the whole log walked once. */
interface Facts {
  starts: { day: string; channel: string; lang: string }[];
  personDays: { id: string; day: string; channel: string }[];
  /** Each chat's language in its last person turn of the log. */
  lastLang: Map<string, string>;
  turns: { day: string }[];
  served: { day: string; topic: string }[];
  topicTurns: { day: string; topic: string }[];
  facets: { day: string; facet: string }[];
  text: { day: string; channel: string; lang: string }[];
  notHelped: { day: string }[];
  dangers: { id: string; day: string; level: 'emergency' | 'possible' }[];
  opened: { day: string }[];
  urgent: { day: string }[];
  taken: { day: string; ms: number; urgent: boolean }[];
  closed: { day: string; ms: number }[];
  ratings: { day: string; helped: boolean }[];
  missed: { day: string; lang: string; kind: JudgedMiss['kind'] }[];
}

function factsOf(log: DemoLog, timeZone: string, missed: readonly JudgedMiss[]): Facts {
  const dayOf = officeDay(timeZone);
  const facts: Facts = {
    starts: [],
    personDays: [],
    lastLang: new Map(),
    turns: [],
    served: [],
    topicTurns: [],
    facets: [],
    text: [],
    notHelped: [],
    dangers: [],
    opened: [],
    urgent: [],
    taken: [],
    closed: [],
    ratings: [],
    missed: [],
  };
  /** Whether a staff ticket of the chat was open just before `at`. */
  const ticketOpen = (id: string, at: number) =>
    log.tickets.some(
      (t) => t.conversationId === id && t.openedAt < at && (t.closedAt ?? t.withdrawnAt ?? Infinity) >= at,
    );
  const lastAt = new Map<string, number>();
  const daysSeen = new Set<string>();
  const topicsSeen = new Set<string>();
  const persons = log.turns.filter((t) => t.by === 'person').sort((a, b) => a.at - b.at);
  for (const turn of persons) {
    const id = turn.conversationId;
    const day = dayOf(turn.at);
    const { channel, lang } = turn;
    const previous = lastAt.get(id);
    if (previous === undefined || (turn.at - previous > log.idleMs && !ticketOpen(id, turn.at)))
      facts.starts.push({ day, channel, lang });
    lastAt.set(id, turn.at);
    if (!daysSeen.has(`${id} ${day}`)) {
      daysSeen.add(`${id} ${day}`);
      facts.personDays.push({ id, day, channel });
    }
    facts.lastLang.set(id, lang);
    facts.turns.push({ day });
    const { topic, facet, danger } = turn.report;
    if (topic !== 'none') {
      facts.topicTurns.push({ day, topic });
      if (!topicsSeen.has(`${id} ${topic}`)) {
        topicsSeen.add(`${id} ${topic}`);
        facts.served.push({ day, topic });
      }
      if (facet && topic !== 'emergency') facts.facets.push({ day, facet: `${topic}.${facet}` });
    }
    if (turn.meaning) {
      facts.text.push({ day, channel, lang });
      if (turn.meaning.act === 'notHelped') facts.notHelped.push({ day });
    }
    if (danger !== 'none') facts.dangers.push({ id, day, level: danger });
  }
  for (const t of log.tickets) {
    facts.opened.push({ day: dayOf(t.openedAt) });
    if (t.urgentAt !== undefined) facts.urgent.push({ day: dayOf(t.urgentAt) });
    // First response: to staff's first message, whether they took the conversation before or not.
    if (t.answeredAt !== undefined)
      facts.taken.push({
        day: dayOf(t.answeredAt),
        ms: t.answeredAt - t.openedAt,
        urgent: t.urgentAt !== undefined && t.urgentAt < t.answeredAt,
      });
    if (t.closedAt !== undefined) facts.closed.push({ day: dayOf(t.closedAt), ms: t.closedAt - t.openedAt });
  }
  for (const r of log.ratings) facts.ratings.push({ day: dayOf(r.at), helped: r.helped });
  for (const m of missed) facts.missed.push({ day: dayOf(m.at), lang: m.lang, kind: m.kind });
  return facts;
}

const count = (into: Record<string, number>, key: string, n = 1) => {
  into[key] = (into[key] ?? 0) + n;
};

function splitOf(items: readonly { channel: string; lang: string }[]): Split {
  const split: Split = { all: 0, channel: {}, lang: {} };
  for (const { channel, lang } of items) {
    split.all++;
    count(split.channel, channel);
    count(split.lang, lang);
  }
  return split;
}

function figuresIn(facts: Facts, range: DayRange, grouping: DayGrouping): PeriodFigures {
  const within = <T extends { day: string }>(list: readonly T[]) =>
    list.filter((x) => x.day >= range.from && x.day <= range.to);
  const buckets = groupsOf(range, grouping);
  const perBucket = (list: readonly { day: string }[]) =>
    buckets.map((b) => list.filter((x) => x.day >= b.from && x.day <= b.to).length);
  const starts = within(facts.starts);
  const channels = [...new Set(starts.map((s) => s.channel))];
  const langs = [...new Set(starts.map((s) => s.lang))];
  const topics: PeriodFigures['topics'] = {};
  const topicOf = (topic: string) => {
    const kept = topics[topic] ?? { served: 0, turns: 0 };
    topics[topic] = kept;
    return kept;
  };
  for (const { topic } of within(facts.served)) topicOf(topic).served++;
  for (const { topic } of within(facts.topicTurns)) topicOf(topic).turns++;
  const facets: Record<string, number> = {};
  for (const { facet } of within(facts.facets)) count(facets, facet);
  const missed = within(facts.missed);
  const missedByLang: Record<string, number> = {};
  for (const m of missed) count(missedByLang, m.lang);
  const taken = within(facts.taken);
  const ascending = (list: number[]) => list.sort((a, b) => a - b);
  const ratings = within(facts.ratings);
  /** Each chat once, with its channel and its language (the summary's). */
  const people = (list: readonly { id: string; channel: string }[]) =>
    [...new Map(list.map((p) => [p.id, p])).values()].map((p) => ({
      channel: p.channel,
      lang: facts.lastLang.get(p.id) ?? '',
    }));
  const distinct = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id)).size;
  const dangers = within(facts.dangers);
  return {
    range,
    conversations: splitOf(starts),
    people: splitOf(people(within(facts.personDays))),
    turns: within(facts.turns).length,
    series: {
      buckets,
      conversations: perBucket(starts),
      people: buckets.map((b) => distinct(facts.personDays.filter((x) => x.day >= b.from && x.day <= b.to))),
      byChannel: Object.fromEntries(
        channels.map((c) => [c, perBucket(starts.filter((s) => s.channel === c))]),
      ),
      byLang: Object.fromEntries(langs.map((l) => [l, perBucket(starts.filter((s) => s.lang === l))])),
    },
    topics,
    facets,
    text: splitOf(within(facts.text)),
    unclear: missed.filter((m) => m.kind === 'unclear').length,
    outOfScope: missed.filter((m) => m.kind === 'outOfScope').length,
    missedByLang,
    notHelped: within(facts.notHelped).length,
    emergencies: distinct(dangers.filter((d) => d.level === 'emergency')),
    possibleDangers: distinct(dangers.filter((d) => d.level === 'possible')),
    handoffs: within(facts.opened).length,
    urgentHandoffs: within(facts.urgent).length,
    firstResponseMs: ascending(taken.map((t) => t.ms)),
    urgentFirstResponseMs: ascending(taken.filter((t) => t.urgent).map((t) => t.ms)),
    resolutionMs: ascending(within(facts.closed).map((c) => c.ms)),
    ratings: {
      helped: ratings.filter((r) => r.helped).length,
      notHelped: ratings.filter((r) => !r.helped).length,
    },
  };
}

/**
 * A period's figures and the previous period's, from the log (and the typed messages judged
 * not understood, which the log cannot tell).
 */
export function expectedFigures(
  log: DemoLog,
  options: {
    period: DayRange;
    previous: DayRange;
    grouping: DayGrouping;
    missed?: readonly JudgedMiss[];
    timeZone?: string;
  },
): { now: PeriodFigures; before: PeriodFigures } {
  const facts = factsOf(log, options.timeZone ?? log.timeZone, options.missed ?? []);
  return {
    now: figuresIn(facts, options.period, options.grouping),
    before: figuresIn(facts, options.previous, options.grouping),
  };
}
