/**
 * After a medical emergency on the road, when care came or the person is better ("ya vinieron
 * los paramédicos, ya está mejor", "she woke up, the ambulance is here", "anbilans lan rive, li
 * pi byen"): the emergency's lines stop (staff keep the urgent case), and what the person asks
 * next is answered as a procedure, through the real engine. A fresh set (session 35) found
 * these answered as emergencies: "how do we get the humanitarian card?" got one of the
 * emergency's own answers with "call 911" again, and "how long does it take?" the queue's
 * position instead of the procedure's time. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ROAD: Record<Lang, { danger: string; better: string; card: string; howLong: string; glad: RegExp }> = {
  es: {
    danger:
      'mi hijo de 4 años se desmayo por el calor, vamos caminando por la carretera cerca de arriaga chiapas',
    better: 'ya vinieron los paramedicos, ya esta mejor el niño',
    card: 'despues de esto, como sacamos la tarjeta humanitaria para poder trabajar en mexico',
    howLong: 'cuanto se tarda?',
    glad: /Qué bueno que ya llegó ayuda/,
  },
  en: {
    danger: 'my son is 4 and he passed out from the heat, we are walking on the highway near arriaga chiapas',
    better: 'he woke up, the paramedics are here now',
    card: 'after this how do we get the humanitarian card so we can work in mexico',
    howLong: 'how long does it take?',
    glad: /I am glad help is there/,
  },
  ht: {
    danger: 'pitit gason m gen 4 an li endispoze akoz chalè a, n ap mache sou wout la toupre arriaga chiapas',
    better: 'anbilans lan rive, li pi byen kounye a',
    card: 'apre sa kijan nou ka jwenn kat imanitè a pou nou ka travay nan meksik',
    howLong: 'konbyen tan sa pran?',
    glad: /kontan èd la rive/,
  },
};

describe.each(Object.keys(ROAD) as Lang[])('care that came, then a procedure, in %s', (lang) => {
  const s = ROAD[lang];

  it('stops the emergency and answers the card and its time as the procedure', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    expect((await a.say(s.danger)).report.emergency).toBe(true);
    const better = await a.say(s.better);
    expect(texts(better)).toMatch(s.glad);
    expect(better.report.emergency).toBe(false);
    const card = await a.say(s.card);
    expect(card.report).toMatchObject({ topic: 'mx_status', emergency: false, queued: true });
    expect(texts(card)).toMatch(/TVRH/);
    expect(texts(card)).not.toMatch(/911/);
    const howLong = await a.say(s.howLong);
    expect(howLong.report).toMatchObject({ topic: 'mx_status', facet: 'time', emergency: false });
    expect(texts(howLong)).toMatch(/15/);
  });
});

// Session 40: help came, and in the same message papers of a procedure were lost ("me robaron la
// mochila con mis papeles de la COMAR"): told as a case of that procedure, answered after the calm line.
describe('a procedure told with the help that came', () => {
  it('gets the calm line and the procedure', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (
        await a.say(
          'mi compa se cayo del tren y tiene la pierna abierta, sale mucha sangre, estamos cerca de celaya',
        )
      ).report.emergency,
    ).toBe(true);
    const turn = await a.say(
      'ya lo estan atendiendo. oiga a mi me robaron la mochila con mis papeles de la comar',
    );
    expect(texts(turn)).toMatch(/ya llegó ayuda/);
    expect(texts(turn)).toMatch(/COMAR/);
    expect(turn.report.topic).toBe('asylum');
  });
});
