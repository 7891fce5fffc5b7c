/**
 * Nothing a person sends on the WhatsApp Cloud API is dropped, end to end: signed webhooks in
 * the shapes of Meta's messages reference (src/testing/whatsapp-cloud-payload.ts) through the
 * whole app (test/support/whatsapp-cloud.ts) and the local Graph API stub. An emergency
 * written as a photo's caption gets the emergency flow; a location shared after it is kept on
 * the urgent ticket with its point, said back as noted, and the inbox shows it with a map
 * link; a person known only by a business-scoped user id (a username) is answered; a
 * millisecond timestamp, a template's quick-reply tap and a WhatsApp Flow's answer are read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { personMessagePayload, statusPayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { sharedKnowledge } from '../support/assistant.ts';
import { cookieJar, form, STAFF_PASSWORD } from '../support/server.ts';
import { CLOUD, cloudServer } from '../support/whatsapp-cloud.ts';

type Server = Awaited<ReturnType<typeof cloudServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stub.close();
  server = undefined;
});

// Typed, these words get the emergency flow (test/engine/inbound-content.test.ts checks it).
const DANGER = 'Estoy detenido en Laredo, ayúdenme por favor';
const BSUID = 'US.13491208655302741918';
/** Meta's location example, with a place of ours. */
const LOCATION = {
  address: '4506 Caroline St, Houston, TX 77004',
  latitude: 29.72447204589844,
  longitude: -95.38166046142578,
  name: 'Consulado General de México en Houston',
  url: 'https://consulmex.sre.gob.mx/houston/',
};

let n = 0;
/** One person's message as Meta posts it, after the person wrote (Meta's 24-hour window opens). */
async function send(
  s: Server,
  who: { waId?: string; userId?: string; username?: string },
  message: Record<string, unknown>,
  timestampIn: 'seconds' | 'milliseconds' = 'seconds',
) {
  s.clock.time += 60_000;
  s.stub.heardFrom(who.waId ?? who.userId ?? '', s.clock.time);
  const body = personMessagePayload({
    phoneNumberId: CLOUD.phoneId,
    name: 'María Pérez',
    id: `wamid.content${++n}`,
    at: s.clock.time,
    message,
    timestampIn,
    ...who,
  });
  expect((await s.post(body)).status).toBe(200);
  await s.settled();
}

/** Every text the stub accepted for this person (sent `to` their number, or to a BSUID `recipient`). */
const textsTo = (s: Server, id: string) =>
  s.stub.calls
    .filter((c) => c.kind === 'message')
    .map((c) => c.body as { to?: string; recipient?: string; text?: { body?: string } })
    .filter((b) => b.to === id || b.recipient === id)
    .map((b) => b.text?.body ?? '');

async function casePage(s: Server, conversationId: string) {
  const browse = cookieJar(s.app);
  await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  return (await browse(`/staff/c/${encodeURIComponent(conversationId)}`)).text();
}

