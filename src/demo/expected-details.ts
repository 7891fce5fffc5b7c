/**
 * The demo's expected figures, the details the dashboard test reads beside them: a quantile
 * by nearest rank, the order topics and facets are listed in, the tickets still waiting at
 * the end, and which chats asked about a topic in a period (a drill-down's list). From the
 * demo's log alone, as expected-figures.ts.
 */
import { type DayRange, officeDay, type PeriodFigures } from './expected-figures.ts';
import type { DemoLog } from './log.ts';

/** The q-quantile of exact values, ascending, by nearest rank ("nine in ten took no longer"); null for none. */
export function exactQuantile(ascending: readonly number[], q: number): number | null {
  if (ascending.length === 0) return null;
  return ascending[Math.max(0, Math.ceil(q * ascending.length) - 1)] ?? null;
}

/** Topics most served first, then most asked, then by name; facets most asked first, then by name. */
export function topicOrder(now: PeriodFigures, before: PeriodFigures): string[] {
  const all = [...new Set([...Object.keys(now.topics), ...Object.keys(before.topics)])];
  const of = (t: string) => now.topics[t] ?? { served: 0, turns: 0 };
  return all.sort((a, b) => of(b).served - of(a).served || of(b).turns - of(a).turns || (a < b ? -1 : 1));
}
export function facetOrder(now: PeriodFigures, before: PeriodFigures): string[] {
  const all = [...new Set([...Object.keys(now.facets), ...Object.keys(before.facets)])];
  const of = (f: string) => now.facets[f] ?? 0;
  return all.sort((a, b) => of(b) - of(a) || (a < b ? -1 : 1));
}

/** The tickets waiting at the end of the demo: opened, never taken, closed nor withdrawn. */
export function waitingAtEnd(log: DemoLog): { all: number; urgent: number } {
  const waiting = log.tickets.filter(
    (t) => t.takenAt === undefined && t.closedAt === undefined && t.withdrawnAt === undefined,
  );
  return { all: waiting.length, urgent: waiting.filter((t) => t.urgent).length };
}

/** The chats with a person turn in the range whose reply was about `topic` (what a topic's drill-down lists). */
export function chatsAbout(log: DemoLog, topic: string, range: DayRange, timeZone = log.timeZone): string[] {
  const dayOf = officeDay(timeZone);
  const ids = new Set<string>();
  for (const t of log.turns) {
    const day = dayOf(t.at);
    if (t.by === 'person' && t.report.topic === topic && day >= range.from && day <= range.to)
      ids.add(t.conversationId);
  }
  return [...ids].sort();
}
