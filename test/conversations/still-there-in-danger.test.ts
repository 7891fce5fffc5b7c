/**
 * In an emergency under way, "hello??" or "¿siguen ahí?" after a silence is the person calling
 * out: the staff are alerted and the place in line, never the first block again (session 46: a
 * hand judge's man lost in the desert got "First, your safety" twice); "¿cuánto tardan en
 * venir?" asks who is coming. In each language, through the real engine, with wording written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  { danger: string; callingOut: string[]; coming: string; line: RegExp; nobodySent: RegExp }
> = {
  es: {
    danger: 'nos dejo el coyote en el monte cerca de altar sonora, somos cuatro y ya no tenemos agua',
    callingOut: ['hola??', 'siguen ahi?'],
    coming: 'cuanto tardan en venir?',
    line: /en la fila|antes que tú/,
    nobodySent: /no puede mandar a nadie/,
  },
  en: {
    danger: 'the guide left us in the desert near lukeville, 4 of us and we ran out of water',
    callingOut: ['hello??', 'anyone there?'],
    coming: 'how long till they come?',
    line: /in the queue|ahead of you/,
    nobodySent: /cannot send anyone/,
  },
  ht: {
    danger: 'gid la kite nou nan dezè a toupre Sonoyta, nou kat moun e nou pa gen dlo ankò',
    callingOut: ['alo??', 'nou la?'],
    coming: 'konbyen tan y ap pran pou yo vini?',
    line: /nan liy lan|devan w/,
    nobodySent: /pa ka voye pèsonn/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('calling out in an emergency, in %s', (lang) => {
  const c = CASES[lang];

  it.each(c.callingOut)('"%s" gets the place in line, not the first block again', async (callingOut) => {
    const reply = await afterEmergency(c.danger, callingOut);
    expect(texts(reply)).toMatch(c.line);
    expect(reply.report.emergency).toBe(true);
    expect(reply.lang).toBe(lang);
  });

  it('"how long till they come?" is told that the chat sends no one', async () => {
    const reply = await afterEmergency(c.danger, c.coming);
    expect(texts(reply)).toMatch(c.nobodySent);
  });
});
