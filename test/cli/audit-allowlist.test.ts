/**
 * CI's dependency audit (scripts/audit.ts): npm's report read into advisories, each judged
 * against the allowlist (.ci/audit-allowlist.yaml): an advisory nobody accepted fails, one
 * accepted with why and until when passes until that day, an entry for longer than a year
 * fails, an entry nothing needs any more is pointed out; npm's error report is not taken for a
 * clean audit. And the project's own allowlist reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALLOWLIST, advisoriesOf, allowlistSchema, judgeAudit } from '../../scripts/audit.ts';

// The shape of `npm audit --omit=dev --json` (auditReportVersion 2), shortened.
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    'path-to-regexp': {
      name: 'path-to-regexp',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1101850,
          name: 'path-to-regexp',
          dependency: 'path-to-regexp',
          title: 'path-to-regexp outputs backtracking regular expressions',
          url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
          severity: 'high',
          range: '<0.1.10',
        },
      ],
      effects: ['router'],
      range: '<0.1.10',
      nodes: ['node_modules/path-to-regexp'],
      fixAvailable: true,
    },
    router: { name: 'router', severity: 'high', isDirect: true, via: ['path-to-regexp'], effects: [] },
  },
  metadata: { vulnerabilities: { high: 2, total: 2 } },
};
const accepted = {
  id: 'GHSA-9wv6-86v2-598j',
  package: 'path-to-regexp',
  why: 'Only the CLI uses this router, never the server; the fix waits for the next major.',
  until: '2027-03-31',
};

describe('dependency audit', () => {
  it("reads npm's report into its advisories, once each, and does not take an error for a clean audit", () => {
    expect(advisoriesOf(report)).toEqual([
      {
        id: 'GHSA-9wv6-86v2-598j',
        package: 'path-to-regexp',
        title: 'path-to-regexp outputs backtracking regular expressions',
        severity: 'high',
        url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j',
      },
    ]);
    expect(advisoriesOf({ auditReportVersion: 2, vulnerabilities: {} })).toEqual([]);
    expect(advisoriesOf({ message: '405 Method Not Allowed', statusCode: 405 })).toBeNull();
    expect(advisoriesOf(null)).toBeNull();
  });

  it('fails on an advisory nobody accepted, saying what to do', () => {
    const { failures } = judgeAudit(advisoriesOf(report) ?? [], { accepted: [] }, '2026-11-22');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/path-to-regexp.*Upgrade it.*accept it in \.ci\/audit-allowlist\.yaml/);
  });

  it('passes an accepted advisory until its day, then fails again', () => {
    const advisories = advisoriesOf(report) ?? [];
    expect(judgeAudit(advisories, { accepted: [accepted] }, '2026-11-22')).toEqual({
      failures: [],
      warnings: [],
    });
    expect(judgeAudit(advisories, { accepted: [accepted] }, '2027-04-01').failures[0]).toMatch(
      /accepted until 2027-03-31.*Look again/,
    );
  });

  it('refuses an entry for more than a year, and points out one nothing needs', () => {
    const { failures, warnings } = judgeAudit(
      [],
      { accepted: [{ ...accepted, until: '2028-12-31' }] },
      '2026-11-22',
    );
    expect(failures[0]).toMatch(/a year at most/);
    expect(warnings[0]).toMatch(/no longer reported; remove the entry/);
  });

  it('requires an advisory id, a reason and a date in every entry', () => {
    expect(allowlistSchema.safeParse({ accepted: [accepted] }).success).toBe(true);
    for (const bad of [{ id: 'CVE-2024-1' }, { why: 'because' }, { until: 'soon' }])
      expect(
        allowlistSchema.safeParse({ accepted: [{ ...accepted, ...bad }] }).success,
        JSON.stringify(bad),
      ).toBe(false);
  });

  it("reads the project's own allowlist", () => {
    expect(allowlistSchema.safeParse(parse(readFileSync(ALLOWLIST, 'utf8')) ?? {}).success).toBe(true);
  });
});
