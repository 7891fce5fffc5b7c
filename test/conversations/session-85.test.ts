/**
 * What session 85's fresh sets and its judge (judge85) found, each through the real engine with
 * wording written for this test: a pregnancy never checked is care on the road, not the emergency
 * flow; a call about a relative "arrested" with money to deposit to an account is an extortion; in
 * an extortion, "we don't have that money" gets the line on paying; help that took the person away
 * is said back, not "call 911"; thanks alone to the offer of staff gets "you are welcome"; "no sorry
 * i meant X, not Y" asks X; a question after a colon in line is answered with the queue; child
 * support is the legal advice, never the US pension.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a pregnancy never checked', () => {
  it.each([
    ['es', 'tengo 7 meses de embarazo y nunca me han revisado, ando en Tapachula'],
    ['en', 'im 6 months pregnant and never been checked, we are in Juarez'],
    ['ht', 'mwen ansent 6 mwa, m poko janm fè konsiltasyon, nou Tapachula'],
  ] as const)('is care on the road, not an emergency (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('a relative "arrested" and money to deposit to an account', () => {
  it.each([
    [
      'es',
      'a mi mamá le marcaron que mi hermano está detenido en Arizona y que deposite 20 mil pesos a una cuenta para la fianza, será cierto?',
    ],
    [
      'en',
      'my mom got a call that my son was arrested in phoenix and she has to wire 900 dollars to an account, is this real?',
    ],
    ['ht', 'yo rele manman m, yo di frè m arete Texas, fòk li voye 500 dola nan yon kont, eske se vre?'],
  ] as const)('is an extortion (%s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('the sum demanded out of reach', () => {
  it.each([
    [
      'es',
      'me llamaron que tienen a mi hija y piden 80 mil pesos',
      'no tenemos ese dinero, que hacemos',
      /antes de depositar/,
    ],
    [
      'en',
      'they called saying they have my daughter and want 5000 dollars',
      'we dont have that kind of money',
      /before you pay/,
    ],
    [
      'ht',
      'yo rele m, yo di yo gen pitit fi m, yo mande 3000 dola',
      'nou pa gen lajan sa a',
      /anvan ou peye/,
    ],
  ] as const)('gets the line on paying (%s)', async (_lang, danger, lacks, payLine) => {
    const a = await testAssistant();
    await a.say(danger);
    const turn = await a.say(lacks);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(payLine);
  });
});

describe('help that took the person', () => {
  it.each([
    [
      'es',
      'mi compañero se cayó del andamio y no se mueve, estamos en una obra en Gómez',
      'ya se lo llevó la ambulancia',
      /Qué bueno que ya llegó ayuda/,
    ],
    [
      'en',
      'my uncle collapsed at work and is not breathing right, we are in Odessa',
      'shes at the hospital now, stable',
      /glad help is there/,
    ],
    ['ht', 'tonton m tonbe li pa reponn, nou nan Monterrey', 'anbilans la vin pran l', /kontan èd la rive/],
  ] as const)('is said back (%s)', async (_lang, danger, came, glad) => {
    const a = await testAssistant();
    await a.say(danger);
    const turn = await a.say(came);
    expect(texts(turn)).toMatch(glad);
  });
});

describe('thanks alone to the offer of staff', () => {
  it('is thanked back, and "no thanks" declines', async () => {
    const a = await testAssistant();
    await a.say('my grandpa died in texas, how do we bring his body to durango');
    expect(texts(await a.say('ty'))).toMatch(/You are welcome/);
    const b = await testAssistant();
    await b.say('my grandpa died in texas, how do we bring his body to durango');
    expect(texts(await b.say('no thanks'))).not.toMatch(/You are welcome/);
  });
});

describe('a question said again with "sorry"', () => {
  it('asks what it names, not the topic of the answer', async () => {
    const a = await testAssistant();
    await a.say('my aunt passed away in california, how do we send her back home');
    const turn = await a.say('no sorry i meant the humanitarian visa, not the body. how do i get it');
    expect(turn.report.topic).not.toBe('remains_repatriation');
  });
});

describe('a question after a colon while in line', () => {
  it('gets its answer and where the person stands', async () => {
    const a = await testAssistant();
    expect((await a.say('quiero hablar con alguien de la oficina, soy de Lerdo')).report.queued).toBe(true);
    const turn = await a.say('otra pregunta mientras me atienden: ¿cuánto cuesta la doble nacionalidad?');
    expect(turn.report.topic).toBe('dual_nationality');
    expect(texts(turn)).toMatch(/fila/);
  });
});

describe('child support', () => {
  it.each([
    ['es', 'el papá de mis hijos vive en Denver y no les da la pensión alimenticia, me pueden ayudar?'],
    ['en', 'my ex lives in dallas and doesnt pay child support, can the office help me'],
  ] as const)('is the legal advice, never the US pension (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe('legal_advice');
  });
});

describe('who helps if he is deported, asked while a son is searched for', () => {
  it('is the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('a mi hijo lo detuvieron en Texas hace una semana y no sabemos dónde está');
    const turn = await a.say('y si lo deportan, quién lo recibe en la frontera?');
    expect(turn.report.topic).toBe('deportee_support');
  });
});

describe('help to find a person, asked in plain words', () => {
  it.each([
    ['es', 'ustedes me ayudan a encontrar a mi hermano? cruzó hace un mes'],
    ['en', 'can you help me locate my cousin, nobody knows where he is'],
    ['ht', 'èske nou ka ede m chèche kouzen m?'],
  ] as const)('is the search for a relative (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    expect((await a.say(asked)).report.topic).toBe('locate_person');
  });
});

describe('a part of the talk named outright', () => {
  it('moves to that procedure, whatever was under discussion', async () => {
    const a = await testAssistant();
    await a.say('quiero tramitar el pasaporte americano de mi niño, nació en Dallas');
    const turn = await a.say('oiga y lo de la doble nacionalidad, cuánto tarda?');
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('swelling with a headache, told while waiting', () => {
  it('gets the line for when it gets worse', async () => {
    const a = await testAssistant();
    await a.say('estoy embarazada de 7 meses, quiero hablar con una persona');
    const turn = await a.say('oiga se me hincharon más las piernas y me duele mucho la cabeza, es normal?');
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a hurt said not to be grave', () => {
  it('is care on the road (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say('zanmi m blese nan pye l, li pa grav, ki kote nou ka wè yon doktè nan Tijuana?');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('a call asked for in the middle of a form', () => {
  it('passes the case on with what the form has', async () => {
    const a = await testAssistant();
    await a.say('mi hermano cruzó por Sonora hace 6 días y no sabemos nada');
    await a.say('sí');
    await a.say('Ramiro Fuentes');
    const turn = await a.say('mejor quiero que una persona me llame');
    expect(turn.report.queued).toBe(true);
  });
});

describe('news that ends thanking, in line', () => {
  it('is no emergency', async () => {
    const a = await testAssistant();
    await a.say('quiero hablar con alguien de la oficina');
    const turn = await a.say('ya me voy a la clínica con mi esposo. muchas grasias');
    expect(turn.report.emergency).toBe(false);
  });

  it('misspelled, is thanked back, not answered with a topic', async () => {
    const a = await testAssistant();
    await a.say('estoy embarazada y ando en Torreón, quiero hablar con una persona');
    const turn = await a.say('ok ya me voy a ir al hospital con mi pareja. grasias por todo');
    expect(texts(turn)).toMatch(/Con gusto/);
  });
});

describe('in an emergency, back to the procedure asked before it', () => {
  it('answers "y lo de la constancia como le hago" with that procedure', async () => {
    const a = await testAssistant();
    await a.say('me deportaron por Nogales, ¿cómo saco la constancia de repatriación?');
    await a.say('me están marcando que tienen a mi esposa y que deposite 10 mil en un oxxo');
    const turn = await a.say('y lo de la constancia como le hago');
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('answers how to know where a relative is held with the search', async () => {
    const a = await testAssistant();
    await a.say('mi hermano se perdió en el desierto de Arizona, ya no contesta');
    const turn = await a.say('y si la migra lo agarra, cómo voy a saber dónde lo tienen');
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe('distress with help to talk asked, in another topic', () => {
  it.each([
    [
      'en',
      'my dad died in phoenix, how do we bring him home to durango',
      'my mom is not doing well, she cant stop crying. is there counseling?',
    ],
    [
      'ht',
      'tonton m mouri Monterrey, nou vle voye kò l Ayiti',
      'manman m tris anpil, èske gen yon moun ki ka ede l pale?',
    ],
    ['es', 'me deportaron la semana pasada por Tijuana', 'ando bien achicopalado, no sé ni qué hacer'],
  ] as const)('is psychological support (%s)', async (_lang, before, told) => {
    const a = await testAssistant();
    await a.say(before);
    expect((await a.say(told)).report.topic).toBe('psych_support');
  });
});

describe('a relative far away, in the danger of someone lost', () => {
  it('asking whether she calls 911 from where she is gets the answer on calling', async () => {
    const a = await testAssistant();
    await a.say('mi primo me acaba de marcar, anda perdido en el desierto por Altar y ya no tiene agua');
    const turn = await a.say('yo estoy en Lerdo y él allá, ¿le marco yo al 911 de aquí o él?');
    expect(texts(turn)).toMatch(/número de emergencias de México/);
  });

  it("asking who to call gets the danger kind's line, and asking them to search gets the search", async () => {
    const a = await testAssistant();
    await a.say('mi primo me acaba de marcar, anda perdido en el desierto por Altar y ya no tiene agua');
    const who = await a.say('yo estoy bien en Durango. ¿a quién le hablo yo?');
    expect(texts(who)).toMatch(/Grupos Beta/);
    const search = await a.say('ustedes con el consulado pueden avisar pa q lo busquen? se llama Rubén Soto');
    expect(search.report.topic).toBe('locate_person');
  });
});

describe('a relative detained by immigration, "where he is being held"', () => {
  it('is the search for a detained relative, not a captivity', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'my brother got detained by ICE in El Paso last week and we dont know where he is being held, can you help us find him?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe("the Institute's hours asked in Kreyòl", () => {
  it('says the sources give none, whatever was under discussion', async () => {
    const a = await testAssistant();
    await a.say('pitit mwen fèt Tapachula, kijan pou m fè papye l?');
    const turn = await a.say('Ki lè biwo Enstiti a louvri? M ka vini samdi?');
    expect(turn.report.topic).toBe('office_info');
    expect(turn.report.facet).toBe('time');
  });
});

describe('who can go, asked in an emergency', () => {
  it('is who is coming: this chat sends no one', async () => {
    const a = await testAssistant();
    await a.say(
      'my brother got deported to nuevo laredo and some men outside the shelter are threatening to kidnap him',
    );
    const turn = await a.say('who can pick him up so he doesnt go out alone?');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/cannot send anyone/);
  });
});
