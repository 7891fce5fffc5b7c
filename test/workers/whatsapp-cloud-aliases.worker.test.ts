/**
 * One conversation per WhatsApp person in the real Worker (`wrangler dev`, local workerd,
 * offline), where the office Durable Object keeps a person's identifiers
 * (store/durable/office-aliases.ts), against the local Graph API stub through real HTTP. A
 * message with only the business-scoped user id, after one that came with the phone number,
 * is in the conversation the phone number began and is answered at the number; after
 * WhatsApp's `user_changed_number` notice (Meta's system messages reference), a message from
 * the new number is in the old conversation, staff read that the number changed, and the
 * answer goes to the new number, as does the confirmation of an erase that forgot the new
 * number with the rest. The Worker is restarted in between (its Durable Objects kept
 * on disk): what an isolate kept in its memory is gone, what the office object keeps is not.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { cloudValuePayload, personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';
import { httpClient } from '../support/runtime.ts';

const CLOUD = {
  token: 'EAAworkertokenforaliases0123456789',
  phoneId: '106540352242922',
  secret: 'fedcba9876543210fedcba9876543211',
  verify: 'verify-token-for-the-alias-worker',
};
const STAFF_PASSWORD = 'una clave larga';

let stub: GraphApiStub;
let worker: WranglerDev;
let webhook: string;
const persistTo = mkdtempSync(join(tmpdir(), 'enlace-worker-aliases-'));

/** Starts the Worker on the Durable Objects kept in `persistTo`. */
async function start() {
  worker = await startWranglerDev({
    persistTo,
    vars: {
      SESSION_SECRET: 'worker-aliases-session-secret-0000000',
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
}

beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
  await start();
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await stub?.close();
});

/** POSTs a body as Meta does, signed; the Worker answers once the turns are written. */
async function post(body: string) {
  const response = await fetch(webhook, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': await signBody(CLOUD.secret, body),
    },
  });
  await response.body?.cancel();
  expect(response.status).toBe(200);
}

let n = 0;
/** A person's text as Meta posts it, from whichever identifiers are given. */
function says(who: { waId?: string; userId?: string }, body: string) {
  stub.heardFrom(who.waId ?? who.userId ?? '');
  const at = Date.now();
  const message = { type: 'text', text: { body } };
  return personMessagePayload({
    phoneNumberId: CLOUD.phoneId,
    name: 'Luz',
    id: `wamid.wkAlias${++n}`,
    at,
    message,
    ...who,
  });
}

/** How many messages the stub took for this identifier (`to` or `recipient`). */
const sentTo = (id: string) =>
  stub
    .sent()
    .filter((b) => (b as { to?: string }).to === id || (b as { recipient?: string }).recipient === id).length;

/** The texts the stub took for this identifier. */
const textsTo = (id: string) =>
  stub
    .sent()
    .map((b) => b as { to?: string; recipient?: string; text?: { body?: string } })
    .filter((b) => b.to === id || b.recipient === id)
    .map((b) => b.text?.body ?? '');

/** The staff page of a conversation, logged in as ana. */
async function casePage(conversationId: string) {
  const staff = httpClient();
  const login = await staff(`${worker.base}/staff/login`, {
    method: 'POST',
    body: new URLSearchParams({ name: 'ana', password: STAFF_PASSWORD }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(login.status).toBe(302);
  return (await staff(`${worker.base}/staff/c/${encodeURIComponent(conversationId)}`)).text();
}

describe('the Worker keeps one conversation per WhatsApp person in the office object', () => {
  it('follows a BSUID and a changed number to the conversation the phone number began, across a restart', {
    timeout: 120_000,
  }, async () => {
    const phone = '5215522230001';
    const bsuid = 'MX.2300023000230001';
    const fresh = '5215522230002';
    await post(
      says({ waId: phone, userId: bsuid }, 'Quiero hablar con una persona del Instituto, por favor'),
    );
    await post(says({ waId: phone, userId: bsuid }, 'Mi papá murió en Houston y queremos traerlo a Durango'));

    const toPhone = sentTo(phone);
    await post(says({ userId: bsuid }, '¿Siguen ahí? Es sobre mi papá'));
    // Answered at the phone number, nothing to the BSUID: it is the same person.
    await expect.poll(() => sentTo(phone), { timeout: 15_000, interval: 50 }).toBeGreaterThan(toPhone);
    expect(sentTo(bsuid)).toBe(0);

    await post(
      cloudValuePayload(CLOUD.phoneId, {
        messages: [
          {
            from: phone,
            id: 'wamid.wkAliasSystem',
            timestamp: String(Math.floor(Date.now() / 1000)),
            type: 'system',
            system: {
              body: `User Luz changed from ${phone} to ${fresh}`,
              wa_id: fresh,
              type: 'user_changed_number',
            },
          },
        ],
      }),
    );
    await worker.stop();
    await start();
    await post(says({ waId: fresh }, 'Cambié de número'));
    await expect.poll(() => sentTo(fresh), { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    await post(says({ userId: bsuid }, 'Les escribo sin número'));
    await expect.poll(() => sentTo(fresh), { timeout: 15_000, interval: 50 }).toBeGreaterThan(1);

    const page = await casePage(`whatsapp-cloud:${phone}`);
    expect(page).toContain('¿Siguen ahí? Es sobre mi papá');
    expect(page).toContain('Cambié de número');
    expect(page).toContain('Les escribo sin número');
    expect(page).toContain(`ahora es +${fresh}`);

    // An erase forgets the new number with the rest; its confirmation still goes there.
    const toOld = sentTo(phone);
    await post(says({ waId: fresh }, 'BORRAR'));
    await post(says({ waId: fresh }, 'sí'));
    const erased = 'Listo: tu conversación y tus datos se borraron';
    await expect
      .poll(() => textsTo(fresh).some((t) => t.startsWith(erased)), { timeout: 15_000, interval: 50 })
      .toBe(true);
    expect(sentTo(phone)).toBe(toOld);
    expect(stub.refused()).toEqual([]);
  });
});
