/**
 * In an extortion or a threat, "should I pay? who is coming to help me?" in one message gets the
 * line on money asked under threat (call 911 before paying) and who is coming (this chat sends
 * no one); a payment asked in its own sentence after a place and "I can't call" gets the money
 * line too (session 45: a hand judge's Haitian woman asked "eske m peye l?" twice and got only
 * who is coming and her place). In each language, through the real engine, with wording written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  { danger: string; both: string; placeThenPay: string; noOne: RegExp; beforePaying: RegExp }
> = {
  es: {
    danger: 'un señor me tiene encerrada en un cuarto y dice que si no le mando 400 dólares me va a matar',
    both: 'le pago o no le pago?? me dio hasta la noche. quién viene a ayudarme?',
    placeThenPay:
      'estoy en Reynosa, colonia Las Fuentes, en un cuarto de atrás. no puedo llamar. le mando el dinero?',
    noOne: /no puede mandar a nadie/i,
    beforePaying: /antes de depositar/i,
  },
  en: {
    danger: 'a man locked me in a room and says if i dont send him 400 dollars he will kill me',
    both: 'do i pay him or not?? he gave me until tonight. who is coming to help me?',
    placeThenPay:
      'im in reynosa, las fuentes area, a back room. i cant call. do i send him the money, should i pay?',
    noOne: /cannot send anyone/i,
    beforePaying: /before you pay/i,
  },
  ht: {
    danger: 'yon nonm fèmen m nan yon chanm, li di si m pa voye 400 dola ba li l ap touye m',
    both: 'eske m peye l wi ou non?? li ban m jiska aswè. kiyès k ap vin ede m?',
    placeThenPay: 'm nan Reynosa, katye Las Fuentes, nan yon chanm dèyè. m pa ka rele. eske m peye l?',
    noOne: /pa ka voye pèsonn/i,
    beforePaying: /anvan ou peye/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('paying and who is coming, asked together, in %s', (lang) => {
  const c = CASES[lang];

  it('answers both questions of one message', async () => {
    const a = await testAssistant();
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    const both = await a.say(c.both);
    expect(texts(both)).toMatch(c.beforePaying);
    expect(texts(both)).toMatch(c.noOne);
    expect(both.lang).toBe(lang);
  });

  it('answers the payment asked after the place', async () => {
    const a = await testAssistant();
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    const reply = await a.say(c.placeThenPay);
    expect(texts(reply)).toMatch(c.beforePaying);
    expect(texts(reply)).toMatch(/reynosa/i);
  });
});
