/**
 * A case's news on the WhatsApp Cloud API after the 24-hour window, end to end with the local
 * Graph API stub (which refuses free text past the window, as Meta does): a status change and
 * the follow-up question a week after the close go as the office's approved re-engagement
 * template, never as text Meta would refuse; what they said waits and goes first when the
 * person writes again. Without a template nothing is sent and nothing is lost. Inside the
 * window the news goes at once, as text. The inbox shows such lines as waiting for the person.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { cloudServer } from '../support/whatsapp-cloud.ts';

type Server = Awaited<ReturnType<typeof cloudServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stub.close();
  server = undefined;
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const TEMPLATE = { template: 'enlace_retomar', languages: 'es=es_MX,en=en_US' };

/** A person asks for staff and says why: a queued case with a folio. */
async function queuedCase(s: Server, waId: string) {
  const person = s.person(waId);
  await person.say('Quiero hablar con una persona del Instituto, por favor');
  await person.say('Mi papá murió en Houston y queremos traerlo a Durango');
  const folio = (await s.store.getTicket(person.conversationId))?.folio ?? '';
  expect(folio).toMatch(/^[A-Z]{3}-\d{4}$/);
  return { person, folio };
}

const texts = (bodies: ReturnType<ReturnType<Server['person']>['sentToMe']>) =>
  bodies.map((b) => b.text?.body ?? b.interactive?.body.text ?? `[${b.type}]`);

describe('whatsapp cloud: a case’s news after the 24-hour window', () => {
  it('sends a status change inside the window at once, as text', async () => {
    server = await cloudServer(TEMPLATE);
    const { person, folio } = await queuedCase(server, '5215522220001');
    server.clock.time += 2 * HOUR;
    await server.engine.staff.status(
      person.conversationId,
      'ana',
      'inProgress',
      'Ya hablamos con el consulado.',
    );
    expect(texts(person.sentToMe()).at(-1)).toMatch(new RegExp(`${folio}.*consulado`, 's'));
    expect(server.stub.refused()).toEqual([]);
  });

  it('past the window: the template goes instead, and the news when the person writes', async () => {
    server = await cloudServer(TEMPLATE);
    const { person, folio } = await queuedCase(server, '5215522220002');
    server.clock.time += 30 * HOUR;
    const before = person.sentToMe().length;
    await server.engine.staff.status(
      person.conversationId,
      'ana',
      'waitingDocuments',
      'Falta el acta de defunción.',
    );
    await server.engine.staff.status(person.conversationId, 'ana', 'inProgress', 'Ya llegó el acta.');
    const meanwhile = person.sentToMe().slice(before);
    // One template for both changes, in the person's language; no text Meta would refuse.
    expect(meanwhile).toEqual([
      expect.objectContaining({
        type: 'template',
        template: { name: 'enlace_retomar', language: { code: 'es_MX' } },
      }),
    ]);
    expect(server.stub.refused()).toEqual([]);
    // Staff see the lines in the transcript as they were made.
    const lines = await server.store.getTranscript(person.conversationId);
    expect(
      lines.filter((l) => l.from === 'bot' && l.text.includes(`Novedades de tu caso ${folio}`)),
    ).toHaveLength(2);
    // The inbox says the lines wait for the person, not that they are being sent.
    const browse = cookieJar(server.app);
    await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
    const page = await (await browse(`/staff/c/${encodeURIComponent(person.conversationId)}`)).text();
    expect(page.match(/sale cuando la persona vuelva a escribir/g)).toHaveLength(2);
    const seen = person.sentToMe().length;
    await person.say('Hola, ¿qué pasó?');
    const after = texts(person.sentToMe().slice(seen));
    expect(after[0]).toMatch(/Falta el acta/);
    expect(after[1]).toMatch(/Ya llegó el acta/);
    expect(after.length).toBeGreaterThan(2);
    // Nothing is held any more: the next message gets only its own answer.
    const last = person.sentToMe().length;
    await person.say('Gracias');
    expect(texts(person.sentToMe().slice(last)).join(' ')).not.toMatch(/acta/);
  });

  it('asks the follow-up a week after the close by template, then the question when the person writes', async () => {
    server = await cloudServer(TEMPLATE);
    const { person, folio } = await queuedCase(server, '5215522220003');
    await server.engine.staff.reply(person.conversationId, 'ana', 'Hola, ya tenemos el caso.');
    await server.engine.staff.close(person.conversationId, 'ana');
    await person.tap(/^yes$/); // did we help?
    await person.tap(/^yes$/); // a message in a week?
    server.clock.time += 8 * DAY;
    const before = person.sentToMe().length;
    await server.engine.sweep();
    expect(
      person
        .sentToMe()
        .slice(before)
        .map((b) => b.type),
    ).toEqual(['template']);
    expect(server.stub.refused()).toEqual([]);
    await person.say('Hola');
    // "Hola" to the template gets the question alone: no menu after it to bury its buttons.
    const answer = person.sentToMe().slice(before + 1);
    expect(answer).toHaveLength(1);
    expect(answer[0]?.interactive?.body.text).toContain(folio);
    expect(answer[0]?.interactive?.action.buttons?.map((b) => b.reply.id)).toEqual([
      `outcome:resolved:${folio}`,
      `outcome:waiting:${folio}`,
      `outcome:needHelp:${folio}`,
    ]);
    await person.tap(/^outcome:resolved/);
    expect((await server.store.casesOf(person.conversationId))[0]).toMatchObject({ outcome: 'resolved' });
  });

  it('without a template: nothing goes, nothing is refused, and the news waits for the person', async () => {
    server = await cloudServer();
    const { person } = await queuedCase(server, '5215522220004');
    server.clock.time += 30 * HOUR;
    const before = person.sentToMe().length;
    await server.engine.staff.status(
      person.conversationId,
      'ana',
      'referred',
      'Lo pasamos al consulado en Dallas.',
    );
    expect(person.sentToMe().length).toBe(before);
    expect(server.stub.refused()).toEqual([]);
    await person.say('¿Hay novedades?');
    expect(texts(person.sentToMe().slice(before))[0]).toMatch(/Dallas/);
  });
});
