/**
 * Where to go for a procedure, asked in a danger still under way ("I want to ask asylum in Mexico.
 * Where do I go?", session 56's fresh emergency set): that procedure's answer (the COMAR), not
 * where to hide; where to sleep or hide asked the same way keeps the refuge's lines. Through the
 * real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; calm: string; asylum: string; hide: string }> = {
  es: {
    danger:
      'unos hombres armados pararon el autobus y estan golpeando a la gente, me escondi detras de una tienda',
    calm: 'ya se fueron. mi amigo tiene sangre en la cara, vamos caminando a huixtla',
    asylum: 'quiero pedir asilo en mexico, a donde voy?',
    hide: 'a donde me puedo ir a dormir esta noche?',
  },
  en: {
    danger: 'armed men stopped the bus and are beating people, I am hiding behind a shop',
    calm: 'they left. my friend has blood on his face, we are walking to huixtla',
    asylum: 'I want to ask for asylum in Mexico. Where do I go?',
    hide: 'where can I go to sleep tonight?',
  },
  ht: {
    danger: 'gen nèg ak zam ki kanpe bis la y ap bat moun, m kache dèyè yon boutik',
    calm: 'yo ale. zanmi m gen san nan figi l, n ap mache al Huixtla',
    asylum: 'm vle mande azil nan Meksik. ki kote m dwe ale?',
    hide: 'ki kote m ka ale dòmi aswè a?',
  },
};

describe.each(Object.keys(CASES) as Lang[])('where to go, asked in a danger, in %s', (lang) => {
  const c = CASES[lang];
  it('for asylum is the COMAR', async () => {
    const a = await testAssistant();
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    await a.say(c.calm);
    const turn = await a.say(c.asylum);
    expect(texts(turn)).toMatch(/COMAR/);
  });

  it('to sleep or hide is no procedure', async () => {
    const a = await testAssistant();
    await a.say(c.danger);
    await a.say(c.calm);
    const turn = await a.say(c.hide);
    expect(texts(turn)).not.toMatch(/COMAR/);
  });
});
