/**
 * What session 109's fresh sets and judge found, each through the real engine with wording written for this test:
 * paperwork said to be killing one, a relative held without food in Kreyòl, a son taken by the police, a desert
 * denied, robbers outside watching; after a danger, the fare home and where to report; in ordinary talk the CURP, sold
 * appointments, one's own anxiety, care by video call, a bribe to complain about, an office in Los Angeles, a friend
 * who speaks only Kreyòl, papers asked at the clinic, staff who speak Kreyòl, ashes, and a lawyer for a US court.
 */
import { describe, expect, it } from 'vitest';
import { lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('dangers, and what only sounds like one', () => {
  it('a long paperwork "is killing me": the procedure, no emergency', async () => {
    const turn = await lastTurnOf(
      'ya no se que hacer, este tramite de la doble nacionalidad de mis dos hijos me esta matando',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('papers expired, then "this is killing me" in Kreyòl: the status, no emergency', async () => {
    const turn = await lastTurnOf('papye m yo ekspire e INM pa ban m randevou, sa ap touye m');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('mx_status');
  });

  it('a cousin in a migration station given no water or food, in Kreyòl: the emergency with the CNDH', async () => {
    const turn = await lastTurnOf(
      'kouzen m nan yon estasyon migrasyon nan tapachula, yo pa ba l dlo ni manje depi 2 jou',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/CNDH/);
  });

  it('a daughter of 15 taken by the police, nobody knows where: the emergency', async () => {
    const turn = await lastTurnOf(
      'lapolis pran pitit fi m, li gen 15 an, yo mennen l epi m pa konnen ki kote l ye',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('"I am not lost in the desert" in Kreyòl: no desert emergency', async () => {
    const turn = await lastTurnOf('m pa pedi nan dezè a non, m nan Torreon, m bezwen yon kote pou m dòmi');
    expect(turn.report.emergency).toBe(false);
  });

  it('the robbers outside watching, and fear said, after "I am not in danger": the danger now, and again', async () => {
    const a = await testAssistant();
    await a.say('m nan saltillo, m bezwen yon kote pou m dòmi aswè a');
    const turn = await a.say('de nan moun ki te vole m yo la deyò, yo ap gade m, m pe');
    expect(turn.report.emergency).toBe(true);
    const again = await a.say('yo toujou la, yo ap veye m, m pe yo bat mwen ankò, kisa pou m fe');
    expect(again.report.topic).toBe('emergency');
  });
});

describe('after a danger', () => {
  it('no money for the bus home after a robbery: the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('me sacaron por piedras negras y unos tipos me golpearon y me robaron todo');
    await a.say('estoy en la plaza junto al puente');
    const turn = await a.say('no traigo ni un peso pal camion a mi casa en durango');
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('where to make the report, asked in an extortion: where to report, not legal advice', async () => {
    const a = await testAssistant();
    await a.say('me estan llamando que les deposite 5 mil o le hacen algo a mi hijo');
    await a.say('estoy en mi casa en lerdo');
    const turn = await a.say('mi esposo dice que hay que levantar denuncia, donde?');
    expect(texts(turn)).toMatch(/Para denunciar en persona/);
  });
});

describe('in ordinary talk', () => {
  it('a CURP asked first by a Haitian: the CURP for foreigners', async () => {
    const turn = await lastTurnOf('m nan Tijuana, m bezwen yon CURP pou m ka travay nan yon faktori');
    expect(texts(turn)).toMatch(/CURP/);
  });

  it('appointments sold by a man, asked after the card: do it yourself, pay no one', async () => {
    const a = await testAssistant();
    await a.say('soy de guatemala y estoy en monterrey, como saco la tarjeta humanitaria');
    const turn = await a.say('me dijeron que un señor vende las citas del INM en 150 dolares, es legal?');
    expect(texts(turn)).toMatch(/intermediarios|no le pagues/);
  });

  it("one's own anxiety, told first: psychological support", async () => {
    const turn = await lastTurnOf(
      'llevo 2 años en denver y tengo mucha ansiedad, extraño a mi familia en durango',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('care by video call asked: how the psychologists see people, not "this office does not do that"', async () => {
    const a = await testAssistant();
    await a.say('necesito hablar con un psicologo, ando muy triste');
    const turn = await a.say('me pueden atender por videollamada? trabajo todo el dia');
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a bribe at a checkpoint with where to complain: the complaints against officials, no emergency', async () => {
    const a = await testAssistant();
    await a.say('que puedo traer en la camioneta si voy a durango en diciembre?');
    const turn = await a.say(
      'y en un reten un federal nos pidio 300 pesos pa dejarnos pasar, donde me quejo?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/quejas/);
  });

  it("the Durango office in LA asked for its address: the offices abroad, not the project's help", async () => {
    const a = await testAssistant();
    await a.say('our hometown club wants to help build a school back in durango, is there support for that?');
    const turn = await a.say('whats the address of the durango office in LA');
    expect(turn.report.topic).toBe('state_documents');
  });

  it('a cousin who speaks only Kreyòl asked to use the chat: the languages it writes', async () => {
    const turn = await lastTurnOf('my cousin only speaks creole, can she use this?');
    expect(texts(turn)).toMatch(/Kreyòl/);
  });

  it('papers asked at the clinic once care was given: care whatever the papers', async () => {
    const a = await testAssistant();
    await a.say('pitit mwen gen lafyèv depi ayè, ki kote m ka mennen l kay doktè');
    await a.say('nou nan Tapachula');
    const turn = await a.say('eske yo mande papye');
    expect(texts(turn)).toMatch(/papye/);
  });

  it('someone at the office who speaks Kreyòl, asked in the talk of papers: the staff languages', async () => {
    const a = await testAssistant();
    await a.say('bonjou m ayisyen, m nan durango, kijan pou m jwenn kat imanitè a');
    const turn = await a.say('eske gen yon moun ki pale kreyol nan biwo a?');
    expect(turn.report.topic).toBe('office_info');
  });

  it('cremation asked while bringing a body home: what the sources say of ashes', async () => {
    const a = await testAssistant();
    await a.say('my mom died in phoenix on sunday, she was from gomez palacio, we want to bury her there');
    const turn = await a.say('if we cremate her is it any different?');
    expect(texts(turn)).toMatch(/ashes/);
  });

  it("a lawyer for a husband in a US immigration court: the consulates' lawyers", async () => {
    const a = await testAssistant();
    await a.say('ICE detained my husband in denver last night, he is from durango, where is he?');
    const turn = await a.say('can you get him a lawyer for immigration court?');
    expect(texts(turn)).toMatch(/PALE/);
  });
});

describe('in ordinary talk, after the judge', () => {
  it('a tortillería asked after a pension: the help for a business', async () => {
    const a = await testAssistant();
    await a.say(
      'I worked 12 years in Idaho with social security, now I live in Durango, how I get my pension?',
    );
    const turn = await a.say('Other thing, I want to open a tortilleria in my town. There is help for that?');
    expect(turn.report.topic).toBe('productive_projects');
  });

  it("a Haitian father asking how to put his children in school: migrant children's schooling", async () => {
    const a = await testAssistant();
    await a.say('bonswa, m gen 3 pitit, nou nan monterrey, kijan pou m mete yo lekol?');
    const turn = await a.say(
      'nou pa meksiken, nou se ayisyen. pitit mwen yo bezwen ale lekol, ki papye yo mande?',
    );
    expect(texts(turn)).toMatch(/PAPEM/);
  });

  it('the cost asked with the ages of the parents: the cost first', async () => {
    const a = await testAssistant();
    await a.say(
      'hace 15 años que no veo a mi hija, vive en dallas sin papeles, supe que hay un programa de visas pa los papas',
    );
    const turn = await a.say('cuanto cuesta? yo tengo 66 años y mi esposo 70');
    expect(turn.report.facet).toBe('cost');
  });

  it('the family told to live in the US during the search: the service for families abroad', async () => {
    const a = await testAssistant();
    await a.say(
      'mi hermano salio de tapachula hace 10 dias rumbo a saltillo y no sabemos nada, como lo buscamos?',
    );
    const turn = await a.say('nosotros vivimos en houston');
    expect(texts(turn)).toMatch(/Mecanismo de Apoyo Exterior/);
  });

  it('the office asked to find a relative taken, in a danger: the search, not the office address', async () => {
    const a = await testAssistant();
    await a.say('they kidnapped my uncle in reynosa and want 10 thousand dollars');
    await a.say('i am in san antonio');
    const turn = await a.say('if they take him somewhere else can your office find where he is?');
    expect(turn.report.topic).toBe('locate_person');
  });
});
