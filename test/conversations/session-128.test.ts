/**
 * What session 128's fresh sets and judge found, each through the real engine with wording written for this test: a
 * fee demanded at home "or they kill me", a river crossed and no news since, a price that "is killing me"; in a danger
 * the threat made again, paying and 911 asked from the US, a report feared to be found out, going out asked, what to
 * do asked from afar, staff asked to write, a complaint after the calm, the baby's papers after it; then ordinary talk:
 * how to find a detained father, a Haitian family's school, health and doctors back home, the office's address and
 * phone mid-talk, one's rights if Mexico's migration catches one, a job once home. Each fails on the session's start
 * but the guards (a plain "should I pay?", the baby's papers in the danger, the office's phone asked plainly, rights
 * asked of the US's immigration).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers told', () => {
  it('men at the house who want a weekly fee "or they kill me": urgent', async () => {
    const turn = await lastTurnOf(
      'unos vatos vinieron a mi casa y dicen que les de cuota cada semana o me truenan',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a cousin who tried to cross the river last night and nobody has seen since: urgent', async () => {
    const turn = await lastTurnOf(
      'kouzen m te eseye travese larivye a bo Matamoros ye swa, depi le a pesonn pa we l',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/Grupos Beta/);
  });

  it('a passport fee said to be killing one: the procedure, no emergency', async () => {
    const turn = await lastTurnOf('me estan matando con el costo del pasaporte, ustedes cobran menos?');
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('in a danger', () => {
  it('the ransom call made again, what to do asked: the line for money asked under threat', async () => {
    const turn = await lastTurnOf(
      'they say they have my daughter and want 3000 dollars or they hurt her',
      'i called the police',
      'they just called me again, what should i do',
    );
    expect(texts(turn)).toMatch(/before you pay or deposit anything/);
  });

  it('whether 911 works from Houston and whether to pay: both answers', async () => {
    const turn = await afterEmergency(
      'secuestraron a mi primo en nuevo laredo, piden 10 mil dolares',
      'yo estoy en houston, el 911 de aqui sirve? le pagamos?',
    );
    expect(texts(turn)).toMatch(/desde otro país/);
    expect(texts(turn)).toMatch(/antes de depositar nada/);
  });

  it('a plain "should I pay?": the money line alone (guard)', async () => {
    const turn = await afterEmergency(
      'me hablaron que tienen a mi hermano y que deposite 20 mil',
      'le pago?',
    );
    expect(texts(turn)).toMatch(/antes de depositar nada/);
    expect(texts(turn)).not.toMatch(/desde otro país/);
  });

  it('whether they will find out about a report: the anonymous report', async () => {
    const turn = await afterEmergency(
      'me cobran piso en mi puesto y me amenazaron',
      'si los denuncio se van a enterar?',
    );
    expect(texts(turn)).toMatch(/sirve para denunciar sin dar tu nombre/);
  });

  it('"what if I go out?" hiding in a shop: the line on staying or going', async () => {
    const turn = await afterEmergency(
      'unos hombres me estan siguiendo en la calle, me meti a una tienda',
      'y si me salgo?',
    );
    expect(texts(turn)).toMatch(/más gente/);
  });

  it('"I am in Chicago, what do I do?" of a nephew held: what one far away can do', async () => {
    const turn = await afterEmergency(
      'a mi sobrino lo tienen secuestrado en tamaulipas y piden dinero',
      'yo estoy en chicago, que hago?',
    );
    expect(texts(turn)).toMatch(/desde otro país/);
  });

  it('someone from the office asked to write here: a person will write here', async () => {
    const turn = await afterEmergency(
      'my boyfriend beat me and says he will come back tonight to finish it',
      'i cant talk on the phone. could somebody from the office message me here instead? what do i do',
    );
    expect(texts(turn)).toMatch(/a person will write to you here/);
  });

  it('the robbers gone and a complaint wanted: where complaints go, not only "glad you are safe"', async () => {
    const turn = await afterEmergency(
      'me asaltaron y me golpearon unos tipos en la central de torreon, todavia andan aqui',
      'ya se fueron. quiero poner una denuncia, me quitaron mi pasaporte',
    );
    expect(texts(turn)).toMatch(/CNDH|IFDP/);
  });

  it('the baby’s papers asked after the danger: the registration’s answer (guard)', async () => {
    const turn = await lastTurnOf(
      'how do i get mexican nationality for my baby born in denver',
      'someone is breaking my window right now he has a knife',
      "the police came, we're fine now. what about the baby's papers?",
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });
});

describe('ordinary talk', () => {
  it('how to locate a father held in Arizona: the search’s steps', async () => {
    const turn = await lastTurnOf('a mi papa lo detuvo la migra en arizona', 'y como lo localizo?');
    expect(texts(turn)).toMatch(/consulados para saber dónde está/);
  });

  it('a Haitian family whose children need school: the school for migrant children', async () => {
    const turn = await lastTurnOf('bonswa, nou se ayisyen, timoun yo bezwen ale lekol');
    expect(texts(turn)).toMatch(/PAPEM/);
  });

  it('health asked next by a man back home: the care for returnees', async () => {
    const turn = await lastTurnOf(
      'regrese de california a durango hace un mes, hay chamba?',
      'y pa la salud? soy hipertenso',
    );
    expect(texts(turn)).toMatch(/no nombran una clínica en Durango/);
  });

  it('free doctor visits asked in a business talk after a deportation: the care for returnees', async () => {
    const turn = await lastTurnOf(
      'me deportaron, quiero poner un negocio de tacos en durango hay apoyo?',
      'y hay consulta gratis pa los que regresamos?',
    );
    expect(texts(turn)).toMatch(/atención médica gratis/);
  });

  it('the office’s address asked in a visa talk: the office in Durango', async () => {
    const turn = await lastTurnOf(
      'my grandma wants to visit us in the us, can she get a humanitarian visa?',
      'ok thanks. what is the address of your office in durango?',
    );
    expect(texts(turn)).toMatch(/Calle Juárez #144/);
  });

  it('the office’s WhatsApp or phone asked in an apostille talk: what the sources say of its phone (guard)', async () => {
    const turn = await lastTurnOf(
      'necesito apostillar un acta de texas',
      'ustedes tienen whatsapp o telefono?',
    );
    expect(texts(turn)).toMatch(/atiende teléfono y correo/);
  });

  it('rights if Mexico’s migration catches one on the road: the CNDH in migration stations', async () => {
    const turn = await lastTurnOf(
      'soy de guatemala, voy de paso por zacatecas, hay albergue?',
      'si me detiene migracion que derechos tengo?',
    );
    expect(texts(turn)).toMatch(/estaciones migratorias/);
  });

  it('rights if the US’s immigration catches one: never Mexico’s migration stations (guard)', async () => {
    const turn = await lastTurnOf(
      'vivo en texas sin papeles',
      'si me agarra la migra aqui en estados unidos que derechos tengo?',
    );
    expect(texts(turn)).not.toMatch(/estaciones migratorias/);
  });

  it('a job asked for once home in Durango: the employment service', async () => {
    const turn = await lastTurnOf(
      'i was deported to tijuana yesterday, my family is in durango',
      'when i get to durango can you help me look for a job?',
    );
    expect(turn.report.topic).toBe('reintegration');
  });

  it('whether the office helps Haitians, asked first: what the sources say of foreigners', async () => {
    const turn = await lastTurnOf(
      'bonjou, mwen nan mexicali ak madanm mwen. eske biwo durango a ede ayisyen?',
    );
    expect(turn.report.topic).toBe('office_info');
  });

  it('a Haitian asking help to find work: the help to find work, not the kinds of cards', async () => {
    const turn = await lastTurnOf('bonjou yo revoke m nan travay la, eske nou ka ede m jwenn travay?');
    expect(turn.report.topic).toBe('reintegration');
  });

  it('what one may bring, driving down for the holidays: the duty-free allowance', async () => {
    const turn = await lastTurnOf(
      'we are driving from denver to durango next week, what are we allowed to bring?',
    );
    expect(texts(turn)).toMatch(/duty-free allowance/);
  });

  it('a father dead in the visa’s talk, his body to bring home: the remains, not the visa', async () => {
    const turn = await lastTurnOf(
      'mi papa esta grave en un hospital de dallas, mi hermano puede sacar permiso para ir a verlo?',
      'mi papa fallecio hoy en la mañana. nos ayudan a traer el cuerpo a durango? quien paga?',
    );
    expect(turn.report.topic).toBe('remains_repatriation');
  });

  it('where and how much asked together: no paragraph twice in one reply', async () => {
    const turn = await lastTurnOf(
      'mwen se ayisyen m nan torreon, kijan m ka jwenn papye pou m rete legal',
      'ki kote m ka fe l isit la, e konbyen sa koute',
    );
    const paragraphs = texts(turn).split('\n\n');
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });
});

describe('in a danger, Kreyòl', () => {
  it('how to file a complaint ("depoze plent") after guards beat a husband: never the ransom’s money line', async () => {
    const turn = await afterEmergency(
      'gad yo nan estasyon migrasyon an bat mari m, yo pa ba l manje',
      'kijan m ka depoze plent?',
    );
    expect(texts(turn)).not.toMatch(/pa peye kounye a/);
  });
});
