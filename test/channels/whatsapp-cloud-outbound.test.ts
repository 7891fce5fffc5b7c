/**
 * WhatsApp Cloud API outbound, over real HTTP against the local Graph API stub: engine
 * messages formatted as reply buttons (≤ 3 options), a list (4–10) or numbered text (> 10),
 * long texts split under 4,096 characters, read receipts with "typing", a wrong token's
 * error 190 parsed, a queued error code answered, and the stub refusing what Meta refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCloudMessages } from '../../src/channels/whatsapp-cloud/format.ts';
import {
  createGraphClient,
  GRAPH_ERRORS,
  GraphApiError,
  type GraphClient,
} from '../../src/channels/whatsapp-cloud/graph-client.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { type GraphApiStub, startGraphApiStub } from '../../src/testing/graph-api-stub.ts';

const TOKEN = 'EAAtesttokenforenlace0123456789';
const PHONE_ID = '106540352242922';
const TO = '16505551234';

/** What the stub recorded, loosely typed for reading in assertions. */
interface Sent {
  type: string;
  text: { body: string };
  interactive: {
    type: string;
    body: { text: string };
    action: {
      button: string;
      buttons: Array<{ reply: { id: string; title: string } }>;
      sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }>;
    };
  };
}

let stub: GraphApiStub;
let client: GraphClient;

beforeAll(async () => {
  stub = await startGraphApiStub({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
  client = createGraphClient({ graphRoot: stub.graphRoot, phoneNumberId: PHONE_ID, accessToken: TOKEN });
});
afterAll(() => stub.close());

const outbound = (text: string, count = 0, label = (i: number) => `Option ${i + 1}`): Outbound => ({
  channel: 'whatsapp-cloud',
  chatId: TO,
  lang: 'en',
  text,
  buttons: Array.from({ length: count }, (_, i) => ({ value: `v${i + 1}`, label: label(i) })),
});

async function deliver(message: Outbound, listButton?: string) {
  const before = stub.sent().length;
  for (const body of toCloudMessages(message, { listButton })) await client.send(TO, body);
  return stub.sent().slice(before) as unknown as Sent[];
}

function first(sent: Sent[]): Sent {
  const [message] = sent;
  if (!message) throw new Error('nothing was sent');
  return message;
}

describe('WhatsApp Cloud outbound', () => {
  it('sends 2 options as reply buttons, titles cut to 20 characters, ids the engine values', async () => {
    const sent = await deliver(
      outbound('Pick one', 2, (i) => (i ? 'A very long label that will not fit' : 'Yes')),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe('interactive');
    expect(sent[0]?.interactive.type).toBe('button');
    const { buttons } = first(sent).interactive.action;
    expect(buttons.map((b) => b.reply.id)).toEqual(['v1', 'v2']);
    expect(buttons[1]?.reply.title.length).toBeLessThanOrEqual(20);
    expect(buttons[1]?.reply.title.endsWith('…')).toBe(true);
  });

  it('sends 6 options as a list with one section, long labels kept in the description', async () => {
    const sent = await deliver(
      outbound('Which office do you need?', 6, (i) => (i === 5 ? 'x'.repeat(40) : `Place ${i + 1}`)),
      'Choose',
    );
    expect(sent).toHaveLength(1);
    const list = first(sent).interactive;
    expect(list.type).toBe('list');
    expect(list.action.button).toBe('Choose');
    expect(list.action.sections).toHaveLength(1);
    const rows = list.action.sections[0]?.rows ?? [];
    expect(rows.map((r) => r.id)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
    expect(rows[5]?.title.length).toBeLessThanOrEqual(24);
    expect(rows[5]?.description).toBe('x'.repeat(40));
  });

  it('labels the list with the first words of the prompt when no label is given', () => {
    const [body] = toCloudMessages(outbound('Which office do you need today?', 5));
    expect(
      body?.type === 'interactive' && body.interactive.type === 'list' && body.interactive.action.button,
    ).toBe('Which office do you');
  });

  it('sends 12 options as numbered text', async () => {
    const sent = await deliver(outbound('Pick a number', 12));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe('text');
    expect(sent[0]?.text.body).toContain('1. Option 1');
    expect(sent[0]?.text.body).toContain('12. Option 12');
  });

  it('splits a 9,000-character text into 3 messages under 4,096', async () => {
    const text = Array.from({ length: 9000 / 10 }, () => 'abcdefghi ').join('');
    const sent = await deliver(outbound(text));
    expect(sent).toHaveLength(3);
    for (const m of sent) expect(m.text.body.length).toBeLessThanOrEqual(4096);
  });

  it('keeps an interactive body under 1,024 characters, the rest sent as text first', async () => {
    const sent = await deliver(outbound(`${'word '.repeat(400)}\n\nPick one`, 2));
    expect(sent.at(-1)?.interactive.body.text.length).toBeLessThanOrEqual(1024);
    expect(sent.length).toBeGreaterThan(1);
  });

  it('marks a message read with the typing indicator', async () => {
    await client.markRead('wamid.inbound1');
    const read = stub.calls.filter((c) => c.kind === 'read').at(-1);
    expect(read?.body).toMatchObject({
      status: 'read',
      message_id: 'wamid.inbound1',
      typing_indicator: { type: 'text' },
    });
  });

  it('parses a wrong token into error 190', async () => {
    const wrong = createGraphClient({
      graphRoot: stub.graphRoot,
      phoneNumberId: PHONE_ID,
      accessToken: 'EAAwrong',
    });
    const error = await wrong
      .send(TO, { type: 'text', text: { body: 'hi', preview_url: false } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe(GRAPH_ERRORS.badToken);
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
  });

  it('answers a queued error code, parsed and marked retryable for pacing errors', async () => {
    stub.failNext(GRAPH_ERRORS.pairRate);
    const error = await client
      .send(TO, { type: 'text', text: { body: 'hi', preview_url: false } })
      .catch((e) => e);
    expect(error.code).toBe(131056);
    expect(error.retryable).toBe(true);
    stub.failNext(GRAPH_ERRORS.reengagement);
    const window = await client
      .send(TO, { type: 'text', text: { body: 'hi', preview_url: false } })
      .catch((e) => e);
    expect(window.code).toBe(131047);
    expect(window.retryable).toBe(false);
  });

  it('the stub refuses a payload with 4 reply buttons', async () => {
    const refusedBefore = stub.refused().length;
    const buttons = [1, 2, 3, 4].map((i) => ({
      type: 'reply' as const,
      reply: { id: `v${i}`, title: `B${i}` },
    }));
    const error = await client
      .send(TO, {
        type: 'interactive',
        interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons } },
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe(131009);
    expect(stub.refused()).toHaveLength(refusedBefore + 1);
    expect(stub.refused().at(-1)?.problem).toContain('buttons');
  });
});
