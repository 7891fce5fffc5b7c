/**
 * What session 111's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, fear told alone and whether to leave; a shelter for women asked in Kreyòl; the school "killing" someone; in
 * ordinary talk a pregnancy to be seen, therapy for those in another procedure, money sent home, land taken, what the
 * humanitarian card is, help to find work, school for a Haitian family, sent back to Haiti, living in Durango legally,
 * a visa to come to Mexico, the DS-160 for a young adult, news asked in line, a place to sleep on the road and who the
 * office serves.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger, what the person tells of themselves', () => {
  it('fear told alone: a line for the fear, not the words noted back nor "no problem"', async () => {
    const es = await afterEmergency(
      'unos hombres me tienen encerrado en un cuarto en matamoros y piden rescate',
      'estoy bien asustado',
    );
    expect(texts(es)).toMatch(/normal tener miedo/);
    expect(texts(es)).not.toMatch(/Anotado/);
    const ht = await afterEmergency(
      'gen mesye ki fèmen m nan yon chanm nan matamoros, y ap mande lajan pou lage m',
      'mwen pè anpil',
    );
    expect(texts(ht)).toMatch(/nòmal pou w pè/);
    expect(texts(ht)).not.toMatch(/Pa gen pwoblèm/);
  });

  it('whether to leave the house, under threats: go where it is safe, not the threat line again', async () => {
    const turn = await afterEmergency(
      'a man keeps texting me that he knows where i live in gomez palacio and he will hurt my son if i dont pay',
      'should i leave the house with my son?',
    );
    expect(texts(turn)).toMatch(/safe place or where there are more people/);
  });

  it('a place for women who suffer violence, asked in Kreyòl: where the sources send women', async () => {
    const turn = await afterEmergency(
      'mari m frape m e li di l ap touye m lè l tounen',
      'eske nou konnen yon kote fanm ki viktim vyolans ka rete ak timoun yo?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para Mujeres/);
  });

  it('the school "killing" someone over papers: the time asked, no emergency', async () => {
    const a = await testAssistant();
    await a.say('quiero registrar a mi hijo que nacio en phoenix');
    const turn = await a.say('y cuanto se tarda? la escuela me esta matando con tanto papel');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('health on the road', () => {
  it('a pregnancy never checked, in Tapachula: where to be seen there, not the help after a deportation', async () => {
    const turn = await lastTurnOf(
      'tengo 6 meses de embarazo y nunca me e checado, ando en tapachula, donde me revisan',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Raymundo Enríquez/);
  });

  it('a check-up asked in a town the sources name no care in: said so first', async () => {
    const turn = await lastTurnOf('mwen ansent 5 mwa, ki kote m ka fè yon konsiltasyon nan Saltillo?');
    expect(texts(turn)).toMatch(/pa nonmen okenn kote ki ede moun nan Saltillo/);
  });
});

describe('a question asked in another topic’s talk', () => {
  it('therapy for those doing another procedure: who the psychologists see', async () => {
    const turn = await lastTurnOf(
      'quiero sacar la doble nacionalidad de mi niña que nacio en dallas',
      'oi que tambien dan terapia a los que hacen tramites con ustedes, es verdad?',
    );
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).toMatch(/cualquiera de sus programas/);
  });

  it('the cheapest way to send "el dinero" home: FINABIEN', async () => {
    const turn = await lastTurnOf(
      'me regrese de colorado y quiero abrir una tiendita',
      'y para enviar el dinero de mi hermano desde alla cual sale mas barato?',
    );
    expect(texts(turn)).toMatch(/FINABIEN/);
  });

  it('a problem with a plot of land told: legal advice', async () => {
    const turn = await lastTurnOf(
      'necesito una copia del acta de nacimiento de mi abuelo',
      'tambien tenemos un problema con un terreno en nombre de dios, un tio se lo quiere quedar',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('what the humanitarian card is: that it lets one work', async () => {
    const turn = await lastTurnOf(
      'im from guatemala, im in saltillo and want to fix my papers to stay in mexico',
      'whats the humanitarian visitor card?',
    );
    expect(texts(turn)).toMatch(/lets you work/);
  });

  it('help to find work in the help on return: the National Employment Service', async () => {
    const turn = await lastTurnOf(
      'i came back from arizona two months ago, what programs are there for returnees',
      'and what job help do you have for returnees?',
    );
    expect(texts(turn)).toMatch(/National Employment Service/);
  });

  it('a visa to come to Mexico, in the talk of remains: the remains, not the US permit', async () => {
    const turn = await lastTurnOf(
      'frè m mouri nan Tijuana, nou vle voye kò l Ayiti',
      'fanmi nou ann Ayiti pa gen viza pou vin Meksik pou antèman an',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });

  it('the DS-160 for a young woman: the form, not the programme for older parents', async () => {
    const a = await testAssistant();
    await a.say('my son was born in houston and lives in durango, how do we get his us passport');
    const form = await a.say('also my sister wants a tourist visa to visit me, can you fill out her ds-160?');
    expect(texts(form)).toMatch(/DS-160/);
    expect(texts(form)).not.toMatch(/Abrazando Almas/);
    const wife = await lastTurnOf(
      'mi hijo nacio en el paso, como le saco la doble nacionalidad',
      'oiga y mi esposa quiere sacar visa pa ir a ver a su papa a el paso, ustedes le ayudan?',
    );
    expect(wife.report.topic).toBe('us_visa_passport');
  });
});

describe('Haitians in Mexico', () => {
  it('school for the children in a first message: the answer on school for migrant children', async () => {
    const turn = await lastTurnOf(
      'pitit mwen yo gen 6 ak 11 an, nou nan tijuana, eske yo ka antre lekòl si nou pa gen papye',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/PAPEM/);
  });

  it('"yo ka voye l tounen Ayiti?": a person sent back, not money sent', async () => {
    const turn = await lastTurnOf(
      'madanm mwen nan estasyon migrasyon Tapachula depi 2 semèn',
      'mwen vle pale ak yon moun',
      'yo ka voye l tounen ayiti?',
    );
    expect(texts(turn)).not.toMatch(/FINABIEN/);
  });

  it('living in Durango legally with a Mexican wife: status in Mexico, not the US visa', async () => {
    const turn = await lastTurnOf(
      'madanm mwen se meksiken, pitit nou fèt nan chicago, kijan pou l gen nasyonalite meksiken',
      'epi mwen menm, m ka viv Durango legalman ak fanmi m?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });
});

describe('the office and the line', () => {
  it('"do you help people from Durango?": what the office does', async () => {
    const turn = await lastTurnOf('hello, do you guys help people from durango?');
    expect(turn.report.topic).toBe('office_info');
  });

  it('news asked in line: the place in line, not a statistic', async () => {
    const a = await testAssistant();
    await a.say('mwen vle mande azil nan meksik, m nan tapachula');
    await a.say('mwen vle pale ak yon moun');
    a.clock.time += 20 * 3_600_000;
    const turn = await a.say('bonjou, eske gen nouvèl? se mwen menm Roseline ankò');
    expect(texts(turn)).toMatch(/devan w nan liy lan/);
  });

  it('a place to sleep asked on the road: the shelters the sources name', async () => {
    const turn = await lastTurnOf(
      'mwen ansent 7 mwa, m nan Tijuana, m bezwen wè doktè pou tcheke bebe a, ki kote m ka ale',
      'mèsi. epi kote m ka dòmi? m pa gen kote pou m rete',
    );
    expect(texts(turn)).toMatch(/abri/);
    expect(texts(turn)).toMatch(/Tenosique/);
  });
});
