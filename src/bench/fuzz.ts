/**
 * `npm run fuzz`: the fuzz targets of the test suite (src/testing/fuzz/), 100,000 cases in all
 * (`-- --runs N`, `-- --seed S`), against the whole server over HTTP on 127.0.0.1 as `npm start`
 * serves it: the web chat, the Telegram webhook, WhatsApp messages and the staff inbox. Unlike
 * the suite it does not stop at the first failure: it counts crashes (a thrown error, in the
 * case or anywhere in the process), 5xx answers and other failures (an error the server
 * logged, a broken rule of the target), shows the first few of each target, samples the memory
 * as it goes, writes its own section of docs/benchmarks.md (the rest of the file is kept) and
 * ends with one JSON line. Exits 1 when any case failed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import fc from 'fast-check';
import { staffTarget } from '../testing/fuzz/staff.ts';
import { type FuzzTarget, judge, show } from '../testing/fuzz/target.ts';
import { telegramTarget } from '../testing/fuzz/telegram.ts';
import { webChatTarget } from '../testing/fuzz/web-chat.ts';
import { whatsAppTarget } from '../testing/fuzz/whatsapp.ts';
import { fuzzHarness } from './fuzz-server.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const RUNS = arg('runs', 100_000);
const SEED = arg('seed', 17);
const DOC = 'docs/benchmarks.md';
const START = '<!-- npm run fuzz: start -->';
const END = '<!-- npm run fuzz: end -->';
const MB = 2 ** 20;

let processCrashes = 0;
process.on('uncaughtException', (error) => {
  processCrashes++;
  console.error('uncaught exception:', error);
});
process.on('unhandledRejection', (error) => {
  processCrashes++;
  console.error('unhandled rejection:', error);
});

const harness = await fuzzHarness({ overHttp: true });
globalThis.gc?.();
const { rss: startRss, heapUsed: startHeap } = process.memoryUsage();
const peak = { rss: startRss, heap: process.memoryUsage().heapUsed };
const sampler = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
}, 20);

// Shares of the runs: the web chat is what anyone on the internet can reach.
const plan: Array<[FuzzTarget<never>, number]> = [
  [webChatTarget(harness.send) as FuzzTarget<never>, 0.4],
  [telegramTarget(harness) as FuzzTarget<never>, 0.2],
  [whatsAppTarget(harness) as FuzzTarget<never>, 0.2],
  [staffTarget(harness) as FuzzTarget<never>, 0.2],
];

interface Row {
  target: string;
  cases: number;
  crashes: number;
  server_errors: number;
  other_failures: number;
  statuses: Record<string, number>;
  ms_per_case: number;
  examples: string[];
}
const rows: Row[] = [];
const started = performance.now();
for (const [target, share] of plan) {
  const row: Row = {
    target: target.name,
    cases: Math.round(RUNS * share),
    crashes: 0,
    server_errors: 0,
    other_failures: 0,
    statuses: {},
    ms_per_case: 0,
    examples: [],
  };
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(target.arbitrary, async (input) => {
      const verdict = await judge(target, input, harness.errors);
      row.statuses[verdict.status] = (row.statuses[verdict.status] ?? 0) + 1;
      if (verdict.ok) return;
      if (verdict.status === 'crash') row.crashes++;
      else if (verdict.status >= 500) row.server_errors++;
      else row.other_failures++;
      if (row.examples.length < 3) row.examples.push(`${verdict.why.slice(0, 300)} — case: ${show(input)}`);
    }),
    { seed: SEED, numRuns: row.cases },
  );
  row.ms_per_case = Number(((performance.now() - t0) / row.cases).toFixed(2));
  rows.push(row);
  console.error(
    `${row.target}: ${row.cases} cases, ${row.ms_per_case} ms each, statuses ${JSON.stringify(row.statuses)}`,
  );
  for (const e of row.examples) console.error(`  ${e}`);
}
const seconds = Math.round((performance.now() - started) / 1000);
clearInterval(sampler);
globalThis.gc?.();
const { rss: endRss, heapUsed: endHeap } = process.memoryUsage();
const waiting = (await harness.store.listTickets()).length;

const total = (key: 'cases' | 'crashes' | 'server_errors' | 'other_failures') =>
  rows.reduce((n, r) => n + r[key], 0);
const result = {
  seed: SEED,
  cases: total('cases'),
  crashes: total('crashes') + processCrashes,
  server_errors: total('server_errors'),
  other_failures: total('other_failures'),
  resent: harness.resent(),
  seconds,
  rss_start_mb: Math.round(startRss / MB),
  heap_start_mb: Math.round(startHeap / MB),
  rss_peak_mb: Math.round(peak.rss / MB),
  heap_peak_mb: Math.round(peak.heap / MB),
  rss_end_mb: Math.round(endRss / MB),
  heap_end_mb: Math.round(endHeap / MB),
  targets: rows.map(({ examples: _, ...r }) => r),
};

const statusText = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
const section = `${START}
## Fuzzing (\`npm run fuzz\`)

Written by \`npm run fuzz\` (src/bench/fuzz.ts) on ${new Date().toISOString().slice(0, 10)}, seed ${SEED}.
Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}.

| target | cases | crashes | 5xx | other failures | answers | ms per case |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.target} | ${r.cases} | ${r.crashes} | ${r.server_errors} | ${r.other_failures} | ${statusText(r.statuses)} | ${r.ms_per_case} |`).join('\n')}
| **all** | **${result.cases}** | **${result.crashes}** | **${result.server_errors}** | **${result.other_failures}** | ${seconds} s in all | |

Memory of the one process (server and generator together): RSS ${result.rss_start_mb} MB at the start,
**peak ${result.rss_peak_mb} MB** (V8 heap in use at most ${result.heap_peak_mb} MB, garbage included), ${result.rss_end_mb} MB at
the end. V8 heap in use after a full GC: ${result.heap_start_mb} MB at the start, ${result.heap_end_mb} MB at the end;
${waiting} conversations were waiting for staff at the end (memory store). ${result.resent} requests were sent
again, once, because the server had closed their kept-alive connection: it does that after answering a big
body early (401, 413) and draining it for 500 ms; the request on that connection had not been read.
${rows.some((r) => r.examples.length) ? `\nFirst failures:\n\n${rows.flatMap((r) => r.examples.map((e) => `- ${r.target}: \`${e.replaceAll('`', "'")}\``)).join('\n')}\n` : ''}
How: the server as \`npm start\` wires it (memory store, the web chat, Telegram by webhook answered by a local
Bot API stub, WhatsApp's channel fed message objects, the staff inbox), served by @hono/node-server on
127.0.0.1 and sent requests one at a time with fetch. The cases are the suite's (test/fuzz/, a few
thousand there): hostile text (any Unicode, lone surrogates, markup, very long runs), wrong types, cut
and invalid JSON, any content type, forged cookies and CSRF tokens, badly percent-encoded paths. A case
fails on a thrown error, a 5xx, an error the server logged, or a broken rule of its target (a page without
its CSP, a Telegram update with the secret not acknowledged). 413 and 429 are the body and rate limits;
431 is Node's HTTP server refusing a URL past its 16 KB header limit before the app sees it; 303 is an
address under /staff that is no inbox page. Replay with \`npm run fuzz -- --seed ${SEED}\`.
${END}`;

const old = await readFile(DOC, 'utf8').catch(() => '');
const at = old.indexOf(START);
const end = old.indexOf(END, at);
const doc =
  at >= 0
    ? `${old.slice(0, at)}${section}${end >= 0 ? old.slice(end + END.length) : '\n'}`
    : `${old.trimEnd()}\n\n${section}\n`;
await writeFile(DOC, doc);
console.log(section);
console.log(JSON.stringify(result));
await harness.close();
process.exit(result.crashes + result.server_errors + result.other_failures > 0 ? 1 : 0);
