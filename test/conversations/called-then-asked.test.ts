/**
 * In an emergency, a person who says they already called 911 or the police and then asks about
 * a procedure (session 43: a blind judge saw "call 911" said again to people who had just done
 * it): the reply says the call was heard, answers the question from its topic, and does not
 * close with the lines to call. In each language, through the real engine, with wording
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; calledThenAsked: string; heard: RegExp; answer: RegExp }> = {
  es: {
    danger: 'mi vecino le está pegando a su esposa, se oyen gritos, estoy en la colonia Obrera en Durango',
    calledThenAsked:
      'ya le hablé al 911, dijeron que mandan patrulla. oiga y ella que es de Honduras puede pedir papeles aquí?',
    heard: /Qué bueno que ya llamaste/,
    answer: /INM/,
  },
  en: {
    danger: 'a guy with a knife is outside our door yelling he will kill my brother, we are in Reynosa',
    calledThenAsked:
      'we called 911 already, they said they are coming. can my brother ask for asylum here in mexico?',
    heard: /Good that you already called/,
    answer: /COMAR/,
  },
  ht: {
    danger: 'gen yon mesye ki vle bat mwen ak pitit mwen, li deyò pòt la, nou nan Tijuana',
    calledThenAsked: 'nou rele lapolis, yo di y ap vini. kijan pou m jwenn kat imanitè a?',
    heard: /Sa bon ou deja rele/,
    answer: /INM/,
  },
};

describe.each(Object.keys(CASES) as Lang[])(
  'a call told, then a question, in an emergency, in %s',
  (lang) => {
    const c = CASES[lang];

    it('says the call was heard, answers the question and does not say to call again', async () => {
      const turn = await afterEmergency(c.danger, c.calledThenAsked);
      expect(turn.lang).toBe(lang);
      const said = texts(turn);
      expect(said).toMatch(c.heard);
      expect(said).toMatch(c.answer);
      expect(said).not.toMatch(/^911: /m);
      // The urgent case stays open for staff.
      expect(turn.report.queued).toBe(true);
    });
  },
);

describe('a call only thought of', () => {
  it.each([
    [
      'ht',
      'm pa pale panyòl byen, si m rele 911 yo p ap konprann mwen',
      /Sa bon ou deja rele|Bon bagay yo rele/,
    ],
    ['es', '¿quieres que le hable al 911? me da miedo que no me entiendan', /Qué bueno que ya/],
  ] as const)('is no call told (%s)', async (lang, text, called) => {
    const turn = await afterEmergency(CASES[lang].danger, text);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).not.toMatch(called);
    expect(texts(turn)).toMatch(/911/);
  });
});
