/**
 * What session 75's fresh sets found, each through the real engine with wording written for this test:
 * dangers told mid-conversation in words no pattern held (all the pills tonight at the end of a long
 * story, a caller's "deposit or she goes to jail" with the daughter named a turn before, a child left
 * alone in a hotel room when the parent is taken); a death told with its date for a body to bring home
 * is no emergency, and the place it happened ends where the sentence does; a person asked
 * for first and facts after it queues; "I already spoke with the lawyer" asks for no one; medicine run
 * out with a place to get more asked is care, vomiting with dizziness is not; "they took him to the
 * hospital" is no kidnapping; Grupos Beta asked about in a danger get who they are.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('dangers told after the first message', () => {
  it.each([
    [
      'en',
      'hey do you guys help people who got sent back',
      'whatever man, got dropped in nogales last month, lost my job my wife and my car, nobody here knows me. im done with everything, got some pills here and im taking all of them tonight',
    ],
    [
      'es',
      'buenas ustedes buscan a gente detenida en el otro lado? es mi hija, esta en dallas',
      'es q me acaba de marcar un licenciado dice q la agarro la migra y si no deposito 20 mil hoy en un oxxo la mandan a la carcel',
    ],
    [
      'ht',
      'bonjou, mwen bezwen enfòmasyon sou kat imanitè a',
      'imigrasyon arete m nan lari a kounye a, pitit gason m 9 an rete pou kont li nan chanm otel la, pa gen pesonn avèk li',
    ],
  ])('start the emergency flow (%s)', async (_lang, opener, danger) => {
    const a = await testAssistant();
    await a.say(opener);
    const turn = await a.say(danger);
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a death told with its date, for the ashes to come home', () => {
  it('is no emergency, and the place ends with its sentence', async () => {
    const a = await testAssistant();
    await a.say(
      'hi my aunt passed away in tucson and was cremated, we want to bring her ashes to tamazula. can you help?',
    );
    const turn = await a.say(
      'her name was Carmen Ibarra Soto, she died april 2 at Mercy hospital. she was 80',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('remains_repatriation');
    expect(texts(turn)).toMatch(/Mercy hospital\n/);
    expect(texts(turn)).not.toMatch(/Mercy hospital\. she/);
  });
});

describe('a person asked for first, the story after it', () => {
  it('queues the conversation', async () => {
    const a = await testAssistant();
    await a.say('les escribi hace dias por lo de mi pension de alla y nadie me respondio');
    const turn = await a.say('pues que me marque alguien, trabaje 18 años en las lecherias de idaho');
    expect(turn.report.queued).toBe(true);
  });
});

describe('"I already spoke with the lawyer", then a question', () => {
  it('answers the question and asks for no one', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('ocupo una visa urgente, mi hermano esta muy grave en un hospital de chicago');
    await a.say('si, paseme con alguien');
    await a.engine.staff.take('web:c1', 'ana');
    await a.engine.staff.close('web:c1', 'ana');
    const turn = await a.say(
      'ya hable con la licenciada, gracias. otra duda, tienen psicologo? ando muy angustiada',
    );
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/psicol/);
  });
});

describe('health on the road', () => {
  it('medicine run out, asking where to get more, is care', async () => {
    const a = await testAssistant();
    await a.say('hello, i am in tapachula with my son');
    const turn = await a.say(
      'my asthma inhaler finished yesterday, no attack now, only a little cough at night. where can i get another one',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('vomiting with dizziness is an emergency', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'they robbed my backpack with my insulin in saltillo, i have been without it since last night, now i keep vomiting and im very dizzy',
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in a danger under way', () => {
  it('"they took him to the hospital" is no kidnapping', async () => {
    const a = await testAssistant();
    await a.say('a mi compañero lo atropello un carro en la carretera y esta sangrando mucho de la cabeza');
    const turn = await a.say('ya se lo llevaron al hospital en la ambulancia, yo me quede solo');
    expect(texts(turn)).not.toMatch(/secuestr/i);
  });

  it('Grupos Beta asked about get who they are', async () => {
    const a = await testAssistant();
    await a.say('nos perdimos en el desierto cerca de altar, ya no hay agua y mi hermano no puede caminar');
    const turn = await a.say('llego una camioneta q dice grupo beta, son de confianza?');
    expect(texts(turn)).toMatch(/Grupos Beta/);
    expect(texts(turn)).toMatch(/INM/);
  });
});

describe('the office asked for by whose it is', () => {
  it('"where are your offices?" after a topic gets the Institute\'s address', async () => {
    const a = await testAssistant();
    await a.say('mi papa quiere una visa para ir a ver a mi hermano a las vegas, ustedes ayudan con eso?');
    const turn = await a.say('ok gracias, y donde estan sus oficinas?');
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).toMatch(/Juárez #144/);
  });
});

describe('"pásele el caso a alguien" in the middle of the questions for staff', () => {
  it('queues the conversation with what was told', async () => {
    const a = await testAssistant();
    await a.say('a mi sobrino lo detuvo la migra en reno el lunes, nos ayudan a saber donde esta?');
    await a.say('si, dar los datos');
    const turn = await a.say('ya le dije todo, pasele el caso a alguien por favor');
    expect(turn.report.queued).toBe(true);
  });
});

describe('"is it free to get a lawyer from you?"', () => {
  it('asks about the legal advice, and puts no one in line', async () => {
    const a = await testAssistant();
    await a.say(
      'an officer at the border took 100 dollars from me when i drove down to see my mom, where can i complain',
    );
    const turn = await a.say('is it free to get a lawyer from you guys');
    expect(turn.report.queued).toBe(false);
    expect(['legal_advice', 'paisano']).toContain(turn.report.topic);
  });
});
