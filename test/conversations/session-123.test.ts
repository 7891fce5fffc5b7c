/**
 * What session 123's fresh sets and judge found, each through the real engine with wording written for this test: two
 * aspects asked with a topic, a child born "over there" after coming back, a detained brother beaten, a boss's deadline,
 * officers or a caller who want money now, a minor gone to cross with no news, the office in a US city, its help's cost
 * and nowhere to go in a danger, harming oneself denied, a parent's visit asked later, care asked of "here". Each fails
 * on 8963528.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('what a question asks, all of it', () => {
  it('the cost and the papers asked with a topic: both answered', async () => {
    const turn = await lastTurnOf('what does an apostille cost and which documents do i have to bring');
    expect(texts(turn)).toMatch(/cost/);
    expect(texts(turn)).toMatch(/papers or details you need/);
  });

  it('children born "over there", told after coming back from the US: registering them in Mexico', async () => {
    const turn = await lastTurnOf(
      'me regrese de estados unidos hace dos meses, como meto a mis hijos a la escuela aqui',
      'los dos nacieron alla',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('"I feel really depressed" first, the topic model unsure: psychological support', async () => {
    const turn = await lastTurnOf(
      'good evening, im in texas and my family is back in durango, 8 years without seeing them, i feel really depressed',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a mother in line who has not seen her son for years asks how to go and see him: the parents’ visas', async () => {
    const turn = await lastTurnOf(
      'mi esposo trabajo en el otro lado, cobra pension?',
      'si quiero hablar con alguien',
      'otra pregunta: mi hija esta en phoenix sin papeles y no la veo desde hace 9 años, hay manera de ir a verla?',
    );
    expect(texts(turn)).toMatch(/Abrazando Almas/);
  });
});

describe('dangers told, and look-alikes', () => {
  it('a deadline that "will kill me" at work: the apostille, no emergency', async () => {
    const turn = await lastTurnOf(
      'my supervisor is gonna kill me if i dont bring him this apostille by monday',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('apostille');
  });

  it('officers holding the person now and wanting money: extortion, urgent', async () => {
    const turn = await lastTurnOf(
      'yon ajan migrasyon kenbe m bo tèminal la, li di si m pa ba l 1000 peso l ap depòte m',
    );
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
  });

  it('a caller who will harm the children unless paid: urgent', async () => {
    const turn = await lastTurnOf(
      'a man from church keeps messaging me that he will call ICE on me and hurt my son if i dont give him money',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a minor who went to cross with no news for two days: a child alone, urgent', async () => {
    const turn = await lastTurnOf(
      'mi nieta de 15 años se fue a cruzar la frontera con un pollero y no sabemos nada de ella desde hace 2 dias',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('harming oneself denied, a counsellor asked: psychological support, no emergency', async () => {
    const turn = await lastTurnOf(
      'since i got deported i feel low, like really down. not gonna hurt myself or anything. is there a psychologist?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a brother held by ICE said to be beaten by guards: the detained’s line, not "get away"', async () => {
    const turn = await lastTurnOf(
      'my cousin was arrested by ICE in houston and we dont know where he is',
      'he told his wife the guards hit him',
    );
    expect(texts(turn)).toMatch(/CNDH/);
    expect(texts(turn)).not.toMatch(/get away/);
  });
});

describe('in a danger, what was asked', () => {
  it('the Durango office in a US city asked: the offices there', async () => {
    const turn = await afterEmergency(
      'someone took my phone and wallet at gunpoint right now',
      'is there a durango office in chicago?',
    );
    expect(texts(turn)).toMatch(/Los Angeles and Chicago/);
  });

  it('what the office charges for its help: the office’s costs, not "your safety first"', async () => {
    const turn = await afterEmergency(
      'some men are following me with a knife right now',
      'how much do you guys charge to help',
    );
    expect(texts(turn)).toMatch(/prices for the Institute's services/);
  });

  it('out of where they were held, nowhere else to go: where a rescued victim is taken in', async () => {
    const turn = await afterEmergency(
      'they locked us in a house and dont let us leave',
      'i have no other place to go',
    );
    expect(texts(turn)).toMatch(/FEVIMTRA/);
  });
});

describe('care on the road', () => {
  it('whether care is free "here", right after the sources named none in that town: that silence first', async () => {
    const a = await testAssistant();
    await a.say(
      'estamos en gomez palacio, mi niña tiene calentura desde ayer, donde la puede ver un doctor?',
    );
    const turn = await a.say('y ahi la atienden gratis aunque no tengamos papeles?');
    expect(texts(turn)).toMatch(
      /^Nuestras fuentes no nombran ninguna clínica ni lugar de atención en G[oó]mez Palacio/,
    );
  });

  it('pregnant, deported to a border town, asking where to be checked: that town’s care', async () => {
    const turn = await lastTurnOf(
      'estoy embarazada de 6 meses, me deportaron a mexicali y no tengo seguro, donde me chequen',
    );
    expect(texts(turn)).toMatch(/Mexicali/);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });
});

describe('what a review found the new rules must not take', () => {
  it('a wish to die told beside "I won\'t do it": still the suicide line, urgent', async () => {
    const turn = await lastTurnOf(
      'i dont want to be alive anymore, i wont kill myself but i keep thinking about it',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a bond immigration asks for, or a fine: no extortion', async () => {
    const turn = await lastTurnOf(
      'my husband is detained by ICE and they told us if we dont pay the bond they will deport him',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a paper left behind by a child of ten: no child alone', async () => {
    const turn = await lastTurnOf(
      'my daughter is 10 and she left her birth certificate in gomez palacio, can i get a copy',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a boss who will kill over money owed: still a threat', async () => {
    const turn = await lastTurnOf('my boss says he will kill me if i dont have his 400 dollars by saturday');
    expect(turn.report.emergency).toBe(true);
  });
});
