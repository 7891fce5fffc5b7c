/**
 * What session 127's fresh sets and judge found, each through the real engine with wording written for this test: a
 * door forced or money demanded on the road now, the agents' arrest called a kidnapping, a seizure said to be absent;
 * in a danger the consulate asked to be told or whether it helps, a relative's crying, help reached by car, a
 * relative to be told, deportation feared, a line's language; after one, a bed asked in a town; then ordinary talk: an
 * "ok thanks" to an offer, a mother who neither eats nor sleeps, ashes, the way home, a trade certified, jobs, which
 * clinic back home, papers to be seen, a Haitian's baby born in Mexico, where one came from, and one from Durango
 * told. Each fails on the session's start but the guards (a seizure now, fake agents, a partner's
 * beating, bleeding that goes on).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers told', () => {
  it('someone hammering on the front door to get in, in the middle of a procedure: urgent', async () => {
    const turn = await lastTurnOf(
      'how do i apostille my daughter’s birth certificate from nevada',
      'wait someone is pounding on my front door, my kids are with me',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('men who stopped a broken-down car and are asking for money now: urgent', async () => {
    const turn = await lastTurnOf(
      'my uncle is driving down from texas for new year, his car broke down near gomez palacio and two men in a truck stopped and are asking him for money',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('the migra said to have kidnapped a husband at work: a search, no emergency', async () => {
    const turn = await lastTurnOf(
      'la migra practicamente secuestro a mi esposo en la obra, no se a donde lo llevaron',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('men who said they were from migración kidnapping a son, money asked: urgent (guard)', async () => {
    const turn = await lastTurnOf(
      'unos que decian ser de migracion secuestraron a mi hijo en el camion y piden dinero',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a fever with no seizure: not the emergency flow', async () => {
    const turn = await lastTurnOf(
      'mi niña tiene calentura desde ayer pero no ha tenido convulsiones, estamos en saltillo',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a child having a seizure now: urgent (guard)', async () => {
    const turn = await lastTurnOf('mi hijo esta convulsionando y no reacciona');
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in a danger', () => {
  it('whether the office can call the consulate for them: the consulate’s help to Mexicans abroad', async () => {
    const turn = await afterEmergency(
      'mi hermano esta perdido en el desierto de arizona sin agua',
      'pueden avisarle al consulado ustedes?',
    );
    expect(texts(turn)).toMatch(/consulado de México/);
  });

  it('whether the consulate helps with the papers a partner took, a Mexican in the US: the consulate', async () => {
    const turn = await afterEmergency(
      'mi esposo me golpeo aqui en houston y me quito los papeles',
      'el consulado me ayuda con mis papeles?',
    );
    expect(texts(turn)).toMatch(/consulado de México/);
  });

  it('a husband who keeps crying: the psychologists and CONASAMA', async () => {
    const turn = await afterEmergency(
      'they kidnapped my son in reynosa and want 8000 dollars',
      'my husband cant stop crying since the call',
    );
    expect(texts(turn)).toMatch(/CONASAMA/);
  });

  it('taken to the clinic by the family: glad help is there', async () => {
    const turn = await afterEmergency(
      'mi abuelita se cayo y no se puede levantar, esta vomitando',
      'ya la llevamos al centro de salud',
    );
    expect(texts(turn)).toMatch(/Qué bueno que ya llegó ayuda/);
  });

  // Session 133: the chat says it cannot tell her itself, and that who to tell, written here, staff see (was "Noted").
  it('a sister to be told, written “u”: who to tell is for staff, not legal advice', async () => {
    const turn = await afterEmergency(
      'we are lost in the desert near ajo, no water left',
      'can u tell my sister in torreon, she doesnt know',
    );
    expect(texts(turn)).toMatch(/cannot call or write to anyone for you/);
    expect(turn.report.topic).not.toBe('legal_advice');
  });

  it('deportation feared by a Haitian held by her boss: what the sources say of calling without papers', async () => {
    const turn = await afterEmergency(
      'patwon an kenbe paspò m, li pa peye m, li di l ap rele imigrasyon',
      'm pè yo depòte m',
    );
    expect(texts(turn)).toMatch(/si w rele 911/);
  });

  it('whether a line speaks English: what the sources say of 911 in other languages', async () => {
    const turn = await afterEmergency(
      'my boss took my passport and locks us in at night',
      'does the 800 line speak english?',
    );
    expect(texts(turn)).toMatch(/other languages/);
  });

  it('a bed asked in a town after a beating there: not the women’s justice centres', async () => {
    const turn = await afterEmergency(
      'me asaltaron y me golpearon en la central de zacatecas',
      'ya se fueron. hay algun lugar donde pueda dormir en zacatecas? los del grupo beta?',
    );
    expect(texts(turn)).not.toMatch(/Justicia para Mujeres/);
  });

  it('a bed asked in a town after a partner’s beating: the women’s justice centres (guard)', async () => {
    const turn = await afterEmergency(
      'mi esposo me golpeo y me corrio de la casa, estoy en la calle con mis hijos',
      'donde me puedo quedar a dormir esta noche con mis niños aqui en torreon?',
    );
    expect(texts(turn)).toMatch(/Justicia para Mujeres/);
  });

  it('the clinic reached but the bleeding goes on: never “glad help is there” (guard)', async () => {
    const turn = await afterEmergency(
      'a mi tio lo atropellaron y esta sangrando mucho',
      'ya lo llevamos al hospital pero no lo quieren atender y sigue sangrando',
    );
    expect(texts(turn)).not.toMatch(/Qué bueno que ya llegó ayuda/);
  });
});

describe('ordinary talk', () => {
  it('“ok gracias” to an offer of staff: a thanks, not the queue', async () => {
    const turn = await lastTurnOf(
      'como registro a mi niño que nacio en texas',
      'y eso donde se hace',
      'oke grax',
    );
    expect(turn.report.queued).toBe(false);
  });

  it('a mother who neither eats nor sleeps since a death: psychological support', async () => {
    const turn = await lastTurnOf(
      'mi tio murio en denver, como traemos el cuerpo a durango',
      'mi abuela no come ni duerme desde que le avisaron',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('whether ashes may be brought instead: the answer on ashes', async () => {
    const turn = await lastTurnOf(
      'mi papa fallecio en chicago, ayudan a traerlo',
      'se puede traerlo en cenizas en vez del cuerpo?',
    );
    expect(texts(turn)).toMatch(/cenizas/);
  });

  it('the way home asked after a deportation: the modules’ transport', async () => {
    const turn = await lastTurnOf(
      'my brother got deported to reynosa this morning',
      'how does he get from there to durango, he has no money',
    );
    expect(texts(turn)).toMatch(/transport/);
  });

  it('a trade to be certified, asked as “can I”: the answer on certifying skills', async () => {
    const turn = await lastTurnOf(
      'i came back to durango after 12 years in utah, i need work',
      'i was a mechanic over there for years, can i get that certified?',
    );
    expect(texts(turn)).toMatch(/certif/);
  });

  it('jobs for English speakers back home: the employment service', async () => {
    const turn = await lastTurnOf(
      'i came back to durango after 12 years in utah, i need work',
      'and is there work for bilingual people?',
    );
    expect(texts(turn)).toMatch(/National Employment Service/);
  });

  it('which clinic back home: the care for returnees, not the office', async () => {
    const turn = await lastTurnOf(
      'i came back to durango after 12 years in utah, i need work',
      'which clinic do i go to for my blood pressure',
    );
    expect(texts(turn)).toMatch(/clinic in Durango/);
  });

  it('papers needed to be seen, after the care in Ciudad Juárez: care whatever the status', async () => {
    const turn = await lastTurnOf(
      'nou nan juarez, pitit mwen gen lafyèv, ki kote nou ka wè dokte?',
      'fok nou gen papye pou yo trete nou?',
    );
    expect(texts(turn)).toMatch(/menm si ou pa gen papye/);
  });

  it('a Haitian’s baby born in Monterrey to be registered: status in Mexico, not a search', async () => {
    const turn = await lastTurnOf('pitit mwen fèt tijuana, m se ayisyen, kijan pou m deklare l?');
    expect(turn.report.topic).toBe('mx_status');
  });

  it('a pregnancy in Ciudad Juárez, left from Oaxaca: Juárez’s care, not Oaxaca’s silence', async () => {
    const turn = await lastTurnOf(
      'estoy embarazada de 6 meses, ando en juarez, no me he revisado desde que sali de oaxaca, donde me checan?',
    );
    expect(texts(turn)).toMatch(/Todos Somos Mexicanos/);
    expect(texts(turn)).not.toMatch(/en Oaxaca/);
  });

  it('one held by immigration said to be from Durango: who is helped, not “if your family is not from Durango”', async () => {
    const turn = await lastTurnOf(
      'immigration arrested my husband this morning at his work in denver',
      'he’s from Durango, from Tepehuanes',
    );
    expect(texts(turn)).not.toMatch(/not from Durango/);
  });
});
