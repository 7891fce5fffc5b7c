/**
 * In an emergency, "help came" told on its own ("ya llegó la ambulancia", "ok the ambulance
 * is here now", "lapolis rive kounye a") gets a line that fits it (do what they tell you; staff
 * have the urgent case), not "noted where you are" nor "call 911" again (issue 30: a reply that
 * fits what the person just wrote). In each language through the real engine, with wording
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CAME: Array<[Lang, string, string, RegExp]> = [
  [
    'es',
    'mi esposo se desmayo y no respira bien, estamos en el albergue de reynosa',
    'ya llego la ambulancia',
    /ya llegó ayuda/,
  ],
  [
    'en',
    'my husband collapsed and is not breathing well, we are at the shelter in reynosa',
    'ok the ambulance is here now',
    /help is there/,
  ],
  [
    'ht',
    'mari m endispoze, li pa respire byen, nou nan abri a Reynosa',
    'lapolis rive kounye a',
    /èd la rive/,
  ],
  // Session 40: taken to hospital and stable was a new emergency, "noted where you are".
  [
    'en',
    'my grandpa fell in the kitchen and half his face is droopy, he cant talk right',
    'ok the ambulance took him to the hospital in durango city, they said hes stable',
    /help is there/,
  ],
  [
    'es',
    'a mi abuelo se le torcio la cara y no puede hablar bien, esta tirado en el patio',
    'ya lo llevaron al hospital general, dicen que esta estable',
    /ya llegó ayuda/,
  ],
  // Session 40 (blind judge): found by Grupo Beta was answered "keep writing where you are".
  [
    'en',
    'please help im lost in the desert the guide left us last night im alone now',
    'grupo beta guys found me!!! they gave me water and a blanket',
    /help is there/,
  ],
];

describe('help that came, told in an emergency', () => {
  it.each(CAME)('gets a line that fits it, in %s', async (_lang, danger, came, fits) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(danger)).report.emergency).toBe(true);
    const turn = await a.say(came);
    expect(texts(turn)).toMatch(fits);
    expect(texts(turn)).not.toMatch(/911|Anotado dónde|Noted where|M note kote/);
    expect(turn.report.queued).toBe(true);
  });
});
