/**
 * A relative far away tells of armed men stopping someone's bus or van and taking people off
 * (session 46: a son's "men with guns took the passengers off" got the office's hours), in the
 * middle of another question: the emergency flow, queued as urgent. Then "she has no credit, she
 * texted me from another lady's phone" is no "good to hear you are safe": she is still cut off.
 * In each language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { before: string; danger: string; borrowed: string; safe: RegExp }> = {
  es: {
    before: 'oiga donde queda la oficina de ustedes',
    danger:
      'mi papa venia en el autobus de torreon y unos hombres armados bajaron a los pasajeros en la carretera',
    borrowed: 'no tiene saldo, me escribio desde el celular de un señor que iba con el',
    safe: /no estás en peligro|qué bueno que estás/i,
  },
  en: {
    before: 'hey what time does your office open',
    danger: 'my brother was on a van to monterrey and some guys with rifles pulled everyone off the van',
    borrowed: 'he has no credit, he messaged me from another guys phone',
    safe: /not in danger|glad you are safe/i,
  },
  ht: {
    before: 'ki kote biwo nou ye',
    danger: 'kouzin mwen te nan bis pou Monterrey epi kèk mesye ak zam fè tout moun desann bis la',
    borrowed: 'li pa gen kredi, li ekri m nan telefòn yon lòt moun',
    safe: /pa an danje|kontan tande/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a danger told from afar, in %s', (lang) => {
  const c = CASES[lang];

  it('starts the emergency, and a message from a borrowed phone is not read as safe', async () => {
    const a = await testAssistant();
    await a.say(c.before);
    const danger = await a.say(c.danger);
    expect(danger.report.emergency).toBe(true);
    expect(danger.report.queued).toBe(true);
    expect(danger.lang).toBe(lang);
    const next = await a.say(c.borrowed);
    expect(texts(next)).not.toMatch(c.safe);
    expect(next.lang).toBe(lang);
  });
});