describe('whatsapp cloud: what a file or a shared item carries', () => {
  it('gets the emergency flow for an emergency written as a photo caption, and staff get the photo', async () => {
    server = await cloudServer();
    const waId = '5215511120001';
    server.stub.addMedia('1003383421387256', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg');
    await send(
      server,
      { waId },
      {
        type: 'image',
        image: { caption: DANGER, mime_type: 'image/jpeg', sha256: 'x', id: '1003383421387256' },
      },
    );
    expect(textsTo(server, waId).join('\n')).toContain('911');
    expect((await server.store.getTicket(`whatsapp-cloud:${waId}`))?.urgent).toBe(true);
    const lines = await server.store.getTranscript(`whatsapp-cloud:${waId}`);
    expect(lines.find((l) => l.from === 'person')?.text).toBe(`[photo] ${DANGER}`);
    // The photo itself still reaches staff, kept for the inbox.
    expect(lines.find((l) => l.attachment)?.attachment).toMatchObject({ kind: 'photo', bytes: 4 });
  });

  it('keeps a location shared after the emergency reply on the urgent ticket, and the inbox links it to the map', async () => {
    server = await cloudServer();
    const waId = '5215511120002';
    const id = `whatsapp-cloud:${waId}`;
    await send(server, { waId }, { type: 'text', text: { body: DANGER } });
    expect((await server.store.getTicket(id))?.urgent).toBe(true);
    await send(server, { waId }, { type: 'location', location: LOCATION });
    const words = `${LOCATION.name}, ${LOCATION.address}`;
    const reply = textsTo(server, waId).at(-1) ?? '';
    expect(reply).toContain(`Lugar anotado: «${words}»`);
    expect(reply).not.toContain((await sharedKnowledge()).knowledge.office.address.text);
    expect((await server.store.getTicket(id))?.place).toMatchObject({
      text: words,
      lat: LOCATION.latitude,
      lon: LOCATION.longitude,
    });
    const page = await casePage(server, id);
    const point = 'mlat=29.724472&amp;mlon=-95.381660';
    // The urgent case's place, and the transcript's location line, each with the point and its link.
    expect(page).toContain(`${words} · 29.724472, -95.381660`);
    expect(page.split(point).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('shows a text longer than the assistant reads whole in the inbox, marked as read in part', async () => {
    server = await cloudServer();
    const waId = '5215511120003';
    const long = `Quiero hablar con una persona. ${'Mi caso es largo de contar y tiene muchos detalles. '.repeat(90)}`;
    await send(server, { waId }, { type: 'text', text: { body: long } });
    const page = await casePage(server, `whatsapp-cloud:${waId}`);
    expect(page).toContain(long.trim().slice(-200));
    expect(page).toContain('el asistente leyó solo sus primeros 4096 caracteres');
  });
});

describe('whatsapp cloud: a person known only by a business-scoped user id', () => {
  it('answers a message that comes with no phone number, to the BSUID', async () => {
    server = await cloudServer();
    await send(server, { userId: BSUID, username: '@maria.perez' }, { type: 'text', text: { body: 'Hola' } });
    const lines = await server.store.getTranscript(`whatsapp-cloud:${BSUID}`);
    expect(lines[0]).toMatchObject({ from: 'person', text: 'Hola' });
    expect(lines.some((l) => l.from === 'bot')).toBe(true);
    // The reply reaches the person: the Graph API accepted it, addressed to the BSUID.
    expect(textsTo(server, BSUID).length).toBeGreaterThan(0);
    // A status that names only the BSUID lands in that conversation's delivery log.
    const status = statusPayload({
      phoneNumberId: CLOUD.phoneId,
      id: 'wamid.toBsuid1',
      status: 'delivered',
      at: server.clock.time,
      recipientUserId: BSUID,
    });
    expect((await server.post(status)).status).toBe(200);
    await server.settled();
    const events = await server.store.deliveryEvents(`whatsapp-cloud:${BSUID}`);
    expect(events).toContainEqual(expect.objectContaining({ id: 'wamid.toBsuid1', state: 'delivered' }));
  });
});

describe('whatsapp cloud: odd shapes are read, not dropped', () => {
  it('answers a message whose timestamp is in milliseconds', async () => {
    server = await cloudServer();
    const waId = '5215511120004';
    await send(server, { waId }, { type: 'text', text: { body: 'Hola' } }, 'milliseconds');
    expect(textsTo(server, waId).length).toBeGreaterThan(0);
  });

  it("reads a template's quick-reply tap as the words on it, not as an option no longer there", async () => {
    server = await cloudServer();
    const waId = '5215511120005';
    await send(
      server,
      { waId },
      {
        context: { from: '15550783881', id: 'wamid.template1' },
        type: 'button',
        button: { payload: 'RETOMAR_1', text: 'Quiero hablar con una persona' },
      },
    );
    expect(textsTo(server, waId).join('\n')).not.toContain('Esa opción ya no está disponible');
    expect(await server.store.getTicket(`whatsapp-cloud:${waId}`)).not.toBeNull();
  });

  it("reads a WhatsApp Flow's answer (nfm_reply) as text and answers it", async () => {
    server = await cloudServer();
    const waId = '5215511120006';
    await send(
      server,
      { waId },
      {
        type: 'interactive',
        interactive: {
          type: 'nfm_reply',
          nfm_reply: {
            name: 'flow',
            body: 'Sent',
            response_json: '{"flow_token": "fl0w+t0k3n", "tramite": "pasaporte"}',
          },
        },
      },
    );
    const lines = await server.store.getTranscript(`whatsapp-cloud:${waId}`);
    expect(lines.find((l) => l.from === 'person')?.text).toBe('Sent: tramite: pasaporte');
    expect(textsTo(server, waId).length).toBeGreaterThan(0);
  });
});
