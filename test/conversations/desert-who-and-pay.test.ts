/**
 * Someone lost in the desert, told by a relative: "who is going to go get him?" in words the
 * dialogue model missed is who is coming (this chat sends no one, 911, staff alerted), and "a
 * man will go for him if we pay 2000 dollars, do we pay?" is money asked under the danger (call
 * 911 before paying anything), never the cost of the procedure asked about before the danger
 * (session 44: a hand judge's person got the cost of dual nationality). In each language,
 * through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  { before: string; danger: string; who: string; pay: string; noOne: RegExp; beforePaying: RegExp }
> = {
  es: {
    before: 'buenas, mi hijo nació en Phoenix, cómo le saco la doble nacionalidad? cuánto cuesta?',
    danger:
      'ayuda, mi cuñado está perdido en el desierto de Arizona, ya no tiene agua desde anoche y no sabe dónde está',
    who: 'y quién va a ir por él? él no sabe ni dónde está',
    pay: 'un muchacho de allá dice que va por él si le damos 1500 dólares, se los damos?',
    noOne: /no puede mandar a nadie/i,
    beforePaying: /antes de depositar/i,
  },
  en: {
    before: 'hi my son was born in phoenix, how do i get him dual nationality? how much is it?',
    danger:
      'help, my brother in law is lost in the arizona desert, no water since last night and he doesnt know where he is',
    who: 'who is gonna go get him? he doesnt even know where he is',
    pay: 'a guy over there says he will go for him if we give him 1500 dollars, should we pay?',
    noOne: /cannot send anyone/i,
    beforePaying: /before you pay/i,
  },
  ht: {
    before: 'bonjou, pitit mwen fèt Phoenix, kijan pou m fè doub nasyonalite pou li? konbyen li koute?',
    danger: 'anmwe, bòfrè m pèdi nan dezè Arizona a, li pa gen dlo depi yè swa e li pa konn ki kote li ye',
    who: 'kiyès k ap ale chache l? li pa menm konn kote l ye',
    pay: 'yon nèg laba a di l ap al chache l si nou ba l 1500 dola, eske nou peye l?',
    noOne: /pa ka voye pèsonn/i,
    beforePaying: /anvan ou peye/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('lost in the desert, then who and money, in %s', (lang) => {
  const c = CASES[lang];

  it('answers who is coming, then money asked under the danger', async () => {
    const a = await testAssistant();
    expect((await a.say(c.before)).report.topic).toBe('dual_nationality');
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    const who = await a.say(c.who);
    expect(texts(who)).toMatch(c.noOne);
    const pay = await a.say(c.pay);
    expect(texts(pay)).toMatch(c.beforePaying);
    expect(pay.report.topic).toBe('emergency');
    expect(pay.lang).toBe(lang);
  });
});
