/**
 * `npm run chaos`: the intake's fault script, against real local processes (`npm start` with
 * Redis, the Graph API and Bot API stubs). (1) Thirty WhatsApp messages in one delivery, or
 * thirty Telegram updates, then the server killed (SIGKILL) or stopped (SIGTERM, a deploy)
 * once the first replies go out, and started again: how many were answered, how many twice.
 * (2) Redis stopped (SIGSTOP: every command hangs, as in a frozen or unreachable Redis) for
 * 75 s under a steady stream on WhatsApp, Telegram and the web chat: lost, duplicated, told to
 * slow down, the web chat's statuses. (3) One person's burst beside another's emergency: how
 * long the emergency's reply waits. (4) A rolling restart of two instances under a steady
 * stream (src/bench/rolling-restart.ts): lost and duplicated. Writes docs/reliability.md; not
 * a test (asserts nothing). `CHAOS_ONLY=stops` runs (1) and (3) only and prints their figures;
 * `CHAOS_ONLY=rolling` runs (4) only and rewrites its section of docs/reliability.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { Redis } from 'ioredis';
import { type CloudText, type IntakeRig, startIntakeRig, until } from '../testing/intake-rig.node.ts';
import { startRedis } from '../testing/redis-server.node.ts';
import { telegramUpdates } from '../testing/telegram-updates.ts';
import { reliabilityReport, rollingSection, type StopResult, withSection } from './chaos-report.ts';
import { steadyStream } from './chaos-stream.ts';
import { repeatedTo, rollingRestart, settled as settledIn } from './rolling-restart.ts';

const OUTAGE_S = Number(process.env.CHAOS_OUTAGE_S ?? 75);
/** `CHAOS_ONLY=stops`: the stops and the burst, without the Redis outage (which takes minutes); `rolling`: the rolling restart. */
const ONLY = process.env.CHAOS_ONLY;
const QUESTIONS = [
  'hola, ¿cómo tramito la doble nacionalidad para mi hijo nacido en Texas?',
  'necesito apostillar el acta de nacimiento de mi mamá',
  'how do I get my US pension if I moved back to Mexico?',
  'bonjou, mwen bezwen èd pou yon viza imanitè',
];

const redisServer = await startRedis();
const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
let round = 0;

const settled = (prefix: string) => settledIn(redis, prefix);

async function withRig<T>(work: (rig: IntakeRig, prefix: string) => Promise<T>, instances = 1): Promise<T> {
  round += 1;
  const prefix = `chaos${round}:`;
  const rig = await startIntakeRig({ redisUrl: redisServer.url, prefix, instances });
  try {
    await Promise.all(rig.servers.map((server) => server.start()));
    return await work(rig, prefix);
  } finally {
    await rig.close();
  }
}

/** Thirty messages, a stop once three replies went out, a start: answered and repeated. */
function stopMidHandling(channel: 'whatsapp' | 'telegram', signal: 'SIGKILL' | 'SIGTERM') {
  return withRig<StopResult>(async (rig, prefix) => {
    const sent = () => (channel === 'whatsapp' ? rig.sentOnWhatsApp() : rig.sentOnTelegram());
    const calls = () => (channel === 'whatsapp' ? rig.graph.sent().length : rig.bot.sent().length);
    if (channel === 'whatsapp') {
      const texts: CloudText[] = Array.from({ length: 30 }, (_, i) => ({
        waId: `5216180${round}${String(i).padStart(3, '0')}`,
        id: `wamid.chaos${round}x${i}`,
        text: QUESTIONS[i % QUESTIONS.length] ?? '',
      }));
      await rig.postCloud(texts);
    } else {
      const update = telegramUpdates(round * 1000);
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          rig.postTelegram(update(7_000_000 + round * 100 + i, QUESTIONS[i % QUESTIONS.length] ?? '')),
        ),
      );
    }
    await until(() => calls() >= 3, 30_000, 'the first replies');
    await rig.stop(signal);
    const answeredAtStop = sent().size;
    const leftInStream = await redis.xlen(`${prefix}intake`);
    const restartedAt = performance.now();
    await rig.start();
    await until(() => sent().size === 30, 120_000, 'every person answered').catch(() => undefined);
    const allAnsweredMs = performance.now() - restartedAt;
    await until(() => settled(prefix), 120_000, 'nothing left').catch(() => undefined);
    return {
      channel,
      signal,
      answeredAtStop,
      leftInStream,
      answered: sent().size,
      repeated: repeatedTo(sent()),
      allAnsweredMs,
    };
  });
}

