/**
 * A circumstance told after an answer is answered (issue 28), through the real engine, with
 * wording written for these tests: a statement that starts with "no" ("no tengo papeles") is a
 * statement, not a no to the offer on screen; a circumstance with no fact to weigh gets what
 * the topic says about who may be helped, once, never a bare "understood".
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const NOTED = /El personal lo tendrá en cuenta|Staff will have it in mind|Ekip biwo a ap konnen/;

describe('a circumstance told after an answer', () => {
  it.each([
    [
      'es',
      '¿me ayudan a llenar el formulario DS-160 para sacar la visa de turista?',
      'vivo en Saltillo pero soy de Cuencamé',
    ],
    [
      'es',
      'desde que me deportaron no duermo y ando muy triste, ¿tienen psicólogos?',
      'no tengo papeles de aquí',
    ],
    [
      'en',
      'can you help me fill in the DS-160 for a tourist visa?',
      'i live in Saltillo now but my family is from Cuencame',
    ],
  ] as const)('gets who may be helped, not a bare acknowledgement (%s: %s)', async (_lang, opener, told) => {
    const a = await testAssistant();
    const first = await a.say(opener);
    const turn = await a.say(told);
    expect(turn.report.topic).toBe(first.report.topic);
    expect(turn.report.facet).toBe('eligibility');
    expect(texts(turn)).not.toMatch(NOTED);
    // Not taken as a "no" to the offer on screen.
    expect(texts(turn)).not.toMatch(/Si necesitas algo más, escribe tu pregunta/);
  });
});

// Session 40: a place told in a conversation about therapy ("they live in Vicente Guerrero, 2 hours
// from the city") was read as a question about the office and got its street address.
describe('a place told after an answer', () => {
  it.each([
    [
      'my mom lives in durango and is having panic attacks since my dad was deported, do you have therapy?',
      'they live in el mezquital, 2 hours from the city',
    ],
    [
      'mi mamá anda muy deprimida desde que deportaron a mi papá, tienen apoyo psicológico?',
      'viven en tepehuanes, lejos de la ciudad',
    ],
  ])("stays on the topic, not the office's address (%#)", async (question, place) => {
    const a = await testAssistant();
    expect((await a.say(question)).report.topic).toBe('psych_support');
    const turn = await a.say(place);
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).not.toMatch(/Juárez #144/);
  });
});

// Session 40: "tiene 67 y trabajó como 14 años en california" got the widow's passage (its words
// share "seguro"), and "como 14 años" was no number of years.
describe('an age and years worked told after an answer', () => {
  it('are weighed against what the sources say, before any passage', async () => {
    const a = await testAssistant();
    await a.say(
      'mi papa trabajo en estados unidos muchos años y quiere saber si le toca pension del seguro social',
    );
    const turn = await a.say('tiene 67 y trabajo como 14 años en california, si tenia su seguro');
    expect(turn.report).toMatchObject({ topic: 'us_pension', facet: 'eligibility' });
    expect(texts(turn)).toMatch(/67 años/);
    expect(texts(turn)).toMatch(/14 años/);
    // The figures weighed come first; who may claim follows (session 64), not a passage in their place.
    expect(texts(turn)).toMatch(/^Con 67 años/);
  });
});
