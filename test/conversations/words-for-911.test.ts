/**
 * In an emergency, asking what to say to 911 in Spanish gets words to say, in the conversation's
 * language, and the conversation stays in it (a judge's Haitian father got the rest of his wife's
 * emergency in Spanish after asking it); so does saying one speaks no Spanish or that 911 will not
 * understand. Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('words to say to 911 in Spanish, asked in an emergency', () => {
  for (const [danger, asked, lang, own] of [
    [
      'mi suegro se cayo y no despierta, no respira bien, estamos en un rancho',
      'como le digo al 911 en español q pasa? mi esposa es gringa y ella va a marcar',
      'es',
      'di despacio',
    ],
    [
      'my friend collapsed and is not breathing right, we are at a bus stop',
      'what do i say in spanish when they answer? write it for me',
      'en',
      'in Spanish',
    ],
    [
      'zanmi m tonbe atè, li pa respire byen, nou nan yon estasyon bis',
      'ekri m sa pou m di 911 an panyol svp',
      'ht',
      'an panyòl',
    ],
    // Session 51: no Spanish, or 911 not expected to understand, told (judge51's Haitian mother).
    [
      'madanm mwen ap senyen anpil, li pa ka kanpe, nou nan yon kay nan Gómez Palacio',
      'mwen pa pale panyol, 911 p ap konprann mwen',
      'ht',
      'an panyòl',
    ],
    [
      'my brother got stabbed, he is bleeding on the sidewalk',
      'we dont speak spanish, they wont understand us',
      'en',
      'in Spanish',
    ],
  ] as const) {
    it(`gives the words and stays in ${lang}`, async () => {
      const a = await testAssistant({ channel: 'web' });
      expect((await a.say(danger)).report.emergency).toBe(true);
      const turn = await a.say(asked);
      expect(turn.lang).toBe(lang);
      expect(texts(turn)).toContain('Es una emergencia. Necesito ayuda.');
      expect(texts(turn)).toContain(own);
    });
  }
});
