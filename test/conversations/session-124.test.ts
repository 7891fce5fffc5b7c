/**
 * What session 124's fresh sets and judge found, each through the real engine with wording written for this test: a
 * caller who says he is from immigration (and a relative who says she has the baby, no danger), a name told in Kreyòl
 * at a form's question, the way home paid, a person to call a relative, a danger back while waiting, someone asked to
 * answer, a fact told with a question, a birth abroad after the office, a pregnancy never checked, a language asked in
 * a danger, the Grupos Beta where no clinic is named, papers asked where no clinic is
 * named. Each fails on 55d3813 but the relative's, which guards the new pattern.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('dangers told, and what follows them', () => {
  it('a caller who says he is from immigration and wants pesos or he deports them (Kreyòl): urgent', async () => {
    const turn = await lastTurnOf(
      'bonswa, yon mesye rele m, li di l se ajan imigrasyon, fok mwen peye 3000 peso oswa l ap depòte m',
    );
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
  });

  it('a relative who calls to say she has the child and needs money for the bus: no emergency', async () => {
    const turn = await lastTurnOf(
      'my aunt called, she says she has the baby and needs money for the bus, how do i send it',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('nobody wrote, and he is back at the door (Kreyòl): the danger’s lines, not the queue', async () => {
    const turn = await afterEmergency(
      'mari m ap menase m, li di l ap touye m, m pè anpil',
      'poukisa pa gen moun ki ekri m? li retounen, l ap kase pòt la',
    );
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/nan liy lan/);
    expect(texts(turn)).toMatch(/ale lwen/);
  });

  it('“someone answer me”, no news of a brother in a danger, after two hours: the wait', async () => {
    const a = await testAssistant();
    await a.say('ayuda mi hermano me hablo, esta perdido en el desierto de arizona sin agua desde ayer');
    a.clock.time += 2 * 3600 * 1000;
    const turn = await a.say(
      'alguien que me conteste porfa, ya es de noche y sigo sin saber nada de mi hermano',
    );
    expect(texts(turn)).toMatch(/fila urgente/);
    expect(turn.report.topic).not.toBe('psych_support');
  });

  it('whether someone speaks Kreyòl, asked in a danger: what the sources say of the staff’s languages', async () => {
    const turn = await afterEmergency('m pa vle viv ankò, m fatige', 'eske gen moun ki pale kreyol?');
    expect(texts(turn)).toMatch(/kreyòl/);
    expect(texts(turn)).not.toMatch(/Premye bagay/);
  });

  it('seven months pregnant and never checked: care on the road, no emergency', async () => {
    const turn = await lastTurnOf(
      'tengo 8 meses de embarazo y no me he checado, ando en Saltillo sin papeles',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('what a message does in the conversation', () => {
  it('a name told in Kreyòl with an age at the form’s name question: the name kept', async () => {
    const turn = await lastTurnOf(
      'sè m disparèt sou wout la depi 2 semèn, dènye fwa li te Tapachula. kisa m ka fè?',
      'wi',
      'non l se Roseline Pierre, 24 an',
    );
    expect(texts(turn)).not.toMatch(/Non: 24 an/);
    expect(texts(turn)).not.toMatch(/M korije/);
  });

  it('the Institute paying the bus home, asked after a deportation: the help after it, not the office’s fees', async () => {
    const turn = await lastTurnOf(
      'deportaron a mi esposo a nuevo laredo ayer, es de lerdo durango, que apoyo hay?',
      'can the institute pay his bus to lerdo',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(turn.report.facet).toBe('cost');
  });

  it('a person from the programme asked to call a relative: a person', async () => {
    const turn = await lastTurnOf(
      'how can my parents visit me in the us? they are from durango',
      'can a person from the program call my dad? he has no internet',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('an age told with where to go: the ages weighed and the consulate', async () => {
    const turn = await lastTurnOf(
      'my grandpa worked 20 years in texas, can he get social security from there?',
      'tiene 70 años. a donde tiene que ir',
    );
    expect(texts(turn)).toMatch(/Consulado General/);
  });

  it('a US birth and a Mexican birth certificate asked after the office’s address: dual nationality', async () => {
    const turn = await lastTurnOf(
      'what is your address',
      'my grandson was born in houston, how do we get his mexican birth certificate over here',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('the road, where the sources name no clinic', () => {
  it('whether there is a Grupo Beta there, asked after the care: where the Grupos Beta are', async () => {
    const turn = await lastTurnOf(
      'we are in san luis potosi with my son 4 years, fever since yesterday. where is a free doctor',
      'we are in san luis potosi city. is there grupo beta here?',
    );
    expect(texts(turn)).toMatch(/22 Grupos Beta/);
  });

  it('care without papers asked where none is named: what the sources say of care without papers', async () => {
    const turn = await lastTurnOf(
      'estoy en torreon, tengo 5 meses de embarazo y me duele la espalda, donde me pueden revisar',
      'estoy en torreon, no hay nada aqui? no tengo papeles, me van a atender en el hospital?',
    );
    expect(texts(turn)).toMatch(/situación migratoria/);
  });
});
