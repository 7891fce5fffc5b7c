/**
 * Two statements of context after an answer (issue 28), through the real engine, with wording
 * written for these tests: a detail no answer bears on is said back as noted for staff, in the
 * person's words (a bare "understood" told them nothing of what reached staff); having no money,
 * once the fees were answered, gets what the entry says of help without paying (its `no_money`
 * answer), reported as the cost, once.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a detail no answer bears on', () => {
  it('is said back in the person’s words (en)', async () => {
    const a = await testAssistant();
    await a.say('my dad wants to know if he can get his social security from the us, he worked there');
    await a.say('he is not from durango');
    const turn = await a.say('sorry, he is actually from zacatecas not jalisco');
    expect(turn.report.topic).toBe('us_pension');
    expect(texts(turn)).toMatch(/^Noted: “sorry, he is actually from zacatecas not jalisco”/);
  });
});

describe('no money told after the fees were answered', () => {
  it.each([
    [
      'ht',
      'kijan pou m jwenn kat imanitè a, m nan Tapachula',
      'konbyen kòb li koute?',
      'm pa gen lajan menm',
      /egzante/,
    ],
    [
      'es',
      'como saco la tarjeta de visitante por razones humanitarias',
      '¿cuánto cuesta?',
      'no traigo ni un peso',
      /exención/,
    ],
  ] as const)('gets help without paying, once (%s)', async (_lang, opener, cost, broke, exemption) => {
    const a = await testAssistant();
    await a.say(opener);
    expect((await a.say(cost)).report.facet).toBe('cost');
    const turn = await a.say(broke);
    expect(turn.report).toMatchObject({ topic: 'mx_status', facet: 'cost' });
    expect(texts(turn)).toMatch(exemption);
    // Told again, it is not said twice.
    const again = await a.say(broke);
    expect(texts(again)).not.toMatch(exemption);
  });
});
