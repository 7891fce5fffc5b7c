/**
 * One conversation per WhatsApp person, whichever identifier Meta sends, end to end: signed
 * webhooks in the shapes of Meta's references through the whole app (test/support/
 * whatsapp-cloud.ts) and the local Graph API stub. A message with only the business-scoped
 * user id (BSUID: a username hides the number), after one that came with the phone number
 * too, lands in the same conversation (transcript, ticket); answers go to the phone number,
 * as Meta's BSUID guide recommends while it is known. After WhatsApp's `user_changed_number`
 * notice (Meta's system messages reference: the old number in `from`, the new one in
 * `system.wa_id`) a message from the new number continues the old conversation with its
 * ticket, staff read on the transcript that the number changed, and a staff reply goes to
 * the new number; what comes from the old number (perhaps someone else's now) is never
 * answered at it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cloudValuePayload,
  personMessagePayload,
  statusPayload,
} from '../../src/testing/whatsapp-cloud-payload.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { CLOUD, cloudServer } from '../support/whatsapp-cloud.ts';

type Server = Awaited<ReturnType<typeof cloudServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stub.close();
  server = undefined;
});

const chat = (id: string) => `whatsapp-cloud:${id}`;
const text = (body: string) => ({ type: 'text', text: { body } });
let n = 0;

/** One person's message as Meta posts it, from whichever identifiers are given. */
async function send(s: Server, who: { waId?: string; userId?: string }, message: Record<string, unknown>) {
  s.clock.time += 60_000;
  s.stub.heardFrom(who.waId ?? who.userId ?? '', s.clock.time);
  const body = personMessagePayload({
    phoneNumberId: CLOUD.phoneId,
    name: 'María Pérez',
    id: `wamid.alias${++n}`,
    at: s.clock.time,
    message,
    ...(who.userId && !who.waId ? { username: '@maria.perez' } : {}),
    ...who,
  });
  expect((await s.post(body)).status).toBe(200);
  await s.settled();
}

/** WhatsApp's notice that `from` changed their number to `to`, as Meta's system messages reference shows it (no contacts). */
function numberChange(s: Server, from: string, to: string, id = `wamid.system${++n}`) {
  return cloudValuePayload(CLOUD.phoneId, {
    messages: [
      {
        from,
        id,
        timestamp: String(Math.floor(s.clock.time / 1000)),
        type: 'system',
        system: {
          body: `User María Pérez changed from ${from} to ${to}`,
          wa_id: to,
          type: 'user_changed_number',
        },
      },
    ],
  });
}

/** Every text the stub accepted, by whom it was addressed to (`to`, or a BSUID's `recipient`). */
const textsTo = (s: Server, id: string) =>
  s.stub.calls
    .filter((c) => c.kind === 'message')
    .map((c) => c.body as { to?: string; recipient?: string; text?: { body?: string } })
    .filter((b) => b.to === id || b.recipient === id)
    .map((b) => b.text?.body ?? '');

/** A person asks for staff and says why, from these identifiers: the conversation has a ticket with a folio. */
async function queuedCase(s: Server, who: { waId?: string; userId?: string }) {
  await send(s, who, text('Quiero hablar con una persona del Instituto, por favor'));
  await send(s, who, text('Mi papá murió en Houston y queremos traerlo a Durango'));
}

describe('whatsapp cloud: a phone number and a business-scoped user id are one person', () => {
  it('puts a message with only the BSUID in the conversation its phone number began, ticket and all', async () => {
    server = await cloudServer();
    const phone = '5215511130001';
    const bsuid = 'MX.1300013000130001';
    await queuedCase(server, { waId: phone, userId: bsuid });
    const folio = (await server.store.getTicket(chat(phone)))?.folio;
    expect(folio).toMatch(/^[A-Z]{3}-\d{4}$/);

    await send(server, { userId: bsuid }, text('¿Ya vieron mi caso? Sigo esperando'));
    const lines = await server.store.getTranscript(chat(phone));
    expect(lines.filter((l) => l.from === 'person').map((l) => l.text)).toContain(
      '¿Ya vieron mi caso? Sigo esperando',
    );
    expect(await server.store.getTranscript(chat(bsuid))).toEqual([]);
    expect(await server.store.getTicket(chat(bsuid))).toBeNull();
    expect((await server.store.getTicket(chat(phone)))?.folio).toBe(folio);

    // Staff answer: to the phone number, which Meta's BSUID guide prefers while it is known.
    await server.engine.staff.reply(chat(phone), 'ana', 'Sí, María: ya revisamos tu caso.');
    expect(textsTo(server, phone).some((t) => t.includes('Sí, María: ya revisamos tu caso.'))).toBe(true);
    expect(textsTo(server, bsuid)).toEqual([]);
    // A status naming only the BSUID lands in the same conversation's delivery log.
    const status = statusPayload({
      phoneNumberId: CLOUD.phoneId,
      id: 'wamid.aliasStatus1',
      status: 'read',
      at: server.clock.time,
      recipientUserId: bsuid,
    });
    expect((await server.post(status)).status).toBe(200);
    await server.settled();
    expect(await server.store.deliveryEvents(chat(phone))).toContainEqual(
      expect.objectContaining({ id: 'wamid.aliasStatus1', state: 'read' }),
    );
  });

  it('keeps a conversation begun with only the BSUID when the phone number comes too, and answers the number from then on', async () => {
    server = await cloudServer();
    const phone = '5215511130002';
    const bsuid = 'MX.1300013000130002';
    await queuedCase(server, { userId: bsuid });
    const folio = (await server.store.getTicket(chat(bsuid)))?.folio;
    expect(folio).toBeDefined();
    await send(server, { waId: phone, userId: bsuid }, text('Les escribo otra vez'));
    expect((await server.store.getTranscript(chat(bsuid))).map((l) => l.text)).toContain(
      'Les escribo otra vez',
    );
    expect(await server.store.getTranscript(chat(phone))).toEqual([]);
    expect((await server.store.getTicket(chat(bsuid)))?.folio).toBe(folio);
    await server.engine.staff.reply(chat(bsuid), 'ana', 'Gracias, ya tenemos tu número.');
    expect(textsTo(server, phone).some((t) => t.includes('Gracias, ya tenemos tu número.'))).toBe(true);
  });
});

