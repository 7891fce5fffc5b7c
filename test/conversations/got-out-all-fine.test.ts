/**
 * In an emergency, the people held say they were got out and are all fine ("vino la guardia
 * nacional y nos sacaron, todos bien", "the national guard came and got us out, we are all
 * fine"): the danger is over for them, said back as such, not "who is coming?" nor the danger's
 * line again (session 43: both had been the reply in Spanish and English; the Kreyòl wording
 * guards what already held). Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { held: string; out: string; calm: RegExp }> = {
  es: {
    held: 'el dueño del taller no nos deja salir y nos tiene sin paga, somos 8 de Honduras, estamos en Apodaca',
    out: 'vino la guardia nacional y nos sacaron, todos bien',
    calm: /qué bueno que no estás en peligro/,
  },
  en: {
    held: 'the owner of the shop wont let us leave and doesnt pay us, 8 of us from Honduras, we are in Apodaca',
    out: 'the national guard came and got us out, we are all fine',
    calm: /I am glad you are safe/,
  },
  ht: {
    held: 'mèt atelye a pa kite nou soti e li pa peye nou, nou 8 ayisyen, nou Apodaca',
    out: 'gad nasyonal la vini, yo fè nou soti, nou tout byen',
    calm: /m kontan w pa an danje/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('got out and all fine, in %s', (lang) => {
  const c = CASES[lang];

  it('is the danger over, said back, with the case still with staff', async () => {
    const turn = await afterEmergency(c.held, c.out);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(c.calm);
    expect(turn.report.queued).toBe(true);
  });
});
