/**
 * A whole server with the WhatsApp Cloud API channel, for flow tests: the app as the servers
 * wire it (test/support/server.ts), the channel pointed at the local Graph API stub, one
 * clock for the engine, the stub and Meta's timestamps, and a person who writes, taps
 * buttons and list rows, and sends files through signed webhooks shaped like Meta's.
 */
import { createWhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/channel.ts';
import { readWhatsAppCloudSettings } from '../../src/channels/whatsapp-cloud/settings.ts';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { testServer } from './server.ts';

export const CLOUD = {
  token: 'EAAtesttokenforenlace0123456789',
  phoneId: '106540352242922',
  secret: '0123456789abcdef0123456789abcdef',
  verify: 'verify-token-for-enlace-tests',
};
const WEBHOOK = 'http://localhost/whatsapp-cloud/webhook';

/** What the stub was sent, loosely typed for reading in assertions. */
export interface SentBody {
  to: string;
  type: string;
  text?: { body: string };
  template?: { name: string; language: { code: string } };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: Array<{ reply: { id: string; title: string } }>;
      sections?: Array<{ rows: Array<{ id: string; title: string }> }>;
    };
  };
}

/** The test number's settings as environment variables (for `npm start` too), pointed at a Graph API stub. */
export const cloudEnv = (graphRoot: string) => ({
  WHATSAPP_CLOUD_ACCESS_TOKEN: CLOUD.token,
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: CLOUD.phoneId,
  WHATSAPP_CLOUD_APP_SECRET: CLOUD.secret,
  WHATSAPP_CLOUD_VERIFY_TOKEN: CLOUD.verify,
  WHATSAPP_CLOUD_GRAPH_ROOT: graphRoot,
});

/** The channel's settings for the test number, pointed at a Graph API stub. */
export function cloudSettings(graphRoot: string, more: Record<string, string> = {}) {
  return readWhatsAppCloudSettings({ ...cloudEnv(graphRoot), ...more });
}

export async function cloudServer(options: { template?: string; languages?: string } = {}) {
  // Kept in memory and handled at once; `settled` waits for what each webhook handed over.
  const intake = createMemoryIntake({ logger: { info() {}, warn() {}, error() {} } });
  // One clock for the engine, the stub (Meta's window) and the webhooks' timestamps: the server's, once it exists.
  let now = () => Date.now();
  const stub: GraphApiStub = await startGraphApiStub({
    accessToken: CLOUD.token,
    phoneNumberId: CLOUD.phoneId,
    templates: [
      { name: 'enlace_retomar', language: 'es_MX' },
      { name: 'enlace_retomar', language: 'en_US' },
    ],
    now: () => now(),
  });
  const settings = cloudSettings(stub.graphRoot, {
    ...(options.template ? { WHATSAPP_CLOUD_REENGAGE_TEMPLATE: options.template } : {}),
    ...(options.languages ? { WHATSAPP_CLOUD_REENGAGE_LANGUAGES: options.languages } : {}),
  });
  const server = await testServer({
    channels: (store) => [
      createWhatsAppCloudChannel({
        settings,
        log: store,
        i18n: createI18n(),
        logger: { info() {}, warn() {}, error() {} },
        clock: { now: () => now() },
        // No waiting between one person's messages in tests: the pacing has its own tests.
        pacing: { perPersonMs: 0, backoffMs: 1 },
        intake,
        // As the servers wire it: open inbox pages hear of a message Meta could not deliver.
        onFailed: (conversationId) => server.events.emit({ kind: 'channel', conversationId }),
      }).channel,
    ],
  });
  now = () => server.clock.time;
  const post = async (body: string) =>
    server.app.request(WEBHOOK, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': await signBody(CLOUD.secret, body),
      },
    });
  stub.reportTo({
    url: WEBHOOK,
    appSecret: CLOUD.secret,
    fetch: (url, init) => server.app.request(url, init),
  });
  /** Waits for the webhook work handed over after each 200. */
  const settled = () => intake.settled();
  return {
    ...server,
    stub,
    post,
    settled,
    person: (waId: string, name = 'María Pérez') => person(waId, name),
  };

  function person(waId: string, name: string) {
    let n = 0;
    /** Meta's webhook for one message from this person. */
    const payload = (message: Record<string, unknown>) => {
      n += 1;
      const id = `wamid.test${waId}x${n}`;
      return personMessagePayload({
        phoneNumberId: CLOUD.phoneId,
        waId,
        name,
        id,
        at: server.clock.time,
        message,
      });
    };
    const send = async (message: Record<string, unknown>) => {
      stub.heardFrom(waId, server.clock.time);
      const body = payload(message);
      const response = await post(body);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
      await settled();
      return body;
    };
    const sentToMe = () => stub.sent().filter((b) => b.to === waId) as unknown as SentBody[];
    return {
      conversationId: `whatsapp-cloud:${waId}`,
      sentToMe,
      say: (text: string) => send({ type: 'text', text: { body: text } }),
      /** Taps the reply button or list row whose id matches, on the last interactive message. */
      async tap(match: RegExp) {
        const last = sentToMe().findLast((b) => b.type === 'interactive');
        const options =
          last?.interactive?.type === 'list'
            ? (last.interactive.action.sections ?? [])
                .flatMap((s) => s.rows)
                .map((r) => ({ ...r, kind: 'list' }))
            : (last?.interactive?.action.buttons ?? []).map((b) => ({ ...b.reply, kind: 'button' }));
        const chosen = options.find((o) => match.test(o.id));
        if (!chosen)
          throw new Error(
            `no option ${match} in the last interactive message: ${options.map((o) => o.id).join(', ')}`,
          );
        const interactive =
          chosen.kind === 'list'
            ? { type: 'list_reply', list_reply: { id: chosen.id, title: chosen.title } }
            : { type: 'button_reply', button_reply: { id: chosen.id, title: chosen.title } };
        await send({ type: 'interactive', interactive });
        return chosen.kind;
      },
      /** A voice note, served by the stub under `mediaId`. */
      voice: (mediaId: string, bytes: Uint8Array) => {
        stub.addMedia(mediaId, bytes, 'audio/ogg; codecs=opus');
        return send({
          type: 'audio',
          audio: { mime_type: 'audio/ogg; codecs=opus', sha256: 'x', id: mediaId, voice: true },
        });
      },
      /** Sends exactly this webhook body again (Meta's redelivery). */
      redeliver: async (body: string) => {
        await post(body);
        await settled();
      },
    };
  }
}
