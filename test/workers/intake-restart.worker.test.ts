/**
 * On Workers a webhook's messages are handled before the 200 (the isolate keeps nothing past
 * the request), so an isolate that dies mid-handling has not acknowledged the delivery and
 * Meta sends it again. Here: the real Worker in `wrangler dev` (local workerd, Durable Objects
 * persisted to a folder), thirty people's messages in one signed delivery, workerd stopped once
 * the first replies reach the Graph API stub, started again on the same folder, and the
 * delivery posted again as Meta does until it gets a 200: everyone answered, nothing twice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { cloudDelivery, until } from '../../src/testing/intake-rig.node.ts';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';

const CLOUD = {
  token: 'EAArestarttokenforenlace012345678',
  phoneId: '106540352242922',
  secret: 'abcdef9876543210fedcba9876543210',
  verify: 'verify-token-for-the-restart-test',
};
const persistTo = mkdtempSync(join(tmpdir(), 'enlace-worker-restart-'));
let stub: GraphApiStub;
let worker: WranglerDev | undefined;

const start = () =>
  startWranglerDev({
    persistTo,
    vars: {
      SESSION_SECRET: 'worker-restart-session-secret-0000000',
      STAFF_ACCOUNTS: JSON.stringify({ accounts: [] }),
      WHATSAPP_CLOUD_ACCESS_TOKEN: CLOUD.token,
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: CLOUD.phoneId,
      WHATSAPP_CLOUD_APP_SECRET: CLOUD.secret,
      WHATSAPP_CLOUD_VERIFY_TOKEN: CLOUD.verify,
      WHATSAPP_CLOUD_GRAPH_ROOT: stub.graphRoot,
    },
  });

beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
}, 30_000);
afterAll(async () => {
  await worker?.stop();
  await stub?.close();
}, 30_000);

/** Posts the delivery signed, as Meta does; a dropped connection counts as 0. */
async function post(base: string, body: string): Promise<number> {
  const response = await fetch(`${base}/whatsapp-cloud/webhook`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': await signBody(CLOUD.secret, body),
    },
  }).catch(() => null);
  await response?.body?.cancel();
  return response?.status ?? 0;
}

describe('the Worker restarted mid-handling', () => {
  it('answers all thirty messages of the delivery once each', { timeout: 240_000 }, async () => {
    const people = Array.from({ length: 30 }, (_, i) => `52161877${String(i).padStart(4, '0')}`);
    for (const waId of people) stub.heardFrom(waId);
    const body = cloudDelivery(
      people.map((waId, i) => ({ waId, id: `wamid.restart${i}`, text: 'hola, necesito apostillar un acta' })),
    );
    worker = await start();
    // As Meta does, the stub reports what became of each message, to whichever Worker answers.
    const report = () => {
      if (worker) stub.reportTo({ url: `${worker.base}/whatsapp-cloud/webhook`, appSecret: CLOUD.secret });
      void stub.reportStatuses().catch(() => undefined);
    };
    const reporting = setInterval(report, 500);
    const first = post(worker.base, body);
    await until(() => stub.sent().length >= 3, 60_000, 'the first replies');
    await worker.stop();
    // The isolate died before answering the delivery, or answered it 200 once everything was written.
    const firstStatus = await first;
    worker = await start();
    if (firstStatus !== 200) {
      const base = worker.base;
      await until(async () => (await post(base, body)) === 200, 60_000, 'the delivery taken again');
    }
    const sentBy = () => {
      const texts = new Map<string, string[]>();
      for (const b of stub.sent()) {
        const key = String(b.to);
        const text = JSON.stringify((b as { text?: unknown; interactive?: unknown }).text ?? b.interactive);
        texts.set(key, [...(texts.get(key) ?? []), text]);
      }
      return texts;
    };
    // The first reply is the welcome and the answer: both reach every person.
    const answered = () => [...sentBy().values()].filter((t) => new Set(t).size >= 2).length;
    await until(() => answered() === 30, 90_000, 'the welcome and the answer to every person');
    const texts = sentBy();
    clearInterval(reporting);
    // Nothing lost, nothing twice: a part the Graph API took in the instants before workerd
    // died, whose acceptance never reached the Durable Object, comes back in Meta's status
    // webhook (biz_opaque_callback_data names it) before the retry, which then skips it.
    const repeated = [...texts].filter(([, t]) => new Set(t).size !== t.length).map(([to]) => to);
    expect(repeated).toEqual([]);
  });
});
