/**
 * In an emergency, the chat asked to call for help ("can YOU call someone for us?", session 46:
 * a judge's man lost in the desert with 4% battery got "keep writing here") is told honestly that
 * it cannot send anyone, that 911 can, and that staff know. In each language, through the real
 * engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; callForUs: string; honest: RegExp }> = {
  es: {
    danger: 'estamos perdidos en el desierto cerca de sonoyta, el guia nos abandono y ya no hay agua',
    callForUs: 'casi no tengo pila y no entran las llamadas, ustedes pueden llamar a alguien por nosotros?',
    honest: /no puede mandar a nadie/,
  },
  en: {
    danger: 'we are lost in the desert near sasabe, the guide left us and there is no water left',
    callForUs: 'battery almost dead and calls dont go through, can you call someone for us?',
    honest: /cannot send anyone/,
  },
  ht: {
    danger: 'nou pèdi nan dezè a toupre Sasabe, gid la kite nou e nou pa gen dlo ankò',
    callForUs: 'batri a prèske fini, apèl yo pa pase, eske nou ka rele yon moun pou nou?',
    honest: /pa ka voye pèsonn/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('the chat asked to call for help, in %s', (lang) => {
  it('says honestly that it cannot send anyone, and who can', async () => {
    const reply = await afterEmergency(CASES[lang].danger, CASES[lang].callForUs);
    expect(texts(reply)).toMatch(CASES[lang].honest);
    expect(texts(reply)).toMatch(/911/);
    expect(reply.lang).toBe(lang);
  });
});
