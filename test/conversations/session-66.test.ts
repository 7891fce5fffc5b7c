/**
 * What session 66's sets found, each through the real engine with wording written for this test:
 * a passage or an entry's sentence that answers a question asking one aspect ("¿y la humanitaria
 * cuánto tarda?" after the time one may stay; a cost the sources do not give) is reported as that
 * aspect; a turn inside a form is a hand-off under way, and a call asked for in it queues; a
 * correction that opens with an apology and names a day alone ("perdón no fue el 14 fue el 21, y
 * no fue en X fue en Y") puts each new value in its field, never the apology; "it was in Socorro"
 * is a town, not a cry for help; in an emergency, "they took our phones, I hid this one" is no
 * call to make, "any news? nobody has called me back" waits for staff (it got "good to hear you
 * are not in danger"), "yes please" with nothing asked gets where the case stands, and a child
 * left alone when the bus went on is one.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('the aspect a passage answers', () => {
  it('how long the humanitarian card takes, after how long one may stay, is the time (es)', async () => {
    const a = await testAssistant();
    await a.say('soy guatemalteco y estoy en Tapachula con mi esposa, q papel sacamos pa estar legales');
    await a.say('cuantos dias nos podemos quedar con esa');
    const turn = await a.say('y la tarjeta humanitaria cuanto tarda en salir');
    expect(turn.report.topic).toBe('mx_status');
    expect(turn.report.facet).toBe('time');
  });

  it('the cost asked again of a part the sources do not price is still the cost (en)', async () => {
    const a = await testAssistant();
    await a.say('my parents are in durango and want to come see me in houston, i have no papers here');
    await a.say('how much does it cost');
    const turn = await a.say('and the plane tickets, how much do those cost them');
    expect(texts(turn)).toMatch(/do not say/);
    expect(turn.report.facet).toBe('cost');
  });
});

describe('a form for staff', () => {
  it('each of its questions is a hand-off under way (es)', async () => {
    const a = await testAssistant();
    await a.say('mi hermano se fue al norte hace un mes y ya no contesta, lo queremos encontrar');
    await a.say('sí');
    const turn = await a.say('Rogelio Andrade Soto');
    expect(texts(turn)).toMatch(/\(2\/6\)/);
    expect(turn.report.handoff).toBe(true);
  });
});

describe('a call asked for in the middle of a form', () => {
  it('"no sé leer muy bien, ¿me puede hablar alguien?" queues with what the form has, not "Corregido" (es)', async () => {
    const a = await testAssistant();
    await a.say('mi esposo murió en Denver hace un mes y quiero traer sus cenizas a Nazas');
    await a.say('sí');
    await a.say('Ramón Soto Gallegos');
    const turn = await a.say('no se leer muy bien, me puede hablar alguien x telefono');
    expect(texts(turn)).not.toMatch(/Corregido/);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a form on offer', () => {
  it('does not start on a relative named in passing (es)', async () => {
    const a = await testAssistant();
    await a.say('buenas tardes');
    await a.say('mi marido fallecio el año pasado');
    const turn = await a.say('el trabajo 10 años en idaho, en los campos de papa');
    expect(texts(turn)).not.toMatch(/\(1\/6\)/);
    expect(texts(turn)).not.toMatch(/Parentesco/);
  });
});

describe('two answers taken back after an apology', () => {
  it.each([
    [
      'es',
      'a mi tío lo agarró la migra en Texas hace dos semanas y no sabemos dónde está',
      'sí',
      'lo agarraron en Laredo el 14',
      'perdon no fue el 14 fue el 23, y no fue en laredo fue en eagle pass',
      [/Desde: el 23/, /eagle pass/],
      /perdon/i,
    ],
    [
      'en',
      'my cousin was picked up by immigration in texas two weeks ago and we cant find him',
      'yes',
      'they got him in El Paso on the 14th',
      'no sorry it wasnt in el paso, it was in socorro',
      [/socorro/i],
      /sorry/i,
    ],
  ] as const)('each value to its field (%s)', async (_lang, opener, yes, told, fix, fixed, apology) => {
    const a = await testAssistant();
    await a.say(opener);
    await a.say(yes);
    await a.say('Anselmo Quiroga Pérez');
    await a.say(told);
    const turn = await a.say(fix);
    expect(turn.report.emergency).toBe(false);
    for (const value of fixed) expect(texts(turn)).toMatch(value);
    expect(texts(turn)).not.toMatch(apology);
  });
});

describe('a phone taken from the others or watched, in an emergency', () => {
  it.each([
    [
      'en',
      'they keep 9 of us locked in a house in reynosa and want money from our families',
      'the men took everyones phones, i hid this one in my shoe',
      /keep writing/,
    ],
    [
      'es',
      'nos tienen encerrados en una bodega cerca de fresnillo y no nos dejan salir',
      'los vigilantes checan el cel cada rato',
      /sigue escribiéndome aquí/,
    ],
  ] as const)('is no call to make: writing here is what is left (%s)', async (_lang, danger, next, line) => {
    const turn = await afterEmergency(danger, next);
    expect(texts(turn)).toMatch(line);
  });
});

describe('news asked while an emergency waits for staff', () => {
  it.each([
    [
      'en',
      'they grabbed my son outside the bus station in matamoros, they want 15 thousand',
      'any news? nobody has called me back',
      /in the queue/,
    ],
    ['ht', 'yo kidnape frè m nan Reynosa, yo mande 3000 dola', 'eske gen nouvel?', /nan liy lan/],
  ] as const)('keeps the danger and gives the place in line (%s)', async (_lang, danger, next, line) => {
    const turn = await afterEmergency(danger, next);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(line);
  });
});

describe('more of an emergency', () => {
  it('a child left alone when the bus went on is one (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'tanpri ede m, migrasyon fè moun desann bis la nan yon pòs, pitit gason m 7 an desann ak yon madanm m pa konnen epi bis la pati san li. li poukont li',
    );
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
  });

  it('"yes please" with nothing asked gets where the case stands, not "you\'re welcome" (en)', async () => {
    const turn = await afterEmergency(
      'my sister is locked in a room at a ranch near ojinaga, the boss wont let her leave',
      'yes please',
    );
    expect(texts(turn)).not.toMatch(/welcome/i);
    expect(texts(turn)).toMatch(/in the queue/);
  });
});
