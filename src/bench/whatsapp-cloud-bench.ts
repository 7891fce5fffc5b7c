/**
 * The WhatsApp Cloud API part of `npm run bench` (run directly: it prints one JSON line):
 * how fast the webhook acknowledges a person's message. Meta wants a fast 200 and retries
 * anything slower; our goal is p99 < 50 ms. Timed from sending a signed POST of one message
 * until its 200 arrives, one at a time, each a new wamid from one of a few people; the turns
 * run after the 200 and keep running while the next messages arrive, as they would. Measured
 * on Node (the app from composeServer on @hono/node-server, in a process of its own) and on
 * the Worker in `wrangler dev` (local workerd, offline), both sending to the local Graph API
 * stub with the production pacing. Each runs in a process of its own (`node whatsapp-cloud-bench.ts node`
 * or `worker` measures one).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { createWebChannel } from '../channels/web/channel.ts';
import {
  createWhatsAppCloudChannel,
  WHATSAPP_CLOUD_WEBHOOK_PATH,
} from '../channels/whatsapp-cloud/channel.ts';
import { readWhatsAppCloudSettings } from '../channels/whatsapp-cloud/settings.ts';
import { signBody } from '../channels/whatsapp-cloud/signature.ts';
import { createMetrics } from '../engine/metrics.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { composeServer } from '../runtime/compose.ts';
import { createInboxEvents } from '../staff/inbox-events.ts';
import { createMemoryIntake } from '../store/memory/memory-intake.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { startGraphApiStub } from '../testing/graph-api-stub.ts';
import { personMessagePayload } from '../testing/whatsapp-cloud-payload.ts';
import { benchPersistFolder, startWranglerDev } from '../testing/wrangler-dev.node.ts';
import { createUnderstanding } from '../understanding/understand.ts';
import { loadBenchTexts } from './bench-texts.ts';
import { runJsonChild } from './child-json.ts';
import { percentile } from './percentile.ts';

const CLOUD = {
  WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAbenchtokenforenlace0123456789',
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_CLOUD_APP_SECRET: '0123456789abcdef0123456789abcdef',
  WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-for-enlace-bench',
};
/** Timed messages, and untimed ones before them (JIT, a warm isolate, first Durable Objects). */
const TIMED = 300;
const WARM_UP = 30;
/** A few people writing at once: each of them sends TIMED / PEOPLE messages. */
const PEOPLE = 30;
/** Deliveries side by side in the Worker's second pass (issue 32: p99 < 100 ms with 10 in flight). */
const IN_FLIGHT = 10;
const silent = { info() {}, warn() {}, error() {} };

/** Meta's webhook body for one text message (the shape of Meta's examples). */
function messageBody(waId: string, wamid: string, text: string) {
  return personMessagePayload({
    phoneNumberId: CLOUD.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
    waId,
    name: 'Bench',
    id: wamid,
    at: Date.now(),
    message: { type: 'text', text: { body: text } },
  });
}

/**
 * Posts the messages to `webhook`, `inFlight` at a time (Meta delivers a busy number's messages
 * side by side); the times until each 200, sorted. Any other answer stops the part with its
 * status, its body and the end of what the server printed (`log`).
 */
async function timeAcks(
  webhook: string,
  texts: readonly string[],
  heardFrom: (waId: string) => void,
  { inFlight = 1, log = () => '' }: { inFlight?: number; log?: () => string } = {},
) {
  const post = async (i: number, prefix: string) => {
    const waId = `52155300${String(i % PEOPLE).padStart(4, '0')}`;
    heardFrom(waId);
    const body = messageBody(
      waId,
      `wamid.bench${prefix}${String(i).padStart(6, '0')}`,
      texts[i % texts.length] ?? 'hola',
    );
    // Meta signs before it sends: the signature is not part of the time.
    const signature = await signBody(CLOUD.WHATSAPP_CLOUD_APP_SECRET, body);
    const t0 = performance.now();
    const response = await fetch(webhook, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    });
    const ms = performance.now() - t0;
    const answer = await response.text();
    if (response.status !== 200)
      throw new Error(
        `the webhook answered ${response.status} (${answer.slice(0, 200)}) to message ${prefix} ${i}; the server printed last:\n${log().slice(-4000)}`,
      );
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) await post(i + PEOPLE, `warm${inFlight}x`);
  const acks: number[] = [];
  let next = 0;
  const sender = async () => {
    while (next < TIMED) acks.push(await post(next++, `timed${inFlight}x`));
  };
  await Promise.all(Array.from({ length: inFlight }, sender));
  return acks.sort((a, b) => a - b);
}

const figures = (acks: number[]) => ({
  p50: Number(percentile(acks, 0.5).toFixed(2)),
  p99: Number(percentile(acks, 0.99).toFixed(2)),
});

/**
 * The app as `npm start` composes it, with the web chat and the Cloud API channel, on
 * @hono/node-server; run in a process of its own (like workerd for the Worker), so that the
 * client and the Graph API stub do not share its thread. Prints its address, then serves
 * until the bench closes its stdin (or dies).
 */