/** Redis frozen for OUTAGE_S seconds in the middle of a steady stream. */
function redisOutage() {
  return withRig(async (rig, prefix) => {
    const slowDown = /Recibimos muchos mensajes|We received many messages|Nou resevwa anpil mesaj/;
    const seconds = OUTAGE_S + 20;
    const stream = steadyStream(rig, seconds, String(round));
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    redisServer.process.kill('SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_S * 1000));
    redisServer.process.kill('SIGCONT');
    const counts = await stream;
    const wa = () => rig.sentOnWhatsApp();
    const tg = () => rig.sentOnTelegram();
    await until(
      () => counts.waPeople.every((p) => wa().has(p)) && counts.tgChats.every((c) => tg().has(c)),
      180_000,
      'every accepted message answered',
    ).catch(() => undefined);
    await until(() => settled(prefix), 120_000, 'nothing left').catch(() => undefined);
    const all = [...wa().values(), ...tg().values()].flat();
    return {
      seconds: OUTAGE_S,
      counts,
      lostWhatsApp: counts.waPeople.filter((p) => !wa().has(p)).length,
      lostTelegram: counts.tgChats.filter((c) => !tg().has(c)).length,
      repeated: repeatedTo(wa()) + repeatedTo(tg()),
      toldSlowDown: all.filter((text) => slowDown.test(text)).length,
    };
  });
}

/** One person's five messages and another's emergency in one delivery: when each first hears back. */
function burstBesideEmergency() {
  return withRig(async (rig) => {
    const texts: CloudText[] = [
      ...Array.from({ length: 5 }, (_, i) => ({
        waId: '5216189990001',
        id: `wamid.burst${round}x${i}`,
        text: QUESTIONS[i % QUESTIONS.length] ?? '',
      })),
      {
        waId: '5216189990002',
        id: `wamid.burst${round}e`,
        text: 'ayuda me tienen encerrado y me quieren golpear',
      },
    ];
    const start = performance.now();
    await rig.postCloud(texts);
    await until(() => rig.sentOnWhatsApp().has('5216189990002'), 30_000, 'the emergency reply');
    const emergencyMs = performance.now() - start;
    await until(() => (rig.sentOnWhatsApp().get('5216189990001')?.length ?? 0) >= 5, 120_000, 'the burst');
    return { emergencyMs, burstMs: performance.now() - start };
  });
}

/** Two instances, A then B restarted (SIGTERM, exit, start) under a steady stream. */
const rolling = () => withRig((rig, prefix) => rollingRestart(rig, redis, { prefix, tag: String(round) }), 2);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;

if (ONLY === 'rolling') {
  // The rolling restart only (under a minute): its section of the report rewritten in place.
  console.error('chaos: a rolling restart of two instances under a steady stream…');
  const result = await rolling();
  const report = await readFile('docs/reliability.md', 'utf8');
  await writeFile('docs/reliability.md', withSection(report, rollingSection(result, machine)));
  console.log(JSON.stringify(result));
  redis.disconnect();
  await redisServer.stop();
  process.exit(0);
}

const stops: StopResult[] = [];
for (const channel of ['whatsapp', 'telegram'] as const)
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    console.error(`chaos: ${channel}, 30 messages, ${signal} mid-handling…`);
    stops.push(await stopMidHandling(channel, signal));
    console.error(`  ${JSON.stringify(stops.at(-1))}`);
  }
console.error('chaos: a burst beside an emergency…');
const burst = await burstBesideEmergency();
console.error(`  ${JSON.stringify(burst)}`);
if (ONLY === 'stops') {
  // The stops and the burst only (about a minute): figures printed, the report left as it is.
  console.log(JSON.stringify({ stops, burst }));
  redis.disconnect();
  await redisServer.stop();
  process.exit(0);
}
console.error('chaos: a rolling restart of two instances under a steady stream…');
const rollingResult = await rolling();
console.error(`  ${JSON.stringify(rollingResult)}`);
console.error(`chaos: Redis frozen for ${OUTAGE_S} s under a steady stream (about ${OUTAGE_S + 60} s)…`);
const outage = await redisOutage();

await writeFile(
  'docs/reliability.md',
  reliabilityReport({ machine, stops, burst, outage, rolling: rollingResult }),
);
console.log(JSON.stringify({ stops, burst, outage: { ...outage, counts: undefined } }));
redis.disconnect();
await redisServer.stop();
