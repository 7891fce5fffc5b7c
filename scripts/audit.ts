/**
 * CI's dependency audit (.ci/run): `npm audit --omit=dev` (the packages a server runs, not the
 * tools), judged against .ci/audit-allowlist.yaml. It fails on any advisory not in the list,
 * on a list entry past its date (someone must look again), and, unless told otherwise, when
 * the registry's audit service cannot be reached: an audit that did not run proves nothing.
 * `AUDIT_WHEN_UNREACHABLE=warn` turns that last one into a warning, for machines whose
 * registry mirror has no audit service. Every failure says what to do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const ALLOWLIST = '.ci/audit-allowlist.yaml';
/** An advisory is accepted for a year at most: long enough to wait for a fix, short enough to look again. */
const MAX_DAYS = 366;

const entrySchema = z.object({
  id: z.string().regex(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/, 'a GitHub advisory id, GHSA-xxxx-xxxx-xxxx'),
  package: z.string().min(1),
  why: z
    .string()
    .min(20, 'say why the office is not exposed, or why it has to wait (20 characters at least)'),
  until: z.iso.date('a date, YYYY-MM-DD'),
});
export const allowlistSchema = z.object({ accepted: z.array(entrySchema).default([]) });
export type Allowlist = z.infer<typeof allowlistSchema>;

/** One advisory as `npm audit --json` (report version 2) names it. */
export interface Advisory {
  id: string;
  package: string;
  title: string;
  severity: string;
  url: string;
}

const viaSchema = z.object({
  name: z.string(),
  title: z.string().default(''),
  url: z.string().default(''),
  severity: z.string().default('unknown'),
});
const reportSchema = z.object({
  vulnerabilities: z.record(z.string(), z.object({ via: z.array(z.union([z.string(), viaSchema])) })),
});

/** The advisories in npm's report, once each; null when the report is npm's error instead. */
export function advisoriesOf(report: unknown): Advisory[] | null {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) return null;
  const found = new Map<string, Advisory>();
  for (const { via } of Object.values(parsed.data.vulnerabilities))
    for (const v of via) {
      // A string names another vulnerable package (the path to it), not an advisory.
      if (typeof v === 'string') continue;
      const id = /GHSA(-[a-z0-9]{4}){3}/i.exec(v.url)?.[0] ?? v.url;
      found.set(`${id} ${v.name}`, { id, package: v.name, title: v.title, severity: v.severity, url: v.url });
    }
  return [...found.values()];
}

export interface Verdict {
  failures: string[];
  warnings: string[];
}

/** The audit's advisories against the allowlist, on a given day (YYYY-MM-DD). */
export function judgeAudit(advisories: readonly Advisory[], allowlist: Allowlist, today: string): Verdict {
  const failures: string[] = [];
  const warnings: string[] = [];
  const horizon = new Date(Date.parse(today) + MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const a of advisories) {
    const entry = allowlist.accepted.find((e) => e.id === a.id && e.package === a.package);
    if (!entry)
      failures.push(
        `${a.package}: ${a.title} (${a.severity}, ${a.url}). Upgrade it (\`npm audit fix\`, or a newer version of what depends on it), or accept it in ${ALLOWLIST} with why and until when.`,
      );
    else if (entry.until < today)
      failures.push(
        `${a.package}: ${a.id} was accepted until ${entry.until} ("${entry.why}"). Look again: upgrade it, or renew the entry with a reason that still holds.`,
      );
  }
  for (const e of allowlist.accepted) {
    if (e.until > horizon)
      failures.push(
        `${ALLOWLIST}: ${e.id} is accepted until ${e.until}; accept for a year at most (until ${horizon}).`,
      );
    if (!advisories.some((a) => a.id === e.id && a.package === e.package))
      warnings.push(`${ALLOWLIST}: ${e.id} (${e.package}) is no longer reported; remove the entry.`);
  }
  return { failures, warnings };
}

function main() {
  const allowlist = allowlistSchema.parse(parse(readFileSync(ALLOWLIST, 'utf8')) ?? {});
  let output: string;
  try {
    output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // npm audit exits 1 when it finds something; its JSON is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  let report: unknown = null;
  try {
    report = JSON.parse(output);
  } catch {}
  const advisories = advisoriesOf(report);
  if (!advisories) {
    const why = (report as { message?: string; error?: { summary?: string } } | null)?.message ?? 'no report';
    const message = `npm audit could not reach the registry's audit service (${why}), so the dependencies were not audited. Check the network or the registry setting (\`npm config get registry\`); on a mirror without an audit service, run with AUDIT_WHEN_UNREACHABLE=warn and audit elsewhere.`;
    if (process.env.AUDIT_WHEN_UNREACHABLE === 'warn') {
      console.warn(`audit: WARNING: ${message}`);
      return 0;
    }
    console.error(`audit: ${message}`);
    return 1;
  }
  const { failures, warnings } = judgeAudit(advisories, allowlist, new Date().toISOString().slice(0, 10));
  for (const w of warnings) console.warn(`audit: ${w}`);
  for (const f of failures) console.error(`audit: ${f}`);
  console.log(
    `audit: ${advisories.length} advisories for the production dependencies, ${allowlist.accepted.length} accepted in ${ALLOWLIST}, ${failures.length} failing.`,
  );
  return failures.length ? 1 : 0;
}

if (import.meta.main) process.exit(main());
