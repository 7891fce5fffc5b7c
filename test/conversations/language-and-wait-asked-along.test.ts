/**
 * What a judge's people (session 52) asked along with something else, with wording written for
 * this test, through the real engine:
 * - a language asked for while asking for a person or the wait ("quiero hablar con alguien, en
 *   español si se puede"; "how many ahead of me? write in english please") after another language
 *   was chosen: the language changes, and the rest is answered;
 * - "we are still waiting… how long?" in line: the place in line, not a procedure's time;
 * - a man who offers to do the papers for money: the sources' "apply yourself, pay no one".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<
  Lang,
  { first: string; other: string; person: string; still: string; inLine: RegExp; fixer: string; self: RegExp }
> = {
  es: {
    first: 'hello, i need help with a humanitarian card, im from honduras',
    other: 'can you write in english please',
    person: 'ahora quiero hablar con alguien de la oficina, en español si es posible',
    still: 'seguimos esperando... cuanto tiempo mas?',
    inLine: /fila/,
    fixer: 'un señor dice q me saca la tarjeta humanitaria si le doy 4 mil pesos, le pago?',
    self: /intermediarios|no le pagues/,
  },
  en: {
    first: 'hola, necesito ayuda con la tarjeta humanitaria, soy de honduras',
    other: 'mejor en español por favor',
    person: 'now i want to talk to someone from the office, in english if possible',
    still: 'still waiting... how much longer?',
    inLine: /queue/,
    fixer: 'a guy says he can get me the humanitarian card if i give him 4000 pesos, should i pay him?',
    self: /middlemen|do not pay anyone/,
  },
  ht: {
    first: 'hello, i need help with a humanitarian card, im from haiti',
    other: 'can you write in english please',
    person: 'kounye a m vle pale ak yon moun nan biwo a, an kreyòl si posib',
    still: 'nou toujou ap tann... konbyen tan ankò?',
    inLine: /liy/,
    fixer: 'yon msye di m li ka fè kat imanitè a pou mwen si m ba li 4000 peso, eske m peye l?',
    self: /pa peye pèsonn/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('asked along with something else, in %s', (lang) => {
  const c = CASES[lang];

  it('changes the language asked for with a person, then gives the wait to "still waiting"', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    await a.say(c.other);
    const queued = await a.say(c.person);
    expect(queued.report.queued).toBe(true);
    expect(queued.lang).toBe(lang);
    const wait = await a.say(c.still);
    expect(wait.lang).toBe(lang);
    expect(texts(wait)).toMatch(c.inLine);
  });

  it('answers a man who offers the papers for money with the sources', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    expect(texts(await a.say(c.fixer))).toMatch(c.self);
  });
});
