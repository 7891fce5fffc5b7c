/**
 * A surname put right in a form ("perdon me equivoque, es Carrillo Ruiz no Reyes, y fue el 2 de
 * junio", session 56's fresh set): the name keeps its first name with the surname replaced, the
 * date changes, and the apology is saved as no field (it was "Origen en México: perdon me
 * equivoque"). Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; told: string; fix: string; apology: RegExp }> = {
  es: {
    first: 'mi tio murio en oregon y queremos traerlo a durango',
    told: 'se llamaba Ignacio Barraza Solis, fallecio el 4 de mayo en Salem Oregon',
    fix: 'perdon me equivoque, es Barraza Soto no Solis, y fue el 5 de mayo',
    apology: /equivoque/,
  },
  en: {
    first: 'my uncle died in oregon and we want to bring him home to durango',
    told: 'his name was Ignacio Barraza Solis, he died on May 4 in Salem Oregon',
    fix: "sorry my bad, it's Barraza Soto not Solis, and it was May 5",
    apology: /my bad/,
  },
  ht: {
    first: 'tonton m mouri Oregon, nou vle mennen kò l Durango',
    told: 'li te rele Ignacio Barraza Solis, li mouri 4 me nan Salem Oregon',
    fix: 'eskize m, m te twonpe m, se Barraza Soto pa Solis',
    apology: /twonpe/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a surname put right, in %s', (lang) => {
  it('keeps the first name, replaces the surname, and saves no apology', async () => {
    const a = await testAssistant();
    const c = CASES[lang];
    await a.say(c.first);
    await a.say(c.told);
    const turn = await a.say(c.fix);
    expect(texts(turn)).toMatch(/Ignacio Barraza Soto/);
    expect(texts(turn)).not.toMatch(c.apology);
  });
});
