/**
 * Follow-ups that session 60's fresh sets and its judge found misread, each through the real
 * engine with wording written for this test: "you already told me that" is a complaint about the
 * answers, not thanks; "better call me, here is my number" and "I need someone to actually do
 * something" ask for a person, and so does someone to explain it "by phone"; news closed with
 * thanks gets the thanks' reply; a greeting with "señorita" or "sir" is a greeting, not a request
 * the office does not do; a yes to the form's offer followed by a statement is a yes.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts, values } from '../support/assistant.ts';

describe('“you already said that”', () => {
  it.each([
    [
      'en',
      'my grandma wants a tourist visa to visit us in houston, can yall help?',
      'dude you just said the same thing again',
    ],
    [
      'es',
      'quiero tramitar la pension de mi papa, trabajo 15 años en texas',
      'eso ya me lo dijiste, parece disco rayado',
    ],
    ['ht', 'kijan pou m fè kat vizitè imanitè a?', 'ou deja di m sa, se menm bagay la ankò'],
  ])(
    'is a complaint: sorry, and the offer of a person, the topic kept (%s)',
    async (_lang, first, repeated) => {
      const a = await testAssistant();
      const opening = await a.say(first);
      const turn = await a.say(repeated);
      expect(turn.report.handoff).toBe(true);
      expect(turn.report.topic).toBe(opening.report.topic);
      expect(texts(turn)).toMatch(/Sorry that did not help|no haberte ayudado|sa pa t ede w/);
    },
  );

  it('with a question in it, the question is answered (es)', async () => {
    const a = await testAssistant();
    await a.say('quiero apostillar el acta de nacimiento de mi hijo que nacio en california');
    const turn = await a.say('eso ya me lo dijiste, yo pregunto cuanto cuesta');
    expect(turn.report.facet).toBe('cost');
  });
});

describe('a person asked for in other words', () => {
  it('“better call me, here is my number” queues (es)', async () => {
    const a = await testAssistant();
    await a.say(
      'mi papa tiene diabetes y lo deportaron hace un año, hay servicio medico para el en durango?',
    );
    const turn = await a.say('mejor llameme, le dejo mi numero 618 555 0199');
    expect(turn.report.queued).toBe(true);
  });

  it('“that didn’t help, I need someone to actually do something” queues (en)', async () => {
    const a = await testAssistant();
    await a.say('my brother got beat up by police in dallas and he is from durango, can you do anything');
    const turn = await a.say('that didnt help at all, i need someone to actually do something');
    expect(turn.report.queued).toBe(true);
  });
});

describe('someone to reach the person by phone', () => {
  it.each([
    [
      'es',
      'quiero pedir refugio, estoy en san luis potosi, donde lo pido',
      '¿habra alguien que me lo explique por telefono? no entiendo bien',
    ],
    [
      'en',
      'my dad is depressed since he came back to durango, do you have therapy?',
      'can someone from there call him to set it up?',
    ],
  ])('is a person asked for, not where the procedure is done (%s)', async (_lang, first, reach) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(reach);
    expect(turn.report.queued).toBe(true);
  });
});

describe('passed on in the middle of a form', () => {
  it('“si porfa páseme” at a form’s question queues, not filed as its answer (es)', async () => {
    const a = await testAssistant();
    await a.say('a mi hermano lo detuvo la migra en arizona hace 3 dias y no sabemos donde esta');
    await a.say('si');
    const turn = await a.say('si porfa paseme');
    expect(turn.report.queued).toBe(true);
  });
});

describe('news closed with thanks', () => {
  it.each([
    [
      'es',
      'mi niña tiene tos y calentura desde ayer, estamos en un albergue en tapachula, donde la pueden ver?',
      'ya la revisaron en el centro de salud, le dieron jarabe. muchas gracias de verdad',
    ],
    [
      'en',
      'my brother got deported to tijuana yesterday, how does he get home to durango?',
      'he made it to the bus station, his boss sent him money. thank you all',
    ],
  ])('gets the thanks’ reply, not a topic’s text (%s)', async (_lang, first, news) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(news);
    expect(turn.report.topic).toBe('none');
    expect(texts(turn)).toMatch(/^(De nada|You are welcome)/);
  });
});

describe('a complaint that leaves', () => {
  it('is still a complaint: sorry, and the offer of a person (ht)', async () => {
    const a = await testAssistant();
    await a.say('kijan pou m fè kat vizitè imanitè a?');
    const turn = await a.say('ou pa ka ede m vre. bye');
    expect(turn.report.handoff).toBe(true);
    expect(texts(turn)).toMatch(/sa pa t ede w/);
  });
});

describe('a greeting with a form of address', () => {
  it.each([
    ['es', 'buenas tardes señorita'],
    ['en', 'good morning sir'],
    ['ht', 'bonjou mesye'],
  ])('is a greeting with the menu (%s)', async (_lang, greeting) => {
    const a = await testAssistant();
    const turn = await a.say(greeting);
    expect(turn.report.topic).toBe('none');
    expect(texts(turn)).not.toMatch(/no lo hace esta oficina|this office does not do|biwo sa a pa fè/i);
    expect(values(turn).length).toBeGreaterThan(5);
  });
});

describe('a yes to the form’s offer, with a statement after it', () => {
  it('starts the form (ht)', async () => {
    const a = await testAssistant();
    await a.say('sè m te nan yon abri nan Tijuana, depi 4 jou m pa konn kote l ye');
    const turn = await a.say('wi, m ap ba w tout enfòmasyon yo');
    expect(texts(turn)).toMatch(/\(1\/\d\)/);
  });
});
