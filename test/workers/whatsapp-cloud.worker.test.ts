/**
 * The WhatsApp Cloud API channel in the real Worker (`wrangler dev`, local workerd, offline)
 * against the local Graph API stub, through real HTTP: Meta's webhook verification, signed
 * and unsigned POSTs, a person's "Hola" answered with the menu as a list, a tap on a list row
 * answered, a person's quick messages answered at once while their replies are paced, a
 * redelivered webhook handled once, and Meta's status webhooks taken and shown
 * to staff as delivered. One wrangler dev for the whole file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';
import { httpClient } from '../support/runtime.ts';
import type { SentBody } from '../support/whatsapp-cloud.ts';

const CLOUD = {
  token: 'EAAworkertokenforenlace0123456789',
  phoneId: '106540352242922',
  secret: 'fedcba9876543210fedcba9876543210',
  verify: 'verify-token-for-the-worker-tests',
};
const STAFF_PASSWORD = 'una clave larga';

let stub: GraphApiStub;
let worker: WranglerDev;
let webhook: string;

beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
  worker = await startWranglerDev({
    persistTo: mkdtempSync(join(tmpdir(), 'enlace-worker-cloud-')),
    vars: {
      SESSION_SECRET: 'worker-cloud-session-secret-000000000',
      COOKIE_SECURE: 'false',
      STAFF_ACCOUNTS: JSON.stringify({
        accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword(STAFF_PASSWORD) }],
      }),
      WHATSAPP_CLOUD_ACCESS_TOKEN: CLOUD.token,
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: CLOUD.phoneId,
      WHATSAPP_CLOUD_APP_SECRET: CLOUD.secret,
      WHATSAPP_CLOUD_VERIFY_TOKEN: CLOUD.verify,
      WHATSAPP_CLOUD_GRAPH_ROOT: stub.graphRoot,
    },
  });
  webhook = `${worker.base}/whatsapp-cloud/webhook`;
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await stub?.close();
});

/** Polls until `find` gives a value, or fails at the deadline saying what it waited for. */
async function waitFor<T>(what: string, find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${worker.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sentTo = (waId: string) => stub.sent().filter((b) => b.to === waId) as unknown as SentBody[];
const rowsOf = (body: SentBody | undefined) =>
  (body?.interactive?.action.sections ?? []).flatMap((s) => s.rows);

/** A person on WhatsApp: each message a webhook body shaped like Meta's, with its own wamid. */
function person(waId: string, name = 'María Pérez') {
  let n = 0;
  const payload = (message: Record<string, unknown>) => {
    n += 1;
    const id = `wamid.worker${waId}x${n}`;
    return personMessagePayload({ phoneNumberId: CLOUD.phoneId, waId, name, id, at: Date.now(), message });
  };
  /** POSTs a body as Meta does, signed; resolves to the webhook's status. */
  const post = async (body: string) => {
    const response = await fetch(webhook, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': await signBody(CLOUD.secret, body),
      },
    });
    await response.body?.cancel();
    return response.status;
  };
  const send = async (message: Record<string, unknown>) => {
    stub.heardFrom(waId);
    const body = payload(message);
    expect(await post(body)).toBe(200);
    return body;
  };
  return {
    conversationId: `whatsapp-cloud:${waId}`,
    payload,
    post,
    sentToMe: () => sentTo(waId),
    say: (text: string) => send({ type: 'text', text: { body: text } }),
    pick: (row: { id: string; title: string }) =>
      send({ type: 'interactive', interactive: { type: 'list_reply', list_reply: row } }),
    /** Waits for the `count`-th message sent to this person (1-based) and returns it. */
    nth: (count: number) => waitFor(`message ${count} to ${waId}`, () => sentTo(waId)[count - 1]),
    /** Waits for the first list message after the first `after` messages. */
    nextList: (after: number) =>
      waitFor(`a list to ${waId} after message ${after}`, () =>
        sentTo(waId)
          .slice(after)
          .find((b) => b.type === 'interactive' && b.interactive?.type === 'list'),
      ),
  };
}

