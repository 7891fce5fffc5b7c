/**
 * `npm run demo:data [-- --conversations 3000 --days 90 --seed 1 --start YYYY-MM-DD]`: fills
 * the office's dashboard with a seeded demo (src/demo): a few thousand conversations over
 * three months, run through the real engine on a simulated clock, into the store the server
 * would use. Only Redis: the memory store lives inside `npm start`'s own process, so there is
 * nothing here to fill; set REDIS_URL (the same settings as `npm start`, src/runtime/config.node.ts).
 * Demo data belongs in a demo Redis, or a KEY_PREFIX of its own: it refuses a prefix that
 * already holds dashboard figures for those days unless told --add. Staff accounts are never
 * read or touched; demo chats have ids of their own ("demo-SEED-N").
 */
import { parseArgs } from 'node:util';
import { silentLogger } from '../core/ports/runtime.ts';
import { generateDemo } from '../demo/generate.ts';
import { addDays, localDay, localInstant } from '../demo/office-time.ts';
import { DEMO_CHANNELS } from '../demo/plan.ts';
import { createEngine } from '../engine/create-engine.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { type Config, readConfig } from '../runtime/config.node.ts';
import { connectRedisStore } from '../runtime/redis-store-from-config.node.ts';
import { createUnderstanding } from '../understanding/understand.ts';

const USAGE = `usage: npm run demo:data [-- --conversations 3000 --days 90 --seed 1 --start YYYY-MM-DD --add]
  --conversations  how many conversations (default 3000)
  --days           over how many days (default 90), ending yesterday unless --start is given
  --seed           the demo's seed: the same seed makes the same demo (default 1)
  --start          the first day, office time (default: --days days ago)
  --add            add to a KEY_PREFIX that already holds dashboard figures for those days`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let args: ReturnType<typeof readArgs>;
let config: Config;
try {
  args = readArgs();
  config = readConfig();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!config.REDIS_URL)
  fail(
    'demo:data writes the demo into Redis, and REDIS_URL is not set. The memory store lives inside ' +
      "`npm start`'s own process, so there is nothing here to fill. Set REDIS_URL to a Redis for the demo " +
      '(and a KEY_PREFIX of its own, e.g. KEY_PREFIX=enlace-demo:), run this again, then start the server ' +
      'with the same REDIS_URL and KEY_PREFIX.',
  );

const knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
const timeZone = knowledge.office.timeZone;
const today = localDay(Date.now(), timeZone);
const firstDay = args.start ?? addDays(today, -args.days);
if (addDays(firstDay, args.days) > addDays(today, 1))
  fail(
    `The demo would run past today (${firstDay} + ${args.days} days): pick an earlier --start or fewer --days.`,
  );
const start = localInstant(firstDay, 0, timeZone);

const store = await connectRedisStore({ ...config, REDIS_URL: config.REDIS_URL }).catch((error: Error) =>
  fail(`${error.message} Start Redis or fix REDIS_URL.`, 1),
);
const lastDay = addDays(firstDay, args.days - 1);
const already = await store.activity(firstDay, lastDay);
if (already.length > 0 && !args.add) {
  await store.close();
  fail(
    `KEY_PREFIX "${config.KEY_PREFIX}" on ${config.REDIS_URL} already holds dashboard figures for ${already.length} ` +
      `of these days (an office's real work, or an earlier demo). Demo data belongs in a Redis or a KEY_PREFIX ` +
      'of its own, a fresh one for each demo (e.g. KEY_PREFIX=enlace-demo2:); add --add to add this demo to ' +
      'those figures anyway (another --seed keeps its chats apart).',
  );
}

console.error(
  `demo: ${args.conversations} conversations over ${args.days} days (${firstDay} to ${lastDay}, ${timeZone}), ` +
    `seed ${args.seed}, into ${config.REDIS_URL} with KEY_PREFIX "${config.KEY_PREFIX}"`,
);
const clock = { time: start, now: () => clock.time };
const engine = createEngine({
  store,
  knowledge,
  understand: createUnderstanding(knowledge),
  i18n: createI18n(),
  clock,
  logger: silentLogger,
  channels: DEMO_CHANNELS,
  idleMs: config.IDLE_MINUTES * 60_000,
  handoffAlertMs: config.HANDOFF_ALERT_MINUTES * 60_000,
  urgentRealertMs: config.URGENT_REALERT_MINUTES * 60_000,
});
const began = performance.now();
const log = await generateDemo({
  engine,
  clock,
  seed: args.seed,
  conversations: args.conversations,
  days: args.days,
  start,
  timeZone,
  idleMs: config.IDLE_MINUTES * 60_000,
  topics: [...new Set(knowledge.entries.map((entry) => entry.id))],
  onProgress: ({ fraction, turns, started }) =>
    console.error(
      `demo: ${Math.round(fraction * 100)}% (up to ${localDay(Math.min(clock.time, start + args.days * 86_400_000), timeZone)}): ` +
        `${started} conversations started, ${turns} turns`,
    ),
});
await store.close();

const seconds = ((performance.now() - began) / 1000).toFixed(1);
if (log.errors.length)
  console.error(`demo: ${log.errors.length} turns failed, e.g. ${log.errors.slice(0, 3).join('; ')}`);
console.log(
  `demo: ${log.conversations} conversations, ${log.turns.length} turns, ${log.tickets.length} staff tickets, ` +
    `${log.ratings.length} ratings over ${args.days} days (${firstDay} to ${lastDay}) in ${seconds} s.`,
);
console.log(
  `See it: REDIS_URL=${config.REDIS_URL} KEY_PREFIX=${config.KEY_PREFIX} npm start, then open ` +
    `http://${config.HOST}:${config.PORT}/staff/dashboard (as an admin or viewer: npm run staff -- add NAME --role admin).`,
);

function readArgs() {
  const { values } = parseArgs({
    options: {
      conversations: { type: 'string', default: '3000' },
      days: { type: 'string', default: '90' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string' },
      add: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name}: a whole number from ${min} to ${max}`);
    return n;
  };
  if (values.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.start))
    throw new Error('--start: a day such as 2026-08-01');
  return {
    conversations: whole('conversations', values.conversations, 1, 200_000),
    days: whole('days', values.days, 1, 1_000),
    seed: whole('seed', values.seed, 0, 2 ** 31),
    start: values.start,
    add: values.add,
  };
}
