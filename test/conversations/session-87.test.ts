/**
 * What session 87's fresh sets and its judge (judge87) found, each through the real engine with
 * wording written for this test: a toll demanded to let a deportee leave a bus station is extortion;
 * money sent home, the Institute's psychologist and medicine against HIV asked in an emergency get
 * their own answers, not the extortion line, CONASAMA alone or the road's Grupos Beta; "nobody from
 * the Institute has answered" gets the urgent queue; a relative set free and brought home is the help
 * after a return; a place for women is the refuge; a heart attack told from afar, a rape told in
 * Kreyòl and a child left with a little brother when the migra took the parents are emergencies; a
 * relative said safe calms the emergency; a widow's US
 * pension asked on the remains moves to the pension.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a toll demanded at a bus station after a deportation', () => {
  it('is an emergency with the extortion line', async () => {
    const a = await testAssistant();
    await a.say('me acaban de deportar a nuevo laredo, como llego a torreon');
    const turn = await a.say(
      'unos tipos en la terminal me dicen que tengo que pagar cuota o si no no salgo de aqui',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/089/);
  });
});

describe('money sent home asked during an emergency', () => {
  it.each([
    [
      'es',
      'mi esposo me pega y dice que me va a matar',
      'ya estoy en un albergue con mis hijos, estamos a salvo. como le mando dinero a mi mama a honduras?',
    ],
    [
      'en',
      'my husband beats me and says he will kill me',
      'im at a shelter now with the kids, we are safe. how do i send money to my mom in guatemala?',
    ],
    ['ht', 'mari m bat mwen, li di l ap touye m', 'kijan pou m voye lajan bay papa m Ayiti?'],
  ] as const)('gets FINABIEN, not the line on paying (%s)', async (_lang, danger, asked) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(/FINABIEN/);
    expect(texts(turn)).not.toMatch(/089/);
  });
});

describe('nobody from the Institute has answered, in an emergency', () => {
  it('gets the urgent queue', async () => {
    const turn = await afterEmergency(
      'a mi hijo lo secuestraron y piden 30 mil o lo matan',
      'ya volvieron a llamar, nadie del instituto me ha contestado',
    );
    expect(texts(turn)).toMatch(/fila/);
  });
});

describe('a relative set free, and how to bring him home', () => {
  it('is the help after a return', async () => {
    const turn = await afterEmergency(
      'a mi hijo lo secuestraron y piden 30 mil o lo matan',
      'ya lo dejaron ir gracias a dios, esta en matamoros, como lo traigo para aca?',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/Repatriaci[oó]n/);
  });
});

describe("the Institute's psychologist asked after thoughts of suicide", () => {
  it.each([
    [
      'es',
      'ya no quiero vivir, tengo las pastillas aqui',
      '¿puedo hablar con el psicólogo de ustedes?',
      /Instituto/,
    ],
    [
      'en',
      'i dont want to live anymore, i have the pills here',
      'can i talk to your psychologist?',
      /Institute/,
    ],
    ['ht', 'm pa vle viv ankò, m gen grenn yo la', 'eske m ka pale ak sikològ nou an?', /Enstiti/],
  ] as const)("names the Institute's support (%s)", async (_lang, danger, asked, institute) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(institute);
    expect(texts(turn)).toMatch(/CONASAMA/);
  });
});

describe('medicine against HIV asked after a sexual assault', () => {
  it.each([
    ['es', 'anoche me violaron en el camino, estoy en tapachula', 'hay alguna medicina para no agarrar vih?'],
    [
      'en',
      'my cousin was raped on the way last night',
      'is there medicine so she does not get an infection?',
    ],
    ['ht', 'twa gason fè kadejak sou mwen yè swa', 'eske gen medikaman pou m pa pran maladi?'],
  ] as const)('gets CENSIDA and PEP, not the Grupos Beta (%s)', async (_lang, danger, asked) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(/CENSIDA/);
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });
});

describe('a place for women asked after violence', () => {
  it.each([
    ['en', 'my boyfriend hit me and said he will kill me', 'is there a place for women to stay?'],
    ['ht', 'mari m bat mwen, li di l ap touye m', 'eske gen yon kote fanm ka al rete?'],
  ] as const)('gets the refuge (%s)', async (_lang, danger, asked) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(/FEVIMTRA/);
  });
});

describe('dangers told that were missed', () => {
  it.each([
    ['es', 'mi prima me acaba de llamar, a mi tio le dio un infarto y no responde'],
    ['ht', 'twa gason fè kadejak sou mwen yè swa'],
    ['ht', 'manman m ak papa m, imigrasyon arete yo, m rete poukont mwen ak ti frè m'],
  ] as const)('start the emergency flow (%s: %s)', async (_lang, told) => {
    const turn = await (await testAssistant()).say(told);
    expect(turn.report.emergency).toBe(true);
  });

  it('but a nephew taken by the migra himself is no emergency', async () => {
    const turn = await (await testAssistant()).say(
      'bonjou neve m gen 16 an, li t ap vwayaje poukont li, migrasyon pran l nan Reynosa. kote yo mennen l?',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a rape told as "kadejak" gets care and PEP', async () => {
    const turn = await (await testAssistant()).say('de gason fè kadejak sou mwen bò larivyè a');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/CENSIDA/);
  });

  it('but a heart attack months ago, the man dead, is the remains', async () => {
    const turn = await (await testAssistant()).say(
      'a mi abuelo le dio un infarto hace dos meses y murio en dallas, como lo traemos',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});

describe('a relative said safe in Kreyòl', () => {
  it('calms the emergency', async () => {
    const turn = await afterEmergency(
      'frè m nan Meksik di gen gason ak zam k ap kouri dèyè l',
      'li rive nan yon abri, li an sekirite',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/kontan/);
  });
});

describe("a widow's pension asked while on the remains", () => {
  it('moves to the pension, named by a term of several words', async () => {
    const a = await testAssistant();
    await a.say('mi papá falleció en houston ayer, queremos traerlo a enterrar a durango');
    const turn = await a.say(
      'mi mamá quedó viuda, él trabajaba allá con seguro social, le toca pensión a ella?',
    );
    expect(turn.report.topic).toBe('us_pension');
  });
});
