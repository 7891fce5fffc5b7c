/**
 * What session 122's fresh sets and judge found, each through the real engine with wording written for this test: a
 * possible danger said in line, a threat to pay "or they'll get me", a yes to a person told with a child worse, a "no"
 * that corrects, a number or a person asked, a shelter asked after the hospital, a relative found held, 911 asked from
 * far away, a passport of one's own country, a threat over a body. Each fails on ddbc14b.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in line for staff', () => {
  it('a possible danger said while waiting: the safety line first, and staff asked to look', async () => {
    const a = await testAssistant();
    await a.say('i got deported to nuevo laredo, how do i get home to durango');
    await a.say('yes');
    const turn = await a.say(
      'bro some guys outside the shelter said i gotta pay them a cuota when i leave. they know im deported. im scared to go out',
    );
    expect(texts(turn)).toMatch(/^If you are in danger now, call 911/);
    expect(a.desk.notices.some((n) => n.type === 'flagged')).toBe(true);
  });

  it('a yes to a person with the child worse: the queue, with the line for it first', async () => {
    const a = await testAssistant();
    await a.say(
      'pitit gason m gen lafyev depi 3 jou, nou nan saltillo, ki kote m ka mennen l kay dokte gratis?',
    );
    const turn = await a.say('wi souple. li cho anpil kounye a, li pa vle bwe anyen');
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/rele 911 kounye a/);
  });
});

describe('a threat to pay', () => {
  it('"pay a cuota or they will get me": the extortion line, not the help after a deportation', async () => {
    const a = await testAssistant();
    await a.say('i got deported to nuevo laredo, how do i get home to durango');
    const turn = await a.say(
      'some dudes by the bus station said i have to pay them a cuota or they will get me when i leave',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/do not pay yet/);
  });

  it('a death told with a caller who keeps threatening unless paid: the extortion’s line, not the remains', async () => {
    const turn = await lastTurnOf(
      'my uncle died in houston last week and now some man keeps calling saying he will hurt my mom unless we pay him',
    );
    expect(texts(turn)).toMatch(/do not pay yet/);
  });
});

describe('what was asked, read whole', () => {
  it('"no i need…" after an answer corrects it: never "all right"', async () => {
    const a = await testAssistant();
    await a.say('we are in torreon with my pregnant wife, where can a doctor see her for free');
    const turn = await a.say('no i need a shelter to sleep');
    expect(texts(turn)).not.toMatch(/^All right/);
    expect(texts(turn)).toMatch(/shelter/);
  });

  it('a shelter asked after the hospital told: the shelters, said absent in that town', async () => {
    const a = await testAssistant();
    await a.say(
      'we are in torreon, my wife is pregnant and her feet are swollen, where can she see a doctor free',
    );
    const turn = await a.say(
      'ok we will go to the hospital tonight. after that, is there a shelter in torreon for us?',
    );
    expect(texts(turn)).toMatch(/do not mention any shelter in Torreon/);
  });

  it('"a number or a person": the person', async () => {
    const a = await testAssistant();
    await a.say('my brother went missing in chiapas on his way north, how can i find him?');
    const turn = await a.say('that does not help. i need a number or a person');
    expect(turn.report.queued).toBe(true);
  });

  it('an age told of two people ("both 58"): set against the programme’s age', async () => {
    const a = await testAssistant();
    await a.say('is there a program so my parents can visit my brother in the us? he has no papers');
    const turn = await a.say('they are both 58');
    expect(texts(turn)).toMatch(/At 58/);
  });

  it('a passport of one’s own country, lost: what the sources say of travel papers, not a bank account', async () => {
    const a = await testAssistant();
    await a.say('mwen nan monterrey, kat imanite m nan ekspire, kisa pou m fe?');
    const turn = await a.say('epi paspo m nan pedi tou. kiyes ki ka ban m yon lot paspo?');
    expect(texts(turn)).toMatch(/papye vwayaj/);
    expect(texts(turn)).not.toMatch(/Debicuenta/);
  });
});

describe('in a danger told by a relative far away', () => {
  it('found held by the border patrol, alive: the authorities hold him now, where to ask', async () => {
    const a = await testAssistant();
    await a.say(
      'mi hermano esta perdido en el desierto de arizona, ya no tiene agua, yo estoy en gomez palacio',
    );
    const turn = await a.say('ya lo encontro la migra, esta detenido pero vivo');
    expect(texts(turn)).toMatch(/en manos de las autoridades/);
  });

  it('911 there is the police of a US city: what can be done from another country', async () => {
    const turn = await afterEmergency(
      'yo kidnape se m nan veracruz, yo mande 5000 dola',
      'm nan dallas!! si m rele 911 se polis dallas k ap reponn. kisa m ka fe pou li?',
    );
    expect(texts(turn)).toMatch(/911 se nimewo ijans nan Meksik/);
  });

  it('where to send a location, asked: here, and to 911 too, never the question noted as the place', async () => {
    const turn = await afterEmergency(
      'mi hermano esta perdido en el desierto cerca de sasabe, ya no tiene agua',
      'tengo su ubicacion de whatsapp, a quien se la mando?',
    );
    expect(texts(turn)).toMatch(/Mándala aquí/);
    expect(texts(turn)).not.toMatch(/anotado/i);
  });

  it('the police not trusted, said in plain words: the anonymous report', async () => {
    const turn = await afterEmergency(
      'some men are following me since the bus station in reynosa',
      'i dont wanna call cops, they might be with them',
    );
    expect(texts(turn)).toMatch(/089 is the Anonymous Report line/);
    expect(texts(turn)).not.toMatch(/no credit/i);
  });
});

describe('asked after, in a danger and out of it', () => {
  it('"el CAIM ese donde queda", no mark: where it is, never noted as the place', async () => {
    const a = await testAssistant();
    await a.say('mi pareja me pego y me saco de la casa con mis hijos, estamos en la calle en ciudad juarez');
    await a.say('no tenemos a donde ir, somos de guatemala');
    const turn = await a.say('y el CAIM ese donde queda');
    expect(texts(turn)).not.toMatch(/Anotado/);
    expect(texts(turn)).toMatch(/Paso del Norte/);
  });

  it('a fixer who will make the card for money: the middlemen’s answer, never the emergency', async () => {
    const a = await testAssistant();
    await a.say('kat imanite m nan ekspire depi 2 mwa, kisa pou m fe?');
    const turn = await a.say('gen yon mesye ki di m si m ba li 2500 peso l ap fe kat la pou mwen');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/pa peye pèsonn/);
  });

  it('a blessing after an answer thanks: never the queue', async () => {
    const a = await testAssistant();
    await a.say('como saco la doble nacionalidad de mi hija que nacio en texas');
    const turn = await a.say('ok dios se lo bendiga');
    expect(turn.report.queued).toBe(false);
  });

  it('an office’s address asked where the sources give none: the silence, in the sentence that answers', async () => {
    const a = await testAssistant();
    await a.say('vivo en chicago, necesito una constancia de origen, la oficina de chicago la hace?');
    await a.say('y donde queda esa oficina?');
    const turn = await a.say('pero cual es la direccion exacta de la oficina de chicago');
    expect(texts(turn)).toMatch(/dirección no se indica/);
  });
});

describe('someone missing back', () => {
  it('a child missing now, told by the parent: the emergency', async () => {
    for (const first of [
      'please help my 8 year old son is missing, we were at the swap meet and i cant find him',
      'no encuentro a mi hija de 9 años, estabamos en la plaza y ya no la vi',
    ])
      expect((await lastTurnOf(first)).report.emergency).toBe(true);
    expect((await lastTurnOf('my 5 year old lost her birth certificate')).report.emergency).toBe(false);
  });

  it('back from a friend’s house, told in the danger: the good news, never the danger come back', async () => {
    const turn = await afterEmergency(
      'ede m!! ti gason m 7 an pedi nan mache a, m pa jwenn li',
      'li tounen!! li te lakay yon zanmi li',
    );
    expect(texts(turn)).toMatch(/bon nouvèl/);
    expect(texts(turn)).not.toMatch(/ki kote w ye/);
  });

  it('not found yet, or only a thing of theirs found: never the good news', async () => {
    const pairs: Array<[string, string]> = [
      ['se me perdio mi niño de 6 años en el mercado, no lo encuentro', 'todavia no lo encontramos'],
      ['my 6 year old daughter got lost at the mall', 'we found her shoe by the exit but not her'],
    ];
    for (const [first, next] of pairs)
      expect(texts(await afterEmergency(first, next))).not.toMatch(/good news|buena noticia/);
  });

  it('papers or an appointment a child lacks or missed are no child missing', async () => {
    for (const first of [
      'my 10 year old daughter is missing her birth certificate, how do i get a copy',
      'mi nieta de 8 años se perdio la vacuna, donde la ponen',
    ])
      expect((await lastTurnOf(first)).report.emergency).toBe(false);
  });

  it('an aggressor back is still the danger', async () => {
    const turn = await afterEmergency(
      'mi esposo me pego y se fue, tengo miedo de que regrese',
      'ya regreso, esta borracho y esta golpeando la puerta',
    );
    expect(texts(turn)).not.toMatch(/buena noticia/);
    expect(turn.report.emergency).toBe(true);
    const angry = await afterEmergency('mari m bat mwen, li soti, m pe l tounen', 'li tounen, li byen fache');
    expect(texts(angry)).not.toMatch(/bon nouvèl/);
  });
});

describe('what a review of these changes found they must not catch', () => {
  it('debt told as drowning with the wish not to live: still the emergency', async () => {
    const turn = await lastTurnOf('estoy ahogado en deudas y ya no quiero seguir viviendo');
    expect(turn.report.emergency).toBe(true);
  });

  it('a fare asked to be paid is no extortion', async () => {
    const turn = await lastTurnOf(
      'the bus company wont take us unless we pay extra for the bags, is that legal?',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('"no, quiero pensarlo" refuses the offer', async () => {
    const a = await testAssistant();
    await a.say('como saco la doble nacionalidad de mi hijo?');
    const turn = await a.say('no, quiero pensarlo primero');
    expect(texts(turn)).toMatch(/^De acuerdo/);
  });

  it('a number of children is no age', async () => {
    const a = await testAssistant();
    await a.say('que es abrazando almas?');
    const turn = await a.say('mis papas ambos tienen 3 hijos en estados unidos');
    expect(texts(turn)).not.toMatch(/Con 3 años/);
  });

  it('a place told with no location to send is noted as the place', async () => {
    const turn = await afterEmergency(
      'some men took my brother, they have guns',
      'i cant share my location, my gps is broken, we are near the oxxo by the bus terminal in reynosa',
    );
    expect(texts(turn)).toMatch(/^Place noted/);
  });

  it('911 called where the danger is: help called, never the line for calling from abroad', async () => {
    const turn = await afterEmergency(
      'a mi esposo lo estan golpeando unos hombres afuera de la casa',
      'ya llame al 911 pero la policia aqui no llega',
    );
    expect(texts(turn)).not.toMatch(/desde otro país/);
  });
});
