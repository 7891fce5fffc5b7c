/**
 * What session 114's fresh sets and judge found, each through the real engine with wording written for this test: in
 * a danger, another danger told beside a place, water given by the Grupos Beta, food and water needed, "k son" asked,
 * what the office does, what the consulate can do; a relative held by migration and denied care; a child's fever since
 * yesterday, then shaking; a cut bleeding a little on the way home, and a child's age told after the care; a programme
 * named by its name, the appointment wanted, a person asked for politely, who can help asked in Kreyòl, a pension's
 * office nearer than Juárez, school for a foreigner's daughter, health care for a man back home, dying of worry said of
 * a card, another topic asked at a form's summary, and unpaid work asked in a first message.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('a car following them told with where they are: the threat’s line and only the place noted', async () => {
    const turn = await afterEmergency(
      'a cop at the checkpoint asked us for 300 dollars to let us pass',
      'We refused. Now a white van is following us. We are on the highway to Zacatecas, past Fresnillo',
    );
    expect(texts(turn)).toMatch(/If you are threatened/);
    expect(texts(turn)).toMatch(/“We are on the highway to Zacatecas, past Fresnillo”/);
    expect(texts(turn)).not.toMatch(/programme|customs/);
  });

  it('the Grupos Beta came and gave them water: help came, not "call 911" again', async () => {
    const turn = await afterEmergency(
      'we are lost in the desert close to altar, no water left',
      'the grupo beta is here, they gave us some water, thanks',
    );
    expect(texts(turn)).toMatch(/glad help is there/);
  });

  it('food and water needed after a robbery: the road’s help, not a note', async () => {
    const turn = await afterEmergency(
      'nos asaltaron en la carretera cerca de tapanatepec, a mi primo le pegaron en la cabeza',
      'ocupamos comida y agua',
    );
    expect(texts(turn)).toMatch(/Grupos Beta/);
    expect(texts(turn)).not.toMatch(/Anotado/);
  });

  it('"k son" asked of a name: what the sources say of it, not a note', async () => {
    const turn = await afterEmergency(
      'nos perdimos en el desierto por sonoyta, no traemos agua',
      'k son los grupos beta',
    );
    expect(texts(turn)).toMatch(/rescate/);
    expect(texts(turn)).not.toMatch(/Anotado/);
  });

  it('whether the office does something, asked by a sister far away: the Institute in emergencies', async () => {
    const turn = await afterEmergency(
      'secuestraron a mi sobrino en matamoros y piden 5 mil dolares por el',
      'el es de durango, de canatlan, ustedes hacen algo?',
    );
    expect(texts(turn)).toMatch(/área jurídica del Instituto/);
  });

  it('what the consulate can actually do for one held at work: the consulate’s help', async () => {
    const turn = await afterEmergency(
      'my brother is kept on a ranch in georgia, the owner has his passport and says he owes him money',
      'what could the consulate really do for him',
    );
    expect(texts(turn)).toMatch(/consulate/);
    expect(texts(turn)).not.toMatch(/Keep writing here/);
  });
});

describe('dangers told that were missed or overcalled', () => {
  it('a relative held by migration and denied care, in Kreyòl and Spanish: the emergency', async () => {
    const ht = await lastTurnOf('manman m nan estasyon migrasyon an, li malad anpil e yo pa ba l swen');
    expect(ht.report.emergency).toBe(true);
    const es = await lastTurnOf('mi tio esta en la estacion migratoria muy enfermo y no lo atienden');
    expect(es.report.emergency).toBe(true);
  });

  it('a cut bleeding a little on the way home: the road’s care where they are, not the emergency', async () => {
    const turn = await lastTurnOf(
      'my daughter cut her foot on our way to durango, we are at a rest stop in monclova, not deep, bleeding a little',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/Monclova/);
  });

  it('a child starting to shake after the care since yesterday: the emergency', async () => {
    const a = await testAssistant();
    const care = await a.say('pitit gason m gen 3 an, li gen lafyèv depi ayè, nou nan Tijuana');
    expect(care.report.emergency).toBe(false);
    const turn = await a.say('kounye a li kòmanse ap tranble');
    expect(turn.report.emergency).toBe(true);
  });

  it('a child’s age told alone after the care: the care again, not who the Grupos Beta help', async () => {
    const a = await testAssistant();
    await a.say('estamos en tijuana, mi niño tiene fiebre desde ayer');
    await a.say('y si le sube mas?');
    const turn = await a.say('tiene 4 años');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/Llamando a Casa/);
  });
});

describe('in ordinary talk', () => {
  it('a programme named by its name after another answer: that programme, not a note', async () => {
    const turn = await lastTurnOf(
      'mi hija vive en chicago hace 15 años y quiero ir a verla, como le hago',
      'se llama abrazando almas, yo tengo 64',
    );
    expect(turn.report.topic).toBe('family_reunification');
    expect(texts(turn)).not.toMatch(/Anotado/);
  });

  it('the appointment wanted after how to get one: a person', async () => {
    const turn = await lastTurnOf(
      'me siento muy sola desde que mi hijo se fue al norte, tienen psicologo?',
      'como hago una cita',
      'si quiero la cita por favor',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('a person asked for politely after the office’s hours: queued', async () => {
    const turn = await lastTurnOf(
      'quiero pedir refugio en mexico, que hago',
      'a que hora abren? me gustaria hablar con alguien',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('who can help asked in Kreyòl in the remains’ talk: not the office’s address', async () => {
    const turn = await lastTurnOf(
      'kouzen m mouri Texas, nou vle voye kò li Ayiti',
      'nou pa gen kòb',
      'kiyès ki ka ede nou',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it('a pension office nearer than Juárez asked: the municipal links', async () => {
    const turn = await lastTurnOf(
      'mi abuelo trabajo 18 años en illinois, como cobra su pension',
      'el vive en tamazula y no puede viajar hasta juarez, hay algo mas cerca?',
    );
    expect(texts(turn)).toMatch(/Enlaces Municipales/);
  });

  it('school for a foreigner’s daughter: school for migrant children', async () => {
    const turn = await lastTurnOf(
      'soy de honduras y estoy en monterrey, como saco la tarjeta humanitaria',
      'y la escuela para mi hija?',
    );
    expect(texts(turn)).toMatch(/PAPEM|escuela|escolar/i);
    expect(texts(turn)).not.toMatch(/Servicio Nacional de Empleo/);
  });

  it('health care asked by a man back in Durango: the care for people who came back, not the road’s', async () => {
    const turn = await lastTurnOf(
      'i worked 12 years in utah, now im back home in durango. how do i get my social security?',
      'my sugar is high and i have no imss, where can i get health care here in durango?',
    );
    expect(turn.report.topic).toBe('reintegration');
    expect(texts(turn)).toMatch(/health care/);
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });

  it('dying of worry said in Kreyòl over a card: no emergency', async () => {
    const turn = await lastTurnOf(
      'kat imanitè m ap fini semèn pwochèn, kisa m dwe fè?',
      'm ap mouri ak tèt chaje',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('unpaid work asked in a first message: legal advice, not the US pension', async () => {
    const turn = await lastTurnOf('do you help people with job problems in the US? like never getting paid');
    expect(turn.report.topic).toBe('legal_advice');
  });
});

describe('at a form’s summary', () => {
  it('another topic asked aside: its answer and the summary again, no answer changed', async () => {
    const a = await testAssistant();
    await a.say('mi papa murio en houston y queremos traerlo a durango');
    await a.say('si');
    const answers = ['Jose Luis Ramos Ortega', 'Houston', 'hace 5 dias', 'hijo', 'Cuencame, Durango'];
    for (const answer of answers) await a.say(answer);
    const summary = await a.say('por este whatsapp');
    expect(texts(summary)).toMatch(/Revisa los datos/);
    const turn = await a.say('otra cosa, mi mama no deja de llorar desde que paso. tienen psicologo?');
    expect(texts(turn)).toMatch(/atención psicológica/);
    expect(texts(turn)).toMatch(/Parentesco: hijo/);
  });
});
