/**
 * A town of another state named in a message is searched with its state's name too ("de
 * uruapan" is Michoacán), unless the sources name the town themselves; and, through the real
 * engine, someone who says they are from Uruapan after the answer on visas for parents gets what
 * the sources say of other states' programs, Michoacán's among them (session 47: a man got the
 * Durango program's age limits again). Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/knowledge/parse-entry.ts';
import {
  createPlaceRemover,
  createPlaceStates,
  longestNameAt,
  nameIndex,
} from '../../src/understanding/place-states.ts';
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

describe('a town the sources name in several words', () => {
  const named = createPlaceStates(
    {
      states: { Michoacan: ['la piedad', 'uruapan'], Chiapas: ['huixtla'] },
      home: [],
      answers: {},
    },
    [{ ...entry, reply: 'En La Piedad, Mich., y en Huixtlán hay albergues. [^a]' } as Entry],
  );
  it('is searched as it is, wherever in the text its words stand together', () => {
    expect(named(['de', 'la', 'piedad'])).toEqual(['de', 'la', 'piedad']);
  });
  it('is not taken from a longer word that begins with it', () => {
    expect(named(['voy', 'a', 'huixtla'])).toEqual(['voy', 'a', 'huixtla', 'chiapas']);
    expect(named(['soy', 'de', 'uruapan'])).toEqual(['soy', 'de', 'uruapan', 'michoacan']);
  });
});

describe('the longest name at a word', () => {
  const index = nameIndex(
    new Map([
      ['el', 'a'],
      ['el oro', 'b'],
      ['san luis rio colorado', 'c'],
    ]),
  );
  it('takes the most words that make a name, and passes over words that begin none', () => {
    expect(longestNameAt(['de', 'el', 'oro', 'durango'], 1, index)).toEqual({ value: 'b', length: 2 });
    expect(longestNameAt(['de', 'el', 'rancho'], 1, index)).toEqual({ value: 'a', length: 1 });
    expect(longestNameAt(['san', 'luis', 'rio', 'colorado'], 0, index)).toEqual({ value: 'c', length: 4 });
    expect(longestNameAt(['san', 'luis', 'rio'], 0, index)).toBeUndefined();
    expect(longestNameAt(['de', 'el', 'oro'], 0, index)).toBeUndefined();
  });
  it('takes out a place written as one word that folds to two ("Gómez-Palacio"), and leaves a message that is only places', () => {
    const without = createPlaceRemover({
      states: { Chiapas: ['tapachula'] },
      home: ['gomez palacio', 'durango'],
      answers: {},
    });
    expect(without('hes from Gómez-Palacio durango, 33 yrs old')).toBe('hes from 33 yrs old');
    expect(without('Tapachula')).toBe('Tapachula');
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
