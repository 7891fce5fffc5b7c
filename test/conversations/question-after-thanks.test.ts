/**
 * Thanks with a question after it, in a conversation ("ok thanks, ill wait for them. do u guys
 * have an office in chicago or LA at least?"): the question is answered, not the thanks (session
 * 45: a hand judge's mother waiting in line got "you're welcome"). In each language, through the
 * real engine, with wording written for this test. A line that only says a question is coming
 * ("y si tengo otra pregunta?") asks for it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  {
    first: string;
    person: string;
    thanksThen: string;
    says: RegExp;
    more: string;
    alone: string;
    askIt: RegExp;
  }
> = {
  es: {
    first: 'hola, vivo en Phoenix y soy de Durango, necesito una constancia de origen para un tramite aqui',
    person: 'paseme con alguien por favor',
    thanksThen: 'ok gracias, aqui espero. oiga y tienen oficina en Los Angeles o en Chicago aunque sea?',
    says: /Los Ángeles.*Chicago|Chicago.*Los Ángeles/s,
    more: 'ok gracias. y si tengo otra pregunta?',
    alone: 'oiga, le puedo hacer otra pregunta?',
    askIt: /escribe aquí tu pregunta/i,
  },
  en: {
    first: 'hi, i live in phoenix and im from durango, i need a constancia de origen for something here',
    person: 'can i talk to someone please',
    thanksThen: 'ok thanks, ill wait for them. do you guys have an office in LA or Chicago at least?',
    says: /Los Angeles.*Chicago|Chicago.*Los Angeles/s,
    more: 'ok thanks. and what if i have another question?',
    alone: 'can i ask you something else?',
    askIt: /write your question here/i,
  },
  ht: {
    first:
      'bonjou, m rete Phoenix, m se moun Durango, m bezwen yon constancia de origen pou yon demach isit la',
    person: 'm vle pale ak yon moun souple',
    thanksThen: 'ok mèsi, m ap tann yo. eske nou gen biwo nan Los Angeles oswa Chicago omwen?',
    says: /Los Angeles.*Chicago|Chicago.*Los Angeles/s,
    more: 'ok mesi. e si m gen lot kesyon?',
    alone: 'eske m ka poze w yon lot kesyon',
    askIt: /ekri kesyon ou isit la/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a question after thanks, in %s', (lang) => {
  const c = CASES[lang];

  it('answers the question while in line, not the thanks', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    expect((await a.say(c.person)).report.queued).toBe(true);
    const reply = await a.say(c.thanksThen);
    expect(texts(reply)).toMatch(c.says);
    expect(reply.lang).toBe(lang);
  });
});

// "y si tengo otra pregunta?" with nothing asked yet is read as what it is (session 46; it read
// as who may apply in es and en): the reply asks for the question, with or without thanks before it.
describe.each(Object.keys(CASES) as Lang[])('"what if I have another question?", in %s', (lang) => {
  const c = CASES[lang];

  it('asks for the question, neither an aspect of the topic nor the topic again', async () => {
    for (const more of [c.more, c.alone]) {
      const a = await testAssistant();
      await a.say(c.first);
      const reply = await a.say(more);
      expect(texts(reply)).toMatch(c.askIt);
      expect(texts(reply)).not.toMatch(c.says);
      expect(reply.lang).toBe(lang);
    }
  });
});
