/**
 * What session 83's fresh sets and its judge (judge83) found, each through the real engine with
 * wording written for this test: an age asked about ("is 61 old enough?") is set against the ages the
 * sources give; thanks with good news is no question; a question that names nothing, asked in line
 * after a clause that names the topic, is that topic's; staying or leaving asked one way, and paying
 * proposed, in an emergency get the danger's lines; the office's own topic holds no procedure's
 * talk; asking to apply for another procedure by name moves there; "quiero ablar con alguien" asks for
 * a person; a fever gone down is no danger; only what says where is noted as the place; a term the
 * model is sure of moves a question that points back ("…ki kote m ka jwenn yon avoka? konbyen sa koute?").
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const PENSION = {
  es: 'mi suegro trabajo 22 años en arizona, le pueden ayudar a cobrar su pension de alla?',
  en: 'my father in law worked 22 years in arizona, can you help him get his social security pension?',
  ht: 'bòpè m te travay 22 an nan Arizona, èske nou ka ede l touche pansyon sekirite sosyal li?',
} as const;

describe('an age asked about a topic whose sources give ages', () => {
  it.each([
    ['es', 'y si tiene 61 años ya le toca?', /61/],
    ['en', 'he is 61 now, is that old enough?', /61/],
    ['ht', 'si li gen 61 an, èske li ka jwenn li?', /61/],
  ] as const)(
    'is set against those ages, not the eligibility paragraph again (%s)',
    async (lang, asked, age) => {
      const a = await testAssistant();
      await a.say(PENSION[lang]);
      const turn = await a.say(asked);
      expect(turn.report.topic).toBe('us_pension');
      expect(texts(turn)).toMatch(age);
      expect(texts(turn)).toMatch(/60/);
      expect(texts(turn)).toMatch(/62/);
    },
  );

  it('on a topic without ages stays the question asked (a CURP, not who may)', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m se ayisyen, m bezwen konnen kijan pou m jwenn CURP kòm etranje');
    const turn = await a.say('m gen 31 an, m ap travay nan yon faktori nan Monterrey, èske m ka jwenn CURP?');
    expect(turn.report.facet).not.toBe('eligibility');
  });
});

describe('thanks, then good news', () => {
  it('is a goodbye, not the first answer again', async () => {
    const a = await testAssistant();
    const opened = await a.say('how do i get my kid a us passport, he was born in san antonio');
    const turn = await a.say('thanks a lot, good news my son finally got his passport!');
    expect(turn.report.topic).toBe('none');
    expect(texts(turn)).not.toBe(texts(opened));
    expect(texts(turn)).not.toMatch(/DS-160|Monterrey/);
  });
});

describe('in line, a question that names nothing after a clause that names the topic', () => {
  it('is that topic’s question, not the topic before’s aspect', async () => {
    const a = await testAssistant();
    await a.say('necesito hablar con una persona por favor');
    await a.say(
      'sigo esperando. a mi hermano lo deportaron a tijuana, como funciona la ayuda para deportados?',
    );
    const turn = await a.say(
      'sigo esperando. quiero apostillar un acta de nacimiento de texas, como funciona eso?',
    );
    expect(turn.report.topic).toBe('apostille');
    expect(turn.report.queued).toBe(true);
  });
});

describe('in an emergency', () => {
  it.each([
    [
      'en',
      'my boyfriend is drunk and hit me, he is yelling outside the bathroom where i locked myself',
      'should i run out to the street?',
    ],
    ['ht', 'mari m bwè, li frape m, m kache lakay vwazen an', 'eske m ta kite kay la?'],
  ] as const)(
    'staying or leaving asked one way gets the danger’s lines (%s)',
    async (_lang, danger, asked) => {
      const a = await testAssistant();
      await a.say(danger);
      const turn = await a.say(asked);
      expect(turn.report.emergency).toBe(true);
      expect(texts(turn)).toMatch(/911/);
      expect(texts(turn)).not.toMatch(/Grupos Beta|Ixtepec|albergue|abri|COMAR|INM/i);
    },
  );

  it('paying proposed by someone else gets the line on depositing', async () => {
    const a = await testAssistant();
    await a.say('unos tipos tienen a mi primo en una casa en sonoyta y piden 3 mil dolares o lo matan');
    const turn = await a.say('mi hermana dice q mejor pagamos');
    expect(texts(turn)).toMatch(/antes de depositar/i);
  });

  it('a question asked after what is told is not noted as the place', async () => {
    const a = await testAssistant();
    await a.say('two guys in a car are following me, i ran into a gas station store');
    const turn = await a.say('my phone has no mexican plan idk if 911 works. should i stay in the store?');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/idk if 911 works/);
  });
});

describe('questions in the middle of a conversation', () => {
  it('the office’s own topic holds no procedure: the constancia de origen is its own answer', async () => {
    const a = await testAssistant();
    await a.say('who is this? a person or a machine?');
    const turn = await a.say('whats the constancia de origen and who issues it?');
    expect(turn.report.topic).toBe('state_documents');
  });

  it('asking to apply for another procedure by name moves there', async () => {
    const a = await testAssistant();
    await a.say('como saco la tarjeta de visitante por razones humanitarias?');
    const turn = await a.say('y si mejor solicito refugio?');
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/COMAR/);
  });

  it('"quiero ablar con alguien", typed without the h, asks for a person', async () => {
    const a = await testAssistant();
    await a.say('hola, mi niño tiene tos y calentura desde ayer, estamos en juarez, donde lo atienden?');
    const turn = await a.say('quiero ablar con alguien porfavor');
    expect(turn.report.queued).toBe(true);
  });

  it('a lawyer asked about with "how much is that" on status is legal advice', async () => {
    const a = await testAssistant();
    await a.say('kijan pou m jwenn kat vizitè pou rezon imanitè?');
    const turn = await a.say('patwon an pa peye m de semèn. ki kote m ka jwenn yon avoka? konbyen sa koute?');
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('an aspect asked twice in one message is answered once', async () => {
    const a = await testAssistant();
    await a.say('my son was born in dallas, how do we get him a us passport from durango?');
    const turn = await a.say(
      'also i need my marriage certificate from texas apostilled, can you do that and how long does it take?',
    );
    const said = texts(turn);
    expect(turn.report.topic).toBe('apostille');
    const sentences = said.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

describe('in line, good news about an illness', () => {
  it('is thanks, not the line for when it gets worse', async () => {
    const a = await testAssistant();
    await a.say('mi niño tiene calentura desde ayer y tos, estamos en matamoros, donde lo atienden gratis?');
    await a.say('quiero hablar con una persona');
    const turn = await a.say('ya se le quito la calentura gracias a dios, muchas gracias');
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('someone who fell or fainted and does not respond', () => {
  it.each([
    ['es', 'espereme, mi mama se acaba de desmayar aqui en la cocina y no responde'],
    ['en', 'hold on my grandpa just collapsed in the kitchen and is not responding'],
  ] as const)('is an emergency in the middle of a conversation (%s)', async (_lang, told) => {
    const a = await testAssistant();
    await a.say('quiero meter a mi papa al programa de abrazando almas, tiene 72');
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('while a call that dropped and does not answer is none', async () => {
    const a = await testAssistant();
    await a.say('quiero meter a mi papa al programa de abrazando almas, tiene 72');
    const turn = await a.say('se cayo la llamada con el consulado y ya no responde nadie');
    expect(turn.report.emergency).toBe(false);
  });
});
