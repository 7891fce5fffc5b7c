/**
 * Follow-ups that session 62's developed-against sets found misread, each through the real
 * engine with wording written for this test: a parent who has not seen a child for years told in
 * the middle of a pension ("no ha visto a mi hermano desde hace 15 años", "no la veo desde 2009",
 * or the parent's own "ya van 9 años q no veo a mi hija") is the visas for parents; Mexican
 * papers for school asked after a US birth stay on registering that birth, answered with what
 * registering gives, not the papers it asks for; a rough number of years after "I worked there"
 * is how long, not an age ("pos como 14 años" got "at 14 he is under both ages"); and who pays
 * when a worker in the US has an accident with no insurance is the consulate's help with work
 * rights.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const PENSION = 'mi papa trabajo 20 años en texas, puede cobrar pension?';

describe('a parent who has not seen a child for years, told after another topic', () => {
  it.each([
    ['y mi mama tiene 65, no ha visto a mi hermano desde hace 15 años, el vive en houston'],
    ['y mi jefa esta en canatlan y no la veo desde 2009, tiene 71'],
  ])('moves to the visas for parents (%s)', async (told) => {
    const a = await testAssistant();
    await a.say(PENSION);
    const turn = await a.say(told);
    expect(turn.report.topic).toBe('family_reunification');
    expect(texts(turn)).toMatch(/Abrazando Almas/);
  });

  it("the parent's own words (es)", async () => {
    const a = await testAssistant();
    await a.say('cuanto cuesta la apostilla de un acta de texas?');
    const turn = await a.say('y otra cosa, ya van a ser 9 años q no veo a mi hija, tengo 63');
    expect(turn.report.topic).toBe('family_reunification');
  });

  it('a missing relative not seen since Tuesday stays a search (es)', async () => {
    const a = await testAssistant();
    await a.say('quiero localizar a mi hermano, cruzo por sonora');
    const turn = await a.say('no lo hemos visto desde el martes');
    expect(turn.report.topic).not.toBe('family_reunification');
  });
});

describe('Mexican papers for school after a US birth', () => {
  it.each([
    [
      'es',
      'mi hija nacio en phoenix y ocupo la doble nacionalidad',
      'y el niño tambien ocupa sus papeles mexicanos pa la escuela',
    ],
    [
      'en',
      'my 2 kids were born in dallas, how do they get mexican nationality',
      'the kids need mexican papers to go to school',
    ],
  ] as const)(
    'stay on registering the birth, with what it gives for school (%s)',
    async (lang, first, asked) => {
      const a = await testAssistant();
      await a.say(first);
      const turn = await a.say(asked);
      expect(turn.report.topic).toBe('dual_nationality');
      expect(turn.report.facet).toBeNull();
      expect(texts(turn)).toMatch(lang === 'es' ? /escuela/ : /school/);
    },
  );
});

describe('a rough number of years after work in the US', () => {
  it('is how long they worked, not an age (es)', async () => {
    const a = await testAssistant();
    await a.say(
      'buenas, trabaje en california en el campo, me dicen q puedo cobrar pension americana, es cierto?',
    );
    const turn = await a.say('pos como 14 años creo');
    expect(texts(turn)).toMatch(/14 años es más que los 10 años/);
    expect(texts(turn)).not.toMatch(/por debajo/);
  });

  it('an age said with "tiene como" stays an age (es)', async () => {
    const a = await testAssistant();
    await a.say('mi papa trabajo en texas, puede cobrar pension?');
    const turn = await a.say('tiene como 66 años');
    expect(texts(turn)).toMatch(/66 años/);
    expect(texts(turn)).not.toMatch(/66 años es más que los 10/);
  });
});

describe('who pays after an accident at work in the US', () => {
  it("gets the consulate's help with work rights (es)", async () => {
    const a = await testAssistant();
    await a.say('a mi hermano lo despidieron en dallas, ustedes dan asesoria legal?');
    const turn = await a.say('y el patron no lo tiene asegurado, quien paga el hospital?');
    expect(texts(turn)).toMatch(/indemnizaciones por accidentes/);
  });
});
