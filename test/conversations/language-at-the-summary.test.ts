/**
 * At the form's summary, a language asked for in the same message as a correction ("please keep
 * it in English, the phone is …") is no field's new value: the place stays what it was (session
 * 44: a hand judge's caseworker read "Place: English"). In each language, through the real
 * engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  {
    opener: string;
    yes: string;
    name: string;
    place: string;
    skip: string;
    fix: string;
    kept: RegExp;
    bad: RegExp;
  }
> = {
  es: {
    opener: 'no sabemos nada de mi sobrino desde que cruzó, lo estamos buscando',
    yes: 'sí, dar los datos',
    name: 'Efraín Soto Bañuelos',
    place: 'en Sasabe, Sonora',
    skip: 'saltar',
    fix: 'sigue en español por favor, y el teléfono es 618 555 0199',
    kept: /Sasabe/,
    bad: /(Lugar|Dónde)[^\n]*: español/i,
  },
  en: {
    opener: 'we have not heard from my nephew since he crossed, we are looking for him',
    yes: 'yes, give the details',
    name: 'Efrain Soto Banuelos',
    place: 'in Sasabe, Sonora',
    skip: 'skip',
    fix: 'please keep it in English, and the phone is 618 555 0199',
    kept: /Sasabe/,
    bad: /Place: English/i,
  },
  ht: {
    opener: 'nou pa tande anyen de neve m depi li travèse, n ap chèche l',
    yes: 'wi, bay enfòmasyon yo',
    name: 'Efraín Soto Bañuelos',
    place: 'nan Sasabe, Sonora',
    skip: 'sote',
    fix: 'kontinye an kreyòl souple, e telefòn nan se 618 555 0199',
    kept: /Sasabe/,
    bad: /: kreyòl/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a language asked for at the summary, in %s', (lang) => {
  it('changes no field to the language', async () => {
    const c = CASES[lang];
    const a = await testAssistant();
    await a.say(c.opener);
    await a.say(c.yes);
    await a.say(c.name);
    await a.say(c.place);
    for (let i = 0; i < 4; i++) await a.say(c.skip);
    const fixed = await a.say(c.fix);
    const summary = texts(fixed);
    expect(summary).toMatch(c.kept);
    expect(summary).not.toMatch(c.bad);
    expect(fixed.lang).toBe(lang);
  });
});
