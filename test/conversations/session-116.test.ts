/**
 * What session 116's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, an ambulance that took him (Kreyòl), the office called back, 911 out of reach from Haiti, a relative lost then
 * caught by border patrol, better dead said in psychological support's talk, the cost of the office's help asked; goods
 * "kidnapped" at customs, a pregnancy's pain said not to be strong, one's own hunger; in ordinary talk, how long a
 * complaint takes, the job part of a two-part first question, years apart for a family visit, a psychologist asked to
 * talk to, money asked to make one's card, a foreigner's Mexican child, a Durango office in another US city, a card
 * needed after a release, where to give birth, a foreigner's job, wages owed in the office's talk, a job asked after
 * thanks, what sending money costs, US studies recognised, and a phone number given in line.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('the ambulance came and took him, in Kreyòl: help came, not the 911 line again', async () => {
    const turn = await afterEmergency(
      'kouzen m tonbe nan yon twou, tet li ap senyen anpil',
      'yo rive, yo pran l nan anbilans',
    );
    expect(texts(turn)).toMatch(/kontan èd la rive/);
  });

  it('someone of the office called back: glad, the case goes on (not "nobody can be sent", not "out of danger")', async () => {
    const turn = await afterEmergency(
      'unos hombres tienen a mi hermano en reynosa y piden 8 mil dolares',
      'ya nos llamo alguien de la oficina, muchas gracias',
    );
    expect(texts(turn)).toMatch(/alguien de la oficina ya te contactó/);
    expect(texts(turn)).not.toMatch(/no estás en peligro/);
    expect(turn.report.queued).toBe(true);
  });

  it('the office called back, in Kreyòl: not a person asked for', async () => {
    const turn = await afterEmergency(
      'yo kidnape frè m nan Reynosa, yo mande 5000 dola',
      'yon dam nan biwo a rele m, mèsi anpil',
    );
    expect(texts(turn)).toMatch(/biwo a kontakte w/);
  });

  it('911 out of reach from Haiti: what to do from another country', async () => {
    const turn = await afterEmergency(
      'yo kidnape pitit fi m nan Tapachula, y ap mande lajan',
      'm nan Ayiti, m pa ka rele 911 isit la',
    );
    expect(texts(turn)).toMatch(/lòt peyi/);
  });

  it('a cousin lost in the desert, then caught by border patrol: held, and the search', async () => {
    const turn = await lastTurnOf(
      'my uncle is lost in the arizona desert, no water, his phone is almost dead',
      'he texted again!! border patrol caught him near lukeville. what now',
    );
    expect(texts(turn)).toMatch(/authorities hold your relative/);
  });

  it('better dead, said in psychological support’s talk (Kreyòl): the emergency', async () => {
    const turn = await lastTurnOf(
      'm pa ka dòmi, m toujou ap kriye, eske nou gen sikològ?',
      'pafwa m di tèt mwen li t ap pi bon si m mouri',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('whether the office charges, asked in a detained father’s danger: the search’s cost, not the extortion line', async () => {
    const turn = await lastTurnOf(
      'mi papa esta detenido por ice en arizona y no le dan sus pastillas del corazon, ya se siente mal',
      'que consulado lo ve? esta en el centro de detencion de Eloy',
      'y ustedes cobran algo?',
    );
    expect(texts(turn)).not.toMatch(/antes de depositar/);
    expect(texts(turn)).toMatch(/costo/);
  });
});

describe('what is no danger', () => {
  it('a truck "kidnapped" at customs with where to complain: the Paisano programme, no emergency', async () => {
    const turn = await lastTurnOf(
      'en la garita de nogales la aduana me secuestro la camioneta con los regalos, como me quejo?',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('paisano');
  });

  it('a pregnancy’s back pain said not to be strong, where to be seen asked: care, not the emergency', async () => {
    const turn = await lastTurnOf(
      'my girlfriend is 7 months pregnant, we are in Tapachula, she has pain in her belly, not too strong, where can a doctor see her',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('one’s own hunger since yesterday on the road (Kreyòl): food, not "call 911 now"', async () => {
    const turn = await lastTurnOf('m nan Reynosa, m pa gen kote pou m dòmi jodi a', 'nou pa manje depi ayè');
    expect(texts(turn)).not.toMatch(/rele 911 kounye a/);
    expect(texts(turn)).toMatch(/manje/);
  });
});

describe('ordinary talk', () => {
  it('how long a complaint takes, in the Paisano programme’s talk: its aim in days', async () => {
    const turn = await lastTurnOf(
      'los de la aduana me pidieron dinero al cruzar en diciembre, donde me quejo?',
      'y cuanto tardan en atender la queja',
    );
    expect(texts(turn)).toMatch(/tres días/);
  });

  it('the job part of a business-and-job first question, asked next: the employment service', async () => {
    const turn = await lastTurnOf(
      'regrese de texas con algo de dinero, quiero abrir una tiendita, hay apoyos? y tambien necesito chamba',
      'lo del empleo, a donde voy?',
    );
    expect(texts(turn)).toMatch(/Servicio Nacional de Empleo/);
  });

  it('years apart told for a family visit: the programme’s years', async () => {
    const turn = await lastTurnOf(
      'mi papa quiere ir a ver a mi hermana que vive en dallas sin papeles, hay algun programa?',
      'tiene 70',
      'no la ve desde el 2008',
    );
    expect(texts(turn)).toMatch(/10 años/);
  });

  it('a psychologist asked to talk to, politely: passed to staff', async () => {
    const turn = await lastTurnOf(
      'do you have psychological support? i cant sleep',
      'i would like to talk to a psychologist',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('money asked by a man to make one’s card, as a first message in Kreyòl: pay no middleman', async () => {
    const turn = await lastTurnOf('yon neg di m fok m peye 2500 peso pou l fe kat la pou mwen, eske se vre?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/pa peye/);
  });

  it('a Mexican child supposed by a Haitian whose card expired: staying through family ties', async () => {
    const turn = await lastTurnOf(
      'kat rezidan tanporè mwen an fin ekspire, kisa m dwe fè?',
      'konbyen tan sa ap pran?',
      'eske m bezwen peye yon avoka?',
      'ok e si m gen pitit ki fèt isit?',
    );
    expect(texts(turn)).toMatch(/inite fanmi/);
  });

  it('a Durango office in another US city asked after the offices abroad: only a plan for Dallas', async () => {
    const turn = await lastTurnOf(
      'im from durango, i live in los angeles. does durango have an office here?',
      'what is the address',
      'i need a certified copy of my marriage certificate from durango, can they get it for me',
      'my brother lives in dallas, is there one there too?',
    );
    expect(texts(turn)).toMatch(/Dallas was only a plan/);
  });

  it('the humanitarian card needed by a husband released by migration: papers to stay, not the search', async () => {
    const turn = await lastTurnOf(
      'migrasyon te arete mari m nan Tijuana, kounye a yo lage l, li bezwen kat imanite a',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('where to give birth without papers, asked in asylum’s talk: care on the road', async () => {
    const turn = await lastTurnOf(
      'can we ask for asylum in mexico? there is war in our country',
      'is there a hospital where my wife can give birth for free without papers?',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('a job asked by a Haitian in Durango: the help to find work, not "this office does not do that"', async () => {
    const turn = await lastTurnOf(
      'ki kote biwo a ye?',
      'mèsi. m bezwen travay, eske nou ka ede m jwenn travay?',
    );
    expect(turn.report.topic).toBe('reintegration');
    expect(texts(turn)).not.toMatch(/pa fè sa/);
  });

  it('wages owed, asked in the office’s talk in Kreyòl: legal advice, not the office’s prices', async () => {
    const turn = await lastTurnOf('ki kote biwo a ye?', 'bòs mwen pa peye m 10 jou travay, kisa pou m fè?');
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('a job asked after thanks: the help on return, not "you’re welcome" alone', async () => {
    const turn = await lastTurnOf(
      'donde queda la oficina?',
      'ok gracias. ando buscando trabajo en durango, ustedes me pueden ayudar a encontrar trabajo?',
    );
    expect(turn.report.topic).toBe('reintegration');
  });

  it('what sending a sum costs, in Kreyòl after money home: the fees, which the sources do not give', async () => {
    const turn = await lastTurnOf(
      'mwen nan Monterrey, kijan pou m voye lajan bay manman m ann Ayiti?',
      'konbyen sa koute pou voye 3000 peso?',
    );
    expect(texts(turn)).toMatch(/FINABIEN/);
    expect(texts(turn)).not.toMatch(/konsèy Enstiti a/);
  });

  it('US high school asked to be recognised by a US-born returnee, as a first message: validating studies', async () => {
    const turn = await lastTurnOf(
      'i was born in california, my parents got deported so we live in lerdo now. how do i get my high school studies recognized here?',
    );
    expect(turn.report.topic).toBe('reintegration');
  });

  it('a phone number given in line: said back, no "write your number"', async () => {
    const turn = await lastTurnOf(
      'my mom needs a humanitarian visa to see my sick dad in denver',
      'yes a person please',
      'Her number is 618 765 4321. Please have someone call her today.',
    );
    expect(texts(turn)).toMatch(/618 765 4321/);
    expect(texts(turn)).not.toMatch(/write your number/);
  });
});
