/**
 * What session 115's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, what to write here asked, a move to a safer shelter, a call that brought no one, fear after he left, a
 * kidnapped cousin's search, the fare home after a release, lights seen in a pregnancy, ok today after a crisis, the
 * office asked for a detained relative's legal situation, a relative detained and denied his insulin; a small cut gone
 * red, a clinic feared to call immigration, a wound healed long ago told with a job asked; in ordinary talk, somewhere
 * nearer than the office, a bribe at customs with where to report it, a person asked to call, English spoken there, a
 * Haitian child's school without papers, a friend's sadness with help asked for her, where a public body is, and
 * papers asked in Kreyòl.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('in a danger, what is said next', () => {
  it('what information is needed, asked: what to write here, not a state’s documents', async () => {
    const turn = await afterEmergency(
      'two men in a pickup have been following us since the bus stop in Matehuala',
      'ok what details do you need from me',
    );
    expect(texts(turn)).toMatch(/Write here everything you can/);
    expect(turn.report.topic).toBe('emergency');
  });

  it('moved to another shelter and fine: safe, not the words noted as a place', async () => {
    const turn = await afterEmergency(
      'un tipo armado nos amenazo afuera del albergue, dice que regresa en la noche',
      'ya nos cambiamos a otro albergue, estamos bien',
    );
    expect(texts(turn)).toMatch(/no estás en peligro/);
    expect(texts(turn)).not.toMatch(/Lugar anotado/);
  });

  it('the office asked to find out a detained brother’s legal situation: the search, not the street', async () => {
    const turn = await afterEmergency(
      'my dad is in ICE detention in Arizona and they refuse to give him his blood pressure pills, he is getting worse',
      'he is from Lerdo, Durango. can your office check his legal situation?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it('a son detained and denied his insulin for days: the detained danger', async () => {
    const turn = await lastTurnOf(
      'a mi esposo lo tiene migracion detenido, es diabetico y no le dan la insulina desde el lunes',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('called and nobody came, with where: the call said back, only the place noted', async () => {
    const turn = await afterEmergency(
      'mi ex me esta amenazando con un cuchillo afuera de mi casa',
      'ya les marque pero no vienen, estoy en gomez palacio colonia las rosas',
    );
    expect(texts(turn)).toMatch(/«estoy en gomez palacio colonia las rosas»/);
    expect(texts(turn)).toMatch(/vuelvan a llamar/);
  });

  it('he left and she is shaking: the fear line, not her words noted', async () => {
    const turn = await afterEmergency(
      'mi pareja me pego y dice que va a volver',
      'ya se fue. estoy temblando',
    );
    expect(texts(turn)).toMatch(/normal tener miedo/);
    expect(texts(turn)).not.toMatch(/Anotado/);
  });

  it('how to find a kidnapped brother, with his name: the search, the name not noted as a place', async () => {
    const turn = await afterEmergency(
      'yo nan Miami, yo kidnape kouzen m nan Sonora, y ap mande 2000 dola',
      'mwen p ap peye. kijan pou m jwenn kouzen m? li rele Wilner Joseph',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).not.toMatch(/Wilner Joseph/);
  });

  it('released with no money for the bus home: the help after a deportation', async () => {
    const turn = await afterEmergency(
      'secuestraron a mi sobrino en sonora y piden 3 mil dolares',
      'ya lo dejaron ir, esta en nogales. como lo traemos a durango? no trae dinero',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('a pregnant woman seeing little lights: the emergency', async () => {
    const turn = await lastTurnOf(
      'im 8 months pregnant and walking to monterrey, can i see a doctor on the way?',
      'my head hurts bad and my eyes see little lights',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('ok today after thoughts of suicide: not the crisis block again', async () => {
    const turn = await afterEmergency(
      'i dont want to live anymore, everyone would be better without me',
      'hey im okay today thanks. can my cousin get an appointment this week?',
    );
    expect(texts(turn)).toMatch(/glad/);
    expect(texts(turn)).not.toMatch(/thinking of ending/);
  });
});

describe('care on the road', () => {
  it('a small cut gone red: care, not the emergency flow', async () => {
    const turn = await lastTurnOf(
      'me rasguñe el brazo con un alambre de puas, no es mucho pero ya se ve rojo',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('shot years ago and healed, told with a job asked: no safety line', async () => {
    const turn = await lastTurnOf(
      'i was stabbed in a fight in dallas back in 2018 but im fully healed. i got deported and now i need work in durango',
    );
    expect(texts(turn)).not.toMatch(/911/);
  });
  it('whether the clinic will call immigration, asked on the road: care without papers, not the phones home', async () => {
    const turn = await lastTurnOf(
      'estoy embarazada de 6 meses y voy de paso por zacatecas, donde me pueden revisar?',
      'soy de honduras, si voy a la clinica me van a llamar a migracion?',
    );
    expect(texts(turn)).not.toMatch(/Llamando a Casa/);
    expect(texts(turn)).toMatch(/papeles/);
  });
});

describe('ordinary talk', () => {
  it('the office far away, something nearer asked: the municipal offices', async () => {
    const turn = await lastTurnOf(
      'como registro a mi niña que nacio en phoenix',
      'y la oficina de ustedes donde esta',
      'uy vivimos en Lerdo, queda muy lejos. no hay algo por aca?',
    );
    expect(texts(turn)).toMatch(/municipios/);
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('a bribe at customs on the trip home, where to report asked in legal advice’s talk: Paisano’s complaints', async () => {
    const turn = await lastTurnOf(
      'a mi hermano lo detuvieron en phoenix, nos pueden dar un abogado?',
      'y cuando regresamos en navidad los de la aduana nos pidieron dinero, donde se denuncia eso',
    );
    expect(turn.report.topic).toBe('paisano');
    expect(texts(turn)).toMatch(/tres órdenes de gobierno/);
  });

  it('a person asked to call, with what it is about: staff', async () => {
    const turn = await lastTurnOf(
      'a que hora abren?',
      'mejor que me llame alguien, es por lo de la constancia de origen',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('English spoken there, asked after where to go: the office’s languages', async () => {
    const turn = await lastTurnOf(
      'my daughter needs her texas birth certificate apostilled',
      'we live in Durango city, where do we go?',
      'does anybody speak English there?',
    );
    expect(texts(turn)).toMatch(/English/);
    expect(turn.report.topic).toBe('office_info');
  });

  it('a Haitian child’s school without papers, asked in psychological support’s talk: school for migrant children', async () => {
    const turn = await lastTurnOf(
      'm santi m tris anpil, eske nou gen sikolog?',
      'pitit fi m gen 7 an, eske li ka ale lekol si nou pa gen papye?',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/timoun migran/);
  });

  it('a friend’s sadness with help asked for her: psychological support, not "call 911"', async () => {
    const turn = await lastTurnOf(
      'kisa Grupos Beta yo fe?',
      'kouzin mwen tre tris, li pa manje li pa domi depi mari l kite l. eske gen ed pou li?',
    );
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).not.toMatch(/rele 911 kounye a/);
  });
  it('where a public body is, asked by its name: what the sources give of its offices', async () => {
    const turn = await lastTurnOf(
      'el patron no me quiere pagar, que hago',
      'donde queda la cndh? necesito la direccion',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).toMatch(/CNDH/);
  });
  it('papers asked in Kreyòl by a Haitian living in Durango: papers to stay in Mexico', async () => {
    const turn = await lastTurnOf(
      'bonswa, m se ayisyen, m ap viv Gomez Palacio ak madanm mwen',
      'kijan nou ka jwenn papye?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });
});
