/**
 * What session 113's fresh sets and judge found, each through the real engine with wording written for this test: in
 * a danger, feeling better said after thoughts of suicide, where one can be seen asked with no question mark, help gone
 * to a relative, what the office can do, fear that a call to the police is found out, a humanitarian visa asked with
 * leaving, what comes now, what to do beside the wait, and a dead son's transfer asked after thoughts of suicide; a
 * pregnancy with a little pain on the train or waiting for an asylum hearing; a trip too hard for an old father; in
 * ordinary talk a shelter at the border, reporting a missing cousin from abroad, a copy of a Durango birth certificate
 * in an apostille's talk, the CURP asked with how to get it, French asked for, the duty-free allowance, and how much
 * they take for money sent home; in line for staff, a fever told lower and the office found closed.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('feeling better after thoughts of suicide, in three languages: glad to hear it, no place noted', async () => {
    const es = await afterEmergency(
      'ya no le veo caso a vivir, quiero morirme',
      'buenas tardes, ya estoy mejor',
    );
    expect(texts(es)).toMatch(/Qué bueno que te sientes/);
    expect(texts(es)).not.toMatch(/Anotado|Lugar anotado/);
    const en = await afterEmergency('i want to kill myself tonight', 'hey, im feeling a bit better now');
    expect(texts(en)).toMatch(/glad you feel/);
    const ht = await afterEmergency('m vle touye tèt mwen', 'bonswa, mwen santi m pi byen');
    expect(texts(ht)).toMatch(/kontan ou santi w/);
    // Not feeling better stays the danger.
    const not = await afterEmergency('ya no le veo caso a vivir, quiero morirme', 'no me siento mejor');
    expect(not.report.emergency).toBe(true);
  });

  it('where one can be seen, asked with no question mark after a fall: the road’s care, not a place noted', async () => {
    const turn = await afterEmergency(
      'mi compa se cayo del tren y tiene la pierna abierta',
      'en donde lo pueden atender',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).not.toMatch(/Anotado/);
  });

  it('the police gone to a relative in danger: help on its way, not legal advice', async () => {
    const turn = await afterEmergency(
      'my sister says she will take all her pills, shes alone in her room in tucson',
      'ok the cops are heading there now',
    );
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).toMatch(/help has been called/);
    expect(texts(turn)).not.toMatch(/CNDH/);
  });

  it('a call to the police feared to be found out: the anonymous line, not "good that you called"', async () => {
    const turn = await afterEmergency(
      'el que me renta me amenazo con un machete, dice que me va a matar',
      'si les hablo a la policia el se va a enterar',
    );
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/pidieron ayuda/);
  });

  it('leaving for the US with a humanitarian visa asked: that visa’s answer', async () => {
    const turn = await afterEmergency(
      'unos tipos me dijeron que si no les pago me matan a mi y a mi familia',
      'mejor me voy para estados unidos, me dan la visa humanitaria?',
    );
    expect(turn.report.topic).toBe('us_humanitarian_visa');
    const pal = await afterEmergency(
      'un vato me amenazo con una pistola, dice que si no le pago me mata',
      'mejor me voy pal otro lado, me darian visa humanitaria?',
    );
    expect(pal.report.topic).toBe('us_humanitarian_visa');
  });

  it('what the office can do, asked in an extortion: the Institute in emergencies, not the first lines again', async () => {
    const turn = await afterEmergency(
      'some guys keep calling my aunt in gomez palacio, they say they will burn her shop if she doesnt pay',
      'can you guys do anything',
    );
    expect(texts(turn)).toMatch(/legal team/);
  });

  it('what comes now, asked alone: staff have the urgent case', async () => {
    const turn = await afterEmergency(
      'tienen secuestrado a mi primo en tamaulipas, piden 5 mil dolares',
      'y ahora que sigue?',
    );
    expect(texts(turn)).toMatch(/fila urgente/);
    const ht = await afterEmergency(
      'yo kidnape kouzen m nan tamaulipas, yo mande lajan',
      'kisa k ap pase kounye a',
    );
    expect(texts(ht)).toMatch(/liy ijan/);
  });

  it('what to do, asked beside the wait: the danger’s next line, not only the place in line', async () => {
    const turn = await afterEmergency(
      'my boss locks me in the farm at night and keeps my passport, i cant leave',
      'he went out. nobody wrote me yet. what do i do now?',
    );
    expect(texts(turn)).toMatch(/800 5533 000/);
    expect(texts(turn)).not.toMatch(/ahead of you/);
  });
});

describe('after thoughts of suicide told in a death’s talk', () => {
  it('the relative’s matter asked again: the remains’ cost, not the help after a deportation', async () => {
    const turn = await lastTurnOf(
      'mi hijo fallecio en phoenix, quiero traerlo a durango',
      'ya no aguanto, pienso en quitarme la vida',
      'gracias. y lo de mi hijo, quien paga el traslado? no tenemos dinero',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
    expect(turn.report.facet).toBe('cost');
  });
});

describe('no emergency where none is', () => {
  it('a pregnancy with a little pain, on the train: the road’s care, not the emergency flow', async () => {
    const turn = await lastTurnOf(
      'tengo 6 meses de embarazo, voy en el tren a celaya y me duele un poquito la cadera',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('a pregnancy to be seen while waiting for an asylum hearing: the road’s care, not asylum', async () => {
    const turn = await lastTurnOf(
      'my wife is 7 months pregnant, we are in reynosa waiting for our asylum appointment in the us, where can she see a doctor',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('an old father who would not stand the trip, in the pension’s talk: no safety line', async () => {
    const turn = await lastTurnOf(
      'mi apa tiene 70 y trabajo 20 años en california, le toca la pension?',
      'y donde se hace el tramite',
      'mi papa ya no aguanta el viaje, esta muy viejo',
    );
    expect(turn.report.danger).toBe('none');
  });
});

describe('in ordinary talk', () => {
  it('a shelter at the border after a deportation: that the sources name none of the Institute’s', async () => {
    const turn = await lastTurnOf(
      'me regresaron ayer por nogales, soy de santiago papasquiaro',
      'y mientras donde me quedo hoy aqui en nogales, hay albergue?',
    );
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(/no mencionan un albergue del Instituto/);
  });

  it('reporting a missing cousin from abroad: the search’s answer, not the CNDH', async () => {
    const turn = await lastTurnOf(
      'my uncle crossed through chihuahua a month ago and nobody knows anything, who searches for missing people?',
      'we live in denver, can we report from here?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).not.toMatch(/CNDH/);
  });

  it('a copy of a Durango birth certificate in an apostille’s talk: Durango’s documents', async () => {
    const turn = await lastTurnOf(
      'i need to apostille my texas divorce papers, i live in houston',
      'and a copy of my birth certificate from durango too, mine got lost',
    );
    expect(turn.report.topic).toBe('state_documents');
  });

  it('the CURP asked with how to get it, in the talk of papers to stay: the CURP for foreigners', async () => {
    const turn = await lastTurnOf(
      'im from honduras living in torreon, what papers do i need to stay and work legally',
      'what is that card',
      'do i need a CURP to work? how do i get one',
    );
    expect(texts(turn)).toMatch(/CURP/);
  });

  it('French asked for: the languages it writes, without saying yes', async () => {
    const turn = await lastTurnOf('bonjou kijan pou m jwenn kat imanitè a', 'eske ou ka pale franse avè m?');
    expect(texts(turn)).toMatch(/Mwen ekri an panyòl/);
    expect(texts(turn)).not.toMatch(/^Wi:/m);
  });

  it('what one may bring without duty, in the Paisano talk: the allowance', async () => {
    const turn = await lastTurnOf(
      'what is heroes paisanos? driving to durango from dallas for christmas',
      'can i bring a fridge and my tools without paying',
    );
    expect(texts(turn)).toMatch(/ANAM/);
  });

  it('how much they take, in Kreyòl, for money sent home: the cost, not the time', async () => {
    const turn = await lastTurnOf(
      'kijan pou m voye kòb bay papa m ann ayiti depi isit',
      'konbyen yo pran pou sa',
    );
    expect(turn.report.facet).toBe('cost');
  });
});

describe('in line for staff', () => {
  it('a fever told lower while waiting: no emergency', async () => {
    const turn = await lastTurnOf(
      'hello i am at bus station in durango with my son 2 years. he has fever since yesterday. where can i take him',
      'yes a person please',
      'thank you. his fever is lower now, i gave him water. i wait for the person',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.danger).toBe('none');
  });

  it('the office found closed: staff will answer here, not the office again', async () => {
    const turn = await lastTurnOf(
      'donde esta la oficina del instituto y a que hora abren',
      'si, con una persona',
      'ya llegue a la oficina de la calle juarez pero esta cerrada, que hago?',
    );
    expect(texts(turn)).toMatch(/en la fila/);
    expect(texts(turn)).not.toMatch(/Puedes ir a la oficina/);
  });
});
