/**
 * The dashboard's figures for a period against the one before, read from an activity store:
 * both periods' daily counters in one read (dashboard-figures.ts), and the conversations'
 * summaries of both periods in one read for the figures that count each person once
 * (dashboard-people.ts). The page (src/http/inbox/dashboard.ts) and the demo's check of every
 * figure read them the same way.
 */
import { dayOf } from '../core/activity-keys.ts';
import type { ActivityStore } from '../core/ports/activity-store.ts';
import { dashboardFigures, type Figures } from './dashboard-figures.ts';
import { peopleFigures, withPeople } from './dashboard-people.ts';
import { type Grouping, instantsOf, type Period } from './dashboard-period.ts';

export async function readFigures(
  store: Pick<ActivityStore, 'activity' | 'summaries'>,
  chosen: { period: Period; previous: Period; grouping: Grouping },
  timeZone: string,
): Promise<Figures> {
  const both = instantsOf({ from: chosen.previous.from, to: chosen.period.to }, timeZone);
  const [days, summaries] = await Promise.all([
    store.activity(chosen.previous.from, chosen.period.to),
    store.summaries(both.from, both.to),
  ]);
  const counted = dashboardFigures({
    current: days.filter((x) => x.day >= chosen.period.from && x.day <= chosen.period.to),
    previous: days.filter((x) => x.day >= chosen.previous.from && x.day <= chosen.previous.to),
    period: chosen.period,
    grouping: chosen.grouping,
  });
  const day = (at: number) => dayOf(at, timeZone);
  return withPeople(
    counted,
    peopleFigures(summaries, chosen.period, counted.series.buckets, day),
    peopleFigures(summaries, chosen.previous, [], day),
  );
}
