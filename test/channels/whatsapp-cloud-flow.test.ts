/**
 * The WhatsApp Cloud API channel end to end, offline, with the whole app and the local Graph
 * API stub: a family's remains intake done through reply buttons and list rows; a file kept
 * for staff; a redelivered webhook handled once; a staff reply from the inbox inside the
 * 24-hour window (delivered, shown so) and outside it (refused before sending, the window
 * shown, the re-engagement template sent in the person's language or the stated fallback);
 * a message Meta accepts and then fails shown to staff as not delivered, never as sent.
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

async function staffLogin(s: Server) {
  const browse = cookieJar(s.app);
  await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  const page = await (await browse('/staff')).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { browse, csrf };
}

/** A family brings home a father's remains, tapping through the menu and the form's buttons. */
async function remainsIntake(s: Server, waId: string) {
  const person = s.person(waId);
  await person.say('Hola');
  const kinds: string[] = [];
  // The menu: a list (more than three options) or buttons; the remains topic may be one level down.
  for (let depth = 0; depth < 3; depth++) {
    try {
      kinds.push(await person.tap(/remains/));
      break;
    } catch {
      kinds.push(await person.tap(/more|mas|más/));
    }
  }
  // The answer offers the form; the person takes it.
  kinds.push(await person.tap(/^yes$/));
  // Six questions, typed, but the date is skipped with its button.
  for (const answer of [
    'Juan Pérez López',
    'Houston, Texas',
    /^skip$/,
    'hijo',
    'Gómez Palacio, Durango',
    '618 123 4567',
  ])
    if (typeof answer === 'string') await person.say(answer);
    else kinds.push(await person.tap(answer));
  // The summary to check, confirmed with its button.
  kinds.push(await person.tap(/^(yes|confirm|send)/));
  return { person, kinds };
}

