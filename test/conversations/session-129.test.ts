/**
 * What session 129's fresh sets and judge found, each through the real engine with wording written for this test: the
 * language one message left taken back by the next; working oneself to death, a figure of speech; men who will come
 * back tonight, a danger; in a danger, how to keep looking for one not found, what a consulate can do, a relative's home
 * that is no place of the danger, an order to keep someone away, whom to call from abroad, the police forbidden by the
 * callers and a bus home asked; in talk, how to contact the office and work while the COMAR decides. Each fails on the
 * session's start but the guards (a ride coming back for one, a call to the police made).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('the conversation’s language', () => {
  it('one Spanish question in Kreyòl talk, then a short Kreyòl one: Kreyòl again', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m bezwen apostiye batistè pitit mwen');
    await a.say('cuanto cuesta apostillar un acta de nacimiento aqui en durango');
    const turn = await a.say('ok mesi, e konbyen tan');
    expect(turn.lang).toBe('ht');
  });
});

describe('dangers told, or not', () => {
  it('a father working himself to death in the fields, his pension asked: no emergency', async () => {
    const turn = await lastTurnOf(
      'my uncle is 66 and hes killing himself working at a ranch in canatlan, he worked 12 years in arizona. can he get social security?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('men who asked for money and will come back tonight, fear told: urgent', async () => {
    const turn = await lastTurnOf(
      'three guys at the bus station asked me for money and said they will come back for me tonight, i am really scared',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a brother coming back for one tomorrow to drive to the consulate: no emergency (guard)', async () => {
    const turn = await lastTurnOf(
      'my brother will come back for me tomorrow to drive me to the consulate, what papers do i bring for the visa?',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in a danger', () => {
  it('how to keep looking for one the river took, an hour on: the search for the missing', async () => {
    const a = await testAssistant();
    await a.say('mi primo se lo llevo la corriente cruzando el rio por acuña, no lo vemos');
    await a.say('ya vinieron los bomberos');
    const turn = await a.say('todavia no aparece, donde mas lo podemos buscar?');
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).toMatch(/Comisión Nacional de Búsqueda/);
  });

  it('whether the consulate where one lives can do anything: what consulates do for Mexicans', async () => {
    const turn = await afterEmergency(
      'they kidnapped my nephew in matamoros and want 8000 dollars',
      'can the consulate here in dallas do anything',
    );
    expect(texts(turn)).toMatch(/consulate helps/);
    expect(texts(turn)).not.toMatch(/First, the person/);
  });

  it('the whole family told to be back in Zacatecas: never noted as the place', async () => {
    const turn = await afterEmergency(
      'i dont want to live anymore, i have the pills with me',
      'my entire family is back in zacatecas and i have not seen them in 6 years',
    );
    expect(texts(turn)).not.toMatch(/Place noted/);
  });

  it('an order to keep a violent ex away asked after the police took him: legal advice', async () => {
    const a = await testAssistant();
    await a.say('my ex is outside my house in lerdo saying he will kill me');
    const turn = await a.say('the cops arrested him. how do i get a protective order?');
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('which number to call for Mexico, asked from Boston in Kreyòl: calling from abroad', async () => {
    const turn = await afterEmergency(
      'yo kidnape frè m nan Monterrey, yo mande 5000 dola sinon yo touye l',
      'm nan Boston. kiyes pou m rele pou Meksik?',
    );
    expect(texts(turn)).toMatch(/lòt peyi/);
  });

  it('the callers forbade the police: the anonymous report', async () => {
    const turn = await afterEmergency(
      'me marcaron que tienen a mi hija y que si no deposito 30 mil la matan',
      'me dijeron que no llame a la policia, y si no pago?',
    );
    expect(texts(turn)).toMatch(/Denuncia Anónima/);
    expect(texts(turn)).not.toMatch(/Qué bueno que ya llamaste/);
  });

  it('where one is told beside the threat and a question: what is told is noted as the place, not the question', async () => {
    const turn = await afterEmergency(
      'two men at the bus station said they will hurt me tonight, im scared',
      'im not in the us, im in monterrey. they threatened me again. what do i do',
    );
    expect(texts(turn)).toMatch(
      /Place noted: “im not in the us, im in monterrey\. they threatened me again”/,
    );
  });

  it('whether the border patrol will take one rescued, asked: what the sources say of help and one’s status', async () => {
    const turn = await afterEmergency(
      'my cousin is stuck on an island in the river near eagle pass, the water is rising',
      'would the border patrol keep him if they save him?',
    );
    expect(texts(turn)).toMatch(/immigration status/);
  });

  it('a call to the police made: still help called (guard)', async () => {
    const turn = await afterEmergency(
      'me marcaron que tienen a mi hija y que si no deposito 30 mil la matan',
      'ya llame a la policia',
    );
    expect(texts(turn)).toMatch(/Qué bueno que ya/);
  });

  it('help with the bus home asked an hour after a threat: the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('i got deported yesterday to reynosa, im from durango');
    await a.say(
      'two guys outside the shelter asked me for money and they gonna come back for me tonight. im scared',
    );
    a.clock.time += 3_600_000;
    const turn = await a.say(
      'ok i can stay inside tonight. tomorrow can you guys help with the bus to durango?',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });
});

describe('in talk', () => {
  it('how to contact the office, in a visa’s talk: its address and what the sources say of its phone', async () => {
    const turn = await lastTurnOf('mi papa quiere la visa de turista, como le hace', 'y como los contacto?');
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).toMatch(/Calle Juárez #144/);
  });

  it('work while the COMAR decides, asked in legal advice’s talk: what the sources say of work meanwhile', async () => {
    const turn = await lastTurnOf(
      'bonjou m bezwen yon avoka gratis',
      'eske m ka travay pandan m ap tann repons COMAR la?',
    );
    expect(turn.report.topic).toBe('asylum');
  });

  it('children back from the US refused at school for want of papers: enrolling them, with the dual nationality', async () => {
    const turn = await lastTurnOf(
      'volvi de texas hace unos meses con mis niños y no los quieren aceptar en el school xq no tienen papeles de aca. q hago?',
    );
    expect(texts(turn)).toMatch(/doble nacionalidad/);
  });

  it('a call asked at one’s own number, queued already: leave the number and a time, not the office’s phone', async () => {
    const turn = await lastTurnOf(
      'mi suegro trabajo 20 años en california, como saca su pension?',
      'quiero hablar con una persona',
      'si quiero que me hablen, ¿me pueden marcar a este numero por favor?',
    );
    expect(texts(turn)).toMatch(/tu número y a qué hora/);
    expect(texts(turn)).not.toMatch(/atiende teléfono y correo/);
  });
});

describe('in a danger, Kreyòl', () => {
  it('a sister held and beaten, money asked to let her go: the ransom’s line, not a beating’s', async () => {
    const turn = await lastTurnOf(
      'mwen nan Houston. gen mesye ki kenbe se m nan Matamoros, yo mande 4000 dola sinon yo p ap lage l, yo bat li',
    );
    expect(texts(turn)).toMatch(/kidnape yon moun/);
  });

  it('a lady from the office said to have called: glad, the danger’s case goes on', async () => {
    const turn = await afterEmergency(
      'yo kidnape kouzen m nan Reynosa, yo mande 2000 dola',
      'mesi, yon madanm nan biwo a rele m, l ap ede m',
    );
    expect(texts(turn)).toMatch(/kontakte w/);
  });
});
