/**
 * Two server instances on one Redis (a Redis of their own, src/testing/redis-server.node.ts)
 * agree on who a WhatsApp person is: each with its own webhook and intake, the WhatsApp Cloud
 * API channel keeping a person's identifiers in Redis (redis-aliases.node.ts), both sending
 * to one local Graph API stub. A message with only the business-scoped user id, taken by the
 * other instance, lands in the conversation its phone number began; after a number change
 * told to one instance, the other puts a message from the new number in the old conversation
 * with its ticket, and a staff reply made there goes to the new number, as does the
 * confirmation of an erase that forgot where it goes. Each instance keeping
 * identifiers in its own memory would split the person in two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/channel.ts';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { createRedisChatAliases } from '../../src/store/redis/redis-aliases.node.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { cloudValuePayload, personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { testServer } from '../support/server.ts';
import { CLOUD, cloudSettings } from '../support/whatsapp-cloud.ts';

const WEBHOOK = 'http://localhost/whatsapp-cloud/webhook';
const PREFIX = 'aliases-two:';
const quiet = { info() {}, warn() {}, error() {} };

let redis: Awaited<ReturnType<typeof startRedis>>;
let stub: GraphApiStub;
const stores: RedisStore[] = [];

beforeAll(async () => {
  redis = await startRedis();
  stub = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
}, 20_000);
afterAll(async () => {
  for (const store of stores) await store.close();
  await stub?.close();
  await redis?.stop();
});

/** One server instance on the shared Redis and prefix, with its own webhook and intake. */
async function instance() {
  const store = createRedisStore({ url: redis.url, prefix: PREFIX });
  stores.push(store);
  const intake = createMemoryIntake({ logger: quiet });
  const settings = cloudSettings(stub.graphRoot);
  const server = await testServer({
    store: () => store,
    channels: (s) => [
      createWhatsAppCloudChannel({
        settings,
        log: s,
        i18n: createI18n(),
        logger: quiet,
        pacing: { perPersonMs: 0, backoffMs: 1 },
        intake,
        aliases: createRedisChatAliases(store.redis, { prefix: PREFIX }),
      }).channel,
    ],
  });
  /** Posts a webhook body as Meta does, signed, and waits for what it handed over. */
  const post = async (body: string) => {
    const response = await server.app.request(WEBHOOK, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': await signBody(CLOUD.secret, body),
      },
    });
    expect(response.status).toBe(200);
    await intake.settled();
  };
  return { server, store, post };
}

let n = 0;
/** A person's text as Meta posts it, from whichever identifiers are given. */
function says(who: { waId?: string; userId?: string }, body: string) {
  stub.heardFrom(who.waId ?? who.userId ?? '');
  return personMessagePayload({
    phoneNumberId: CLOUD.phoneId,
    name: 'Jean Pierre',
    id: `wamid.twoInstances${++n}`,
    at: Date.now(),
    message: { type: 'text', text: { body } },
    ...who,
  });
}

const chat = (id: string) => `whatsapp-cloud:${id}`;
const sentTo = (id: string) =>
  stub
    .sent()
    .map((b) => b as { to?: string; recipient?: string; text?: { body?: string } })
    .filter((b) => b.to === id || b.recipient === id)
    .map((b) => b.text?.body ?? '');

describe('whatsapp cloud on two instances sharing Redis', () => {
  it('agree on one conversation for a phone number, its BSUID and the number it changed to', async () => {
    const [a, b] = [await instance(), await instance()];
    const phone = '5215511140001';
    const bsuid = 'HT.1400014000140001';
    const fresh = '5215511140002';

    await a.post(
      says({ waId: phone, userId: bsuid }, 'Quiero hablar con una persona del Instituto, por favor'),
    );
    await a.post(
      says({ waId: phone, userId: bsuid }, 'Mi papá murió en Houston y queremos traerlo a Durango'),
    );
    const folio = (await a.store.getTicket(chat(phone)))?.folio;
    expect(folio).toMatch(/^[A-Z]{3}-\d{4}$/);

    // The other instance takes the message that names only the BSUID.
    await b.post(says({ userId: bsuid }, '¿Siguen ahí? Es sobre mi papá'));
    expect((await a.store.getTranscript(chat(phone))).map((l) => l.text)).toContain(
      '¿Siguen ahí? Es sobre mi papá',
    );
    expect(await b.store.getTranscript(chat(bsuid))).toEqual([]);

    // One instance hears of the new number, the other of a message from it.
    await a.post(
      cloudValuePayload(CLOUD.phoneId, {
        messages: [
          {
            from: phone,
            id: 'wamid.twoInstancesSystem',
            timestamp: String(Math.floor(Date.now() / 1000)),
            type: 'system',
            system: {
              body: `User Jean Pierre changed from ${phone} to ${fresh}`,
              wa_id: fresh,
              type: 'user_changed_number',
            },
          },
        ],
      }),
    );
    await b.post(says({ waId: fresh, userId: 'HT.1400014000140002' }, 'Cambié de número'));
    expect((await b.store.getTranscript(chat(phone))).map((l) => l.text)).toContain('Cambié de número');
    expect(await a.store.getTranscript(chat(fresh))).toEqual([]);
    expect((await b.store.getTicket(chat(phone)))?.folio).toBe(folio);

    await b.server.engine.staff.reply(chat(phone), 'ana', 'Seguimos con tu caso, Jean.');
    expect(sentTo(fresh).some((t) => t.includes('Seguimos con tu caso, Jean.'))).toBe(true);
    expect(sentTo(phone).some((t) => t.includes('Seguimos con tu caso, Jean.'))).toBe(false);

    // An erase forgets where the person's messages go; its confirmation still goes to them there.
    await a.post(says({ waId: fresh }, 'BORRAR'));
    await b.post(says({ waId: fresh }, 'sí'));
    expect(await a.store.getTicket(chat(phone))).toBeNull();
    expect(sentTo(fresh).some((t) => t.startsWith('Listo: tu conversación y tus datos se borraron'))).toBe(
      true,
    );
    expect(sentTo(phone).some((t) => t.includes('se borraron'))).toBe(false);
  });
});
