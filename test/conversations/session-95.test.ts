/**
 * What session 95's fresh sets and judge found, each through the real engine with wording written for this test: a
 * need of another procedure told as a fact moves there; after an extortion call is over, "they know where we live" is
 * a danger again, calls that go on get the money's line and a relative reached who paid nothing is good news; which
 * number to call if threatened gets 911, not a place in line; a sick child who starts shaking is an emergency, and
 * "I'm going now" after the care's offer queues no one; crying all day is psychological support; a bribe asked on
 * the way home is no question of who the programme is for; a doctor needed by a pregnant wife is care; care sought
 * in a town the sources name none in gets the far towns once, then that silence alone, and "is there nothing there?"
 * stays on it.
 */
import { describe, expect, it } from 'vitest';
import { lastTurnOf, texts } from '../support/assistant.ts';

describe('a need told as a fact', () => {
  it('a certified copy of a birth certificate needed, told on the humanitarian permit, is that procedure', async () => {
    const turn = await lastTurnOf(
      'quiero el permiso humanitario pa ir a ver a mi apa que esta grave en california',
      'tmb ocupo una copia certificada de mi acta de nacimiento de durango',
    );
    expect(turn.report.topic).toBe('state_documents');
  });
});

describe('after an extortion call is over', () => {
  const over = [
    'me hablaron que tenian secuestrado a mi sobrino y que depositara',
    'ya me contesto mi sobrino!! esta bien en la escuela',
  ] as const;

  it('"they know where we live" is a danger again', async () => {
    const turn = await lastTurnOf(...over, 'ya saben mi nombre y donde vivo, me da miedo');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('calls that go on get the line on money asked, not the place in line', async () => {
    const turn = await lastTurnOf(...over, 'y siguen marcando a cada rato, que hago');
    expect(texts(turn)).toMatch(/no pagues/);
    expect(texts(turn)).not.toMatch(/Tu lugar en la fila/);
  });

  it('a relative reached who paid nothing is good news', async () => {
    const turn = await lastTurnOf(
      'someone called my grandma in Lerdo saying they have me and she has to pay, im fine in Denver',
      'my uncle went to her house, she didnt pay anything',
    );
    expect(texts(turn)).toMatch(/glad/);
    expect(texts(turn)).not.toMatch(/You're welcome/);
  });
});

describe('numbers and care', () => {
  it('which number to call if threatened gets 911, not a place in line', async () => {
    const turn = await lastTurnOf(
      'kijan pou m renouvle kat rezidan tanporè m?',
      'si yon moun menase nou nan wout la, ki nimewo pou nou rele?',
    );
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/911/);
  });

  it('a sick child who starts shaking is an emergency; "I am going now" after it queues no one', async () => {
    const turn = await lastTurnOf(
      'pitit fi m nan gen lafyèv depi maten, nou nan Tapachula, kote pou m mennen l?',
      'li komanse tranble anpil kounya a',
    );
    expect(turn.report.emergency).toBe(true);
    const going = await lastTurnOf(
      'pitit fi m nan gen lafyèv depi maten, nou nan Tapachula, kote pou m mennen l?',
      'ok mwen prale kounya',
    );
    expect(going.report.queued).toBe(false);
  });

  it('a doctor needed by a pregnant wife is care', async () => {
    const turn = await lastTurnOf(
      'my wife and I are from Honduras and want to ask for refuge in Mexico',
      'my wife also needs a doctor, shes 6 months pregnant',
    );
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('care sought again in a town the sources name none in: that silence alone, not the far towns again', async () => {
    const care = [
      'mi niña trae calentura y vamos de paso, donde la revisan',
      'estamos en torreon',
      'pero en torreon no hay doctor?',
    ] as const;
    const turn = await lastTurnOf(...care);
    expect(texts(turn)).toMatch(/Como te dije/);
    expect(texts(turn)).not.toMatch(/Tijuana/);
    const again = await lastTurnOf(...care, 'y ahi no hay nada?');
    expect(again.report.topic).toBe('transit_safety');
  });
});

describe('other topics', () => {
  it('crying all day is psychological support', async () => {
    const turn = await lastTurnOf(
      'my brother died in Houston, how do we bring him to Durango',
      'my dad barely eats, he cries all day',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a bribe asked on the way home is no question of who the programme is for', async () => {
    const turn = await lastTurnOf(
      'im driving to durango in december with my family, what is the paisano program',
      'can i bring my tools',
      'and what if an officer asks me for a bribe',
    );
    expect(turn.report.facet).not.toBe('eligibility');
    expect(texts(turn)).not.toMatch(/It is for Mexicans who live abroad/);
  });
});
