/**
 * WhatsApp Cloud API sending that never repeats or stalls, over real HTTP against the local
 * Graph API stub: a turn whose 2nd of 3 parts fails once ends with each part sent exactly
 * once (also when another instance retries, reading the delivery log); a part that always
 * fails is tried a few times, further apart, then recorded as not delivered while the rest
 * goes; and end to end, through the engine's outbox and the sweep, such a part is shown to
 * staff on its own line with what to do, and the person's next replies are not held back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCloudDeliver } from '../../src/channels/whatsapp-cloud/deliver.ts';
import { createGraphClient } from '../../src/channels/whatsapp-cloud/graph-client.ts';
import { foldDeliveries, lineRef } from '../../src/core/deliveries.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { turn as keptConversation } from '../contracts/fixtures.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { cloudServer } from '../support/whatsapp-cloud.ts';

const TOKEN = 'EAAtesttokenforenlace0123456789';
const PHONE_ID = '106540352242922';
const TO = '5215512340001';
const quiet = { info() {}, warn() {}, error() {} };

let stub: GraphApiStub;
beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
});
afterAll(() => stub.close());

/**
 * A deliver as the channel builds it, on the stub, a memory store's log (of a conversation it
 * keeps: it drops events about any other) and a clock of our own.
 */
async function deliverWith(store = createMemoryStore(), clock = { time: 1_000_000 }) {
  await keptConversation(store, `whatsapp-cloud:${TO}`);
  const client = createGraphClient({
    graphRoot: stub.graphRoot,
    phoneNumberId: PHONE_ID,
    accessToken: TOKEN,
  });
  const deliver = createCloudDeliver({
    client,
    pace: (_to, send) => send(),
    log: store,
    clock: { now: () => clock.time },
    logger: quiet,
    tries: { tries: 3, backoffMs: 1_000, maxBackoffMs: 4_000 },
  });
  return { deliver, store, clock };
}

const turn = (ref: string, texts: string[]): Outbound[] =>
  texts.map((text) => ({ channel: 'whatsapp-cloud', chatId: TO, lang: 'es', text, buttons: [], ref }));
const address = { channel: 'whatsapp-cloud', chatId: TO };
/** How many times the stub accepted a text with this body. */
const accepted = (text: string) =>
  stub.sent().filter((b) => (b as { text?: { body: string } }).text?.body === text).length;

describe('a turn sent part by part', () => {
  it('sends parts 1, 2 and 3 exactly once each when the 2nd fails once', async () => {
    const texts = ['Parte uno (a)', 'Parte dos (a)', 'Parte tres (a)'];
    stub.failWhen({ match: (b) => JSON.stringify(b).includes(texts[1] ?? ''), code: 131000, times: 1 });
    const { deliver, store, clock } = await deliverWith();
    await expect(deliver(address, turn('ta', texts))).rejects.toThrow(/stub error 131000/);
    expect(texts.map(accepted)).toEqual([1, 0, 0]);
    clock.time += 1_000; // the part's first wait
    await deliver(address, turn('ta', texts));
    expect(texts.map(accepted)).toEqual([1, 1, 1]);
    const events = await store.deliveryEvents(`whatsapp-cloud:${TO}`);
    expect(events.filter((e) => e.kind === 'accepted')).toHaveLength(3);
    expect(foldDeliveries(events).get('ta')?.state).toBe('accepted');
  });

  it('skips what another instance already sent, read from the delivery log', async () => {
    const texts = ['Parte uno (b)', 'Parte dos (b)', 'Parte tres (b)'];
    stub.failWhen({ match: (b) => JSON.stringify(b).includes(texts[1] ?? ''), code: 131000, times: 1 });
    const first = await deliverWith();
    await expect(first.deliver(address, turn('tb', texts))).rejects.toThrow();
    // Another process: its own memory is empty, the store is shared.
    const second = await deliverWith(first.store);
    await second.deliver(address, turn('tb', texts));
    expect(texts.map(accepted)).toEqual([1, 1, 1]);
  });

  it('waits before trying a failed part again, and keeps the turn in order meanwhile', async () => {
    const texts = ['Parte uno (c)', 'Parte dos (c)', 'Parte tres (c)'];
    stub.failWhen({ match: (b) => JSON.stringify(b).includes(texts[1] ?? ''), code: 131000, times: 1 });
    const { deliver, clock } = await deliverWith();
    await expect(deliver(address, turn('tc', texts))).rejects.toThrow();
    const calls = stub.calls.length;
    await expect(deliver(address, turn('tc', texts))).rejects.toThrow(/next try is in 1 s/);
    expect(stub.calls).toHaveLength(calls); // nothing went to Meta, part 3 did not jump the queue
    clock.time += 1_000;
    await deliver(address, turn('tc', texts));
    expect(texts.map(accepted)).toEqual([1, 1, 1]);
  });

  it('gives up a part that always fails after the cap, records it as not delivered, and sends the rest', async () => {
    const texts = ['Parte uno (d)', 'Parte dos (d)', 'Parte tres (d)'];
    stub.failWhen({ match: (b) => JSON.stringify(b).includes(texts[1] ?? ''), code: 131000 });
    const { deliver, store, clock } = await deliverWith();
    const tries = () => stub.refused().filter((c) => JSON.stringify(c.body).includes(texts[1] ?? '')).length;
    for (const wait of [0, 1_000, 2_000]) {
      clock.time += wait;
      await deliver(address, turn('td', texts)).catch(() => undefined);
    }
    expect(tries()).toBe(3);
    expect(texts.map(accepted)).toEqual([1, 0, 1]);
    // Done: another try of the item sends nothing more.
    await deliver(address, turn('td', texts));
    expect(tries()).toBe(3);
    const views = foldDeliveries(await store.deliveryEvents(`whatsapp-cloud:${TO}`));
    expect(views.get('td')).toMatchObject({ state: 'failed', error: { code: 131000, tries: 3 } });
    expect(views.get(lineRef('td', texts[1] ?? ''))?.state).toBe('failed');
    expect(views.get(lineRef('td', texts[0] ?? ''))?.state).toBe('accepted');
  });
});

