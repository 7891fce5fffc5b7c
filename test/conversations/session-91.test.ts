/**
 * What session 91's fresh sets and judge found, each through the real engine with wording written for this test:
 * in an emergency, a place told with a town in lower case or a landmark is noted, not answered as a procedure;
 * thoughts of suicide with the police refused get someone to talk to, not the anonymous report line; "can he call
 * me?" is about the relative, not a person asked for; no money told gets the cost it bears on; a relative found
 * detained with "what next? can he get a lawyer?" gets the answer after the calm line; a case told in line with
 * "what do I do?" is that case's topic; a pregnancy's warning signs get the medical line; 911 that fails is said
 * without the bot's own "did not understand".
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a place told in an emergency', () => {
  it.each([
    [
      'en',
      'my uncle is lost in the desert in arizona, he broke his ankle and has no water, he called me crying',
      'he says hes close to the border wall east of nogales, he can see a big water tank',
    ],
    [
      'es',
      'mi hermano se perdio en el desierto cruzando, ya no tiene agua',
      'dice que esta cerca del muro al oeste de agua prieta, se ve un tanque de agua grande',
    ],
  ] as const)('is noted for staff, not a procedure (%s: %s)', async (_lang, danger, place) => {
    const turn = await afterEmergency(danger, place);
    expect(texts(turn)).toMatch(/(Place noted|Noted|Lugar anotado|Anotado)/);
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).not.toMatch(/Repatriation Modules|Módulos de Repatriación/);
  });
});

describe('thoughts of suicide, the police refused', () => {
  it.each([
    [
      'es',
      'ya no aguanto mas, me quiero quitar la vida, perdi todo',
      'no quiero que llamen a la policia',
      /CONASAMA/,
    ],
    [
      'en',
      'i want to kill myself, i cant go on after they deported my husband',
      'i dont trust the police',
      /CONASAMA/,
    ],
    ['ht', 'm vle touye tèt mwen, m pa ka ankò', 'm pa fè lapolis konfyans', /CONASAMA/],
  ] as const)('gets someone to talk to, not the anonymous report (%s)', async (_l, danger, next, line) => {
    const turn = await afterEmergency(danger, next);
    expect(texts(turn)).toMatch(line);
    expect(texts(turn)).not.toMatch(/089/);
    expect(turn.report.topic).toBe('emergency');
  });
});

describe('the relative who is to call', () => {
  it.each([
    [
      'en',
      'my husband was detained by immigration in monterrey, how do i find out where he is',
      'can he call me?',
    ],
    ['es', 'a mi esposo lo detuvo migracion en monterrey, como se donde esta', 'y el me puede llamar?'],
    ['ht', 'migrasyon arete mari m nan monterrey, kijan m ka konnen kote li ye', 'eske li ka rele m?'],
  ] as const)('is no person asked for (%s: %s)', async (_l, first, next) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(next);
    expect(turn.report.queued).toBe(false);
    expect(turn.report.topic).not.toBe('human');
  });

  it('"can someone call me?" still asks for a person', async () => {
    const a = await testAssistant();
    await a.say('my husband was detained by immigration in monterrey, how do i find out where he is');
    const turn = await a.say('can someone call me?');
    expect(turn.report.queued).toBe(true);
  });
});

describe('what follows in a conversation', () => {
  it('no money for a migration fee is what it costs', async () => {
    const a = await testAssistant();
    await a.say('soy de honduras y vivo en torreon con mi esposo mexicano, como me regularizo');
    const turn = await a.say('no tengo dinero para pagar ese tramite');
    expect(turn.report.facet).toBe('cost');
  });

  it('a relative found detained, "what next? a lawyer?", gets the answer after the calm line', async () => {
    const a = await testAssistant();
    const first = await a.say('mi primo se perdio en el desierto por altar, no tiene agua y no contesta');
    expect(first.report.emergency).toBe(true);
    const turn = await a.say(
      'ya lo encontraron, esta en un centro de detencion de la migra en arizona. que sigue? le pueden dar un abogado?',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).toMatch(/asesoría legal/);
  });

  it('a case told in line with "what do I do?" is that case, not the topic asked before', async () => {
    const a = await testAssistant();
    await a.say('mi hermano murio en un accidente en dallas y lo queremos traer a canatlan');
    await a.say('mi mama esta muy mal, tienen psicologo?');
    await a.say('quiero hablar con una persona');
    a.clock.time += 6 * 3600_000;
    const turn = await a.say(
      'ya pasaron horas y nadie me contesta. el cuerpo sigue en la funeraria de dallas, que hago?',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});

describe('care that turns into danger', () => {
  it('a pregnancy warning sign told in line, and "hospital now or wait?", get 911 now', async () => {
    const a = await testAssistant();
    await a.say('hi im in ciudad juarez, 7 months pregnant, my feet are swollen. where can i see a doctor');
    await a.say('can i talk to a person please');
    a.clock.time += 3600_000;
    const sign = await a.say('hi again, now my head hurts very strong and i see spots, is it normal?');
    expect(texts(sign)).toMatch(/call 911 now/);
    const now = await a.say('should i go to the hospital now or wait? im scared');
    expect(texts(now)).toMatch(/call 911 now/);
  });

  it('the same sign in Spanish starts the medical line', async () => {
    const a = await testAssistant();
    await a.say('estoy en tapachula, tengo 7 meses de embarazo, se me hinchan los pies, donde me revisan');
    await a.say('quiero hablar con una persona');
    const sign = await a.say('ahora me duele la cabeza muy fuerte y veo lucecitas');
    expect(texts(sign)).toMatch(/llama al 911 ya/);
  });
});

describe('911 that does not answer', () => {
  it.each([
    [
      'es',
      'mi compañero se cayo del tren y esta sangrando mucho',
      'ya marque al 911 y no contestan',
      /no te entend/i,
    ],
    [
      'en',
      'my friend fell from the train and is bleeding a lot',
      'i called 911 and nobody answers',
      /did not understand/i,
    ],
    ['ht', 'zanmi m tonbe sou tren an, l ap senyen anpil', 'm rele 911 yo pa reponn', /pa t konprann/i],
  ] as const)(
    'is answered without the words of a bot that did not understand (%s)',
    async (_l, danger, next, bot) => {
      const turn = await afterEmergency(danger, next);
      expect(texts(turn)).toMatch(/911/);
      expect(texts(turn)).not.toMatch(bot);
    },
  );
});

describe('procedures named in words the topic model had not learned', () => {
  it.each([
    [
      'ht',
      'bonjou, kouzen m pèdi sou wout la depi 10 jou, dènye fwa li te nan Chiapas. kijan m ka jwenn li?',
      'locate_person',
    ],
  ] as const)('a first message is its procedure (%s: %s)', async (_l, text, topic) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report.topic).toBe(topic);
  });

  it.each([
    [
      'en',
      'ok so i got deported a month ago, staying in gomez w my cousin. no idea how things work here, how do i find a job',
    ],
    [
      'es',
      'me deportaron hace 3 semanas, estoy con mi tia en lerdo y la neta no conozco nada, como consigo trabajo',
    ],
  ] as const)('a job asked after being sent back is the help on return (%s)', async (_l, text) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report.topic).toBe('reintegration');
  });

  it('"and if he dies, do you help bring him?" after the humanitarian visa is the remains', async () => {
    const a = await testAssistant();
    await a.say(
      'mi papa esta muy grave en un hospital de houston y me negaron la visa, hay permiso humanitario?',
    );
    const turn = await a.say('y si fallece antes de que yo llegue, ustedes ayudan a traerlo?');
    expect(turn.report.topic).toBe('remains_repatriation');
  });
});

describe('in an emergency, said next', () => {
  it.each([
    [
      'es',
      'me asaltaron y me golpearon en la carretera, estoy en saltillo',
      'fueron los mismos policias los que me robaron',
    ],
    [
      'en',
      'two men robbed me and beat me up, im bleeding from my head, im in reynosa',
      'it was the cops who robbed me',
    ],
    ['ht', 'yo bat mwen epi vole m sou wout la, m nan Monterrey', 'se polis yo menm ki vole m'],
  ] as const)('the police who robbed them gets the anonymous report line (%s)', async (_l, danger, next) => {
    const turn = await afterEmergency(danger, next);
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/(Noted|Anotado|M note sa)/);
  });

  it('"if we call 911, will immigration arrest us?" in Kreyòl is the fear of being deported', async () => {
    const turn = await afterEmergency(
      'nou pèdi nan dezè a, nou pa gen dlo, youn nan nou pa ka mache',
      'si nou rele 911 eske imigrasyon ap arete nou?',
    );
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });

  it('a psychologist asked for, not asked about, is psychological support', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, me deportaron y perdi a mi familia',
      'necesito hablar con alguien, una psicologa',
    );
    expect(texts(turn)).toMatch(/CONASAMA/);
  });
});
