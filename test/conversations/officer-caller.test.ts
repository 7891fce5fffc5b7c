/**
 * A caller who says they are an officer (immigration, the police, the National Guard) and asks
 * the family for money is an extortion, told as the first message or after a question about the
 * relative (session 47: a mother asking whether her daughter was detained got the cost of the
 * search; a son in Chicago got legal advice). A question about bail with no such call stays on
 * the procedure. In each language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { before: string; call: string; bail: string }> = {
  es: {
    before: 'como puedo saber si mi sobrino esta detenido en texas, cruzo el viernes',
    call: 'ahorita me marcaron, dijeron que son de migracion y que tengo que depositar 40 mil pesos o lo dejan preso',
    bail: 'mi hermano esta detenido por inmigracion en el paso, cuanto cuesta la fianza?',
  },
  en: {
    before: 'how do i find out if my cousin was detained at the border last week',
    call: 'some man keeps calling my grandma claiming hes from the police and that she has to wire 2000 dollars today',
    bail: 'my brother is detained by immigration in el paso, how much is the bond?',
  },
  ht: {
    before: 'kijan m ka konnen si kouzen m arete sou fwontyè a semèn pase',
    call: 'gen yon nèg k ap rele manman m, li di se migrasyon li ye, fòk li voye 1500 dola jodi a',
    bail: 'frè m arete nan imigrasyon El Paso, konbyen kosyon an koute?',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a caller posing as an officer, in %s', (lang) => {
  it('is an emergency as the first message, with 911 before any deposit', async () => {
    const a = await testAssistant();
    const first = await a.say(CASES[lang].call);
    expect(first.report.emergency).toBe(true);
    expect(texts(first)).toMatch(/911/);
    expect(first.lang).toBe(lang);
  });
  it('is an emergency after a question about the relative', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].before);
    const told = await a.say(CASES[lang].call);
    expect(told.report.emergency).toBe(true);
    expect(told.report.queued).toBe(true);
  });
  it('leaves a question about bail with no call to the procedure', async () => {
    const a = await testAssistant();
    const asked = await a.say(CASES[lang].bail);
    expect(asked.report.emergency).toBe(false);
  });
});
