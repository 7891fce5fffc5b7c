/**
 * What session 134's fresh sets and judge found, each through the real engine with wording written for this test: where
 * to stay asked after a partner's or an ex's threat; 911 not listening, told in Spanish; money asked to say where a
 * missing relative is; a missing relative's illness; "what can we do?" in a danger and after a topic; an answer asked
 * in another language; the one held not answering, and the threat made again after the money line; a job needed after
 * a deportation or by a foreigner; a town and a child's age told in care's talk; whether staff looked at one's case,
 * asked in line; a question naming a town in a danger; and the guards. Each fails on the session's start but the
 * guards, kept so.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('a threat from a partner or an ex, then where to stay asked', () => {
  it.each([
    [
      'es',
      'mi ex me anda amenazando, dice que me va a matar',
      'y donde me puedo quedar esta noche con mis niños?',
    ],
    [
      'en',
      'my ex husband keeps threatening me, says he will kill me',
      'where can i stay tonight with my kids',
    ],
    ['ht', 'ansyen mari m ap menase m, li di l ap touye m', 'ki kote m ka al dòmi aswè a ak pitit mwen yo?'],
  ])('%s: the women’s justice centres and refuge', async (_lang, danger, next) => {
    const turn = await afterEmergency(danger, next);
    expect(texts(turn)).toMatch(/FEVIMTRA/);
  });

  it('a threat from a stranger keeps its own lines (guard)', async () => {
    const turn = await afterEmergency(
      'unos tipos me amenazan afuera de mi casa',
      'donde me puedo quedar hoy?',
    );
    expect(texts(turn)).not.toMatch(/FEVIMTRA/);
  });
});

describe('in a danger', () => {
  it('911 not listening, told in Spanish: no advice to find a Spanish speaker', async () => {
    const turn = await afterEmergency(
      'hay unos hombres armados siguiendonos en la carretera',
      'ya marque al 911 y no me hacen caso',
    );
    expect(texts(turn)).toMatch(/no te hacen caso/);
    expect(texts(turn)).not.toMatch(/habla español/);
  });

  it.each([
    ['en', 'what can we do?'],
    ['en', 'nothing yet. what else can we do?'],
  ])('%s: "%s" is what to do, never the Paisano programme', async (_lang, next) => {
    const turn = await afterEmergency(
      'some men kidnapped my nephew in matamoros, they want 8000 dollars',
      next,
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/Paisano/);
  });

  it('the one held not answering his phone, in a ransom: do not pay yet', async () => {
    const turn = await afterEmergency(
      'me llamaron que tienen a mi primo y que si no depositamos 30 mil lo matan',
      'y mi primo no contesta su celular',
    );
    expect(texts(turn)).toMatch(/antes de depositar/);
  });

  it('the threat made again after that line: the same advice in other words, never the message quoted', async () => {
    const turn = await lastTurnOf(
      'me llamaron que tienen a mi primo y que si no depositamos 30 mil lo matan',
      'le pagamos o no?',
      'otra vez me marcaron, me dieron hasta las 8',
    );
    expect(texts(turn)).toMatch(/sigue igual/);
    expect(texts(turn)).not.toMatch(/Anotado/);
  });
});

describe('a question naming a town, in a danger', () => {
  it('is answered, never quoted back as where one is', async () => {
    const turn = await afterEmergency(
      'unos tipos nos quieren cobrar cuota y nos amenazan, somos de honduras',
      'ya tengo pila. oye y si saco la tarjeta humanitaria en saltillo hay oficina de migracion?',
    );
    expect(texts(turn)).not.toMatch(/anotado/i);
    expect(texts(turn)).toMatch(/TVRH/);
  });
});

describe('a relative missing on the way', () => {
  it('money asked to tell where she is: an emergency', async () => {
    const turn = await lastTurnOf(
      'my aunt was crossing by sasabe and we lost contact 3 days ago',
      'the guide texted now, he wants $2500 to tell us where she is',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('her illness told with it: the search for her, not the clinics on the road', async () => {
    const turn = await lastTurnOf(
      'my dad was crossing near agua prieta, last message was 5 days ago, he is diabetic',
    );
    expect(turn.report.topic).toBe('locate_person');
  });

  it('medicine run out on the road is still care (guard)', async () => {
    const turn = await lastTurnOf(
      'estoy en saltillo y se me acabo la insulina, soy diabetico, donde me atienden?',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('after a topic', () => {
  it.each([
    ['en', 'ICE picked up my uncle in Dallas yesterday', 'what can we do?'],
    ['es', 'a mi tio lo agarro la migra en dallas ayer', 'que podemos hacer?'],
  ])('%s: "what can we do?" alone is the steps', async (_lang, first, next) => {
    const turn = await lastTurnOf(first, next);
    expect(turn.report.topic).toBe('locate_person');
    expect(turn.report.facet).toBe('steps');
  });

  it('an answer asked in English for a daughter who reads it: English', async () => {
    const turn = await lastTurnOf(
      'mi hijo nacio en denver y quiero la doble nacionalidad',
      'mi nuera me ayuda a leer, me puedes contestar en ingles? ella no lee bien el español',
    );
    expect(turn.lang).toBe('en');
  });

  it('a job needed after a deportation: the help on return', async () => {
    const turn = await lastTurnOf(
      'me deportaron la semana pasada, ando en nogales',
      'ahorita necesito trabajo',
    );
    expect(turn.report.topic).toBe('reintegration');
  });

  it('a foreigner looking for work asking help: the help to find work, not the humanitarian card', async () => {
    const turn = await lastTurnOf('bonswa mwen nan ciudad juarez, m ap chache travay, eske nou ka ede m?');
    expect(turn.report.topic).toBe('reintegration');
  });

  it('a town and a child’s age told in care’s talk: that town’s care, not who qualifies', async () => {
    const turn = await lastTurnOf(
      'mi niña tiene calentura desde ayer, donde la llevo al doctor gratis?',
      'andamos en monterrey, tiene 4 años',
    );
    expect(texts(turn)).toMatch(/Cuidar tu Salud/);
  });
});

describe('in line', () => {
  it.each([
    [
      'es',
      'mi papa trabajo 15 años en texas, puede cobrar pension?',
      'quiero hablar con una persona',
      'buenas, ya le hablaron a mi papa? no me han dicho nada',
    ],
    [
      'en',
      'i need my birth certificate from durango, i live in LA',
      'can i talk to a person',
      'did anybody look at my case yet? i need the acta by june',
    ],
  ])(
    '%s: whether staff looked at it, asked: where one stands in line',
    async (_lang, first, person, next) => {
      const turn = await lastTurnOf(first, person, next);
      expect(texts(turn)).toMatch(/(antes que tú|ahead of you)/);
    },
  );
});
