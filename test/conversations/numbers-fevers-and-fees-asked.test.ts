/**
 * What a fresh set (session 53) found answered beside the question, with wording written for
 * this test, through the real engine:
 * - a number asked for during a danger ("¿hay un número para lo de la trata?"): the kind's lines,
 *   which carry its numbers, not "this chat sends no one";
 * - "and if it goes above 39?" about a child's fever on the road: the line for when it gets worse (911);
 * - "konbyen yo chaje?" after an answer: the cost, not the time;
 * - a town named Nombre de Dios in a correction: a place, never the name's new value;
 * - "¿y dónde está ese módulo aquí en Juárez?" after a deportee's answer: the CAIM at the Paso del
 *   Norte bridge, which the sources place, not "addresses are not in our sources" (a judge's man).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

const HELD_NUMBER: Record<Lang, { danger: string; asks: string }> = {
  es: {
    danger:
      'el dueño del rancho nos quito las identificaciones y no nos deja salir, nos obliga a trabajar de noche',
    asks: 'hay algun numero para denunciar lo de la trata?',
  },
  en: {
    danger: 'the ranch owner took our IDs and wont let us leave, he makes us work all night',
    asks: 'is there a number for trafficking?',
  },
  ht: {
    danger: 'mèt ranch la pran papye nou, li pa kite nou soti, li fòse nou travay tout nwit',
    asks: 'eske gen yon nimewo pou moun ki viktim trata?',
  },
};

describe.each(Object.keys(HELD_NUMBER) as Lang[])('a number asked for while held, in %s', (lang) => {
  it('gets the anti-trafficking line', async () => {
    const turn = await afterEmergency(HELD_NUMBER[lang].danger, HELD_NUMBER[lang].asks);
    expect(texts(turn)).toMatch(/800 5533 000/);
    expect(turn.meaning?.act).not.toBe('whoComes');
  });
});

describe('a fever that may rise, on the road (en)', () => {
  it('gets the line for when it gets worse', async () => {
    const a = await testAssistant();
    await a.say(
      'my girl is 4 and has had a fever since last night at the shelter in Mexicali, where can a doctor see her?',
    );
    expect(texts(await a.say('and if it goes above 39?'))).toMatch(/911/);
  });
});

describe('what they charge, asked in Kreyòl', () => {
  it('is the cost', async () => {
    const a = await testAssistant();
    await a.say('bonjou m vle voye lajan bay fanmi m nan Durango pou yon ti biznis');
    expect((await a.say('konbyen yo chaje?')).meaning?.facets).toEqual(['cost']);
  });
});

describe('a town called Nombre de Dios in a correction (es)', () => {
  it('is no new name', async () => {
    const a = await testAssistant();
    await a.say('mi hermano fallecio en Phoenix y queremos traerlo');
    await a.say('si');
    await a.say('Eusebio Ortiz Carrillo');
    await a.say('el 3 de agosto');
    const fixed = await a.say('no perdon, fue el 5 de agosto, y es de canatlan no de nombre de dios');
    expect(texts(fixed)).not.toMatch(/Nombre: de dios/i);
    expect(fixed.meaning?.corrections?.map((c) => c.field)).not.toContain('deceasedName');
  });
});

describe('the repatriation module asked for in Juárez (es)', () => {
  it('is placed at the bridge', async () => {
    const a = await testAssistant();
    await a.say('me acaban de deportar, estoy en juarez sin dinero ni identificacion, soy de nombre de dios');
    const turn = await a.say('y donde queda ese modulo aqui en juarez? ya me pasaron por el puente');
    expect(texts(turn)).toMatch(/Paso del Norte/);
  });
});
