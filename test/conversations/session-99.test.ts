/**
 * What session 99's fresh sets and judge found, each through the real engine with wording written for this test: a
 * language asked back with a question beside it; a language asked in a danger; back after an hour, the topic talked
 * about before, unless another is named; "yes a person" with no offer on screen; in a danger, help come and the men
 * gone; a complaint about the police last week, a phone number given in line: no danger; work while asylum is asked,
 * where Mexico's migration holds a relative, whether he may call home and where its office is; who answers here; thanks in a form; the
 * norteño "ande".
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

const HOUR = 3_600_000;

describe('languages', () => {
  it('Kreyòl asked back with a question: the answer to it, in Kreyòl', async () => {
    const turn = await lastTurnOf(
      'kat rezidans mwen an fini, kisa pou m fè',
      'puedes explicarme en español por favor? una amiga me ayuda a leer',
      'ok an kreyòl ankò souple. kote biwo INM lan ye?',
    );
    expect(turn.lang).toBe('ht');
    expect(turn.report.facet).toBe('where');
  });

  it('Spanish asked in an English danger: the last answer again, in Spanish', async () => {
    const a = await testAssistant();
    await a.say(
      'someone called my grandpa saying they have me kidnapped and want money, im ok, im in dallas',
    );
    await a.say('so he should not pay them?');
    const turn = await a.say('español por favor, se lo voy a enseñar a mi abuelo');
    expect(turn.lang).toBe('es');
    expect(texts(turn)).toMatch(/no pagues/);
  });
});

// The sweep finds the conversation idle and starts it again, as it does every minute in a running office.
describe('back after a long silence', () => {
  it('the appointment asked is the psychologist talked about before', async () => {
    const a = await testAssistant();
    await a.say('depi m rive isit la m gen anpil estrès, m pa dòmi, eske nou gen sikològ?');
    await a.say('eske se gratis?');
    a.clock.time += 2 * HOUR;
    await a.engine.sweep();
    const turn = await a.say('m tounen. kijan pou m pran randevou a?');
    expect(turn.report.topic).toBe('psych_support');
  });

  it('another topic named outright is that topic', async () => {
    const a = await testAssistant();
    await a.say('my son was born in el paso, how do i get his mexican nationality?');
    a.clock.time += 2 * HOUR;
    await a.engine.sweep();
    const turn = await a.say('hi again, what is the address of your office in durango?');
    expect(turn.report.topic).toBe('office_info');
  });
});

describe('a person, and who answers', () => {
  it('"yes a person" typed after a "no" asks for a person', async () => {
    const a = await testAssistant();
    await a.say('can i appeal my deportation from here?');
    await a.choose('no');
    const turn = await a.say('yes a person');
    expect(turn.report.queued).toBe(true);
  });

  it('"are you a person or a robot?" in a conversation: a program, and how to reach a person', async () => {
    const turn = await lastTurnOf('a que hora abren la oficina?', 'oiga y usted es persona o robot?');
    expect(texts(turn)).toMatch(/un programa, no una persona/);
  });
});

describe('dangers, and what is none', () => {
  it('the patrol found us and gave us water: help come, not a place', async () => {
    const turn = await afterEmergency(
      'ede nou! nou pèdi nan dezè a, nou pa gen dlo, zanmi m pa ka leve',
      'yon patwouy jwenn nou, yo ba nou dlo, zanmi m reveye. mesi',
    );
    expect(texts(turn)).not.toMatch(/M note kote a/);
    expect(texts(turn)).toMatch(/kontan/);
  });

  it('the police who took money last week, and where to complain: no danger, the complaint', async () => {
    const turn = await lastTurnOf(
      'bonjou, m se ayisyen e m ap viv Torreón',
      'semèn pase polis la kanpe machin nan sou wout la e yo pran 1500 peso nan men m. yo pa ban m okenn resi. kote m ka fè plent?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/CNDH/);
  });

  it('a phone number given in line is a contact for staff, no danger', async () => {
    const turn = await lastTurnOf(
      'can someone from the office call my grandma? she only has a landline',
      'her number is 618 812 3344, she is Rosa Elvira Soto. afternoons are best',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('named answers asked in other words', () => {
  it('work while asylum is asked: the answer on work while COMAR decides', async () => {
    const turn = await lastTurnOf(
      'soy de guatemala y quiero pedir refugio aqui en mexico',
      'puedo trabajar mientras espero? ya no tengo dinero',
    );
    expect(texts(turn)).toMatch(/Abriendo Espacios/);
  });

  it('a brother held by Mexican migration: the INM search; whether he may call home: Llamando a Casa', async () => {
    const a = await testAssistant();
    await a.say(
      'my brother is in mexico, immigration arrested him 2 weeks ago, we know nothing. how do i find him',
    );
    const where = await a.say('mexican immigration has him in tapachula. how do i know which station?');
    expect(texts(where)).toMatch(/search requests/);
    const call = await a.say('can he call us? he never called');
    expect(texts(call)).toMatch(/Llamando a Casa/);
  });

  it("where the INM's office is, asked while the case is urgent: not this office's street", async () => {
    const turn = await lastTurnOf(
      'help pls some men took my money at the bus station in torreon and said they come back for me tonight',
      'ok im inside the station now, there is a guard. thank you',
      'where is the INM office here in torreon',
    );
    expect(texts(turn)).toMatch(/INM/);
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it('thanks in the middle of a form are no answer to its question', async () => {
    const turn = await lastTurnOf(
      'kouzen m te kite Tapachula pou l ale nan nò, depi 2 semèn nou pa konn anyen',
      'li rele Wilner Joseph, li gen 31 an',
      'mesi pou ed la',
    );
    expect(texts(turn)).toMatch(/Pa gen pwoblèm/);
  });

  it('"ande" opening the question asks where', async () => {
    const turn = await lastTurnOf(
      'mi apa trabajo 15 años en texas y quiere su pension',
      'ya tiene 66',
      'y ande se hace el tramite?',
    );
    expect(turn.report.facet).toBe('where');
  });
});
