/**
 * docs/reliability.md from `npm run chaos`'s figures: what each fault cost, on which machine;
 * and the rolling restart's section alone, put in place in the existing report
 * (`CHAOS_ONLY=rolling`).
 */
import type { StreamCounts } from './chaos-stream.ts';
import type { RollingResult } from './rolling-restart.ts';

export interface StopResult {
  channel: 'whatsapp' | 'telegram';
  signal: 'SIGKILL' | 'SIGTERM';
  /** People already answered when the process was stopped. */
  answeredAtStop: number;
  /** Entries left in the intake stream by the stopped process. */
  leftInStream: number;
  answered: number;
  /** People who got the same text twice. */
  repeated: number;
  allAnsweredMs: number;
}

interface Report {
  machine: string;
  stops: StopResult[];
  burst: { emergencyMs: number; burstMs: number };
  outage: {
    seconds: number;
    counts: StreamCounts;
    lostWhatsApp: number;
    lostTelegram: number;
    repeated: number;
    toldSlowDown: number;
  };
  rolling: RollingResult;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const statuses = (by: Record<string, number>) =>
  Object.entries(by)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');

const ROLLING_HEADING = '## A rolling restart of two instances';

/** The rolling restart's section: what two instances restarted in turn under a stream cost. */
export function rollingSection(r: RollingResult, machine: string): string {
  const [a, b] = r.restarts;
  const restart = (x: RollingResult['restarts'][number] | undefined) =>
    x
      ? `exit ${x.exitCode} ${s(x.stopMs)} after SIGTERM, healthy again ${s(x.startMs)} after its start`
      : 'not run';
  return `${ROLLING_HEADING}

Measured by \`CHAOS_ONLY=rolling npm run chaos\` (src/bench/rolling-restart.ts) on ${new Date().toISOString().slice(0, 10)}, ${machine}.
Two instances of \`npm start\` on one Redis, each on its own port. Every 200 ms a new person
wrote on WhatsApp and another on Telegram, sent alternately to the two as a load balancer
would: on a refused connection or any answer but 2xx it sent the same delivery to the other
instance at once (and to both again 250 ms later), as Meta and Telegram send again until they
get a 2xx. One second into the stream A was stopped with SIGTERM, started again once it had
exited, and once its /healthz answered 200 B the same; the stream went on 2 s after B was back
(${s(r.streamMs)} in all).

| | people who wrote | answered | lost | answered twice the same text |
|---|---|---|---|---|
| WhatsApp | ${r.sent.whatsapp} | ${r.answered.whatsapp} | **${r.lost.whatsapp}** | **${r.duplicated.whatsapp}** |
| Telegram | ${r.sent.telegram} | ${r.answered.telegram} | **${r.lost.telegram}** | **${r.duplicated.telegram}** |

- A: ${restart(a)}; B: ${restart(b)}.
- What the load balancer got back: ${statuses(r.statuses)}; ${r.resent} deliveries sent to the other instance or again.
- Everyone had their answer ${s(r.lastAnsweredMs)} after the last message was accepted.

From SIGTERM until it exits an instance answers /healthz 503 \`{"ok":false,"status":"draining"}\`
and refuses with 503 every channel request that brings something to handle, lets the turns
it holds finish (up to 4 s; what does not finish stays in Redis's intake for its next start
or the other instance), then stops listening, closes Redis and exits 0.
\`test/runtime/rolling-restart.test.ts\` runs the same restart (about 50 people on each channel)
and fails unless nobody is lost and nobody answered twice; it also holds a reply unanswered at
Meta while the server drains and checks /healthz answers 503, never 200, until the exit 0.
`;
}

/** The report with the rolling restart's section replaced, or put before the Redis outage's. */
export function withSection(report: string, section: string): string {
  const start = report.indexOf(ROLLING_HEADING);
  if (start >= 0) {
    const next = report.indexOf('\n## ', start + ROLLING_HEADING.length);
    return `${report.slice(0, start)}${section}${next >= 0 ? report.slice(next) : ''}`;
  }
  const before = report.indexOf('\n## Redis frozen');
  return before >= 0
    ? `${report.slice(0, before + 1)}${section}\n${report.slice(before + 1)}`
    : `${report.trimEnd()}\n\n${section}`;
}

export function reliabilityReport(r: Report): string {
  const { counts } = r.outage;
  return `# Reliability: what a fault costs

Written by \`npm run chaos\` (src/bench/chaos.ts) on ${new Date().toISOString().slice(0, 10)}, ${r.machine}.
Real processes: \`npm start\` with Redis (a redis-server of its own), the WhatsApp Cloud API channel
pointed at the local Graph API stub, Telegram in webhook mode pointed at the local Bot API stub.
How intake stays durable is in docs/deployment.md ("Messages are never lost").

## A server stopped mid-handling

Thirty messages from thirty people (one WhatsApp delivery, or thirty Telegram updates), the
server stopped once the first three replies had gone out, then started again on the same port.

| channel | stop | answered when stopped | left in the intake | answered after restart | repeated | all answered after restart |
|---|---|---|---|---|---|---|
${r.stops
  .map(
    (x) =>
      `| ${x.channel} | ${x.signal} | ${x.answeredAtStop}/30 | ${x.leftInStream} | **${x.answered}/30** | ${x.repeated} | ${s(x.allAnsweredMs)} |`,
  )
  .join('\n')}

"Repeated": people who received the same text twice. On WhatsApp each part goes with
\`biz_opaque_callback_data\` naming it and Meta's status webhook brings the name back, so a part
Meta took just before the kill, whose acceptance the store never got, is known before any
retry (the stub reports statuses every half second, resending what the server did not take).
Telegram has no such report: after a kill, the parts in flight at that instant may go again.

"All answered after restart" counts from the restart command, the new process's own start
(about 1.5 s) included. After a kill the new process takes over at once what the killed one
left (it has the same name, \`INTAKE_CONSUMER\`, and another run id): the conversations it held
mid-turn, without waiting for their 15-s lease, and, 2 s after its start (time for Meta's
status reports of parts taken just before the kill to come in), the replies it had committed
and not sent, without waiting for the outbox's 30-s retry. The sweep finishes due
conversations side by side, so one chat's one-message-a-second spacing holds up no other.

\`test/runtime/intake-faults.test.ts\` runs the same four stops and fails unless every person is
answered within 15 s of the restart (the whole file took 105 s when a kill cost 35 to 55 s; 22 to 27 s
on 2026-11-25, on a machine shared with other work).

${rollingSection(r.rolling, r.machine)}
## Redis frozen for ${r.outage.seconds} s under a steady stream

Every second a new person wrote on WhatsApp, one on Telegram and one on the web chat, for
${counts.whatsapp.sent} s; Redis was frozen (SIGSTOP) ${r.outage.seconds} s from the 10th second. Meta and
Telegram send again until they get a 2xx (here every 2 s); a web chat user sends again on 503.

| | sent | lost | answers seen |
|---|---|---|---|
| WhatsApp | ${counts.whatsapp.sent} | **${r.outage.lostWhatsApp}** | ${statuses(counts.whatsapp.statuses)} |
| Telegram | ${counts.telegram.sent} | **${r.outage.lostTelegram}** | ${statuses(counts.telegram.statuses)} |
| web chat | ${counts.web.sent} | **${counts.web.sent - counts.web.answered}** | ${statuses(counts.web.statuses)} |

- Repeated replies: **${r.outage.repeated}**. People told they write too fast: **${r.outage.toldSlowDown}**.
- The web chat answered 503 ("send it again"), never 500, while Redis was away: ${
    counts.web.statuses['500'] ? `**no: ${counts.web.statuses['500']} × 500**` : 'yes'
  }.

## One person's burst beside another's emergency

One delivery: five messages from one person, then an emergency from another. The emergency's
first reply went out after **${s(r.burst.emergencyMs)}**; the five answers of the burst, paced for that
person alone (Meta's one message per 6 s to the same user after a burst of three), after ${s(r.burst.burstMs)}.

## Pacing across instances

Not measured by this script: \`test/channels/shared-pacing.test.ts\` runs two instances' WhatsApp
pacers and Telegram spacings on one Redis. A person's fourth message in a row waits for their
spacing whichever instance sends it, while another person's goes within a few milliseconds; 20
messages to 20 people at 20 a second take 950 ms from first to last with the two instances
together (each alone would take 450); while Redis is away each instance paces in its own memory
and nothing is held back. \`test/store/send-slots.test.ts\` holds memory, Redis and the office
Durable Object to the same behaviour.
`;
}