describe('whatsapp cloud: a whole conversation', () => {
  it('takes a remains intake through buttons and lists and queues it for staff', async () => {
    server = await cloudServer();
    const { person, kinds } = await remainsIntake(server, '5215511110001');
    expect(kinds).toContain('list');
    expect(kinds).toContain('button');
    const ticket = await server.store.getTicket(person.conversationId);
    expect(ticket?.case?.form).toBe('remains');
    expect(Object.values(ticket?.case?.answers ?? {})).toContain('Houston, Texas');
    // Every message went within Meta's limits (the stub refused none) and each was read-receipted.
    expect(server.stub.refused()).toEqual([]);
    expect(server.stub.calls.filter((c) => c.kind === 'read').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps a voice note sent while waiting, for staff to hear', async () => {
    server = await cloudServer();
    const { person } = await remainsIntake(server, '5215511110002');
    await person.voice('media-voice-1', new Uint8Array([1, 2, 3, 4, 5]));
    const lines = await server.store.getTranscript(person.conversationId);
    const kept = lines.find((l) => l.attachment?.kind === 'voice' && l.attachment.id);
    expect(kept?.attachment).toMatchObject({ mimetype: 'audio/ogg; codecs=opus', bytes: 5 });
    const file = await server.store.getMedia(person.conversationId, kept?.attachment?.id ?? '');
    expect([...(file?.data ?? [])]).toEqual([1, 2, 3, 4, 5]);
  });

  it('handles a redelivered webhook once', async () => {
    server = await cloudServer();
    const person = server.person('5215511110003');
    const body = await person.say('¿Cómo saco la doble nacionalidad para mi hija nacida en Texas?');
    const replies = person.sentToMe().length;
    expect(replies).toBeGreaterThan(0);
    await person.redeliver(body);
    await person.redeliver(body);
    expect(person.sentToMe().length).toBe(replies);
    const lines = await server.store.getTranscript(person.conversationId);
    expect(lines.filter((l) => l.from === 'person')).toHaveLength(1);
  });
});

describe('whatsapp cloud: staff and the 24-hour window', () => {
  it('sends a staff reply inside the window and shows it delivered', async () => {
    server = await cloudServer({ template: 'enlace_retomar', languages: 'es=es_MX,en=en_US' });
    const { person } = await remainsIntake(server, '5215511110004');
    const { browse, csrf } = await staffLogin(server);
    const path = `/staff/c/${encodeURIComponent(person.conversationId)}`;
    expect(await (await browse(path)).text()).toContain('antes del 20');
    const reply = await browse(
      `${path}/reply`,
      form({ csrf, text: 'Buenas tardes, soy Ana del Instituto.' }),
    );
    expect(reply.status).toBe(302);
    expect(person.sentToMe().at(-1)?.text?.body).toContain('Buenas tardes, soy Ana del Instituto.');
    expect(await server.stub.reportStatuses()).toBe(200);
    await server.settled();
    const page = await (await browse(path)).text();
    expect(page).toMatch(/Buenas tardes, soy Ana del Instituto\.<span class="delivery">entregado/);
    expect(page).not.toContain('NO ENTREGADO');
  });

  it("refuses a reply after 24 hours, before sending, and offers the template in the person's language", async () => {
    server = await cloudServer({ template: 'enlace_retomar', languages: 'es=es_MX,en=en_US' });
    const { person } = await remainsIntake(server, '5215511110005');
    server.clock.time += 25 * HOUR;
    const { browse, csrf } = await staffLogin(server);
    const path = `/staff/c/${encodeURIComponent(person.conversationId)}`;
    const page = await (await browse(path)).text();
    expect(page).toContain('Pasaron más de 24 horas');
    expect(page).toContain('enlace_retomar');
    expect(page).toContain('es_MX');
    expect(page).not.toContain(`action="${path}/reply"`);
    const before = server.stub.sent().length;
    const refused = await browse(`${path}/reply`, form({ csrf, text: 'Hola de nuevo' }));
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('No se mandó');
    expect(server.stub.sent().length).toBe(before);
    expect(
      (await server.store.getTranscript(person.conversationId)).some((l) => l.text === 'Hola de nuevo'),
    ).toBe(false);
    // The template goes, in Spanish; the transcript notes it; the person answers and the window opens again.
    expect((await browse(`${path}/reengage`, form({ csrf }))).status).toBe(302);
    expect(person.sentToMe().at(-1)).toMatchObject({
      type: 'template',
      template: { name: 'enlace_retomar', language: { code: 'es_MX' } },
    });
    expect(await (await browse(path)).text()).toContain('Mensaje para retomar mandado');
    await person.say('Sí, aquí estoy');
    expect(await (await browse(path)).text()).toContain(`action="${path}/reply"`);
    expect((await browse(`${path}/reply`, form({ csrf, text: 'Gracias por contestar' }))).status).toBe(302);
    expect(person.sentToMe().at(-1)?.text?.body).toContain('Gracias por contestar');
  });

  it("says which language the template will go in when the person's has none", async () => {
    server = await cloudServer({ template: 'enlace_retomar', languages: 'es=es_MX,en=en_US' });
    const person = server.person('50937000001', 'Jean Baptiste');
    await person.say('Mwen bezwen pale ak yon moun, tanpri');
    const ticket = await server.store.getTicket(person.conversationId);
    expect(ticket?.lang).toBe('ht');
    server.clock.time += 30 * HOUR;
    const { browse } = await staffLogin(server);
    const page = await (await browse(`/staff/c/${encodeURIComponent(person.conversationId)}`)).text();
    // Ana reads Spanish first: the inbox speaks Spanish to her about a Kreyòl speaker.
    expect(page).toContain('No hay un mensaje aprobado en kreyòl: se mandará en español.');
  });

  it('shows a message Meta accepted and then failed as not delivered, with what to do', async () => {
    server = await cloudServer();
    const { person } = await remainsIntake(server, '5215511110006');
    const { browse, csrf } = await staffLogin(server);
    const path = `/staff/c/${encodeURIComponent(person.conversationId)}`;
    // Meta's window is stricter than ours here: the stub forgets the person wrote.
    server.stub.heardFrom('5215511110006', server.clock.time - 48 * HOUR);
    const heard: string[] = [];
    server.events.subscribe((event) => void (event.kind === 'channel' && heard.push(event.conversationId)));
    await browse(`${path}/reply`, form({ csrf, text: 'Le escribo por su trámite' }));
    const pending = await (await browse(path)).text();
    expect(pending).toMatch(/Le escribo por su trámite<span class="delivery">enviado a WhatsApp/);
    await server.stub.reportStatuses();
    await server.settled();
    const page = await (await browse(path)).text();
    expect(page).toMatch(
      /Le escribo por su trámite<span class="delivery failed">NO ENTREGADO \(WhatsApp 131047/,
    );
    expect(page).toContain('manda el mensaje aprobado');
    // Open pages were told at once.
    expect(heard).toEqual([person.conversationId]);
  });

  it('records a refusal Meta gives at once as not delivered, and sends the rest of the conversation later', async () => {
    server = await cloudServer();
    const { person } = await remainsIntake(server, '5215511110007');
    const { browse, csrf } = await staffLogin(server);
    const path = `/staff/c/${encodeURIComponent(person.conversationId)}`;
    server.stub.failNext(131026);
    await browse(`${path}/reply`, form({ csrf, text: 'Mensaje que no llega' }));
    const page = await (await browse(path)).text();
    expect(page).toMatch(/Mensaje que no llega<span class="delivery failed">NO ENTREGADO \(WhatsApp 131026/);
    await browse(`${path}/reply`, form({ csrf, text: 'Segundo intento' }));
    expect(person.sentToMe().at(-1)?.text?.body).toContain('Segundo intento');
  });
});
