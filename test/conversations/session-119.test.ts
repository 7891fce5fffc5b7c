/**
 * What session 119's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, 911 out of reach from a country spelt in Kreyòl, when a person will write asked after paying, help asked so
 * as not to go back to him, a ride to the clinic, a robbery just now, figures of speech that are no danger, what the
 * Mexican consulate can do, the town told after an assault's care was asked, and the robbers gone with "nan men m" told;
 * in ordinary talk, the psychologist's cost, the fare lacking told in a form, the road's shelters where the sources name
 * none, staying in Mexico asked on the road, a child born in a US town told second, a vehicle's stay, identity papers
 * after a return, a trade told as work done, the Chicago office's place, the duty-free allowance in another topic's
 * talk; and what a review found them taking too far. Each fails on f50bc59, the review's on 62d8184.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('911 out of reach from Brazil, in Kreyòl: calling from abroad, not "no credit?"', async () => {
    const turn = await afterEmergency(
      'yo kidnape kouzen m nan Meksik, y ap mande 3000 dola pou lage l',
      'mwen nan brezil, m pa ka rele 911 la',
    );
    expect(texts(turn)).toMatch(/lòt peyi/);
  });

  it('when a person will write, asked after paying was answered: the line, not the pay line again', async () => {
    const a = await testAssistant();
    await a.say('yo rele m, yo di yo gen pitit mwen e yo vle 1000 dola');
    await a.say('eske m peye yo?');
    const turn = await a.say('m pa konn si pou m peye. kilè yon moun ap pale avè m?');
    expect(texts(turn)).toMatch(/nan liy/);
    expect(texts(turn)).not.toMatch(/pa peye kounye a/);
  });

  it('help asked so as not to go back to him: the women’s centres', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen anpil, li di l ap touye m',
      'ki kote m ka jwenn èd pou m pa tounen kote l?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para Mujeres/);
  });

  it('a ride to the clinic now: glad help is there, not a place noted', async () => {
    const turn = await afterEmergency(
      'my son fell from the train and his leg is broken, he is screaming',
      'a man with a truck is taking us to the hospital now',
    );
    expect(texts(turn)).toMatch(/glad help is there/);
    expect(texts(turn)).not.toMatch(/Place noted/);
  });

  it('robbed just now, in English: the emergency', async () => {
    const turn = await lastTurnOf('just got robbed outside the bus station in piedras negras');
    expect(turn.report.emergency).toBe(true);
  });

  it('a procedure that "kills", in Kreyòl, or fees that do: no danger', async () => {
    const haitian = await lastTurnOf('demach paspò sa a ap touye m, sa fè 2 mwa m ap tann');
    expect(haitian.report.emergency).toBe(false);
    expect(texts(haitian)).not.toMatch(/911/);
    const fees = await lastTurnOf(
      'cuanto cuesta apostillar un acta de texas',
      'uy me quieren matar con lo que cobran',
    );
    expect(fees.report.emergency).toBe(false);
  });

  it('what the Mexican consulate can do, asked for a relative held abroad: its help to Mexicans abroad', async () => {
    const turn = await afterEmergency(
      'my son was kidnapped in houston, they want 5000 dollars',
      'and what can the mexican consulate do for him',
    );
    expect(texts(turn)).toMatch(/Mexican consulate helps/);
  });

  it('the town told after the assault’s care was asked: its place of care', async () => {
    const a = await testAssistant();
    await a.say('de mesye fè kadejak sou mwen yè swa sou wout la');
    await a.say('ki kote m ka jwenn medikaman sa a?');
    const turn = await a.say('mwen nan Ciudad Juárez');
    expect(texts(turn)).toMatch(/Todos Somos Mexicanos/);
  });

  it('the robbers gone and all well, "nan men m" no "but": glad, not a place noted', async () => {
    const turn = await afterEmergency(
      'de mesye monte nan bis la, yo di si nou pa bay kòb yo pral kidnape nou',
      'yo desann. yo pran 300 peso nan men m. nou byen kounye a',
    );
    expect(texts(turn)).toMatch(/kontan/);
    expect(texts(turn)).not.toMatch(/M note/);
  });
});

describe('in ordinary talk', () => {
  it('the psychologist’s cost asked with the psychologist: the cost, not the queue', async () => {
    const turn = await lastTurnOf(
      'ando muy triste desde que deportaron a mi hijo',
      'si me gustaria hablar con una psicologa, cuanto cobran?',
    );
    expect(turn.report.facet).toBe('cost');
    expect(turn.report.queued).toBe(false);
  });

  it('the fare lacking told in a form: the transport help, not a field corrected', async () => {
    const turn = await lastTurnOf(
      'a mi hijo lo detuvieron cruzando por nogales hace una semana',
      'se llama Pedro Ruiz tiene 22',
      'y si lo deportan como llega a durango?',
      'no tenemos para el pasaje',
    );
    expect(texts(turn)).not.toMatch(/Corregido/);
    expect(texts(turn)).toMatch(/traslado/);
  });

  it('a shelter asked where the sources name none: said so first, and said once', async () => {
    const a = await testAssistant();
    await a.say('estoy en saltillo con mi hija de 4 años, tiene tos y calentura, a donde la llevo sin pagar');
    const asked = await a.say('y albergue hay aqui en saltillo?');
    expect(texts(asked)).toMatch(/no indican ningún albergue en Saltillo/);
    const again = await a.say('ocupo un albergue pa pasar la noche con mi niña');
    expect(texts(again)).toMatch(/Como te dije, nuestras fuentes no indican ningún albergue en Saltillo/);
  });

  it('staying in Mexico asked on the road: the papers to stay', async () => {
    const turn = await lastTurnOf(
      'voy de paso con mi hijo, hay albergue en el camino?',
      'y si mejor nos quedamos a vivir en mexico?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('the other child born in a US town, told second: dual nationality', async () => {
    const turn = await lastTurnOf(
      'we came back to durango from kansas, how do i put my kids in school?',
      'the older one was born in zacatecas and the other one in wichita',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('how long a truck may stay, in another topic’s talk: the vehicle permit', async () => {
    const turn = await lastTurnOf(
      'como registro en mexico a mi hija que nacio en texas',
      'y mi camioneta cuanto tiempo puede estar en mexico?',
    );
    expect(turn.report.topic).toBe('paisano');
    expect(texts(turn)).toMatch(/permiso/);
  });

  it('identity papers after a return: the letter of identity, not the offices abroad', async () => {
    const turn = await lastTurnOf(
      'me deportaron la semana pasada y ya estoy en durango, hay trabajo para deportados?',
      'y como saco mi credencial otra vez?',
    );
    expect(texts(turn)).toMatch(/carta de identidad/);
    expect(texts(turn)).not.toMatch(/Si vives fuera/);
  });

  it('a trade told as work done: the employment service', async () => {
    const turn = await lastTurnOf(
      'i got deported, im back in durango, any help finding work?',
      'i did roofing for ten years',
    );
    expect(texts(turn)).toMatch(/Employment Service/);
  });

  it('where the Chicago office is: the offices abroad first, not the Institute’s street', async () => {
    const turn = await lastTurnOf(
      'i live in illinois and need a certified copy of my durango birth certificate',
      'ok and where is the chicago office exactly?',
    );
    expect(texts(turn).slice(0, 80)).not.toMatch(/Calle Juárez/);
    expect(texts(turn)).toMatch(/Chicago/);
  });

  it('what may be brought without paying, in a passport’s talk: the duty-free allowance', async () => {
    const turn = await lastTurnOf(
      'my us passport expired, how do i renew it',
      'also my uncle is driving down for christmas, can he bring a fridge without paying taxes?',
    );
    expect(texts(turn)).toMatch(/duty-free allowance/);
  });
});

describe('what a review of those readings found taken too far', () => {
  it('coming from Chile is no calling from abroad: the help when one cannot call', async () => {
    const turn = await afterEmergency(
      'de mesye ap swiv nou depi maten, yo di y ap kidnape pitit mwen',
      'nou sot chili, kounye a nou nan Tapachula, m pa ka rele 911',
    );
    expect(texts(turn)).not.toMatch(/lòt peyi/);
  });

  it('worse told in the shelter after the shelters: the worse line, not the shelters again', async () => {
    const a = await testAssistant();
    await a.say('estoy en saltillo con mi hija de 4 años, tiene tos y calentura, a donde la llevo sin pagar');
    await a.say('y albergue hay aqui en saltillo?');
    const turn = await a.say('ya estamos en un albergue pero la niña esta peor, vomita todo');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/Como te dije, nuestras fuentes no indican ningún albergue/);
  });
});
