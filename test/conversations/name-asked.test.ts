/**
 * "¿Y qué es la COMAR?", "what's the condonación?", "kisa FINABIEN ye?": a name the answer used,
 * asked about, gets what the sources say of it, not a facet the other words hint ("q son…" read
 * as a question of time) nor "our sources do not say" (session 45: a fresh set's people with
 * little schooling asked this after most answers). A name with an aspect word is the aspect
 * ("what are the office hours"), and a second question keeps the whole message's reading. In
 * each language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; asked: string; says: RegExp }> = {
  es: {
    first: 'buenas tardes, soy de El Salvador, estoy en Saltillo y quiero pedir refugio para mi y mi esposo',
    asked: 'disculpe y que es eso de la comar? no le entiendo',
    says: /Comisión Mexicana de Ayuda a Refugiados/,
  },
  en: {
    first:
      'hello my daughter was born in Houston and we live in Durango now, how do we register her as mexican? is there a fee?',
    asked: 'sorry what is a condonacion?',
    says: /condonaci[oó]n.*(fee|charge)|(fee|charge).*condonaci[oó]n/is,
  },
  ht: {
    first: 'bonjou, m nan Piedras Negras, m vin mande refij, kijan pou m fè l?',
    asked: 'kisa sa vle di COMAR?',
    says: /Comisión Mexicana de Ayuda a Refugiados/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a name asked about, in %s', (lang) => {
  const c = CASES[lang];

  it('says what the sources say of the name', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const reply = await a.say(c.asked);
    expect(texts(reply)).toMatch(c.says);
    expect(reply.report.facet ?? null).toBeNull();
    expect(reply.lang).toBe(lang);
  });
});

describe('what is not a name', () => {
  it('keeps an aspect asked as "what are the … hours" as the office', async () => {
    const a = await testAssistant();
    await a.say('hi, how do i get an apostille for a birth certificate from arizona?');
    const reply = await a.say('what are the office hours');
    expect(reply.report.topic).toBe('office_info');
  });
});
