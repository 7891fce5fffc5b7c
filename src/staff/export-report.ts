/**
 * The yearly report in the institute's own shape: people served per service and per month.
 * The services are the institute's lines of action (Programa Institucional 2018-2022, seed
 * 000_42a14087d130fee7.txt L1858-1882, "Estrategia 1.1" to "1.3"), whose Coordinator of
 * Attention to Migrants reports the services given each month (L963); each of our topics whose
 * knowledge cites a line of action counts under it, and topics the programme has no line for
 * (asylum, Paisano, transit, the office itself, a person, emergencies) under "other topics".
 * Counted from the `served=<topic>` counters (a conversation about a topic for the first time)
 * and `people` (each person once a day), read per office day and summed per month.
 */

import type { CsvCell } from '../core/csv.ts';
import type { DayCounts } from '../core/ports/activity-store.ts';

/** A line of action of the institute, and the topics that count under it. */
export interface InstituteService {
  /** Its number in the programme ("1.1.1"). */
  id: string;
  /** The strategy it belongs to ("1.1"). */
  strategy: string;
  topics: readonly string[];
  /** The seed line that names it (000_42a14087d130fee7.txt). */
  line: number;
}

/** Our topics under the institute's lines of action; each topic's own sources cite the same line. */
export const INSTITUTE_SERVICES: readonly InstituteService[] = [
  { id: '1.1.1', strategy: '1.1', topics: ['deportee_support'], line: 1860 },
  { id: '1.1.2', strategy: '1.1', topics: ['remains_repatriation'], line: 1861 },
  { id: '1.1.3', strategy: '1.1', topics: ['us_pension'], line: 1862 },
  { id: '1.1.4', strategy: '1.1', topics: ['psych_support'], line: 1863 },
  { id: '1.1.5', strategy: '1.1', topics: ['us_humanitarian_visa'], line: 1864 },
  { id: '1.1.6', strategy: '1.1', topics: ['locate_person', 'legal_advice'], line: 1865 },
  { id: '1.1.7', strategy: '1.1', topics: ['reintegration'], line: 1866 },
  { id: '1.1.8', strategy: '1.1', topics: ['productive_projects'], line: 1867 },
  { id: '1.2.1', strategy: '1.2', topics: ['state_documents'], line: 1871 },
  { id: '1.2.2', strategy: '1.2', topics: ['apostille'], line: 1872 },
  { id: '1.2.3', strategy: '1.2', topics: ['us_visa_passport'], line: 1873 },
  { id: '1.2.4', strategy: '1.2', topics: ['dual_nationality'], line: 1874 },
  { id: '1.3.5', strategy: '1.3', topics: ['family_reunification'], line: 1882 },
];

/** The strategies, in the programme's order. */
export const STRATEGIES = ['1.1', '1.2', '1.3'] as const;

/** A row of the report: twelve months and their sum. */
export interface ReportRow {
  /** "service:1.1.1", "topic:<id>" (other topics), "total" or "people". */
  id: string;
  topics: readonly string[];
  months: number[];
  total: number;
}

export interface YearlyReport {
  year: number;
  /** "2026-01" … "2026-12". */
  months: string[];
  services: Array<ReportRow & { service: InstituteService }>;
  /** Topics no line of action covers, most served first. */
  others: ReportRow[];
  /** Each month's sum of the rows above, and the year's. */
  total: ReportRow;
  /** People who wrote, each once per day they wrote, summed per month. */
  people: ReportRow;
}

const SERVED = 'served=';

function row(id: string, topics: readonly string[], months: number[]): ReportRow {
  return { id, topics, months, total: months.reduce((a, b) => a + b, 0) };
}

/** The report of `year` from its days' counters (`activity` of YYYY-01-01 to YYYY-12-31). */
export function yearlyReport(days: readonly DayCounts[], year: number): YearlyReport {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const served = new Map<string, number[]>();
  const people = Array<number>(12).fill(0);
  for (const { day, counts } of days) {
    if (!day.startsWith(`${year}-`)) continue;
    const month = Number(day.slice(5, 7)) - 1;
    for (const [key, count] of Object.entries(counts)) {
      if (key === 'people') people[month] = (people[month] ?? 0) + count;
      else if (key.startsWith(SERVED)) {
        const topic = key.slice(SERVED.length);
        const perMonth = served.get(topic) ?? Array<number>(12).fill(0);
        perMonth[month] = (perMonth[month] ?? 0) + count;
        served.set(topic, perMonth);
      }
    }
  }
  const sumOf = (topics: readonly string[]) =>
    months.map((_, m) => topics.reduce((sum, topic) => sum + (served.get(topic)?.[m] ?? 0), 0));

  const services = INSTITUTE_SERVICES.map((service) => ({
    ...row(`service:${service.id}`, service.topics, sumOf(service.topics)),
    service,
  }));
  const mapped = new Set(INSTITUTE_SERVICES.flatMap((s) => s.topics));
  const others = [...served.keys()]
    .filter((topic) => !mapped.has(topic))
    .map((topic) => row(`topic:${topic}`, [topic], sumOf([topic])))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));
  const all = [...services, ...others];
  const total = row(
    'total',
    [],
    months.map((_, m) => all.reduce((sum, r) => sum + (r.months[m] ?? 0), 0)),
  );
  return { year, months, services, others, total, people: row('people', [], people) };
}

/** Every row in the report's order: the lines of action, the other topics, the total, the people. */
export const reportRowsOf = (report: YearlyReport): ReportRow[] => [
  ...report.services,
  ...report.others,
  report.total,
  report.people,
];

/** The report as CSV rows: stable column ids, each row's id, its name in the reader's language, its topics. */
export function reportCsvRows(report: YearlyReport, nameOf: (row: ReportRow) => string): CsvCell[][] {
  return [
    ['row', 'name', 'topics', ...report.months, 'total'],
    ...reportRowsOf(report).map((r) => [r.id, nameOf(r), r.topics.join(' '), ...r.months, r.total]),
  ];
}