describe('whatsapp cloud: a person who changed their number', () => {
  it('continues the old conversation and its ticket from the new number; staff replies go to the new number', async () => {
    server = await cloudServer();
    const old = '5215511130010';
    const fresh = '5215511130011';
    await queuedCase(server, { waId: old });
    const folio = (await server.store.getTicket(chat(old)))?.folio;
    expect(folio).toBeDefined();

    const notice = numberChange(server, old, fresh);
    expect((await server.post(notice)).status).toBe(200);
    await server.settled();
    await send(server, { waId: fresh }, text('Cambié de número, ¿siguen con mi caso?'));

    const lines = await server.store.getTranscript(chat(old));
    expect(lines.map((l) => l.text)).toContain('Cambié de número, ¿siguen con mi caso?');
    expect(await server.store.getTranscript(chat(fresh))).toEqual([]);
    expect(await server.store.getTicket(chat(fresh))).toBeNull();
    expect((await server.store.getTicket(chat(old)))?.folio).toBe(folio);
    // Staff read, on the transcript, that the number changed and to which (once, though Meta sent the notice twice).
    expect((await server.post(notice)).status).toBe(200);
    await server.settled();
    const notes = lines.filter((l) => l.from === 'note');
    expect(notes).toEqual([
      expect.objectContaining({ by: 'WhatsApp', text: expect.stringContaining(`+${fresh}`) }),
    ]);
    expect((await server.store.getTranscript(chat(old))).filter((l) => l.from === 'note')).toHaveLength(1);
    const browse = cookieJar(server.app);
    await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
    const page = await (await browse(`/staff/c/${encodeURIComponent(chat(old))}`)).text();
    expect(page).toContain(`cambió su número de WhatsApp: ahora es +${fresh}`);

    const toOld = textsTo(server, old).length;
    await server.engine.staff.reply(chat(old), 'ana', 'Sí, seguimos con tu caso en este número.');
    expect(textsTo(server, fresh).some((t) => t.includes('Sí, seguimos con tu caso en este número.'))).toBe(
      true,
    );
    expect(textsTo(server, old)).toHaveLength(toOld);
    // The old number may be someone else's now: what comes from it is answered at the new one, never at it.
    await send(server, { waId: old }, text('Hola, ¿quién es?'));
    expect(textsTo(server, old)).toHaveLength(toOld);
    expect(server.stub.refused()).toEqual([]);
  });

  it('reads the older shape of the notice (customer_changed_number, new_wa_id) the same way', async () => {
    server = await cloudServer();
    const old = '5215511130020';
    const fresh = '5215511130021';
    await send(server, { waId: old }, text('Hola'));
    const notice = cloudValuePayload(CLOUD.phoneId, {
      messages: [
        {
          from: old,
          id: 'wamid.systemOld1',
          timestamp: String(Math.floor(server.clock.time / 1000)),
          type: 'system',
          system: {
            body: `User María Pérez changed from ${old} to ${fresh}`,
            new_wa_id: fresh,
            type: 'customer_changed_number',
          },
        },
      ],
    });
    expect((await server.post(notice)).status).toBe(200);
    await server.settled();
    await send(server, { waId: fresh }, text('Quiero hablar con una persona'));
    expect((await server.store.getTranscript(chat(old))).map((l) => l.text)).toContain(
      'Quiero hablar con una persona',
    );
    expect(await server.store.getTranscript(chat(fresh))).toEqual([]);
  });
});
