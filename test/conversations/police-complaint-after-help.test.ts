/**
 * After a danger, help come, a complaint asked against the police who did it (session 56's fresh
 * emergency set: "how do we report those cops?" got the 089 anonymous line, a crime reported, not
 * an authority complained of): the prosecutors for crimes against migrants (Chiapas's Fiscalía de
 * Inmigrantes), the legal-advice answer. Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const STEPS: Record<Lang, [danger: string, helpCame: string, complaint: string]> = {
  es: [
    'unos policias golpearon a mi esposo en un reten cerca de tapachula, esta sangrando de la cabeza',
    'ya llego la cruz roja y se lo llevan al hospital',
    'como denunciamos a esos policias? queremos poner una queja',
  ],
  en: [
    'cops at a checkpoint near tapachula beat my cousin, his head is bleeding',
    'the red cross came and took him to the hospital',
    'how can we report those police officers? he wants to complain',
  ],
  ht: [
    'polis yo bat frè m nan yon reten bo Tapachula, li ap senyen nan tèt',
    'anbilans lan vin pran l, yo mennen l lopital',
    'kijan pou n denonse polis sa yo? li vle pote plent',
  ],
};

describe.each(Object.keys(STEPS) as Lang[])(
  'a complaint against the police after the danger, in %s',
  (lang) => {
    it('gets the prosecutors for crimes against migrants, not only the anonymous line', async () => {
      const a = await testAssistant();
      const [danger, helpCame, complaint] = STEPS[lang];
      expect((await a.say(danger)).report.emergency).toBe(true);
      await a.say(helpCame);
      const turn = await a.say(complaint);
      expect(texts(turn)).toMatch(/Fiscalía de Inmigrantes/);
    });
  },
);