describe('end to end: the outbox, the sweep and the inbox', () => {
  type Server = Awaited<ReturnType<typeof cloudServer>>;
  let server: Server | undefined;
  afterEach(async () => {
    await server?.stub.close();
    server = undefined;
  });

  async function staffPage(s: Server, conversationId: string) {
    const browse = cookieJar(s.app);
    await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
    return (await browse(`/staff/c/${encodeURIComponent(conversationId)}`)).text();
  }

  it('retries only the part that failed, from the sweep: the welcome goes once', async () => {
    server = await cloudServer();
    const person = server.person('5215511110101');
    server.stub.failWhen({ match: (b) => b.type === 'interactive', code: 131000, times: 1 });
    await person.say('Hola');
    const [welcome] = person.sentToMe();
    expect(welcome?.type).toBe('text');
    expect(person.sentToMe().some((b) => b.type === 'interactive')).toBe(false);
    server.clock.time += 60_000; // past the turn's retry time and the part's wait
    await server.engine.sweep();
    const sent = person.sentToMe();
    expect(sent.filter((b) => JSON.stringify(b) === JSON.stringify(welcome))).toHaveLength(1);
    expect(sent.filter((b) => b.type === 'interactive')).toHaveLength(1);
  });

  it('shows a part given up as not delivered on its own line, and the next replies still go out', async () => {
    server = await cloudServer();
    const s = server;
    const person = s.person('5215511110102');
    // The first menu this person is sent never goes through.
    let stuck: string | undefined;
    s.stub.failWhen({
      match: (b) => {
        if (b.to !== '5215511110102' || b.type !== 'interactive') return false;
        stuck ??= JSON.stringify(b.interactive);
        return JSON.stringify(b.interactive) === stuck;
      },
      code: 131000,
      status: 500,
    });
    await person.say('Hola');
    const before = person.sentToMe().length;
    // While the menu waits for its next try, the person writes again and is answered.
    await person.say('quiero hablar con una persona');
    expect(person.sentToMe().length).toBeGreaterThan(before);
    // Tried again by the sweep, further apart each time, until the cap (five tries).
    for (let i = 0; i < 5; i++) {
      s.clock.time += 5 * 60_000;
      await s.engine.sweep();
    }
    const events = await s.store.deliveryEvents(person.conversationId);
    const given = events.filter((e) => e.kind === 'refused');
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ error: { code: 131000, tries: 5 } });
    const page = await staffPage(s, person.conversationId);
    expect(page.match(/class="delivery failed">NO ENTREGADO \(WhatsApp 131000/g)).toHaveLength(1);
    expect(page).toContain('WhatsApp no aceptó esta línea tras 5 intentos');
    // The welcome, its own line, still shows as handed to WhatsApp.
    expect(page).toMatch(/<span class="delivery">enviado a WhatsApp/);
    // Nothing waits any more: the person's next turn goes out at once.
    const count = person.sentToMe().length;
    await person.say('gracias');
    expect(person.sentToMe().length).toBeGreaterThan(count);
  });
});
