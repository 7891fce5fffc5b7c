/**
 * What session 118's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, picked up by one's own, a night at a friend's, the facts asked for in Spanish for someone else, a deadline
 * "dying", a call asked for, no wish to live after a death, the threat back at the door, paying asked after 911 did
 * nothing, 911 out of reach from the US, a women's shelter, staying safe from a partner, the
 * ambulance that took him, the caller's number after a false alarm and a number given with a call asked; in ordinary
 * talk, what the office can do, a visit instead of the office, an office in another US city, a trade told on return,
 * sending money home, the repatriation certificate back in its talk, the way home from the talk of return, the Grupos
 * Beta near where a child is ill, the card told in a job's talk, residence as a Mexican's mother and the CURP's office;
 * and what a review found those readings took too far.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('picked up by a cousin: glad, not "noted"', async () => {
    const turn = await afterEmergency(
      'mi pareja me golpeo y no me deja salir del cuarto',
      'ya vino mi prima por mi y por los niños',
    );
    expect(texts(turn)).toMatch(/qué bueno/);
  });

  it('a night at a friend’s house, in Kreyòl: glad, not a place noted', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen e li di l ap touye m',
      'm al dòmi lakay yon zanmi m aswè a',
    );
    expect(texts(turn)).toMatch(/kontan/);
    expect(texts(turn)).not.toMatch(/M note/);
  });

  it('the facts asked in Spanish for the grandmother: the last answer in Spanish', async () => {
    const turn = await afterEmergency(
      'some men called my grandma in durango saying they have me and want money',
      'puedes mandarme la info en español pa que la lea mi abuela?',
    );
    expect(texts(turn)).toMatch(/sigo en español/);
  });

  it('"dying" over a deadline is no danger (Kreyòl)', async () => {
    const turn = await lastTurnOf(
      'mwen gen jiska lendi pou m mete papye yo nan COMAR sinon yo fèmen dosye a, m ap mouri',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('"puedes marcarme?" in a danger: how a call is had, not a programme', async () => {
    const turn = await afterEmergency('ya no quiero vivir, no le veo sentido a nada', 'puedes marcarme?');
    expect(texts(turn)).toMatch(/fila urgente/);
    expect(texts(turn)).not.toMatch(/Paisano/);
  });

  it('no wish to live, told after a wife’s death: the danger, not the remains', async () => {
    const turn = await lastTurnOf(
      'mi esposa fallecio el mes pasado en el otro lado',
      'ya ni ganas de vivir tengo sin ella',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('the threat back at the door, at length, in Kreyòl: the danger again, not a place noted', async () => {
    const turn = await afterEmergency(
      'mari m menase m, li di l ap touye m jodi a',
      'li tounen!! l ap bat pot la fò, m tande l ap joure',
    );
    expect(texts(turn)).not.toMatch(/M note/);
  });

  it('paying asked after 911 did nothing: the pay line, not 911’s languages', async () => {
    const turn = await afterEmergency(
      'dicen que tienen a mi sobrino en una casa en sonoyta y piden dinero',
      'ya le hablamos al 911 y no nos hacen caso, les depositamos o que hacemos?',
    );
    expect(texts(turn)).toMatch(/no pagues/);
  });

  it('911 out of reach from Dallas: what can be done from another country', async () => {
    const turn = await afterEmergency(
      'my nephew is on a bus in durango and armed men stopped it',
      'i cant call 911 im in dallas, he is over there and scared',
    );
    expect(texts(turn)).toMatch(/another country/);
  });

  it('a women’s shelter asked under a landlord’s threat: the shelters the sources name, the question not noted as a place', async () => {
    const turn = await afterEmergency(
      'mèt kay la menase m, li di l ap fè m mal si m pa peye l jodi a',
      'mwen pa ka rete la aswè a. gen abri pou fanm isit la?',
    );
    expect(texts(turn)).toMatch(/CAFEMIN/);
    expect(texts(turn)).not.toMatch(/M note/);
  });

  it('staying safe asked after a partner’s threat: the women’s centres, not the road’s Grupos Beta', async () => {
    const turn = await afterEmergency(
      'my husband beat me again and says he will kill me',
      'what can i do to be safe from him?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia/);
  });

  it('the ambulance that took him: help came, not a kidnapping', async () => {
    const turn = await afterEmergency(
      'asaltaron el autobus y a mi tio lo apuñalaron, sangra mucho',
      'ya vino la ambulancia se lo llevaron',
    );
    expect(texts(turn)).toMatch(/ya llegó ayuda/);
  });

  it('the caller’s number after a false alarm: where to report it without a name', async () => {
    const a = await testAssistant();
    await a.say('me marcaron que tienen secuestrada a mi hija y que deposite o la matan');
    await a.say('ya me contesto mi hija, esta bien, estaba en la escuela');
    const turn = await a.say('entonces era puro cuento? q hago con el numero q me marco');
    expect(texts(turn)).toMatch(/Denuncia Anónima/);
  });

  it('a number given with a call asked, in Kreyòl: noted', async () => {
    const turn = await afterEmergency(
      'yo rele m, yo di yo gen pitit mwen, yo mande 2000 dola',
      'm pa pale panyòl byen. eske ekip la ka rele m? nimewo m se 618 555 0199',
    );
    expect(texts(turn)).toMatch(/618 555 0199/);
  });
});

describe('in ordinary talk, what is asked next', () => {
  it('what the office can do in a search: its steps, not "our sources do not say"', async () => {
    const turn = await lastTurnOf(
      'my son crossed near nogales a week ago and nobody knows where he is',
      'what can you guys do?',
    );
    expect(texts(turn)).toMatch(/consulates/);
    expect(texts(turn)).not.toMatch(/do not say that/);
  });

  it('a visit to the mother instead: not the office’s address', async () => {
    const turn = await lastTurnOf(
      'i really want to see my mom, she is 70 and lives in lerdo, i am in denver with no papers',
      'could i go visit her instead?',
    );
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it('an office in Dallas asked in two words after the offices abroad: what the sources say of it', async () => {
    const turn = await lastTurnOf(
      'vivo en phoenix y ocupo una copia de mi acta de durango',
      'hay oficina de ustedes cerca?',
      'y en dallas no hay?',
    );
    expect(texts(turn)).toMatch(/Dallas/);
  });

  it('a trade told on return: the employment service', async () => {
    const turn = await lastTurnOf(
      'regrese de texas hace poco, busco trabajo en durango',
      'soy albañil y se manejar',
    );
    expect(texts(turn)).toMatch(/Servicio Nacional de Empleo/);
  });

  it('the cheap way to send money home, as a first message: FINABIEN', async () => {
    const turn = await lastTurnOf('como le hago pa mandarle dinero a mi jefa a durango mas barato?');
    expect(texts(turn)).toMatch(/FINABIEN/);
  });

  it('the repatriation certificate asked back in its talk: what it is for, alone', async () => {
    const turn = await lastTurnOf(
      'me deportaron ayer por nogales, soy de durango, q hago',
      'hay trabajo en durango para los que regresan?',
      'y pa que me sirve la constancia de repatriacion?',
    );
    expect(texts(turn)).toMatch(/giros/);
    expect(texts(turn)).not.toMatch(/dan gratis comida/);
  });

  it('the way home asked in the talk of return: the modules’ transport', async () => {
    const turn = await lastTurnOf(
      'me deportaron ayer, soy de durango',
      'hay trabajo en durango pa los que regresamos?',
      'como me voy a durango desde mexicali sin dinero',
    );
    expect(texts(turn)).toMatch(/11 Módulos/);
  });

  it('the Grupos Beta asked where a child is ill, in Kreyòl: where they are, not the far town again', async () => {
    const turn = await lastTurnOf(
      'pitit mwen gen lafyèv, nou nan san luis potosi, kote m ka mennen l',
      'nou pa gen kòb pou ale lwen. gen gwoup beta isit la?',
    );
    expect(texts(turn)).toMatch(/22 Grupos Beta/);
  });

  it('the card told in a foreigner’s talk of work: that it lets one work', async () => {
    const turn = await lastTurnOf('m bezwen travay, gen travay pou ayisyen nan Durango?', 'm gen TVRH');
    expect(texts(turn)).toMatch(/travay/);
    expect(turn.report.topic).toBe('mx_status');
  });

  it('residence as a Mexican child’s mother: family unity', async () => {
    const turn = await lastTurnOf(
      'hi im american and i live in torreon with my kids',
      'how can i get residency as the mother of a mexican kid?',
    );
    expect(texts(turn)).toMatch(/family unity/);
  });

  it('where the CURP is done, asked after its answer: the INM’s offices, not that answer again', async () => {
    const turn = await lastTurnOf(
      'bonjou mwen pèdi paspò m, kijan pou m jwenn CURP',
      'mwen ayisyen mwen nan durango. ki kote m ale pou CURP la?',
    );
    expect(texts(turn)).not.toMatch(/INM bay epi korije CURP/);
  });
});

describe('what a review of these readings found they took too far', () => {
  it('an appointment told with a stabbing and "dying" is still the danger', async () => {
    const turn = await lastTurnOf(
      'tenia cita en la comar hoy pero me acuchillaron en la calle, me estoy muriendo',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a partner come for her is no safety reached', async () => {
    const turn = await afterEmergency('mi pareja me golpea y no me deja salir', 'ya llego mi esposo por mi');
    expect(texts(turn)).not.toMatch(/qué bueno/);
  });

  it('"me puedes hablar de…" asks about a procedure, not for a call', async () => {
    const turn = await lastTurnOf(
      'quiero saber de la visa humanitaria',
      'me puedes hablar de la visa humanitaria?',
    );
    expect(turn.report.topic).not.toBe('human');
  });

  it('not wanting to live in a country any more, with a question, is no danger (Kreyòl)', async () => {
    const turn = await lastTurnOf('m pa vle viv nan peyi sa anko, kijan pou m mande refij?');
    expect(turn.report.emergency).toBe(false);
  });
});
