/**
 * What session 94's fresh sets and judge found, each through the real engine with wording written for this test: a
 * paper that got lost is no one lost; "is it in Spanish or English?" asks, it switches nothing; sleeplessness told in
 * the middle of a form gets psychological support, and its cost asked next is that support's; safety reached (got
 * away, at a relative's, in a shelter) is good news; a swelling wound is care, "what happens if it gets infected?"
 * the 911 line, and a town the care names its own line; "ok thanks a lot" after an offer thanks; in an emergency, 911
 * asked from abroad, a psychologist's cost and a child who cannot sleep get their answers; "easier to not wake up" is a
 * danger; an office in Texas, staff who speak Kreyòl and the office's street asked again get theirs.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('readings that are no danger', () => {
  it('a certificate that got lost is a paper to replace, not someone lost', async () => {
    const turn = await lastTurnOf(
      'i studied in arizona and came back to durango, how do i validate my school',
      'my high school diploma got lost in the move',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/Grupos Beta rescue/);
  });

  it('asking which language a service is in switches nothing', async () => {
    const turn = await lastTurnOf(
      'i have a lot of anxiety, can i talk to a psychologist from the institute by phone?',
      'is it in spanish or english',
    );
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).not.toMatch(/español/);
  });
});

describe('a form interrupted', () => {
  it('sleeplessness told is psychological support, and its cost asked next is that support’s', async () => {
    const a = lastTurnOf(
      'frè m mouri nan yon aksidan nan Sonora, nou vle voye kò a Ayiti',
      'wi',
      'Wilson Pierre',
      'mwen pa ka manje, mwen pa ka dòmi depi sa rive',
    );
    expect(texts(await a)).toMatch(/sipò sikolojik/);
  });

  it('a question without a question mark is no answer to the form', async () => {
    const turn = await lastTurnOf(
      'mi tio murio en phoenix y queremos traerlo a durango',
      'si',
      'Rogelio Banda',
      'queremos saber si se puede traer en cenizas',
    );
    expect(texts(turn)).toMatch(/\(2\/6\)/);
  });
});

describe('answers inside a sentence', () => {
  it('a name told with an age at the name question is the name', async () => {
    const turn = await lastTurnOf(
      'kouzen m disparèt depi 2 semèn, li t ap travèse Chiapas',
      'wi',
      'Jean Wesner Paul, li gen 31 an',
    );
    expect(texts(turn)).toMatch(/\(2\/6\)/);
  });
});

describe('safety reached in an emergency', () => {
  it.each([
    [
      'en',
      'my boyfriend is hitting me and says he will kill me',
      'i ran to my cousins house now, im ok',
      /glad/,
    ],
    ['ht', 'mari m ap bat mwen, li di l ap touye m', 'li soti, mwen al kay vwazen m', /kontan/],
  ])('is good news (%s)', async (_lang, danger, safe, line) => {
    const turn = await afterEmergency(danger, safe);
    expect(texts(turn)).toMatch(line);
  });
});

describe('care on the road', () => {
  it('a wound that swells is care, not the emergency flow', async () => {
    const turn = await lastTurnOf(
      'me raspe la pierna con una cerca y se me esta hinchando, andamos por tuxtla',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/En Tuxtla Gutiérrez, IMSS-Bienestar/);
    expect(texts(turn)).not.toMatch(/Matamoros/);
  });

  it('"what happens if it gets infected?" gets the 911 line', async () => {
    const turn = await lastTurnOf(
      'mi hijo tiene calentura desde ayer y andamos en tapachula, donde lo llevo',
      'y que pasa si le sube la calentura?',
    );
    expect(texts(turn)).toMatch(/911/);
  });

  it('the town told after the care gets its own line', async () => {
    const turn = await lastTurnOf(
      'my daughter has a fever since yesterday, where can a doctor see her?',
      'we are in matamoros',
    );
    expect(texts(turn)).toMatch(/In Matamoros, IMSS-Bienestar/);
    expect(texts(turn)).not.toMatch(/Tijuana/);
  });

  it('a person asked for with the town after the care is passed on', async () => {
    const turn = await lastTurnOf(
      'mi niña tiene calentura desde anoche, andamos en saltillo de paso, donde la atienden sin cobrar',
      'si paseme con alguien porfa que me diga donde aqui en saltillo',
    );
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).not.toMatch(/Tijuana/);
  });

  it('"ok thanks a lot" after the offer of a person thanks', async () => {
    const turn = await lastTurnOf(
      'my baby has a fever and we are in tijuana, where can we see a doctor',
      'ok thanks a lot',
    );
    expect(turn.report.queued).toBe(false);
  });
});

describe('questions in an emergency', () => {
  it('how to call 911 from the US gets what the sources say of calling from abroad', async () => {
    const turn = await afterEmergency(
      'mi hija me llamo llorando de gomez palacio, su padrastro le pega a ella y a su hermanito',
      'y yo como hablo al 911 de mexico estando aca en chicago',
    );
    expect(texts(turn)).toMatch(/otro país/);
    expect(turn.report.topic).toBe('emergency');
  });

  it('a psychologist’s cost asked after thoughts of suicide is psychological support', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, todo me sale mal',
      'no tengo dinero pa pagar un psicologo',
    );
    expect(turn.report.topic).toBe('psych_support');
    expect(turn.report.facet).toBe('cost');
  });

  it('"easier to just not wake up" told in the middle of a procedure is a danger', async () => {
    const turn = await lastTurnOf(
      'my dad is sick in california, can i get a humanitarian permit to see him? i was deported',
      'no work here, nobody, honestly it would be easier to just not wake up tomorrow',
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('the office', () => {
  it('an office in Texas asked without Durango named gets the offices in the US', async () => {
    const turn = await lastTurnOf(
      'we need the apostille for my kids birth certificates',
      'is there an office in texas we can go to? houston maybe?',
    );
    expect(texts(turn)).toMatch(/Los Angeles (and Chicago|office)/);
  });

  it('whether the staff speak Kreyòl gets the office’s answer on languages', async () => {
    const turn = await lastTurnOf(
      'm bezwen kat imanitè a',
      'wi mwen vle pale ak yon moun',
      'eske moun nan ap pale kreyòl?',
    );
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).toMatch(/kreyòl/);
  });

  it('the street asked again gets the street, not a sentence about foreigners', async () => {
    const turn = await lastTurnOf(
      'quiero info de abrazando almas para mi mama',
      'y donde esta la oficina de ustedes',
      'perdon, donde queda la oficina?',
    );
    expect(texts(turn)).toMatch(/144/);
  });
});
