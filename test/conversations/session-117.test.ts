/**
 * What session 117's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, a deadline "killing" one, a birth with mother and child well, a relative well again said with an apostrophe,
 * found alive far downstream, medicine given at last, a relative's own home told beside the call, where to be safe
 * from a threat, how to report, a call from the office asked; after one, the way home to a town; in ordinary talk, FINABIEN's card asked next, a
 * Durango office "here" in a US city, where to go for a job back home, a doctor in the talk of return, the road's care
 * asked again in its town, treatment told in line, a foreigner's job with the card in hand, a dying relative's visit
 * wished, and a US-born grandson's papers.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger or after one, what is said next', () => {
  it('a deadline "killing" one is a hurry about a procedure, not a danger (Spanish and Kreyòl)', async () => {
    const es = await lastTurnOf('me esta matando la fecha limite, el lunes vence lo de la visa de mi apa');
    expect(es.report.emergency).toBe(false);
    const ht = await lastTurnOf('dat limit la ap touye m, m gen randevou nan INM jodi a');
    expect(ht.report.emergency).toBe(false);
  });

  it('the baby born and both well after labour: congratulations, not "noted"', async () => {
    const turn = await afterEmergency(
      'mi esposa ya tiene contracciones muy fuertes y se le rompio la fuente, estamos en la terminal de zacatecas',
      'ya nacio el niño, los dos estan bien gracias a dios',
    );
    expect(texts(turn)).toMatch(/Felicidades/);
  });

  it('"he\'s ok now" with the apostrophe is the danger over, not thanks', async () => {
    const turn = await afterEmergency(
      'my brother collapsed, he has diabetes, we are at a shelter in reynosa',
      "he's ok now, they gave him juice",
    );
    expect(texts(turn)).toMatch(/glad/);
    expect(texts(turn)).not.toMatch(/welcome/);
  });

  it('found alive far down the canal, in many words: over, not noted as the place', async () => {
    const turn = await afterEmergency(
      'my friend fell into the canal near mexicali and we lost sight of him',
      'the guys found him way down by the second bridge, alive, he swallowed a lot of dirty water',
    );
    expect(texts(turn)).toMatch(/glad/);
    expect(texts(turn)).not.toMatch(/Place noted/);
  });

  it('the medicine withheld now given: over, not the extortion line', async () => {
    const turn = await afterEmergency(
      'a mi esposo lo tienen detenido en arizona y no le dan su medicina de la presion',
      'hablo mi cuñada con el, dice que ya le dieron sus pastillas y que lo van a mandar para nogales',
    );
    expect(texts(turn)).toMatch(/qué bueno/);
    expect(texts(turn)).not.toMatch(/no pagues/);
  });

  it('a relative’s own home told after the call is not where the danger is', async () => {
    const turn = await afterEmergency(
      'my uncle is lost in the desert by altar sonora with no water',
      'ok i called 911 already. his wife is in gomez palacio',
    );
    expect(texts(turn)).not.toMatch(/noted: “.*gomez palacio/i);
  });

  it('where to be safe from a cartel’s threat: the Grupos Beta, not the phone extortion’s line', async () => {
    const a = await testAssistant();
    await a.say('yon gang ap menase m, yo di si m pa peye yo ap touye m. m nan Nuevo Laredo');
    const turn = await a.say('kote m ka ale pou m an sekirite?');
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });

  it('how to report the police who beat them: where a crime is reported', async () => {
    const a = await testAssistant();
    await a.say('some police near monterrey took our money and hit my husband, his lip is bleeding bad');
    const turn = await a.say('how can we report them?');
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).toMatch(/report/i);
  });

  it('"will one of you call me?" after a ransom call: how a call is asked, not the ransom line again', async () => {
    const turn = await afterEmergency(
      'unos señores me hablaron de reynosa, dicen que tienen a mi hermano y piden 5 mil dolares',
      'ya colgue, no voy a pagar. alguien de ustedes me va a llamar?',
    );
    expect(texts(turn)).toMatch(/escribe aquí el número/);
  });

  it('found, then a day later the way home to his town: the help to get home, not a death', async () => {
    const a = await testAssistant();
    await a.say('help my brother is lost near nogales, no water, phone dying');
    a.clock.time += 3_600_000;
    await a.say('he called, the grupo beta found him, hes fine');
    a.clock.time += 90_000_000;
    const turn = await a.say(
      'hi again, my brother is in a shelter in hermosillo now and wants to go home to gomez palacio, can you help him get there?',
    );
    expect(texts(turn)).not.toMatch(/sorry for your loss/);
    expect(texts(turn)).toMatch(/Durango/);
  });
});

describe('in ordinary talk, what is asked next', () => {
  it('the card asked after FINABIEN’s fees: where the card is got, not the Institute’s address', async () => {
    const turn = await lastTurnOf(
      'how much does finabien charge to send money home?',
      'ok and where do i get that card?',
    );
    expect(texts(turn)).toMatch(/consulate/);
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it('a Durango office "here", said from Houston: the offices in the US', async () => {
    const turn = await lastTurnOf(
      'cuanto tarda una apostilla?',
      'oiga y yo vivo en houston, hay oficina de durango aqui?',
    );
    expect(texts(turn)).toMatch(/Representación/);
  });

  it('where to go for a job, back in Durango: the employment service', async () => {
    const turn = await lastTurnOf(
      'me deportaron hace dos semanas y ya estoy en durango, quiero terminar la secundaria',
      'y pal trabajo a donde voy?',
    );
    expect(texts(turn)).toMatch(/Servicio Nacional de Empleo/);
  });

  it('a doctor asked in the talk of return: the care for people who came back, not the border’s clinics', async () => {
    const turn = await lastTurnOf(
      'i came back from texas last month and im in durango now, need work',
      'and what about a doctor? i have high blood pressure and no meds',
    );
    expect(texts(turn)).toMatch(/returnees/);
    expect(texts(turn)).not.toMatch(/Tijuana, Mexicali/);
  });

  it('treatment told while in line: no line for when it gets worse', async () => {
    const a = await testAssistant();
    await a.say('my daughter has a fever since yesterday, we are in tijuana, where can i take her');
    await a.say('can i talk to a person');
    a.clock.time += 40_000_000;
    const turn = await a.say('we went to the clinic and they gave her medicine. thanks a lot');
    expect(texts(turn)).not.toMatch(/not breathing/);
  });

  it('a foreigner with the card in hand asks where to look for work: the employment service', async () => {
    const turn = await lastTurnOf(
      'mwen gen kat imanitè a deja',
      'm deja gen kat la, kounye a m bezwen travay, ki kote pou m chèche travay?',
    );
    expect(texts(turn)).toMatch(/SNE/);
  });

  it('a visit wished before a sick mother dies is no emergency', async () => {
    const turn = await lastTurnOf(
      'bonjou, m ta renmen konnen si gen viza imanitè pou Ozetazini',
      'manman m malad anpil Miami',
      'non li pa mouri non, li malad nan yon lopital, m vle al wè l anvan li mouri',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('"también quería saber" then a US-born grandson’s papers: dual nationality', async () => {
    const turn = await lastTurnOf(
      'quiero saber de la pension americana de mi esposo',
      'tambien queria saber si me ayudan con los papeles de mi nieta que nacio en phoenix',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });
});
