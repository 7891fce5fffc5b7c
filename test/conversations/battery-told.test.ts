/**
 * How much battery is left, told in an emergency, as a fresh set (session 54) told it, with
 * wording written for this test, through the real engine: "tengo 9% de bateria" is no age (it
 * got the child-protection officers' answer) and no question; it gets the line for a phone
 * about to die (save it for 911, say where in one message), in the conversation's language.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; battery: string; line: RegExp }> = {
  es: {
    danger: 'nos perdimos en el desierto cerca de Sonoyta, ya no tenemos agua y mi compa no puede caminar',
    battery: 'tengo 9% de bateria',
    line: /poca batería: guarda la pila para el 911/,
  },
  en: {
    danger: 'we got lost in the desert near Sonoyta, no water left and my friend cant walk',
    battery: 'i only have 7% battery',
    line: /low battery: save the battery for 911/,
  },
  ht: {
    danger: 'nou pèdi nan dezè a toupre Sonoyta, nou pa gen dlo ankò e zanmi m pa ka mache',
    battery: 'm gen 8% batri',
    line: /batri w ba: kenbe batri a pou 911/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('battery told in an emergency, in %s', (lang) => {
  it('gets the line for a phone about to die', async () => {
    const turn = await afterEmergency(CASES[lang].danger, CASES[lang].battery);
    expect(turn.meaning?.slots?.age).toBeUndefined();
    expect(turn.meaning?.act).toBe('cannotCall');
    expect(texts(turn)).toMatch(CASES[lang].line);
  });
});