describe('the Worker’s WhatsApp Cloud API webhook', () => {
  it('answers Meta’s verification with the challenge, and only with the right verify token', async () => {
    const verify = (token: string) =>
      fetch(
        `${webhook}?${new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '1158201444' })}`,
      );
    const right = await verify(CLOUD.verify);
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('1158201444');
    const wrong = await verify('not-the-verify-token-at-all');
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('1158201444');
  });

  it('refuses an unsigned or wrongly signed POST and takes a signed one', async () => {
    const someone = person('5215522220001');
    const body = someone.payload({ type: 'text', text: { body: 'Hola' } });
    const unsigned = await fetch(webhook, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(webhook, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': await signBody('another-apps-secret-0123456789ab', body),
      },
    });
    expect(forged.status).toBe(401);
    // A signed batch with nothing in it (Meta sends such changes too): taken, and no one is written to.
    const empty = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: { messaging_product: 'whatsapp', metadata: { phone_number_id: CLOUD.phoneId } },
            },
          ],
        },
      ],
    });
    expect(await someone.post(empty)).toBe(200);
  });

  it('answers "Hola" with the menu as a list, and a tapped row with its answer', {
    timeout: 40_000,
  }, async () => {
    const maria = person('5215522220002');
    await maria.say('Hola');
    const menu = await maria.nextList(0);
    expect(menu.type).toBe('interactive');
    expect(menu.interactive?.type).toBe('list');
    const rows = rowsOf(menu);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const row = rows.find((r) => r.id === 'topic:dual_nationality');
    expect(row, `menu rows: ${rows.map((r) => r.id).join(', ')}`).toBeDefined();
    if (!row) return;
    const before = maria.sentToMe().length;
    await maria.pick(row);
    const answer = await maria.nth(before + 1);
    expect(answer.type).toBe('interactive');
    expect(answer.interactive?.body.text).toMatch(/nacionalidad/i);
    expect(answer.interactive?.body.text).not.toBe(menu.interactive?.body.text);
    // Every message went within Meta's limits: the stub refused none.
    expect(stub.refused()).toEqual([]);
  });

  it('answers each of a person’s quick messages at once, while their replies are paced', {
    timeout: 60_000,
  }, async () => {
    const rosa = person('5215522220004', 'Rosa Díaz');
    // WhatsApp paces one person's messages (a few back to back, then seconds apart): a webhook
    // answered only once its replies went out held Meta for those seconds.
    const texts = [
      'Hola',
      'como registro a mi hija nacida en texas',
      'y cuanto cuesta',
      'donde queda',
      'gracias',
    ];
    for (const text of texts) {
      const started = Date.now();
      await rosa.say(text);
      expect(Date.now() - started).toBeLessThan(3_000);
    }
    // Every reply still goes, in order: the thanks' answer comes last.
    const thanks = await waitFor(
      'the answer to the thanks',
      () => rosa.sentToMe().find((b) => /De nada/.test(b.text?.body ?? '')),
      45_000,
    );
    expect(rosa.sentToMe().at(-1)).toEqual(thanks);
    expect(rosa.sentToMe().length).toBeGreaterThanOrEqual(4);
  });

  it('answers 200 to each of a person’s messages delivered side by side, and all replies go', {
    timeout: 60_000,
  }, async () => {
    // Meta delivers a busy number's messages side by side. A request that waits for another
    // request's turn by awaiting its promise is cancelled by the Workers runtime as hung (500).
    const lupe = person('5215522220009', 'Lupe Ríos');
    stub.heardFrom('5215522220009');
    const texts = ['Hola', 'como registro a mi hija nacida en texas', 'y cuanto cuesta', 'gracias'];
    const statuses = await Promise.all(
      texts.map((body) => lupe.post(lupe.payload({ type: 'text', text: { body } }))),
    );
    expect(statuses, worker.output().slice(-2000)).toEqual([200, 200, 200, 200]);
    await waitFor('a reply to each message', () => (lupe.sentToMe().length >= 4 ? true : undefined), 45_000);
  });

  it('handles a redelivered webhook once', { timeout: 40_000 }, async () => {
    const jean = person('5215522220003', 'Jean Pierre');
    const hola = await jean.say('Hola');
    const menu = await jean.nextList(0);
    const answered = jean.sentToMe().length;
    // Meta delivers the same body again; then the person taps a row. The redelivery's turn
    // starts before its 200 and one person's sends go out in order, so by the time the tap is
    // answered the redelivery has had its chance: exactly one answer, the tap's, came since.
    expect(await jean.post(hola)).toBe(200);
    const row = rowsOf(menu).find((r) => r.id.startsWith('topic:'));
    if (!row) throw new Error('the menu has no topic row');
    await jean.pick(row);
    const reply = await waitFor('the answer to the tap', () =>
      jean
        .sentToMe()
        .slice(answered)
        .find((b) => b.interactive?.body.text !== menu.interactive?.body.text && b.type === 'interactive'),
    );
    expect(jean.sentToMe().slice(answered)).toEqual([reply]);
    // No second greeting either: the text before the menu went once.
    expect(jean.sentToMe().filter((b) => b.type === 'text')).toHaveLength(1);
  });

  it('takes Meta’s status webhooks and shows staff the messages as delivered', {
    timeout: 40_000,
  }, async () => {
    const luz = person('5215522220004', 'Luz');
    await luz.say('Hola');
    await luz.nextList(0);
    stub.reportTo({ url: webhook, appSecret: CLOUD.secret });
    expect(await stub.reportStatuses()).toBe(200);

    const staff = httpClient();
    const login = await staff(`${worker.base}/staff/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ana', password: STAFF_PASSWORD }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.status).toBe(302);
    const page = `${worker.base}/staff/c/${encodeURIComponent(luz.conversationId)}`;
    // Statuses are recorded after the 200 (waitUntil): the inbox shows them once they are in.
    await expect
      .poll(async () => (await staff(page)).text(), { timeout: 15_000, interval: 100 })
      .toMatch(/<span class="delivery">entregado/);
    expect(await (await staff(page)).text()).not.toContain('NO ENTREGADO');
  });
});
