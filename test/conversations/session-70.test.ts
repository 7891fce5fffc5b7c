/**
 * What session 70's sets and judge found, each through the real engine with wording written for
 * this test: two questions in one message both get an answer; a Kreyòl line with Spanish names of
 * papers stays in Kreyòl; sending money home is not introduced as a business project; a cough or
 * swelling of days on the road is care, not an emergency; the office's hours asked once safe are
 * the hours, not the wait; the same thing asked for another person of the family stays on the topic.
 */
import { describe, expect, it } from 'vitest';
import type { DialogueContext } from '../../src/core/types.ts';
import { sharedKnowledge, testAssistant, texts } from '../support/assistant.ts';

const talkingAbout = (topic: DialogueContext['topic']): DialogueContext => ({
  topic,
  asked: null,
  form: null,
  withStaff: false,
  emergency: false,
});

describe('two questions in one message', () => {
  it('answers the office’s hours and the papers of the visit asked before', async () => {
    const a = await testAssistant();
    await a.say(
      'buenas, mi esposo y yo queremos ir a ver a nuestro hijo a chicago, el programa de abrazando almas',
    );
    const turn = texts(await a.say('cual es su horario? y que documentos tengo que juntar pa lo de la visa'));
    expect(turn).toMatch(/horario/i);
    expect(turn).toMatch(/expedientes|formularios/i);
  });

  it('answers where and how much of the same procedure', async () => {
    const a = await testAssistant();
    await a.say('hello i need an apostille for my sons birth certificate from texas');
    const turn = texts(await a.say('can i do it at the chicago office? and how much does it cost'));
    expect(turn).toMatch(/Chicago/);
    expect(turn).toMatch(/cost/i);
  });
});

describe('a Kreyòl line with the Spanish names of papers', () => {
  it('keeps the conversation in Kreyòl', async () => {
    const { understand } = await sharedKnowledge();
    const m = understand('m gen tarjeta de residencia permanente', 'ht', talkingAbout('productive_projects'));
    expect(m.lang === 'ht' || m.langConfident === false).toBe(true);
  });

  it('still moves a long Spanish message', async () => {
    const { understand } = await sharedKnowledge();
    const m = understand(
      'mejor le escribo en español porque mi esposa no entiende bien',
      'ht',
      talkingAbout('asylum'),
    );
    expect(m.lang).toBe('es');
  });
});

describe('sending money home', () => {
  it.each([
    ['ht', 'kouman m ka voye kòb bay manman m ann ayiti depi monterrey?'],
    ['es', 'como mando dinero a mi familia en honduras desde mexico'],
  ])('is not introduced as a business project (%s)', async (_lang, text) => {
    const a = await testAssistant();
    const turn = texts(await a.say(text));
    expect(turn).toMatch(/FINABIEN/);
    expect(turn).not.toMatch(/biznis|negocio/i);
  });
});

describe('a sign lasting days on the road', () => {
  it.each([
    'pitit fi m nan ap touse depi 4 jou, li toujou ap jwe, nou nan tapachula',
    'tengo 8 meses de embarazo y se me hincharon los tobillos desde hace dos dias, estoy en reynosa',
    'antier me corte el pie con un vidrio, ya no sangra pero me duele, donde me pueden ver',
  ])('is care, not an emergency: %s', async (text) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('the office’s hours asked once safe', () => {
  it.each(['a que horas abren', 'q horario tienen'])(
    'are the hours, not a note for staff: %s',
    async (asked) => {
      const a = await testAssistant();
      const danger = await a.say(
        'unos tipos nos estan correteando con palos en la estacion, le pegaron a mi hermano',
      );
      expect(danger.report.emergency).toBe(true);
      await a.say('ya se lo llevo la ambulancia');
      const turn = texts(await a.say(asked));
      expect(turn).toMatch(/horario/i);
      expect(turn).not.toMatch(/Anotado|lugar en la fila/i);
    },
  );
});

describe('the same asked for another person of the family', () => {
  it('stays on the pension, whatever the rest of the sentence leans to', async () => {
    const a = await testAssistant();
    await a.say('trabaje 15 años en nevada, me toca la pension del seguro social?');
    const turn = await a.say(
      'y a mi señora le toca algo? ella nunca trabajo en el otro lado siempre estuvo aqui en la casa',
    );
    expect(turn.report.topic).toBe('us_pension');
  });

  it('moves when the question names another procedure', async () => {
    const a = await testAssistant();
    await a.say('trabaje 15 años en nevada, me toca la pension del seguro social?');
    const turn = await a.say('y a mi esposa le pueden dar la visa humanitaria? nuestro hijo esta grave');
    expect(turn.report.topic).not.toBe('us_pension');
  });
});

describe('in an emergency', () => {
  const extortion =
    'me acaban de hablar unos señores, dicen que tienen a mi sobrino y que si no deposito 30 mil lo matan';

  it('"still nobody writes to me" gets the place in line, not another line of the rotation', async () => {
    const a = await testAssistant();
    await a.say(extortion);
    await a.say('estoy en mi casa en gomez palacio');
    const turn = texts(await a.say('oigan sigo sin que me contesten nadie'));
    expect(turn).toMatch(/fila/i);
    expect(turn).not.toMatch(/CONASAMA/);
  });

  it('help being sent is help called: no "call 911" again', async () => {
    const { understand } = await sharedKnowledge();
    const inEmergency: DialogueContext = { ...talkingAbout('emergency'), withStaff: true, emergency: true };
    expect(understand('ya me dijeron que mandan una patrulla', 'es', inEmergency).helpCalled).toBe(true);
    expect(understand('they said they are sending an ambulance', 'en', inEmergency).helpCalled).toBe(true);
  });
});
