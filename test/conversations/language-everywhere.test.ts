/**
 * A language asked for in words holds wherever the conversation is (issue 28), through the real
 * engine, with wording written for these tests: in the middle of a form (never stored as an
 * answer), in the queue, with two languages named (the one not understood is not the one
 * asked for); and a question whether the assistant writes a language gets the languages it
 * writes, to choose from.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts, values } from '../support/assistant.ts';

const REMAINS = 'my uncle died in Phoenix and we want to bring his body home to Durango';

describe('a language asked for in words', () => {
  it('in the middle of a form: the form goes on in it, and the request is no answer', async () => {
    const a = await testAssistant();
    await a.say(REMAINS);
    await a.say('yes');
    const turn = await a.say('please write to me in spanish, my mom is reading now');
    expect(turn.lang).toBe('es');
    expect(texts(turn)).toMatch(/\(1\/6\)/);
    await a.say('Ernesto Villa Ruiz');
    for (let i = 0; i < 4; i++) await a.say('saltar');
    const summary = await a.say('saltar');
    expect(summary.lang).toBe('es');
    expect(texts(summary)).toMatch(/Ernesto Villa Ruiz/);
    expect(texts(summary)).not.toMatch(/spanish/);
  });

  it('in the queue: the wait goes on in it', async () => {
    const a = await testAssistant();
    await a.say(REMAINS);
    expect((await a.say('i want to talk to a person')).report.queued).toBe(true);
    const turn = await a.say('can you write in spanish please, my mom will read it');
    expect(turn.lang).toBe('es');
    expect((await a.say('ok')).lang).toBe('es');
  });

  it.each([
    [
      'es',
      '¿cómo saco la tarjeta de residente en Tijuana?',
      'pale kreyòl souple, panyòl mwen pa twò bon',
      'ht',
    ],
    [
      'es',
      '¿cómo saco la tarjeta de residente en Tijuana?',
      'eske m ka pale kreyol? m pa konprann panyol byen',
      'ht',
    ],
    [
      'en',
      'how do i get my texas birth certificate apostilled?',
      "i can't read english well, spanish please",
      'es',
    ],
  ] as const)(
    'with two languages named, the one not understood is not the one asked for (%s: %s)',
    async (lang, opener, request, asked) => {
      const a = await testAssistant();
      expect((await a.say(opener)).lang).toBe(lang);
      expect((await a.say(request)).lang).toBe(asked);
    },
  );
});

describe('which languages the assistant writes', () => {
  it.each([
    [
      'es',
      'buenas, ayudo en un albergue, ¿este chat entiende kreyòl? llegaron muchos haitianos',
      /kreyòl ayisyen/,
    ],
    [
      'en',
      'does this chat understand spanish? my parents only read spanish',
      /Spanish, English and Haitian Kreyòl/,
    ],
    ['ht', 'bonjou, èske sistèm sa a konprann anglè?', /panyòl, an anglè ak an kreyòl/],
  ] as const)(
    'gets the three languages to choose from, in the language asked in (%s)',
    async (lang, question, spoken) => {
      const a = await testAssistant();
      const turn = await a.say(question);
      expect(turn.lang).toBe(lang);
      expect(texts(turn)).toMatch(spoken);
      // The three languages are offered as choices.
      expect(values(turn)).toEqual(['lang:es', 'lang:en', 'lang:ht']);
    },
  );
});
