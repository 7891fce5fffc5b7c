/**
 * The order of the inbox's open cases, so a real emergency stays findable under a flood of
 * fake ones (issue 30), and its pages. Pure: tickets in, rows out.
 *
 * The rule:
 * - Urgent cases come before every other case (which keep the order they are given in).
 * - An urgent ticket is *unproven* (a flood suspect, src/core/queue-standing.ts) when all of
 *   these hold: it came from the web chat, the person wrote at most the one message that
 *   opened it (`written` ≤ 1), gave no place after it, sent no case, and nobody has taken
 *   it. Anything else is *real*: a person who wrote again, said where they are when asked,
 *   or came from Telegram or WhatsApp. Positions told to people skip unproven tickets.
 * - Unproven tickets opened in a burst fold into one row: sorted by when they opened, a run
 *   of at least FLOOD_RULE.minBurst (5), each opened within FLOOD_RULE.gapMs (3 minutes) of
 *   the one before. A shorter run stays as rows of its own (one lone web emergency is never
 *   hidden).
 * - Real urgent cases first, newest opened first; then each folded burst (newest first) as
 *   one row; then the rest. A folded ticket whose person writes again, gives a place or is
 *   taken is real at the next refresh and moves up.
 * - Pages of PAGE_SIZE rows; a folded burst counts as one row.
 */
import { floodSuspect } from '../core/queue-standing.ts';
import type { HandoffTicket } from '../core/ticket.ts';

export const FLOOD_RULE = { minBurst: 5, gapMs: 3 * 60_000 } as const;
export const PAGE_SIZE = 25;

/** A burst of unproven urgent tickets folded into one row, newest first. */
export interface Burst<T> {
  tickets: T[];
  /** When the first and the last of them opened (epoch ms). */
  from: number;
  to: number;
}

export type QueueRow<T> = { kind: 'case'; ticket: T } | { kind: 'flood'; burst: Burst<T> };

export interface Arranged<T> {
  rows: QueueRow<T>[];
  /** Urgent cases shown as rows of their own, and urgent cases folded into bursts. */
  realUrgent: number;
  folded: number;
}

type Ticket = Pick<
  HandoffTicket,
  'conversationId' | 'urgent' | 'since' | 'written' | 'place' | 'assignee' | 'case'
>;

/** An urgent ticket nothing yet shows to be a person in danger (the rule: src/core/queue-standing.ts). */
export const unproven = (ticket: Ticket): boolean => floodSuspect(ticket);

/** Runs of unproven tickets, each opened within `gapMs` of the one before, oldest first. */
function runsOf<T extends Ticket>(tickets: readonly T[], gapMs: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const ticket of [...tickets].sort((a, b) => a.since - b.since)) {
    const last = run.at(-1);
    if (last && ticket.since - last.since > gapMs) {
      runs.push(run);
      run = [];
    }
    run.push(ticket);
  }
  if (run.length) runs.push(run);
  return runs;
}

const newestFirst = (a: Ticket, b: Ticket) => b.since - a.since;

/** Rows of the open cases in the order above; `fold: false` lists every ticket as its own row. */
export function arrangeQueue<T extends Ticket>(
  tickets: readonly T[],
  options: { fold?: boolean; rule?: { minBurst: number; gapMs: number } } = {},
): Arranged<T> {
  const rule = options.rule ?? FLOOD_RULE;
  const urgent = tickets.filter((t) => t.urgent);
  const others = tickets.filter((t) => !t.urgent);
  const bursts =
    options.fold === false
      ? []
      : runsOf(urgent.filter(unproven), rule.gapMs).filter((run) => run.length >= rule.minBurst);
  const inBurst = new Set(bursts.flat());
  const real = urgent.filter((t) => !inBurst.has(t)).sort(newestFirst);
  const floodRows = bursts
    .map(
      (run): Burst<T> => ({
        tickets: [...run].sort(newestFirst),
        from: run[0]?.since ?? 0,
        to: run.at(-1)?.since ?? 0,
      }),
    )
    .sort((a, b) => b.to - a.to);
  return {
    rows: [
      ...real.map((ticket) => ({ kind: 'case' as const, ticket })),
      ...floodRows.map((burst) => ({ kind: 'flood' as const, burst })),
      ...others.map((ticket) => ({ kind: 'case' as const, ticket })),
    ],
    realUrgent: real.length,
    folded: inBurst.size,
  };
}

/** One page of rows (1-based; a page past the end shows the last), with the page count. */
export function pageOf<R>(rows: readonly R[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
