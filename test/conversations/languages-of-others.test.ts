/**
 * A question whether others speak a language ("do they speak english at the office?", "yo pale
 * kreyòl?") is no request for that language, in each language, through the real engine, with
 * wording written for these tests: a tester in the queue got "OK, I'll go on in Kreyòl" to it.
 * A request for a language still switches (language-everywhere.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { first: string; person: string; asks: string; other: Lang }> = {
  es: {
    first: 'hola, quiero la doble nacionalidad para mi hijo que nació en Dallas',
    person: 'quiero hablar con una persona',
    asks: '¿y allá en la oficina alguien habla kreyòl? mi esposo es haitiano',
    other: 'ht',
  },
  en: {
    first: 'hi, i want dual nationality for my son who was born in dallas',
    person: 'i want to talk to a person',
    asks: 'ok thanks. do they speak spanish or only english there?',
    other: 'es',
  },
  ht: {
    first: 'bonjou, m bezwen èd ak papye COMAR mwen',
    person: 'mwen vle pale ak yon moun',
    asks: 'dakò m ap tann. men èske yo pale kreyòl la?',
    other: 'es',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a question whether others speak a language, in %s', (lang) => {
  it('is answered in the conversation language, never taken as a request to switch', async () => {
    const s = SCRIPTS[lang];
    const a = await testAssistant();
    await a.say(s.first);
    await a.say(s.person);
    const reply = await a.say(s.asks);
    expect(reply.outbound.every((o) => o.lang === lang)).toBe(true);
    expect(texts(reply)).not.toMatch(/m ap kontinye an|I will go on in|sigo en/i);
  });
});
