/**
 * Where the office is and when it opens, asked together in the middle of a conversation (a
 * session 56 judge's widow, after a pension answer: "y si voy a la oficina de durango donde
 * esta? a q hora abren?" got only "our sources do not give the hours"): the address, and that the
 * hours are not in the sources. Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; office: string; hours: RegExp }> = {
  es: {
    first: 'hola mi papa trabajo en texas 20 años, puede cobrar su pension?',
    office: 'donde queda la oficina y a que hora abren?',
    hours: /horario/,
  },
  en: {
    first: 'hi my dad worked in texas 20 years, can he get social security now in mexico?',
    office: 'where is your office and what time do you open?',
    hours: /hours/,
  },
  ht: {
    first: 'bonjou m te travay Etazini 12 an, eske m ka jwenn pansyon?',
    office: 'kote biwo a ye e ki le biwo a louvri?',
    hours: /lè biwo a louvri/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('the office asked where and when, in %s', (lang) => {
  it('gives the address and says the hours are not in the sources', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].first);
    const turn = await a.say(CASES[lang].office);
    expect(texts(turn)).toMatch(/Juárez #144/);
    expect(texts(turn)).toMatch(CASES[lang].hours);
  });
});
