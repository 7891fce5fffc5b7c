/**
 * A person named who only speaks a language ("Marta only speaks Spanish") tells of someone else:
 * the conversation stays in its language (session 44: a hand judge's English conversation turned
 * Spanish on it). A request still switches ("ok, speak spanish please"). In each language,
 * through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { opener: string; told: string; asked: string; other: Lang }> = {
  en: {
    opener: 'hi my aunt marta was detained in el paso last week, how do i find out where she is',
    told: 'Marta only speaks Spanish.',
    asked: 'ok, speak spanish please',
    other: 'es',
  },
  es: {
    opener: 'hola, a mi tía marta la detuvieron en el paso la semana pasada, cómo sé dónde está',
    told: 'Marta nomás habla inglés.',
    asked: 'ok, habla en inglés por favor',
    other: 'en',
  },
  ht: {
    opener: 'bonjou, yo arete matant mwen Marta nan El Paso semèn pase, kijan m ka konnen kote l ye',
    told: 'Marta pale panyòl sèlman.',
    asked: 'ok, pale panyòl souple',
    other: 'es',
  },
};

describe.each(Object.keys(CASES) as Lang[])('someone else who speaks a language, in %s', (lang) => {
  const c = CASES[lang];

  it('keeps the conversation in its language, and a request still switches', async () => {
    const a = await testAssistant();
    expect((await a.say(c.opener)).lang).toBe(lang);
    const told = await a.say(c.told);
    expect(told.lang).toBe(lang);
    const asked = await a.say(c.asked);
    expect(asked.lang).toBe(c.other);
  });
});
