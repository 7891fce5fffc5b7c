/**
 * Emergencies as session 62's developed-against sets played them, through the real engine with
 * wording written for this test: the police not trusted or no use ("la policía trabaja con
 * ellos", "i cant go to the police, they laughed at me") gets the anonymous report line (089),
 * not "this chat sends no one"; "what if they call me again?" during an extortion gets the line
 * for money asked under a threat, not the place in line.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('the police not trusted', () => {
  it.each([
    [
      'en',
      'my ex is outside banging the door and says he will kill me',
      'i cant go to the police, last time they laughed at me',
    ],
    [
      'es',
      'hay unos tipos afuera de la casa armados, dicen q nos van a matar',
      'no se si llamar xq aqui la policia trabaja con ellos',
    ],
    [
      'ht',
      'gen yon nonm deyò a ak yon zam, li di l ap touye nou',
      'm pa fe lapolis konfyans, polis yo travay ak yo',
    ],
  ] as const)('gets the anonymous report, 089 (%s)', async (_lang, danger, said) => {
    const turn = await afterEmergency(danger, said);
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/cannot send anyone|no puede mandar a nadie|pa ka voye pèsonn/);
  });
});

describe('"what if they call again?" in an extortion', () => {
  it('gets the line for money asked under a threat (es)', async () => {
    const turn = await afterEmergency(
      'me estan extorsionando, dicen q tienen a mi hijo y q deposite 20 mil',
      'oiga y si me vuelven a marcar q hago',
    );
    expect(texts(turn)).toMatch(/antes de depositar/);
    expect(texts(turn)).not.toMatch(/en la fila/);
  });
});

describe('it getting worse, on the road or after another topic', () => {
  const MEDICAL = /llama al 911 ya|call 911 now/;

  it('"y si en la noche le sube más?" about a child with a fever gets the line for when it gets worse (es)', async () => {
    const a = await testAssistant();
    await a.say('mi niña tiene calentura desde ayer, estamos en tapachula, donde la puedo llevar al doctor');
    const turn = await a.say('y si en la noche le sube mas?');
    expect(texts(turn)).toMatch(MEDICAL);
    expect(texts(turn)).not.toMatch(/Grupos Beta ayudan a todas/);
  });

  it.each([['what if his headache gets really bad'], ['coughing a lil blood now']])(
    'after another topic, "%s" gets it too (en)',
    async (said) => {
      const a = await testAssistant();
      await a.say('i got deported yesterday, im in tijuana, where can i get help');
      const turn = await a.say(said);
      expect(texts(turn)).toMatch(MEDICAL);
    },
  );

  it('in line, a sign that life is at stake gets it before anything else (es)', async () => {
    const a = await testAssistant();
    await a.say('tengo el pie hinchado de tanto caminar, estoy en un albergue en saltillo');
    await a.say('si pasame con alguien');
    const turn = await a.say('se me nubla la vista y me tiemblan las manos');
    // Since session 63 a sign told now in care on the road is a medical emergency, urgent for staff.
    expect(texts(turn)).toMatch(/^Si estás en peligro ahora, llama al 911\./);
    expect(texts(turn)).toMatch(/Alguien herido, que no respira o muy enfermo: llama al 911 ya/);
    expect(turn.report.emergency).toBe(true);
  });

  it('"what if he gets sick" in a pension conversation is still the pension (es)', async () => {
    const a = await testAssistant();
    await a.say('mi papa trabajo 20 años en texas, puede cobrar pension?');
    const turn = await a.say('y si se enferma, la puede cobrar mi mama?');
    expect(texts(turn)).not.toMatch(MEDICAL);
  });

  it('a relative gravely ill in a hospital far away is the humanitarian permit, first or later (es)', async () => {
    const a = await testAssistant();
    const first = await a.say(
      'buenas, mi mama esta muy grave en un hospital en los angeles y quiero ir a verla',
    );
    expect(first.report.topic).toBe('us_humanitarian_visa');
    const b = await testAssistant();
    await b.say('mi papa trabajo 20 años en texas, puede cobrar pension?');
    const later = await b.say(
      'y otra cosa, mi hermana esta muy grave en un hospital en greeley, como le hago pa ir',
    );
    expect(texts(later)).not.toMatch(MEDICAL);
  });

  it('"no one answers" in line is the wait, not someone unconscious (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m bezwen renouvle kat rezidan m');
    await a.say('wi m vle pale ak yon moun');
    const turn = await a.say('alo? pesonn pa reponn');
    expect(texts(turn)).not.toMatch(/rele 911 kounye a/);
  });
});

describe('despair told after a procedure', () => {
  it('"…aquí no tengo nada, ya no quiero seguir" is thoughts of suicide (es)', async () => {
    const a = await testAssistant();
    await a.say('hola me deportaron hace 3 dias estoy en juarez');
    const turn = await a.say('la verdad ya no se pa q regreso, aqui no tengo nada, ya no quiero seguir');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/quitarte la vida/);
  });
});

describe('in an emergency', () => {
  it('"¿ustedes van por él?" gets the honest answer: this chat sends no one (es)', async () => {
    const turn = await afterEmergency(
      'mi hijo trabaja en un rancho en san quintin y no lo dejan salir ni le pagan',
      'ustedes van por el?',
    );
    expect(texts(turn)).toMatch(/Este chat no puede mandar a nadie/);
  });

  it.each([
    [
      'gen yon gwoup nonm ki menase m paske m te wè yo touye yon moun nan kan an',
      'm vle mande refij, ki moun ki okipe sa?',
      /COMAR/,
    ],
    [
      'pitit fi m 9 an pèdi nan foul moun devan biwo INM nan tapachula',
      'kounya m vle mande TVRH pou nou 2, ki papye m bezwen?',
      /INM/,
    ],
  ])(
    'a procedure asked for by name gets its answer, not who comes or paying (ht)',
    async (danger, asked, answer) => {
      const turn = await afterEmergency(danger, asked);
      expect(texts(turn)).toMatch(answer);
      expect(texts(turn)).not.toMatch(/pa ka voye pèsonn|anvan ou peye/);
    },
  );
});

describe("what session 62's judge found", () => {
  it('"they\'d all be better off if i wasnt around", then "i dont really wanna be alive anymore", are thoughts of suicide (en)', async () => {
    const a = await testAssistant();
    const first = await a.say(
      'got deported 2 months ago, my wife and kids stayed in phoenix. lost everything. sometimes i think theyd all be better off if i wasnt around',
    );
    expect(first.report.emergency).toBe(true);
    const b = await testAssistant();
    await b.say('i got deported, can i get legal help to see my kids?');
    const later = await b.say('i dont need a lawyer man. i mean i dont really wanna be alive anymore');
    expect(later.report.emergency).toBe(true);
    expect(texts(later)).toMatch(/ending their life/);
  });

  it('"fue puro cuento" after an extortion call is the danger over, not where they are (es)', async () => {
    const turn = await afterEmergency(
      'me acaban de hablar q tienen a mi hijo en sonora y q si no deposito 20 mil pesos lo matan',
      'YA ME CONTESTO MI HIJO!! esta bien gracias a dios, esta en hermosillo en su trabajo. fue puro cuento',
    );
    expect(texts(turn)).toMatch(/qué bueno que no estás en peligro/);
    expect(texts(turn)).not.toMatch(/Lugar anotado/);
  });

  it('"that does not answer my question" about care is a complaint, not someone unconscious (ht)', async () => {
    const a = await testAssistant();
    await a.say(
      'madanm mwen ansent, nou nan albergue a nan Ciudad Juarez, li gen ti doule, ki kote li ka wè dokte?',
    );
    const turn = await a.say('sa pa reponn kesyon m. m vle konnen ki kote pou l akouche');
    expect(texts(turn)).not.toMatch(/rele 911 kounye a/);
  });

  it('a woman thrown against a wall and threatened for tonight is violence now, and where to go gets the shelters for women (es)', async () => {
    const a = await testAssistant();
    const first = await a.say(
      'mi esposo toma mucho desde q lo deportaron. anoche me avento contra la pared y dice q cuando llegue me va a ir peor',
    );
    expect(first.report.emergency).toBe(true);
    const turn = await a.say(
      'estoy en durango capital. hay algun lugar donde me pueda ir con mis niñas esta noche?',
    );
    expect(texts(turn)).toMatch(/FEVIMTRA|Centros de Justicia para Mujeres/);
    expect(texts(turn)).not.toMatch(/Juárez #144/);
  });
});
