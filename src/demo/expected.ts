/**
 * The dashboard's daily figures as they should be, computed from the demo's own log alone
 * (log.ts): independently of the engine's counting (src/engine/activity.ts), from what the
 * issue says each figure means. A conversation starts with a person's first message, and
 * again when they write after idling longer than the engine waits while no staff ticket is
 * open; a person is counted once a day per conversation; handoffs, urgent handoffs and
 * first-response and resolution times come from the tickets, on the day each happened;
 * durations are exact, in ms (the store keeps them in 10%-wide buckets).
 */
import type { Lang } from '../core/types.ts';
import type { DemoLog, DemoTicket, DemoTurn } from './log.ts';
import { localDay } from './office-time.ts';

/** A count alone and by channel and language: keys '', '|ch=web', '|lang=es', '|ch=web|lang=es'. */
export type ByDims = Record<string, number>;

export interface ExpectedDay {
  day: string;
  conversations: ByDims;
  people: ByDims;
  turns: ByDims;
  /** Typed messages the engine read, by language ('' for all). */
  text: Partial<Record<Lang | '', number>>;
  /** Typed messages read as "that did not help". */
  notHelpedTyped: number;
  handoffs: number;
  urgentHandoffs: number;
  /** Person turns handled as an emergency, and those the safety net answered (possible danger). */
  emergencies: number;
  possibleDangers: number;
  ratings: { helped: number; notHelped: number };
  /** Person turns by the topic their reply was about (report.topic), "emergency" included. */
  topics: Record<string, number>;
  /** Conversations about a topic for the first time. */
  served: Record<string, number>;
  /** "topic.facet" answered. */
  facets: Record<string, number>;
  /** Exact ms: ticket to staff's first answer (all, and tickets urgent by then), ticket to close. */
  firstResponseMs: number[];
  urgentFirstResponseMs: number[];
  resolutionMs: number[];
}

export function expectedCounts(log: DemoLog, timeZone: string = log.timeZone): Map<string, ExpectedDay> {
  const days = new Map<string, ExpectedDay>();
  const on = (at: number): ExpectedDay => {
    const day = localDay(at, timeZone);
    let figures = days.get(day);
    if (!figures) {
      figures = emptyDay(day);
      days.set(day, figures);
    }
    return figures;
  };
  const ticketsOf = new Map<string, DemoTicket[]>();
  for (const ticket of log.tickets)
    ticketsOf.set(ticket.conversationId, [...(ticketsOf.get(ticket.conversationId) ?? []), ticket]);
  /** A ticket was open just before `at` (opened earlier, not yet closed or withdrawn). */
  const waitingAt = (id: string, at: number) =>
    (ticketsOf.get(id) ?? []).some((t) => t.openedAt < at && (t.closedAt ?? t.withdrawnAt ?? Infinity) >= at);

  const last = new Map<string, { at: number; day: string }>();
  const seen = new Map<string, Set<string>>();
  const turns = [...log.turns].sort((a, b) => a.at - b.at);
  for (const turn of turns) {
    if (turn.by !== 'person') continue;
    const figures = on(turn.at);
    const before = last.get(turn.conversationId);
    const fresh =
      before === undefined || (turn.at - before.at > log.idleMs && !waitingAt(turn.conversationId, turn.at));
    last.set(turn.conversationId, { at: turn.at, day: figures.day });
    add(figures.turns, turn);
    // A person counts once for each day they wrote, however many times they came back that day.
    if (before?.day !== figures.day) add(figures.people, turn);
    if (fresh) add(figures.conversations, turn);
    if (turn.meaning) {
      figures.text[''] = (figures.text[''] ?? 0) + 1;
      figures.text[turn.lang] = (figures.text[turn.lang] ?? 0) + 1;
      if (turn.meaning.act === 'notHelped') figures.notHelpedTyped++;
    }
    const { topic, facet, danger } = turn.report;
    if (topic !== 'none') {
      figures.topics[topic] = (figures.topics[topic] ?? 0) + 1;
      const topics = seen.get(turn.conversationId) ?? new Set<string>();
      if (!topics.has(topic)) figures.served[topic] = (figures.served[topic] ?? 0) + 1;
      seen.set(turn.conversationId, topics.add(topic));
      if (facet && topic !== 'emergency') {
        const key = `${topic}.${facet}`;
        figures.facets[key] = (figures.facets[key] ?? 0) + 1;
      }
    }
    if (danger === 'emergency') figures.emergencies++;
    if (danger === 'possible') figures.possibleDangers++;
  }

  for (const ticket of log.tickets) {
    on(ticket.openedAt).handoffs++;
    if (ticket.urgent && ticket.urgentAt !== undefined) on(ticket.urgentAt).urgentHandoffs++;
    if (ticket.answeredAt !== undefined) {
      const waited = ticket.answeredAt - ticket.openedAt;
      on(ticket.answeredAt).firstResponseMs.push(waited);
      if (ticket.urgentAt !== undefined && ticket.urgentAt < ticket.answeredAt)
        on(ticket.answeredAt).urgentFirstResponseMs.push(waited);
    }
    if (ticket.closedAt !== undefined)
      on(ticket.closedAt).resolutionMs.push(ticket.closedAt - ticket.openedAt);
  }
  for (const rating of log.ratings) on(rating.at).ratings[rating.helped ? 'helped' : 'notHelped']++;
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function add(counts: ByDims, turn: DemoTurn): void {
  for (const dims of [
    '',
    `|ch=${turn.channel}`,
    `|lang=${turn.lang}`,
    `|ch=${turn.channel}|lang=${turn.lang}`,
  ])
    counts[dims] = (counts[dims] ?? 0) + 1;
}

function emptyDay(day: string): ExpectedDay {
  return {
    day,
    conversations: {},
    people: {},
    turns: {},
    text: {},
    notHelpedTyped: 0,
    handoffs: 0,
    urgentHandoffs: 0,
    emergencies: 0,
    possibleDangers: 0,
    ratings: { helped: 0, notHelped: 0 },
    topics: {},
    served: {},
    facets: {},
    firstResponseMs: [],
    urgentFirstResponseMs: [],
    resolutionMs: [],
  };
}

/** The whole demo's totals of a figure, for the command's summary and quick checks. */
export function totalOf(days: Map<string, ExpectedDay>, figure: (day: ExpectedDay) => number): number {
  let sum = 0;
  for (const day of days.values()) sum += figure(day);
  return sum;
}