async function serveNode(graphRoot: string) {
  const knowledge = await loadKnowledge('knowledge');
  const i18n = createI18n();
  const store = createMemoryStore();
  const cloud = createWhatsAppCloudChannel({
    settings: readWhatsAppCloudSettings({ ...CLOUD, WHATSAPP_CLOUD_GRAPH_ROOT: graphRoot }),
    log: store,
    i18n,
    logger: silent,
    intake: createMemoryIntake({ logger: silent }),
  });
  const web = createWebChannel({
    transcripts: store,
    i18n,
    office: knowledge.office.shortName,
    secret: 'bench-session-secret-bench-session-00',
    secureCookies: false,
  });
  const { app } = composeServer({
    store,
    knowledge,
    understand: createUnderstanding(knowledge),
    i18n,
    channels: [web, cloud.channel],
    staffDesks: [createInboxEvents()],
    metrics: createMetrics(),
    logger: silent,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  process.stdin.on('close', () => process.exit(0)).resume();
}

/** The Node server (in its own process) against the stub. */
export async function benchNode() {
  const stub = await startGraphApiStub({
    accessToken: CLOUD.WHATSAPP_CLOUD_ACCESS_TOKEN,
    phoneNumberId: CLOUD.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
  });
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', stub.graphRoot], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.once('exit', (code) => reject(new Error(`the Node server exited (${code})`)));
      child.stdout?.on('data', (d) => {
        out += d;
        const line = out.split('\n').find((l) => l.startsWith('{"port"'));
        if (line) resolve((JSON.parse(line) as { port: number }).port);
      });
    });
    const acks = await timeAcks(
      `http://127.0.0.1:${port}${WHATSAPP_CLOUD_WEBHOOK_PATH}`,
      await loadBenchTexts(),
      (waId) => stub.heardFrom(waId),
    );
    if (stub.sent().length === 0)
      throw new Error('no message reached the Graph API stub: the turns did not run');
    const { p50, p99 } = figures(acks);
    return { whatsapp_cloud_ack_node_p50_ms: p50, whatsapp_cloud_ack_node_p99_ms: p99 };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.end();
    if (child.exitCode === null) await exited;
    await stub.close();
  }
}

/** The Worker in `wrangler dev`, its Graph API root the stub. */
export async function benchWorker() {
  const stub = await startGraphApiStub({
    accessToken: CLOUD.WHATSAPP_CLOUD_ACCESS_TOKEN,
    phoneNumberId: CLOUD.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
  });
  const worker = await startWranglerDev({
    persistTo: benchPersistFolder('enlace-bench-cloud-'),
    vars: {
      ...CLOUD,
      WHATSAPP_CLOUD_GRAPH_ROOT: stub.graphRoot,
      SESSION_SECRET: 'bench-session-secret-bench-session-00',
      COOKIE_SECURE: 'false',
      RATE_LIMITS: 'off',
    },
  });
  try {
    const webhook = `${worker.base}${WHATSAPP_CLOUD_WEBHOOK_PATH}`;
    const texts = await loadBenchTexts();
    const heardFrom = (waId: string) => stub.heardFrom(waId);
    const log = () => worker.output();
    const one = figures(await timeAcks(webhook, texts, heardFrom, { log }));
    const ten = figures(await timeAcks(webhook, texts, heardFrom, { inFlight: IN_FLIGHT, log }));
    if (stub.sent().length === 0)
      throw new Error(`no message reached the Graph API stub: the turns did not run\n${worker.output()}`);
    return {
      whatsapp_cloud_ack_worker_p50_ms: one.p50,
      whatsapp_cloud_ack_worker_p99_ms: one.p99,
      whatsapp_cloud_ack_worker_10_p50_ms: ten.p50,
      whatsapp_cloud_ack_worker_10_p99_ms: ten.p99,
    };
  } finally {
    await worker.stop();
    await stub.close();
  }
}

/** Both, each in a fresh process, so neither's leftover turns weigh on the other. */
export function runWhatsAppCloudBench() {
  const file = new URL(import.meta.url);
  return {
    ...runJsonChild<Awaited<ReturnType<typeof benchNode>>>(file, ['node']),
    ...runJsonChild<Awaited<ReturnType<typeof benchWorker>>>(file, ['worker']),
    whatsapp_cloud_ack_requests: TIMED,
    whatsapp_cloud_ack_people: PEOPLE,
    whatsapp_cloud_ack_in_flight: IN_FLIGHT,
  };
}

if (import.meta.main) {
  const which = process.argv[2];
  if (which === 'serve') await serveNode(process.argv[3] ?? '');
  else {
    const result =
      which === 'node'
        ? await benchNode()
        : which === 'worker'
          ? await benchWorker()
          : runWhatsAppCloudBench();
    console.log(JSON.stringify(result));
    // The turns' paced sends would keep the process alive long after the figures are in.
    process.exit(0);
  }
}
