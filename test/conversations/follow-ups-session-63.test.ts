/**
 * Messages that session 63's developed-against sets and its judge found misread, each through the
 * real engine with wording written for this test: a US birth told as "born here" by someone who lives
 * in the US, or with papers wanted to enter school, is registering that birth in Mexico; a foreigner's
 * child born in Mexico is Mexico's civil registry (status in Mexico), not a US birth; one's own
 * passport named about a humanitarian permit stays on the permit; medicine asked for after a
 * deportee's questions is care on the road; feeling worse while in line gets the medical line before
 * the queue; "¿se puede por teléfono?" after the psychologist is the psychologist by phone, not the
 * office's number; "nadie del albergue" names people, not where someone is.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('births told in passing', () => {
  it.each([
    ['radico en denver y mi hija nacio aca, ahora vive con mi suegra en durango y le piden la curp'],
    [
      'yo naci en arizona pero vivo en canatlan con mi abuela, ocupo papeles mexicanos pa entrar a la secundaria',
    ],
  ])('a US birth with Mexican papers wanted is dual nationality (%s)', async (said) => {
    const a = await testAssistant();
    const turn = await a.say(said);
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it.each([
    ['ht', 'bonjou, pitit fi m fet isit nan Tijuana, kijan pou m fe batiste l nan Registro Civil'],
    ['es', 'somos venezolanos y nuestro bebe nacio aqui en monterrey, como le sacamos su acta'],
  ])("a foreigner's child born in Mexico is status in Mexico (%s)", async (_lang, said) => {
    const a = await testAssistant();
    const turn = await a.say(said);
    expect(turn.report.topic).toBe('mx_status');
  });
});

describe('in the middle of a procedure', () => {
  it("one's own passport about the humanitarian permit stays on the permit (es)", async () => {
    const a = await testAssistant();
    await a.say(
      'mi esposo esta grave en un hospital de houston y quiero ir a verlo, que es la visa humanitaria',
    );
    const turn = await a.say('mi pasaporte se vencio el año pasado');
    expect(turn.report.topic).toBe('us_humanitarian_visa');
    expect(texts(turn)).not.toMatch(/DS-160/);
  });

  it("medicine asked after a deportee's questions is care on the road (es)", async () => {
    const a = await testAssistant();
    await a.say('me deportaron anoche por juarez, soy de gomez palacio, como me regreso?');
    const turn = await a.say('y mis pastillas para la diabetes? aqui en juarez donde me las dan sin pagar?');
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Todos Somos Mexicanos/);
  });

  it('feeling worse while in line gets the medical line first (es)', async () => {
    const a = await testAssistant();
    await a.say('me deportaron y soy de santiago papasquiaro, ustedes pagan el camion?');
    await a.say('quiero hablar con una persona');
    const turn = await a.say('ya me siento peor, me tiemblan las piernas');
    expect(texts(turn)).toMatch(/llama al 911 ya/);
  });

  it('"se puede por teléfono?" after the psychologist is the psychologist by phone (es)', async () => {
    const a = await testAssistant();
    await a.say('necesito un psicologo, desde que me deportaron no duermo');
    const turn = await a.say('soy de guadalupe victoria, no puedo ir a la oficina, se puede por telefono?');
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).toMatch(/por teléfono/);
    expect(texts(turn)).not.toMatch(/^La oficina está en/m);
  });
});

describe('who is at a place is no place', () => {
  it('"nadie del albergue" in an emergency is noted, not where they are (es)', async () => {
    const turn = await afterEmergency(
      'tengo 14 años y unos señores me quieren llevar a trabajar a la fuerza, dicen q si no voy le hacen algo a mi familia',
      'no le he contado a nadie del albergue',
    );
    expect(texts(turn)).not.toMatch(/Lugar anotado/);
  });
});
