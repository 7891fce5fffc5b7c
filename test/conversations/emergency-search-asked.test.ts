/**
 * In an emergency under way, asking the office to help find the relative ("¿me pueden ayudar a
 * localizarlo?", "can you help me find him", "eske nou ka ede m chèche l") is answered with the
 * procedure of finding a relative after the emergency's lines: a judge's mother, told an extortion
 * call was fake, got "go to a safe place" three times (session 47). Asking in the same emergency
 * to switch to Spanish with "espanyol" is followed. Through the real engine, wording written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { danger: string; search: string; office: RegExp }> = {
  es: {
    danger: 'me estan llamando ahorita, dicen que tienen a mi hija y que si no deposito 30 mil la matan',
    search: 'ya colgue, pero mi hija no contesta. ustedes me pueden ayudar a localizarla? vive en houston',
    office: /consulado|CNB/i,
  },
  en: {
    danger:
      'a man is calling me right now saying they have my son and if i dont deposit 3000 dollars they kill him',
    search: 'i hung up but my son still doesnt answer, can you help me find him? he lives in dallas',
    office: /consulate|CNB/i,
  },
  ht: {
    danger:
      'gen yon moun k ap rele m kounye a, li di li gen pitit gason m, si m pa depoze 2000 dola y ap touye l',
    search: 'm fèmen telefòn nan men pitit mwen pa reponn, eske nou ka ede m chèche l? li rete Miami',
    office: /konsila|CNB/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('finding the relative asked in an emergency, in %s', (lang) => {
  it('gets the procedure of finding a relative, in the same language', async () => {
    const reply = await afterEmergency(CASES[lang].danger, CASES[lang].search);
    expect(reply.report.topic).toBe('locate_person');
    expect(texts(reply)).toMatch(CASES[lang].office);
    expect(reply.lang).toBe(lang);
  });
});

describe('Spanish asked for in Kreyòl during an emergency', () => {
  it('switches with "espanyol"', async () => {
    const reply = await afterEmergency(
      'nou pèdi nan dezè a toupre Sasabe, gid la kite nou e nou pa gen dlo',
      'eskize m, ou ka ekri m an espanyol? se zanmi m nan k ap li pou mwen',
    );
    expect(reply.lang).toBe('es');
  });
});
