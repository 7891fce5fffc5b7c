/**
 * Node-only rig for fault tests and `npm run chaos`: `npm start` as a real child process with
 * Redis, the WhatsApp Cloud API channel pointed at the local Graph API stub and Telegram in
 * webhook mode pointed at the local Bot API stub; signed deliveries shaped like Meta's and
 * updates shaped like Telegram's; the process stopped with SIGTERM or SIGKILL and started
 * again on the same port (so its intake consumer keeps its name), one instance or several on
 * one Redis (the rolling restart). What each person was sent is read from the stubs, which
 * live in this process and outlive the servers.
 */
import { signBody } from '../channels/whatsapp-cloud/signature.ts';
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api.node.ts';
import { type GraphApiStub, startGraphApiStub } from './graph-api-stub.ts';
import { type ServerProcess, serverProcess } from './server-process.node.ts';
import { cloudValuePayload } from './whatsapp-cloud-payload.ts';

export { until } from './server-process.node.ts';

const CLOUD = {
  token: 'EAAchaostokenforenlace0123456789',
  phoneId: '106540352242922',
  secret: '0123456789abcdef0123456789abcdef',
  verify: 'verify-token-for-enlace-chaos',
};
const TELEGRAM_SECRET = 'chaos-webhook-secret-0123456789';

/** One text a person sends on WhatsApp. */
export interface CloudText {
  waId: string;
  id: string;
  text: string;
}

/** Meta's webhook body for several people's texts in one delivery (one change, as Meta batches them). */
export function cloudDelivery(texts: readonly CloudText[], at = Date.now()): string {
  const people = [...new Set(texts.map((t) => t.waId))];
  return cloudValuePayload(CLOUD.phoneId, {
    contacts: people.map((waId) => ({ profile: { name: 'Persona' }, wa_id: waId })),
    messages: texts.map((t) => ({
      from: t.waId,
      id: t.id,
      timestamp: String(Math.floor(at / 1000)),
      type: 'text',
      text: { body: t.text },
    })),
  });
}

/**
 * The stubs and `instances` servers (one by default) on one Redis and key prefix, each on its
 * own port (so each keeps its intake consumer's name across restarts). `start`, `stop`, `base`
 * and the posts go to the first unless told another base.
 */
export async function startIntakeRig(options: { redisUrl: string; prefix: string; instances?: number }) {
  const graph: GraphApiStub = await startGraphApiStub({
    accessToken: CLOUD.token,
    phoneNumberId: CLOUD.phoneId,
  });
  const bot: FakeBotApi = await startFakeBotApi();
  const env = {
    REDIS_URL: options.redisUrl,
    KEY_PREFIX: options.prefix,
    SESSION_SECRET: 'chaos-test-secret-chaos-test-secret-0000',
    STAFF_FILE: '/nonexistent/staff.json',
    WHATSAPP_CLOUD_ACCESS_TOKEN: CLOUD.token,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: CLOUD.phoneId,
    WHATSAPP_CLOUD_APP_SECRET: CLOUD.secret,
    WHATSAPP_CLOUD_VERIFY_TOKEN: CLOUD.verify,
    WHATSAPP_CLOUD_GRAPH_ROOT: graph.graphRoot,
    TELEGRAM_BOT_TOKEN: '123456789:CHAOS-token-for-enlace-0000',
    TELEGRAM_API_ROOT: bot.apiRoot,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    // Every web chat of the stream comes from this one address: room for all of them.
    RATE_LIMIT_NEW_CONVERSATIONS: '1000/10m',
    RATE_LIMIT_NEW_CONVERSATIONS_ALL: '1000/10m',
    RATE_LIMIT_ADDRESS: '1000/1m',
  };
  const servers: ServerProcess[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) servers.push(await serverProcess(env));
  const first = servers[0] as ServerProcess;
  const base = first.base;
  // As Meta does, the stub reports what became of each message it took, resending what no
  // server took (all may be down): every half second while the rig runs, to the first
  // instance that answers 200, as a proxy in front of them would.
  graph.reportTo({
    url: '/whatsapp-cloud/webhook',
    appSecret: CLOUD.secret,
    fetch: async (path, init) => {
      let last: Response | undefined;
      for (const server of servers) {
        last = await fetch(`${server.base}${path}`, init).catch(() => undefined);
        if (last?.status === 200) return last;
      }
      return last ?? new Response(null, { status: 502 });
    },
  });
  const reporting = setInterval(() => void graph.reportStatuses().catch(() => undefined), 500);

  const start = () => first.start();
  /** Stops the first server with a signal and waits for it to exit. */
  const stop = (signal: 'SIGTERM' | 'SIGKILL') => first.stop(signal);

  async function postCloud(texts: readonly CloudText[], to = base): Promise<number> {
    for (const t of texts) graph.heardFrom(t.waId);
    const body = cloudDelivery(texts);
    const response = await fetch(`${to}/whatsapp-cloud/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': await signBody(CLOUD.secret, body),
      },
      body,
    });
    return response.status;
  }

  async function postTelegram(update: unknown, to = base): Promise<number> {
    const response = await fetch(`${to}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
      body: JSON.stringify(update),
    });
    return response.status;
  }

  /** The texts each WhatsApp number was sent, in order. */
  function sentOnWhatsApp(): Map<string, string[]> {
    const by = new Map<string, string[]>();
    for (const body of graph.sent()) {
      const b = body as { to?: string; text?: { body?: string }; interactive?: { body?: { text?: string } } };
      const to = String(b.to ?? '');
      by.set(to, [...(by.get(to) ?? []), b.text?.body ?? b.interactive?.body?.text ?? '']);
    }
    return by;
  }

  /** The texts each Telegram chat was sent, in order. */
  function sentOnTelegram(): Map<string, string[]> {
    const by = new Map<string, string[]>();
    for (const call of bot.sent()) {
      const chat = String(call.body.chat_id);
      by.set(chat, [...(by.get(chat) ?? []), String(call.body.text ?? '')]);
    }
    return by;
  }

  return {
    base,
    servers,
    graph,
    bot,
    start,
    stop,
    postCloud,
    postTelegram,
    sentOnWhatsApp,
    sentOnTelegram,
    output: () => first.output(),
    async close() {
      clearInterval(reporting);
      await Promise.all(servers.map((server) => server.stop('SIGKILL')));
      await graph.close();
      await bot.close();
    },
  };
}

export type IntakeRig = Awaited<ReturnType<typeof startIntakeRig>>;
