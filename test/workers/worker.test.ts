/**
 * The Worker in `wrangler dev` (local workerd, offline) with its Durable Objects: the web
 * chat round trip, a Telegram update answered through a local Bot API server, a duplicate
 * update handled once, a wrong webhook secret refused, a handoff taken in the inbox and
 * answered, and a restart of the runtime in the middle of an intake that carries on.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';
import { httpClient } from '../support/runtime.ts';

const SECRET = 'worker-webhook-secret-0123456789';
const persistTo = mkdtempSync(join(tmpdir(), 'enlace-worker-'));
let api: Awaited<ReturnType<typeof startFakeBotApi>>;
let worker: WranglerDev;
let vars: Record<string, string>;

beforeAll(async () => {
  api = await startFakeBotApi();
  vars = {
    SESSION_SECRET: 'worker-session-secret-worker-session-0',
    TELEGRAM_BOT_TOKEN: '123456789:WORKER-token-for-enlace-tests',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: api.apiRoot,
    COOKIE_SECURE: 'false',
    STAFF_ACCOUNTS: JSON.stringify({
      accounts: [{ name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword('una clave larga') }],
    }),
  };
  worker = await startWranglerDev({ persistTo, vars });
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await api?.close();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

const update = telegramUpdates(0, 1_795_000_000);
const sentTo = (chatId: number) =>
  api.calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chatId);

describe('the Worker', () => {
  it('answers the web chat', { timeout: 30_000 }, async () => {
    const person = httpClient();
    const response = await person(
      `${worker.base}/api/chat/messages`,
      json({ id: 'w-0000000001', text: 'hola' }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { messages: Array<{ text: string }> };
    expect(body.messages[0]?.text).toMatch(/Enlace/);
  });

  it('answers a Telegram update through the Bot API, once even when Telegram sends it twice', {
    timeout: 30_000,
  }, async () => {
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    const first = update(501, 'hola, como saco la doble nacionalidad de mi hija nacida en texas');
    expect((await fetch(`${worker.base}/telegram/webhook`, json(first, headers))).status).toBe(200);
    await expect.poll(() => sentTo(501).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    // The same update again, then a new one: a chat's turns send in order, so once the new
    // one's reply is out, everything before it is too, and the redelivery sent nothing.
    expect((await fetch(`${worker.base}/telegram/webhook`, json(first, headers))).status).toBe(200);
    expect(
      (await fetch(`${worker.base}/telegram/webhook`, json(update(501, 'gracias'), headers))).status,
    ).toBe(200);
    const texts = () => sentTo(501).map((c) => String(c.body.text));
    await expect.poll(() => texts().some((t) => t.startsWith('De nada')), { timeout: 10_000 }).toBe(true);
    const before = texts().slice(
      0,
      texts().findIndex((t) => t.startsWith('De nada')),
    );
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(new Set(before).size).toBe(before.length);
  });

  it('answers a Telegram update at its commit, not after its replies are spaced a second apart', {
    timeout: 30_000,
  }, async () => {
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };
    // The first reply of a chat comes in two messages; Telegram's one-a-second spacing in a chat
    // holds the second back, and the webhook's 200 must not wait for it.
    const response = await fetch(
      `${worker.base}/telegram/webhook`,
      json(update(503, 'como apostillo el acta de nacimiento de mi hijo'), headers),
    );
    expect(response.status).toBe(200);
    expect(sentTo(503).length).toBeLessThan(2);
    await expect.poll(() => sentTo(503).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  });

  it('refuses a webhook call without the right secret', async () => {
    const wrong = await fetch(
      `${worker.base}/telegram/webhook`,
      json(update(502, 'hola'), { 'x-telegram-bot-api-secret-token': 'nope' }),
    );
    expect(wrong.status).toBe(401);
    expect(sentTo(502)).toEqual([]);
  });

  it('carries a handoff to the inbox, where staff take it and answer', { timeout: 30_000 }, async () => {
    const person = httpClient();
    await person(`${worker.base}/api/chat/messages`, json({ id: 'h-0000000001', text: 'hola' }));
    await person(
      `${worker.base}/api/chat/messages`,
      json({ id: 'h-0000000002', text: 'quiero hablar con una persona' }),
    );
    const staff = httpClient();
    const login = await staff(`${worker.base}/staff/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ana', password: 'una clave larga' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.status).toBe(302);
    const list = await (await staff(`${worker.base}/staff`)).text();
    const link = /href="\/staff\/c\/(web%3A[^"]+)"/.exec(list)?.[1] ?? '';
    expect(link).not.toBe('');
    const page = await (await staff(`${worker.base}/staff/c/${link}`)).text();
    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
    const reply = await staff(`${worker.base}/staff/c/${link}/reply`, {
      method: 'POST',
      body: new URLSearchParams({ csrf, text: 'Hola, soy Ana de la oficina.' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.status).toBe(302);
    const history = (await (await person(`${worker.base}/api/chat/history`)).json()) as {
      lines: Array<{ from: string; text: string }>;
    };
    expect(history.lines.filter((l) => l.from === 'staff').map((l) => l.text)).toEqual([
      'Hola, soy Ana de la oficina.',
    ]);
  });

  it('carries on an intake after the runtime restarts, from its Durable Object', {
    timeout: 90_000,
  }, async () => {
    const person = httpClient();
    const send = (id: string, body: object) =>
      person(`${worker.base}/api/chat/messages`, json({ id, ...body }));
    await send('r-0000000001', { text: 'mi papá murió en houston y queremos traerlo a durango' });
    await send('r-0000000002', { choice: 'yes' }); // the answer's offer of the intake
    await send('r-0000000003', { text: 'José Luis Ramírez' });
    await worker.stop();
    worker = await startWranglerDev({ persistTo, vars });
    const next = (await (await send('r-0000000004', { text: 'Houston, Texas' })).json()) as {
      messages: Array<{ text: string }>;
    };
    expect(next.messages.map((m) => m.text).join('\n')).toContain('(3/6)');
  });
});

describe('the Worker’s alarms', () => {
  it('ends an idle conversation when its Durable Object’s alarm rings, with no message', {
    timeout: 90_000,
  }, async () => {
    const idle = await startWranglerDev({
      persistTo: mkdtempSync(join(tmpdir(), 'enlace-worker-idle-')),
      vars: { ...vars, IDLE_MINUTES: '0.02' }, // 1.2 s
    });
    try {
      const person = httpClient();
      const send = (id: string, body: object) =>
        person(`${idle.base}/api/chat/messages`, json({ id, ...body }));
      await send('i-0000000001', { text: 'mi papá murió en houston y queremos traerlo a durango' });
      await send('i-0000000002', { choice: 'yes' }); // the answer's offer of the intake
      await expect
        .poll(() => idle.output(), { timeout: 15_000, interval: 250 })
        .toMatch(/idle conversation started again from the menu.*web:/);
    } finally {
      await idle.stop();
    }
  });
});

describe('the Worker’s live inbox', () => {
  it('tells a connected staff page at once when a person asks for staff', { timeout: 30_000 }, async () => {
    const staff = httpClient();
    await staff(`${worker.base}/staff/login`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'ana', password: 'una clave larga' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const stream = await staff(`${worker.base}/staff/events`);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body?.pipeThrough(new TextDecoderStream()).getReader();
    const person = httpClient();
    await person(`${worker.base}/api/chat/messages`, json({ id: 'e-0000000001', text: 'hola' }));
    await person(
      `${worker.base}/api/chat/messages`,
      json({ id: 'e-0000000002', text: 'quiero hablar con una persona' }),
    );
    let received = '';
    const until = Date.now() + 10_000;
    while (!received.includes('"queued"') && Date.now() < until) {
      const chunk = await Promise.race([reader?.read(), new Promise<undefined>((r) => setTimeout(r, 1_000))]);
      if (chunk && !chunk.done) received += chunk.value;
    }
    await reader?.cancel();
    expect(received).toMatch(
      /event: change\ndata: \{"kind":"queued","conversationId":"web:[^"]+","urgent":false\}/,
    );
  });
});
