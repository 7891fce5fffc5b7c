/**
 * What session 68's sets and judge found, each through the real engine with wording written for
 * this test: in line, the wait asked with a question gets where the person stands and the answer;
 * on the road's health care, asking whether to call 911 gets the line for when it gets worse; a
 * relative's name told before the form is offered back when the form asks it (never the writer's
 * own name); "one more thing, … ?" opens an ordinary question, not a farewell; a relative held by
 * ICE is no danger; in an emergency, getting home with no money is the help after a deportation
 * (not the ransom's line) and reporting a relative missing is the office's search; with staff quiet,
 * a question opened by two words ("oiga y dónde…") is still a question.
 */
import { describe, expect, it } from 'vitest';
import { possibleByModel } from '../../src/understanding/model-vetoes.ts';
import { createReadingTools } from '../../src/understanding/reading-tools.ts';
import { afterEmergency, sharedKnowledge, testAssistant, texts } from '../support/assistant.ts';

describe('the wait asked with a question, in line', () => {
  it.each([
    [
      'es',
      'mi hermano falleció en Phoenix y queremos traerlo a Gómez Palacio',
      'quiero hablar con alguien',
      '¿cuánto se tardan? ¿y cuesta algo el traslado?',
      /fila/,
      /cuesta|costo|cubre/,
    ],
    [
      'en',
      'my uncle died in Atlanta and we want to bring him home to Durango',
      'i want to talk to someone',
      'how much longer? and do we need his death certificate?',
      /queue/,
      /papers|certificate/,
    ],
  ])('gets the place in line and the answer (%s)', async (_lang, opening, person, both, line, answer) => {
    const a = await testAssistant();
    await a.say(opening);
    expect((await a.say(person)).report.queued).toBe(true);
    const turn = await a.say(both);
    expect(texts(turn)).toMatch(line);
    expect(texts(turn)).toMatch(answer);
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});

describe('the wait told, then a question, in line', () => {
  it('gets the answer and where the person stands (es)', async () => {
    const a = await testAssistant();
    await a.say('mi papá quiere ir a ver a mi hermana a Houston, él tiene 67 años');
    await a.say('quiero hablar con una persona');
    a.clock.time += 40 * 60_000;
    const turn = await a.say(
      'bueno? nadie me ha contestado. y el programa de las visas para papás sigue abierto?',
    );
    expect(texts(turn)).toMatch(/abierto/);
    expect(texts(turn)).toMatch(/antes que tú|Llevas/);
  });
});

describe('asking whether to call 911 about an illness on the road', () => {
  it.each([
    [
      'ht',
      'bonswa, madanm mwen ansent 8 mwa, nou nan Tapachula, li bezwen wè doktè',
      'li gen gwo tèt fè mal, pye l anfle. 911 wi oswa non?',
    ],
    [
      'es',
      'mi niña tiene calentura desde anoche, estamos en un albergue en Piedras Negras, donde la puede ver un doctor',
      '¿le hablo a la ambulancia?',
    ],
  ])('gets the line for when it gets worse (%s)', async (_lang, care, asked) => {
    const a = await testAssistant();
    await a.say(care);
    const turn = await a.say(asked);
    expect(texts(turn)).toMatch(/911/);
    expect(turn.report.facet).toBeNull();
  });
});

describe('a relative named before the form', () => {
  it.each([
    ['busco a mi sobrina, se llama Dulce Arreola, la detuvieron en Yuma', 'sí', /Dulce Arreola/],
    [
      'my grandpa passed away in Fresno last week, his name was Anselmo Rivas, we want to bring him home',
      'yes',
      /Anselmo Rivas/,
    ],
  ])('is offered back when the form asks the name: %s', async (opening, yes, name) => {
    const a = await testAssistant();
    await a.say(opening);
    const turn = await a.say(yes);
    expect(texts(turn)).toMatch(/\(1\/6\)/);
    expect(texts(turn)).toMatch(name);
  });

  it("is never the writer's own name (es)", async () => {
    const a = await testAssistant();
    await a.say('me llamo Hortensia y busco a mi hijo, lo agarró la migra en Nogales');
    const turn = await a.say('sí');
    expect(texts(turn)).toMatch(/\(1\/6\)/);
    expect(texts(turn)).not.toMatch(/Hortensia/);
  });
});

describe('"one more thing" opening a question', () => {
  it('is no farewell (en)', async () => {
    const a = await testAssistant();
    const turn = await a.say('one more thing, my grandma is 70, can she still go?');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('a relative held by ICE', () => {
  it('"picked up by ICE" is told of the authorities', async () => {
    const { notNow } = createReadingTools((await sharedKnowledge()).knowledge);
    expect(notNow('my cousin got picked up by ICE last week in Denver', true)).toBe('authorities');
  });

  it('gets the safety line from the model alone only when it all but calls a danger', () => {
    expect(possibleByModel(0.09, 'authorities', '')).toBe(false);
    expect(possibleByModel(0.09, null, '')).toBe(true);
    expect(possibleByModel(0.8, 'authorities', '')).toBe(true);
  });
});

describe('in an emergency', () => {
  it('getting home with no money is the help after a deportation, not the ransom (es)', async () => {
    const turn = await afterEmergency(
      'me acaban de deportar por reynosa y unos tipos en una camioneta me vienen siguiendo, creo que me quieren levantar',
      'ya estoy adentro del módulo. soy de Tamazula, ¿cómo me regreso sin dinero?',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).not.toMatch(/deposit/);
  });

  it('reporting a relative missing is the search (ht)', async () => {
    const turn = await afterEmergency(
      'souple ede m, kouzen m tonbe nan larivyè a bò Piedras Negras, nou pa wè l ankò',
      'kijan pou m deklare li disparèt? li rele Wilner',
    );
    expect(turn.report.topic).toBe('locate_person');
  });
});

describe('a question opened by two words, with staff quiet', () => {
  it('is answered (es)', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('quiero hablar con una persona');
    await a.engine.staff.take('web:c1', 'ana');
    a.clock.time += 30 * 60_000;
    const turn = await a.say('oiga y donde puedo sacar la doble nacionalidad de mi niño');
    expect(texts(turn)).not.toBe('');
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('a call asked for with a number', () => {
  it('"¿pueden marcarme?" with a phone queues (es)', async () => {
    const a = await testAssistant();
    await a.say('ocupo apoyo psicologico, ando muy desanimado');
    const turn = await a.say('pueden marcarme? 618 555 0199');
    expect(turn.report.queued).toBe(true);
  });
});

describe('a grandparent who asks how to go and see grandchildren born in the US', () => {
  it.each([
    [
      'ht',
      'bonswa, m gen 71 an, m rete Gómez Palacio. Pitit gason m nan Denver, 3 pitit pitit mwen fèt la. Kijan m ka al wè yo?',
    ],
    [
      'es',
      'soy abuela, tengo 66, mi hijo vive en Denver y mis nietos nacieron allá, cómo puedo ir a verlos?',
    ],
  ])('is asking about the visit, not the children’s papers (%s)', async (_lang, text) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report.topic).toBe('family_reunification');
  });
});

describe('a place told again in an emergency, in Kreyòl', () => {
  it('is noted back', async () => {
    const turn = await afterEmergency(
      'm nan tèminal otobis Saltillo a, gen de nèg k ap swiv mwen depi m soti nan bis la, m pè',
      'm kanpe devan pòt soti a, bò kote taksi yo',
    );
    expect(texts(turn)).toMatch(/taksi/);
  });
});

describe('a date told before the form, corrected before the form asks it', () => {
  it('is corrected, not offered back as it was (en)', async () => {
    const a = await testAssistant();
    await a.say('my cousin got detained by ICE on april 7 in Laredo, we are from Poanas');
    await a.say('yes');
    await a.say('Raúl Ibarra');
    const turn = await a.say('sorry it was april 9 not the 7th');
    expect(texts(turn)).toMatch(/april 9/);
    expect(texts(turn)).not.toMatch(/april 7/);
  });
});

describe('a baby to be born in Mexico to parents from abroad', () => {
  it('is registered in Mexico, not a dual nationality (es)', async () => {
    const a = await testAssistant();
    await a.say('buenas, soy hondureña y estoy en Reynosa, tengo 6 meses de embarazo');
    const turn = await a.say(
      'cuando nazca mi hijo aqui en mexico me lo registran aunque yo no tenga papeles?',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/Registro Civil/);
  });
});

describe('"still nobody called him", an hour into an emergency told for a relative', () => {
  it('gets where the urgent case stands, not the first line again (en)', async () => {
    const a = await testAssistant();
    await a.say(
      'my sister is in Tijuana, her boyfriend beat her tonight and locked her in the room, she is bleeding',
    );
    a.clock.time += 60 * 60_000;
    const turn = await a.say('still nobody called her');
    expect(texts(turn)).toMatch(/queue|case number/);
  });
});

describe('"no me sirvió" to an offer of a person', () => {
  it('is a complaint that offers a person again, not a "no" (es)', async () => {
    const a = await testAssistant();
    await a.say('quiero apostillar el acta de mi hija, nació en Denver');
    const turn = await a.say('no me sirvió la información');
    expect(turn.report.handoff).toBe(true);
  });
});

describe('a birth in the US to register in Mexico', () => {
  it('stays a dual nationality when Mexico is named as where to register it (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say('M vle anrejistre pitit gason m ki fèt Etazini nan Meksik');
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('asked in line whether someone at the office speaks Kreyòl', () => {
  it('gets what the sources say of languages, then where the person stands (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonswa, m se ayisyen, m nan Torreón, m bezwen papye pou m travay');
    await a.say('m vle pale ak yon moun');
    const turn = await a.say('pandan m ap tann, èske gen yon moun nan biwo a ki ka pale kreyòl avè m?');
    expect(texts(turn)).toMatch(/kreyòl/);
    expect(texts(turn)).toMatch(/liy/);
  });
});
