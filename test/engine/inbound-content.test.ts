/**
 * What the engine makes of what a file or shared item carries (core/messages.ts), through the
 * real engine: a caption is read exactly as the same words typed (an emergency in a photo's
 * caption gets the emergency flow) and the transcript shows the file with it; a location
 * shared after the emergency's "where are you?" is the answer (said back as noted, kept on the
 * urgent ticket with its point), and outside an emergency it is kept on the transcript and
 * told to staff with its point; a contact keeps its name and numbers and a document its file
 * name; a text longer than understanding reads is understood on its start and kept whole.
 */
import { describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/core/messages.ts';
import { type TestAssistant, testAssistant, texts } from '../support/assistant.ts';

// Typed, these words get the emergency flow (the test checks it first).
const DANGER = 'Estoy detenido en Laredo, ayúdenme por favor';
const CONSULATE = {
  lat: 29.72447204589844,
  lon: -95.38166046142578,
  name: 'Consulado General de México en Houston',
  address: '4506 Caroline St, Houston, TX 77004',
};

let n = 0;
/** The person sends this content on the test channel, 90 s after the last message. */
function send(a: TestAssistant, content: Inbound['content'], chatId = 'c1') {
  a.clock.time += 90_000;
  return a.engine.handle({ id: `content-${++n}`, channel: 'test', chatId, content });
}
const personLines = async (a: TestAssistant, chatId = 'c1') =>
  (await a.store.getTranscript(`test:${chatId}`)).filter((l) => l.from === 'person').map((l) => l.text);

describe('a caption is the message', () => {
  it('gets the emergency flow for an emergency written as a photo caption, as typed words do', async () => {
    const a = await testAssistant();
    const typed = await a.say(DANGER, 'typed');
    const captioned = await send(a, { type: 'media', media: 'photo', caption: DANGER });
    expect(typed.report.emergency).toBe(true);
    expect(captioned.report.emergency).toBe(true);
    expect(texts(captioned)).toBe(texts(typed));
    expect((await a.store.getTicket('test:c1'))?.urgent).toBe(true);
    // Staff read the file's kind with the words.
    expect(await personLines(a)).toEqual([`[photo] ${DANGER}`]);
  });

  it('still gets the file reply for a photo without a caption (or a blank one)', async () => {
    const a = await testAssistant();
    const blank = await send(a, { type: 'media', media: 'photo', caption: '  ' });
    const bare = await send(a, { type: 'media', media: 'photo' }, 'c2');
    expect(blank.report.emergency).toBe(false);
    expect(texts(blank)).toContain('Solo puedo leer mensajes de texto');
    expect(texts(blank)).toBe(texts(bare));
    expect(await personLines(a)).toEqual(['[photo]']);
  });
});

describe('a shared location', () => {
  it('answers "where are you?" in an emergency: said back as noted and kept on the urgent ticket with its point', async () => {
    const a = await testAssistant();
    expect((await a.say(DANGER)).report.emergency).toBe(true);
    const answer = await send(a, { type: 'media', media: 'location', place: CONSULATE });
    const words = `${CONSULATE.name}, ${CONSULATE.address}`;
    expect(texts(answer)).toContain(`Lugar anotado: «${words}»`);
    expect(texts(answer)).not.toContain(a.knowledge.office.address.text);
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket?.place).toMatchObject({ text: words, lat: CONSULATE.lat, lon: CONSULATE.lon });
    expect((await personLines(a)).at(-1)).toBe(`[location] ${words} · 29.724472, -95.381660`);
  });

  it('names a dropped pin by its point, and a place typed later replaces the point', async () => {
    const a = await testAssistant();
    await a.say(DANGER);
    await send(a, { type: 'media', media: 'location', place: { lat: 25.686614, lon: -100.316113 } });
    expect((await a.store.getTicket('test:c1'))?.place).toMatchObject({
      text: '25.686614, -100.316113',
      lat: 25.686614,
      lon: -100.316113,
    });
    await a.say('ya nos movieron, estamos en el albergue de la calle Zaragoza');
    const place = (await a.store.getTicket('test:c1'))?.place;
    expect(place?.text).toContain('albergue');
    expect(place?.lat).toBeUndefined();
  });

  it('outside an emergency is kept on the transcript and told to staff with its point', async () => {
    const a = await testAssistant();
    const alone = await send(a, { type: 'media', media: 'location', place: CONSULATE });
    expect(alone.report.emergency).toBe(false);
    expect(await a.store.getTicket('test:c1')).toBeNull();
    await a.say('quiero hablar con una persona');
    expect((await a.store.getTicket('test:c1'))?.urgent).toBe(false);
    await send(a, { type: 'media', media: 'location', place: CONSULATE });
    const line = `[location] ${CONSULATE.name}, ${CONSULATE.address} · 29.724472, -95.381660`;
    expect((await personLines(a)).filter((l) => l === line)).toHaveLength(2);
    const told = a.desk.notices.filter((x) => x.type === 'message').map((x) => x.text);
    expect(told).toContain(line);
  });
});

describe('contacts and documents', () => {
  it("keep a contact's name and numbers and a document's file name on the transcript", async () => {
    const a = await testAssistant();
    await send(a, {
      type: 'media',
      media: 'contact',
      contact: { name: 'Juan Ramírez', phones: ['+52 1 55 1234 0000', '+1 713 555 0100'] },
    });
    await send(a, { type: 'media', media: 'document', fileName: 'acta-de-defuncion.pdf' });
    expect(await personLines(a)).toEqual([
      '[contact] Juan Ramírez · +52 1 55 1234 0000, +1 713 555 0100',
      '[document] acta-de-defuncion.pdf',
    ]);
  });
});

describe('a text longer than understanding reads', () => {
  it('is understood on its start and kept whole for staff', async () => {
    const a = await testAssistant();
    const long = `${DANGER}. ${'Llevamos tres días sin comer y no sabemos dónde estamos. '.repeat(90)}`;
    expect(long.length).toBeGreaterThan(4096);
    const result = await send(a, { type: 'text', text: long });
    expect(result.report.emergency).toBe(true);
    expect(await personLines(a)).toEqual([long]);
  });
});
