/**
 * Where someone is from, told in two words after an answer ("de uruapan", "from fresno", "soti
 * okap"), is a statement about the case, not thanks: the dialogue model read "de …" as "de nada"
 * and answered "you're welcome" (session 47). In each language, through the real engine, with
 * wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { opening: string; origin: string; welcome: RegExp }> = {
  es: {
    opening: 'quiero saber del programa para que mis papas viajen a ver a mi hermano a estados unidos',
    origin: 'de zacatecas',
    welcome: /de nada/i,
  },
  en: {
    opening: 'what is the program for parents to get a visa to visit their kids in the us',
    origin: 'from oaxaca',
    welcome: /you're welcome|you are welcome/i,
  },
  ht: {
    opening: 'ki pwogram ki ede granmoun yo jwenn viza pou yo al wè pitit yo Etazini',
    origin: 'nou soti Jakmel',
    welcome: /pa gen pwoblèm/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('an origin told in two words, in %s', (lang) => {
  it('stays on the topic as a statement, not thanks', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].opening);
    const told = await a.say(CASES[lang].origin);
    expect(told.report.topic).toBe('family_reunification');
    expect(texts(told)).not.toMatch(CASES[lang].welcome);
    expect(told.lang).toBe(lang);
  });
});
