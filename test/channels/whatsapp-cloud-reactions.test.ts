/**
 * Replies and reactions on the WhatsApp Cloud API, end to end: signed webhooks in the shapes of
 * Meta's messages reference (a text with `context: {from, id}`, the reply quoting an earlier
 * message; `type: 'reaction'` with `reaction: {message_id, emoji}`, no emoji when taken back)
 * through the whole app (test/support/whatsapp-cloud.ts) and the local Graph API stub. A reply
 * to one of the assistant's earlier answers is answered exactly as the same words without the
 * quote, and its transcript line shows staff the quoted answer; a reaction gets nothing back (no
 * message, no read receipt, no "typing"), changes nothing the person is told afterwards, and
 * staff see it on the transcript with the answer it was on, and its taking back too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { personMessagePayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { CLOUD, cloudServer } from '../support/whatsapp-cloud.ts';

type Server = Awaited<ReturnType<typeof cloudServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stub.close();
  server = undefined;
});

const t = createI18n().t('es');
/** The business's number, as Meta names it in a reply's `context.from`. */
const BUSINESS = '15550783881';

let n = 0;
/** One person's message as Meta posts it, a minute after the last. */
async function send(s: Server, waId: string, message: Record<string, unknown>) {
  s.clock.time += 60_000;
  if (message.type !== 'reaction') s.stub.heardFrom(waId, s.clock.time);
  const body = personMessagePayload({
    phoneNumberId: CLOUD.phoneId,
    waId,
    name: 'María Pérez',
    id: `wamid.reply${++n}`,
    at: s.clock.time,
    message,
  });
  expect((await s.post(body)).status).toBe(200);
  await s.settled();
}

const text = (body: string) => ({ type: 'text', text: { body } });

/** What the stub accepted for this person, each with the wamid it answered (the stub numbers them in order). */
const sentTo = (s: Server, waId: string) =>
  s.stub
    .sent()
    .map((body, i) => ({
      body: body as { to?: string; biz_opaque_callback_data?: string; text?: { body?: string } },
      wamid: `wamid.stub${i + 1}`,
    }))
    .filter((m) => m.body.to === waId);

/** What the person got, in order: each message but who it went to. */
/** What a person was sent, without who it went to and the part names (each turn has its own). */
const repliesTo = (s: Server, waId: string) =>
  sentTo(s, waId).map(({ body: { to: _to, biz_opaque_callback_data: _part, ...rest } }) => rest);

/** A line's start as staff are shown it: on one line, at most 120 characters with its ellipsis. */
function expectedQuote(line: string) {
  const words = line.replace(/\s+/g, ' ').trim();
  return words.length <= 120 ? words : `${words.slice(0, 119).trimEnd()}…`;
}

/** What hono/html makes of a text in a page. */
const escaped = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

async function casePage(s: Server, conversationId: string) {
  const browse = cookieJar(s.app);
  await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  return (await browse(`/staff/c/${encodeURIComponent(conversationId)}`)).text();
}

const QUESTION = 'necesito apostillar el acta de nacimiento de mi hija';

describe('whatsapp cloud: a reply quoting an earlier message', () => {
  it('is answered as the same words without the quote, and staff see what it answered', async () => {
    server = await cloudServer();
    const [quoting, plain] = ['5215511130001', '5215511130002'];
    for (const waId of [quoting, plain]) {
      await send(server, waId, text('Hola'));
      await send(server, waId, text(QUESTION));
    }
    // The quoted message: the first the office sent, with a later answer after it.
    const before = sentTo(server, quoting);
    expect(before.length).toBeGreaterThan(1);
    const first = before[0];
    await send(server, quoting, {
      ...text('¿cuánto cuesta?'),
      context: { from: BUSINESS, id: first?.wamid },
    });
    await send(server, plain, text('¿cuánto cuesta?'));

    expect(sentTo(server, quoting).length).toBeGreaterThan(before.length);
    expect(repliesTo(server, quoting)).toEqual(repliesTo(server, plain));

    const lines = await server.store.getTranscript(`whatsapp-cloud:${quoting}`);
    const firstBotLine = lines.find((l) => l.from === 'bot');
    const reply = lines.findLast((l) => l.from === 'person');
    expect(reply?.text).toBe('¿cuánto cuesta?');
    const quote = expectedQuote(firstBotLine?.text ?? '');
    expect(quote.length).toBeGreaterThan(0);
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(reply?.replyTo).toEqual({ quote });
    // The plain one quotes nothing.
    const plainLines = await server.store.getTranscript(`whatsapp-cloud:${plain}`);
    expect(plainLines.findLast((l) => l.from === 'person')?.replyTo).toBeUndefined();

    const page = await casePage(server, `whatsapp-cloud:${quoting}`);
    expect(page).toContain(escaped(t('inbox.context.replyingTo', { quote })));
    expect(await casePage(server, `whatsapp-cloud:${plain}`)).not.toContain('↪');
  });

  it('quoting a message the office did not send, shows a reply to an earlier message, with no quote', async () => {
    server = await cloudServer();
    const waId = '5215511130003';
    await send(server, waId, text('Hola'));
    // The person quotes their own first message (a wamid of theirs, in no delivery log).
    await send(server, waId, { ...text(QUESTION), context: { from: waId, id: 'wamid.reply-own-message' } });
    const lines = await server.store.getTranscript(`whatsapp-cloud:${waId}`);
    expect(lines.findLast((l) => l.from === 'person')?.replyTo).toEqual({});
    expect(await casePage(server, `whatsapp-cloud:${waId}`)).toContain(t('inbox.context.replyingToEarlier'));
  });
});

describe('whatsapp cloud: a reaction', () => {
  it('gets nothing back, changes nothing after it, and staff see it with the answer it was on', async () => {
    server = await cloudServer();
    const [reacting, plain] = ['5215511130011', '5215511130012'];
    for (const waId of [reacting, plain]) {
      await send(server, waId, text('Hola'));
      await send(server, waId, text(QUESTION));
    }
    const answer = sentTo(server, reacting).at(-1);
    const calls = server.stub.calls.length;
    await send(server, reacting, { type: 'reaction', reaction: { message_id: answer?.wamid, emoji: '👍' } });
    // Not a message, not a read receipt, not "typing": the stub heard nothing.
    expect(server.stub.calls.length).toBe(calls);

    const id = `whatsapp-cloud:${reacting}`;
    const lines = await server.store.getTranscript(id);
    const answeredLine = lines.findLast((l) => l.from === 'bot');
    const quote = expectedQuote(answeredLine?.text ?? '');
    expect(lines.at(-1)).toMatchObject({ from: 'person', text: '👍', reaction: '👍', replyTo: { quote } });
    expect(await casePage(server, id)).toContain(escaped(t('inbox.context.reacted', { emoji: '👍', quote })));

    // Taken back: noted, and still nothing sent.
    await send(server, reacting, { type: 'reaction', reaction: { message_id: answer?.wamid } });
    expect(server.stub.calls.length).toBe(calls);
    expect((await server.store.getTranscript(id)).at(-1)).toMatchObject({
      from: 'person',
      reaction: '',
      replyTo: { quote },
    });
    expect(await casePage(server, id)).toContain(escaped(t('inbox.context.unreacted', { quote })));

    // The conversation goes on as if nothing had happened: the same words get the same answers.
    for (const waId of [reacting, plain]) await send(server, waId, text('¿cuánto cuesta?'));
    expect(repliesTo(server, reacting)).toEqual(repliesTo(server, plain));
  });
});
