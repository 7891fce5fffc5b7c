/**
 * What session 86's fresh sets and its judge (judge86) found, each through the real engine with
 * wording written for this test: "did staff see it?" in an emergency gets the urgent queue; a cough of
 * weeks on the road is care; a sexual assault gets care and PEP, not "get away"; a relative's child
 * alone gets the child-protection line, and the fear that immigration locks the child up the DIF
 * centres; the visits programme's visa appointment stays on the programme; a question in Kreyòl with
 * no question mark is answered, not noted; "nobody from your office wrote" gets the urgent queue; someone
 * who offers to get the card for money gets the line on middlemen.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('whether staff saw it, asked in an emergency', () => {
  it.each([
    [
      'es',
      'me dejaron en el monte y ya no tengo agua',
      '¿ya lo vio alguien de la oficina? ¿ya leyeron mi mensaje?',
      /urgente/,
    ],
    ['en', 'my boyfriend is hitting me and says he will kill me', 'did the staff see this?', /urgent/],
    ['ht', 'yon nonm ap menase m ak yon kouto', 'eske ekip la wè sa?', /ijan/],
  ] as const)('gets the urgent queue (%s)', async (_lang, danger, asked, urgent) => {
    const turn = await afterEmergency(danger, asked);
    expect(texts(turn)).toMatch(urgent);
  });
});

describe('a cough of weeks on the road', () => {
  it.each([
    ['es', 'traigo tos desde hace tres semanas y calentura en la noche, estoy en el albergue de Reynosa'],
    ['en', 'i have had a cough for two weeks and fever at night, im at a shelter in reynosa'],
    ['ht', 'm ap touse depi de semen, m gen lafyèv lannwit, m nan yon abri Reynosa'],
  ] as const)('is care, not the emergency flow (%s)', async (_lang, told) => {
    const turn = await (await testAssistant()).say(told);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('a sexual assault told', () => {
  it.each([
    ['es', 'anoche me violaron en el camino, ahora estoy en un albergue'],
    ['en', 'i was raped on the way here last night, now im at a shelter'],
    ['ht', 'de gason fè m fòs sou wout la yè swa, kounye a m nan yon abri'],
  ] as const)('gets care and PEP, not only "get away" (%s)', async (_lang, told) => {
    const turn = await (await testAssistant()).say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/CENSIDA/);
    expect(texts(turn)).toMatch(/PEP/);
  });
});

describe("a relative's child alone", () => {
  it.each([
    ['es', 'mi sobrina de 13 años se quedó sola en la terminal de Matamoros, el coyote se fue'],
    ['en', 'my 14 year old nephew is alone at a motel in nuevo laredo, the smuggler left him'],
    ['ht', 'neve m 12 an rete poukont li nan estasyon bis Monterrey'],
  ] as const)('gets the child-protection line (%s)', async (_lang, told) => {
    const turn = await (await testAssistant()).say(told);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/DIF/);
  });

  it('and the fear that immigration locks the child up gets the DIF centres', async () => {
    const turn = await afterEmergency(
      'my 14 year old nephew is alone at a motel in nuevo laredo, the smuggler left him',
      'if we call, will immigration detain him?',
    );
    expect(texts(turn)).toMatch(/DIF care centre/);
  });
});

describe('the visits programme', () => {
  it('keeps its own visa appointment', async () => {
    const a = await testAssistant();
    await a.say(
      'my parents in durango are 70 and I have not seen them in 12 years, is there a program for their visa?',
    );
    const turn = await a.say('and where is the visa appointment?');
    expect(turn.report.topic).toBe('family_reunification');
    expect(texts(turn)).toMatch(/Monterrey/);
  });
});

describe('a person asked for as "a woman at the office"', () => {
  it.each([
    ['es', 'necesito ayuda', 'quisiera hablar con una mujer de la oficina'],
    ['ht', 'm bezwen èd', 'm ta renmen pale ak yon fanm nan biwo a'],
  ] as const)('passes the conversation to staff (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a question in Kreyòl with no question mark', () => {
  it('is answered, not noted for staff', async () => {
    const a = await testAssistant();
    await a.say('kat rezidan tanporè m nan fin ekspire, kisa pou m fè');
    const turn = await a.say('ki sit entènèt INM nan');
    expect(texts(turn)).toMatch(/inm\.gob\.mx/);
    expect(texts(turn)).not.toMatch(/M note sa/);
  });
});

describe('a relative far away', () => {
  it('"nobody from your office" gets the urgent queue, not the office address', async () => {
    const turn = await afterEmergency(
      'my brother is lost in the desert near sasabe, he has no water',
      'its been hours and nobody from your office wrote, what now',
    );
    expect(texts(turn)).toMatch(/urgent/);
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });
});

describe('someone who offers to get the card for money', () => {
  it('gets the line on middlemen', async () => {
    const a = await testAssistant();
    await a.say('soy de guatemala, estoy en saltillo sin papeles, como saco la tarjeta humanitaria');
    const turn = await a.say('un señor me dijo que me la saca por 2000 pesos');
    expect(texts(turn)).toMatch(/intermediarios/);
  });
});

describe('the second round', () => {
  it("a US-born child's papers asked in an emergency under way are dual nationality", async () => {
    const a = await testAssistant();
    await a.say('mi pareja me golpeó y me amenazó con un cuchillo, estoy encerrada en el cuarto');
    await a.say('ya se fue, estoy con mi hermana');
    const turn = await a.say('mi niña nació en dallas, le puedo sacar sus papeles aquí para la escuela?');
    expect(turn.report.topic).toBe('dual_nationality');
    expect(texts(turn)).toMatch(/Registro Civil/);
  });

  it('"is anyone going to answer me?" in an emergency gets the urgent queue, not the danger line again', async () => {
    const turn = await afterEmergency(
      'me hablaron que tienen a mi hermano y piden 20 mil o lo matan',
      'bueno?? alguien me va a contestar?',
    );
    expect(texts(turn)).toMatch(/fila urgente/);
  });

  it('"nobody from your office wrote" with a question of how still gets that question answered', async () => {
    const turn = await afterEmergency(
      'two trucks are following us on the highway and flashing their lights',
      'we got to a town, safe now. nobody from your office wrote. how do i report the trucks?',
    );
    expect(texts(turn)).not.toMatch(/Nobody is ahead of you/);
  });

  it('a money transfer collected without an ID after a deportation gets the repatriation certificate', async () => {
    const a = await testAssistant();
    await a.say('me deportaron ayer a juarez, soy de durango y no traigo identificacion');
    const turn = await a.say('si mi familia me manda dinero por western union lo puedo cobrar sin ine?');
    expect(texts(turn)).toMatch(/constancia/);
  });

  it('a bribe asked at a checkpoint on a visit home gets where complaints go', async () => {
    const a = await testAssistant();
    await a.say('voy a ir a durango en diciembre manejando desde chicago, que tengo que saber');
    const turn = await a.say('la otra vez en el reten me pidieron dinero, a quien le reclamo');
    expect(texts(turn)).toMatch(/quejas/);
  });
});
