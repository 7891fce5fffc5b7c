/**
 * A town of another state named in a message is searched with its state's name too ("de
 * uruapan" is Michoacán), unless the sources name the town themselves; and, through the real
 * engine, someone who says they are from Uruapan after the answer on visas for parents gets what
 * the sources say of other states' programs, Michoacán's among them (session 47: a man got the
 * Durango program's age limits again). Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/knowledge/parse-entry.ts';
import { createPlaceStates } from '../../src/understanding/place-states.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const entry = {
  reply: 'Shelters in Tapachula take people in. [^a]',
  details: '',
  facets: {},
  cases: {},
  answers: {},
} as unknown as Entry;
const withStates = createPlaceStates(
  {
    states: { Michoacan: ['uruapan', 'la piedad'], Chiapas: ['tapachula', 'huixtla'] },
    home: [],
    answers: {},
  },
  [entry],
);

describe('the state of a town named', () => {
  it('is added after the words, once, for a town of one or more words', () => {
    expect(withStates(['somos', 'de', 'la', 'piedad'])).toEqual(['somos', 'de', 'la', 'piedad', 'michoacan']);
    expect(withStates(['uruapan', 'o', 'la', 'piedad'])).toEqual([
      'uruapan',
      'o',
      'la',
      'piedad',
      'michoacan',
    ]);
  });
  it('is not added for a town the sources name, nor for a message naming no town', () => {
    expect(withStates(['estoy', 'en', 'tapachula'])).toEqual(['estoy', 'en', 'tapachula']);
    expect(withStates(['voy', 'a', 'huixtla'])).toEqual(['voy', 'a', 'huixtla', 'chiapas']);
    expect(withStates(['hola', 'buenas'])).toEqual(['hola', 'buenas']);
  });
});

describe('someone from a town of another state, after the answer on visits', () => {
  it('gets the other states programs, Michoacan among them', async () => {
    const a = await testAssistant();
    await a.say('buenas, quiero saber del programa de visas para que mis papas vayan a ver a mi hermano');
    const told = await a.say('somos de uruapan');
    expect(told.report.topic).toBe('family_reunification');
    expect(texts(told)).toMatch(/Michoac[aá]n/);
  });
});
