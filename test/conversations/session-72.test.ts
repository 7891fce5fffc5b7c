/**
 * What session 72's judge and sets found, each through the real engine with wording written for
 * this test: "I speak only a little Spanish" keeps a Kreyòl conversation in Kreyòl; "if we get out"
 * tells nothing over; someone lost in the desert days ago with no news since is an emergency; a
 * relative's name told alone starts the form on offer; "send money or they kill him" in Kreyòl, told in
 * a form, is an extortion; afraid to call because of a threat, the anonymous report first; "how much
 * longer" in an emergency is the place in line; Mexican towns in an English message keep it English; a
 * person asked for in other words is queued; a plain hand-off to staff carries no safety line; no phone
 * of one's own; two answers said to be wrong in a form; the wait asked after a form; the case asked about
 * in an emergency; the health centre in Juárez free for any nationality, its street not the office's. A few
 * (the extortion in a form, money with the threat, the wait, no phone) were right before this session and
 * went wrong on a retrained dialogue model during it: they guard that drift.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('speaking only a little of a language', () => {
  it('keeps a Kreyòl conversation in Kreyòl', async () => {
    const a = await testAssistant();
    await a.say('bonswa, m bezwen konnen kijan pou m jwenn kat rezidan an meksik');
    const turn = await a.say('m pale yon ti kras panyòl sèlman');
    expect(turn.lang).toBe('ht');
    const next = await a.say('eske m ka travay ak kat la?');
    expect(next.lang).toBe('ht');
  });
});

describe('a supposition in an emergency', () => {
  it('"if we get out, will they deport us?" tells nothing over', async () => {
    const a = await testAssistant();
    const first = await a.say(
      'nou se 5 fanm, yo fèmen nou nan yon kay nan Monterrey, yo pa kite nou soti ditou',
    );
    expect(first.report.emergency).toBe(true);
    const turn = await a.say('si nou soti, eske imigrasyon ap depòte nou?');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/kontan w pa an danje/);
    const still = await a.say('yo poko vini, nou toujou fèmen');
    expect(still.report.emergency).toBe(true);
    expect(texts(still)).toMatch(/911/);
  });
});

describe('lost in the desert days ago, nothing heard since', () => {
  it.each([
    'mi primo cruzo por el sasabe hace 4 dias, el guia los abandono sin agua y no sabemos nada de el',
    'my nephew crossed near lukeville 3 days ago, the coyote left them with no water and we havent heard from him',
  ])('is an emergency: %s', async (told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
  });
});

describe('a name told alone while the form is on offer', () => {
  it('starts the form with it', async () => {
    const a = await testAssistant();
    await a.say('bonjou, mari m se moun Canatlan, ICE arete l nan Oregon, m pa konn ki kote l ye');
    const turn = await a.say('li rele Evaristo Galindo Pérez');
    expect(texts(turn)).toMatch(/Evaristo Galindo Pérez/);
    expect(texts(turn)).toMatch(/\(2\/6\)/);
  });
});

describe('a danger told in the middle of a form', () => {
  it('money to send or they kill him, in Kreyòl, is an extortion', async () => {
    const a = await testAssistant();
    await a.say('bonswa, depi 6 jou kouzen m pa reponn telefon li, li te nan yon bis nan Veracruz');
    await a.say('wi');
    const turn = await a.say(
      'yon moun rele m, li di se li ki gen kouzen m, fòk m voye 3000 dola oswa y ap touye l',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('afraid to call because of a threat', () => {
  it('gets the anonymous report first', async () => {
    const turn = await afterEmergency(
      'me hablaron que tienen a mi sobrino en una casa en matamoros y quieren dinero',
      'no me atrevo a marcarle a nadie, dijeron q si llamo a la policia lo matan',
    );
    expect(texts(turn)).toMatch(/^En México, el 089/);
  });

  it('with money asked too, the line for money under threat', async () => {
    const turn = await afterEmergency(
      'me hablaron que tienen a mi sobrino en una casa en matamoros y quieren dinero',
      'dicen q si llamo a la policia lo matan, les deposito o no?',
    );
    expect(texts(turn)).toMatch(/antes de depositar/);
  });
});

describe('how much longer, in an emergency', () => {
  it('is the place in line', async () => {
    const turn = await afterEmergency(
      'unos hombres tienen a mi hermano en una bodega y piden rescate',
      'cuanto mas tengo que esperar',
    );
    expect(texts(turn)).toMatch(/Tu lugar en la fila|No hay nadie antes que tú en la fila/);
  });
});

describe('Mexican towns in an English message', () => {
  it('keep the conversation in English', async () => {
    const a = await testAssistant();
    await a.say('hi, my uncle was detained by border patrol in arizona and we dont know where he is');
    const turn = await a.say('hes from santiago papasquiaro durango, 52 yrs old');
    expect(turn.lang).toBe('en');
  });
});

describe('a person asked for in other words', () => {
  it('is queued mid-conversation', async () => {
    const a = await testAssistant();
    await a.say('buenas, quiero apostillar el acta de nacimiento de mi hija que nacio en phoenix');
    const turn = await a.say('me puede atender una persona por favor?');
    expect(turn.report.queued).toBe(true);
  });
});

describe('a plain hand-off to staff', () => {
  it('carries no safety line', async () => {
    const a = await testAssistant();
    await a.say('hola, quiero saber como sacar la doble nacionalidad de mi niño que nacio en denver');
    const turn = await a.say('paseme con alguien de la oficina');
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('no phone of their own in an emergency', () => {
  it('gets the line for writing here', async () => {
    const turn = await afterEmergency(
      'nou fèmen nan yon depo, yo pa kite nou soti, ede nou',
      'nou pa gen telefon, se telefon yon lot moun n ap itilize',
    );
    expect(texts(turn)).toMatch(/kontinye ekri isit la/);
  });
});

describe('an answer said to be wrong in the middle of a form', () => {
  it('is put right with the new values, two at once', async () => {
    const a = await testAssistant();
    await a.say('bonjou, yo arete kouzen m nan Nevada, li se moun Durango, m pa konn kote l ye');
    await a.say('wi');
    await a.say('Baltazar Ochoa Ríos');
    await a.say('nan Las Vegas');
    await a.say('depi 14 out');
    const turn = await a.say('dat la pa bon, se 24 out pa 14, e se te nan Henderson pa Las Vegas');
    expect(texts(turn)).toMatch(/24 out/);
    expect(texts(turn)).toMatch(/Henderson/);
  });
});

describe('in line after a form', () => {
  it('"how long until you tell me something" is the place in line', async () => {
    const a = await testAssistant();
    await a.say('a mi cuñado lo detuvo la migra en tucson y no sabemos donde esta');
    for (const answer of [
      'si',
      'Ernesto Villa Paz',
      'en tucson',
      'hace una semana',
      '1',
      'soy su cuñada',
      '6181234567',
    ])
      await a.say(answer);
    const sent = await a.say('si asi esta bien');
    expect(sent.report.queued).toBe(true);
    const turn = await a.say('oiga y cuanto se tardan en avisarme algo?');
    expect(texts(turn)).toMatch(/Tu lugar en la fila|No hay nadie antes que tú en la fila/);
  });
});

describe('the case asked about in an emergency', () => {
  it('gets the place in line, not the first lines again', async () => {
    const a = await testAssistant();
    await a.say('a mi sobrino lo tienen encerrado en una huerta en sonora y no lo dejan salir');
    await a.say('es en una huerta cerca de hermosillo');
    a.clock.time += 60 * 60_000;
    const turn = await a.say('buenas sigo aqui, q paso con lo de mi sobrino?');
    expect(texts(turn)).toMatch(/Tu lugar en la fila|No hay nadie antes que tú en la fila/);
  });
});

describe('the health centre in Juárez, asked after a child’s fever', () => {
  it('is free whatever the nationality, and its street is not the office', async () => {
    const a = await testAssistant();
    await a.say('mi niño tiene fiebre y mocos desde antier, estamos en un albergue de ciudad juarez');
    const free = await a.say('y es gratis aunque seamos de honduras?');
    expect(texts(free)).toMatch(/gratis/);
    expect(texts(free)).toMatch(/Francisco Villa/);
    const street = await a.say('pero la direccion? en q calle esta');
    expect(texts(street)).not.toMatch(/Calle Juárez #144/);
  });
});
