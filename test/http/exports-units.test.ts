/**
 * The exports' pure parts: RFC 4180 writing (read back by csv-parse, an independent parser),
 * times in the office's zone across changes of clocks, the query strings, and the yearly
 * report's sums; and the mapping of topics to the institute's lines of action checked against
 * the seed document it cites and the topics' own sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from '../../src/core/csv.ts';
import { isoInZone, periodMs, periodQuery, yearSchema } from '../../src/staff/export-period.ts';
import { INSTITUTE_SERVICES, yearlyReport } from '../../src/staff/export-report.ts';

const readBack = (csv: string) =>
  parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];

describe('CSV writing', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(undefined)).toBe('');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3'); // a number is a number
  });

  it('writes a BOM and CRLF records that an independent parser reads back exactly', () => {
    const rows = [
      ['id', 'text'],
      ['a,b', 'he said "no"'],
      ['line\nbreak', 'cr\r\nlf'],
      ['ñandú', 'Kreyòl'],
    ];
    const csv = csvFile(rows);
    expect(csv.startsWith('\uFEFFid,text\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readBack(csv)).toEqual(rows);
  });
});

describe('times in the office zone', () => {
  it('writes ISO 8601 with the zone offset', () => {
    expect(isoInZone(Date.parse('2026-03-01T15:15:00Z'), 'America/Monterrey')).toBe(
      '2026-03-01T09:15:00-06:00',
    );
    expect(isoInZone(Date.parse('2026-07-01T12:00:05Z'), 'America/New_York')).toBe(
      '2026-07-01T08:00:05-04:00',
    );
    expect(isoInZone(Date.parse('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('turns a period of office days into instants, a change of clocks included', () => {
    expect(periodMs('2026-03-01', '2026-03-31', 'America/Monterrey')).toEqual({
      from: Date.parse('2026-03-01T06:00:00Z'),
      to: Date.parse('2026-04-01T06:00:00Z') - 1,
    });
    // New York springs forward on 8 March 2026: that day is 23 hours long.
    expect(periodMs('2026-03-08', '2026-03-08', 'America/New_York')).toEqual({
      from: Date.parse('2026-03-08T05:00:00Z'),
      to: Date.parse('2026-03-09T04:00:00Z') - 1,
    });
  });

  it('accepts real days in order, at most 366 of them', () => {
    expect(periodQuery.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(true);
    expect(periodQuery.safeParse({ from: '2024-01-01', to: '2024-12-31' }).success).toBe(true);
    for (const bad of [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026-03-02', to: '2026-03-01' },
      { from: '2025-01-01', to: '2026-01-02' },
      { from: '2026-1-1', to: '2026-01-31' },
      { from: '2026-01-01' },
    ])
      expect(periodQuery.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(yearSchema.safeParse('2026').data).toBe(2026);
    for (const bad of ['26', '1999', '2100', '20x6', ''])
      expect(yearSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the yearly report', () => {
  it('sums each service per month, lists other topics, and totals rows and columns', () => {
    const report = yearlyReport(
      [
        { day: '2025-12-31', counts: { 'served=apostille': 100, people: 100 } },
        { day: '2026-01-15', counts: { 'served=apostille': 2, 'served=asylum': 1, people: 5, turns: 40 } },
        { day: '2026-01-31', counts: { 'served=apostille': 1 } },
        {
          day: '2026-03-02',
          counts: { 'served=locate_person': 1, 'served=legal_advice': 2, 'served=paisano': 3 },
        },
        { day: '2026-12-31', counts: { 'served=us_pension': 4, people: 4 } },
      ],
      2026,
    );
    const find = (id: string) => [...report.services, ...report.others].find((r) => r.id === id);
    expect(find('service:1.2.2')?.months).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(find('service:1.1.6')?.months[2]).toBe(3);
    expect(find('service:1.1.3')?.total).toBe(4);
    expect(report.others.map((r) => r.id)).toEqual(['topic:paisano', 'topic:asylum']);
    expect(report.total.months).toEqual([4, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(report.total.total).toBe(14);
    expect(report.people.months).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(report.services).toHaveLength(INSTITUTE_SERVICES.length);
  });

  it('maps each topic once, to a line of action that the seed names and the topic itself cites', () => {
    const topics = INSTITUTE_SERVICES.flatMap((s) => s.topics);
    expect(new Set(topics).size).toBe(topics.length);
    const known = readdirSync('knowledge/topics');
    for (const topic of topics) expect(known, topic).toContain(topic);
    const seedFile = '../shared/seeds/000_42a14087d130fee7.txt';
    if (!existsSync(seedFile)) return;
    const seed = readFileSync(seedFile, 'utf8').split('\n');
    for (const service of INSTITUTE_SERVICES) {
      expect(seed[service.line - 1], service.id).toContain(`Línea de acción ${service.id}.`);
      for (const topic of service.topics) {
        const entry = readFileSync(`knowledge/topics/${topic}/es.md`, 'utf8');
        expect(entry, `${topic} cites line ${service.line}`).toMatch(
          new RegExp(`seed: 000_42a14087d130fee7\\.txt\\s+lines: \\[${service.line}, ${service.line}\\]`),
        );
      }
    }
  });
});
