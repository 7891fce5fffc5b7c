/**
 * Money and the police in an emergency under way, through the real engine, with wording
 * written for these tests (new writers' conversations, session 34): a guide who left someone in
 * the desert and asks the family for money gets the one sourced line for it (call 911 before
 * depositing anything), in each language; it was answered "keep writing here"; and "if I call
 * 911, will they deport us?" gets what the sources say about it, not the line for people who
 * cannot call. Money demanded, told rather than asked ("now they want 8000 dollars"), gets the
 * same line; a question about a place ("will they see him at the hospital without papers?") is
 * no place where the person is. In a medical emergency, "the hospital will charge us, I only have
 * 200 pesos" gets what the sources say of care for migrants on the road and what it costs.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const DESERT: Record<Lang, { danger: string; money: string; line: RegExp }> = {
  es: {
    danger:
      'mi hermano cruzo por sasabe y el guia lo dejo en el desierto, ya no tiene agua y no puede caminar',
    money: 'ahorita el guia le marco a mi mama que le depositemos 6 mil y va por el',
    line: /antes de depositar/,
  },
  en: {
    danger:
      'my cousin crossed near altar and the guide left him in the desert, he has no water and cant walk anymore',
    money: 'the guide is calling my aunt, should we pay him so he goes back for him?',
    line: /before you pay or deposit/,
  },
  ht: {
    danger: 'frè m nan travèse bò altar, gid la kite l nan dezè a, li pa gen dlo e li pa ka mache ankò',
    money: 'gid la rele manman m, li di fòk nou voye 500 dola pou l al chèche l, èske nou dwe peye l?',
    line: /911/,
  },
};

describe.each(Object.keys(DESERT) as Lang[])('money asked for in a desert emergency, in %s', (lang) => {
  it('gets the line for money asked under threat', async () => {
    const s = DESERT[lang];
    const a = await testAssistant({ channel: 'whatsapp' });
    const first = await a.say(s.danger);
    expect(first.report.emergency).toBe(true);
    const money = await a.say(s.money);
    expect(money.report.emergency).toBe(true);
    expect(texts(money)).toMatch(s.line);
    expect(texts(money)).toMatch(/089/);
  });
});

describe('the police asked about in an emergency under way', () => {
  it('answers "if I call 911, will they deport us?" from what the sources say', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(
      'unos tipos nos golpearon en la central de autobuses de saltillo y a mi amigo le sangra la cabeza',
    );
    const police = await a.say('si marco al 911 nos van a deportar? somos hondureños sin papeles');
    expect(texts(police)).toMatch(/situación migratoria/);
    expect(texts(police)).not.toMatch(/Sin saldo/);
  });
});

describe('money demanded, told rather than asked', () => {
  it('gets the line for money asked under threat', async () => {
    const a = await testAssistant({ channel: 'telegram' });
    await a.say('my brother was kidnapped in reynosa, they took him off the bus yesterday');
    const told = await a.say('a man called from his phone, now they want 8000 dollars by tonight');
    expect(texts(told)).toMatch(/before you pay or deposit/);
  });
});

describe('a question about a place in an emergency', () => {
  it('is answered, not noted as where the person is', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(
      'a mi esposo lo atropellaron en la carretera cerca de saltillo, esta sangrando mucho de la pierna',
    );
    const asked = await a.say('en el hospital lo atienden aunque no tenga papeles?');
    expect(texts(asked)).not.toMatch(/Lugar anotado/);
  });
});

describe('care that costs money in a medical emergency', () => {
  it('gets what the sources say of care on the road and its cost', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('my little boy has diarrhea since sunday, now he doesnt pee and is very sleepy');
    const money = await a.say(
      'the lady at the shelter says the hospital will charge us. we only have 300 pesos',
    );
    expect(money.report.emergency).toBe(true);
    expect(money.report.facet).toBe('cost');
    expect(texts(money)).toMatch(/free care/);
  });
});

// Session 40: police not trusted in an extortion ("la policía de aquí no me da confianza") gets
// the anonymous report line, not the generic "staff have your case".
describe('police not trusted during an extortion', () => {
  it('gets the anonymous report line (089)', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say('me estan llamando que tienen a mi hijo y quieren dinero')).report.emergency).toBe(
      true,
    );
    const turn = await a.say('la policia de aqui no me da confianza');
    expect(texts(turn)).toMatch(/089/);
  });
});

// Session 40 (blind judge): money demanded again ("volvieron a hablar, ahora piden 30 mil") printed
// the money line twice in one reply; it is said once, with a line not said yet.
describe('money demanded again in an extortion', () => {
  it('says the money line once, and something new', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('me hablaron que tienen a mi hijo y que si no deposito 20 mil lo matan')).report.emergency,
    ).toBe(true);
    await a.say('le deposito?');
    const again = await a.say('volvieron a hablar ahora piden 30 mil y q tengo hasta las 6 de la tarde');
    const said = texts(again);
    expect(said.match(/antes de depositar nada/g)?.length).toBe(1);
    // Told of a son held by others, the line is what the parent knows (session 125), not where they are.
    expect(said).toMatch(/Sigue escribiendo aquí todo lo que sepas|personal/);
  });
});
