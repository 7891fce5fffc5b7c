/**
 * "Ya llamé al 911, dicen que no deposite… ¿ustedes me ayudan a buscarlo?" during an extortion
 * call, as a judge's mother (session 54) wrote it, with wording written for this test, through the
 * real engine: understanding reads the search asked for, and the reply is the search's answer, not
 * the extortion line again (the danger words she repeats kept the answer out).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; asked: string }> = {
  es: {
    danger: 'me llamaron que tienen a mi hijo y que si no deposito 40 mil lo matan, lo oi gritar',
    asked:
      'ya llame al 911, dicen q es extorsion y q no deposite. pero sigo sin saber de el. ustedes me ayudan a buscarlo?',
  },
  en: {
    danger:
      'they called saying they have my son and if i dont deposit 2000 they will kill him, i heard him crying',
    asked:
      'i already called 911, they said its extortion and not to pay. but i still dont know where he is. can you help me look for him?',
  },
  ht: {
    danger:
      'yo rele m, yo di yo gen pitit gason m, si m pa depoze 2000 dola y ap touye l, m tande l ap kriye',
    asked:
      'm deja rele 911, yo di se chantaj e pou m pa peye. men m toujou pa konn kote l ye. eske nou ka ede m chèche l?',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a search asked after calling 911, in %s', (lang) => {
  it('gets the search, not the money line again', async () => {
    const turn = await afterEmergency(CASES[lang].danger, CASES[lang].asked);
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).toMatch(/CNB/);
  });
});
