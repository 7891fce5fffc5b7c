/**
 * What session 132's fresh sets and judge found, each through the real engine with wording written for this test: a
 * relative taken by the migration authorities without the medicine he lives on; a number of months told in a danger (no
 * sum demanded); who will talk to one, asked in a danger; a dispute over land; life said not worth living;
 * CONASAMA's contact asked; a migration agent's bribe complained of; a court's order asked once safe; the humanitarian
 * card asked in line; what the constancia de origen is; a procedure refused by name; nowhere to sleep; everything lost;
 * a land dispute after another question; the Chicago office's whereabouts; and the review's guards. Each fails on the
 * session's start but the guards, kept so.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('a relative held by the migration authorities without his medicine', () => {
  it('in Spanish: the emergency', async () => {
    const turn = await lastTurnOf(
      'a mi papa lo agarraron los de migracion en laredo y no le dan sus pastillas de la presion',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('in English: the emergency', async () => {
    const turn = await lastTurnOf(
      'ICE picked up my son at work yesterday, he is diabetic and doesnt have his insulin with him',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('in Kreyòl: the emergency', async () => {
    const turn = await lastTurnOf('imigrasyon arete kouzen m nan Tijuana, li malad e li pa jwenn renmed li');
    expect(turn.report.emergency).toBe(true);
  });

  it('years ago and home now: no emergency (guard)', async () => {
    const turn = await lastTurnOf(
      'ICE detained my brother two years ago without his medicine, he was released and is home. can he get a pension?',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in a danger', () => {
  it('asylum asked months ago, in Kreyòl: COMAR, not the line on paying', async () => {
    const turn = await afterEmergency(
      'm pa vle viv ankò, m fatige ak tout bagay',
      'm te mande refij nan COMAR depi 4 mwa e yo poko reponn mwen',
    );
    expect(texts(turn)).toMatch(/COMAR/);
    expect(texts(turn)).not.toMatch(/pa peye/);
  });

  it('a ransom demanded in Kreyòl: still the line on paying (guard)', async () => {
    const turn = await afterEmergency(
      'yo kidnape frè m nan Reynosa, y ap rele nou',
      'yo mande 3000 dola pou yo lage l, eske m peye yo?',
    );
    expect(texts(turn)).toMatch(/pa peye/);
  });

  it('who will talk to me, in Spanish: the place in line', async () => {
    const turn = await afterEmergency('ya no aguanto, me quiero morir', 'y quien me va a hablar?');
    expect(texts(turn)).toMatch(/en la fila/);
  });

  it('who will talk to me, in English: the place in line', async () => {
    const turn = await afterEmergency('i want to die, i cant take it anymore', 'ok but who will talk to me?');
    expect(texts(turn)).toMatch(/in the queue/);
  });
});

describe('dangers that are and are not', () => {
  it('a dispute over an inheritance of land: no emergency', async () => {
    const turn = await lastTurnOf(
      'mis hermanos y yo tenemos un pleito por la herencia de un terreno en santiago papasquiaro, me orientan?',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a land dispute with a gun told: the emergency (guard)', async () => {
    const turn = await lastTurnOf('mi tio trae pistola y dice que me va a matar por el pleito del terreno');
    expect(turn.report.emergency).toBe(true);
  });

  it('life not worth living, in English: the emergency', async () => {
    const turn = await lastTurnOf('sometimes i think life isnt worth living anymore');
    expect(turn.report.emergency).toBe(true);
  });

  it('life not worth living in the psychologists’ talk, in Kreyòl: the emergency', async () => {
    const turn = await lastTurnOf(
      'bonswa, eske nou gen sikolog? m tris anpil, m pa ka domi',
      'm bouke anpil, gen lè m panse li pa vo lapenn pou m kontinye viv',
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('asked after an answer', () => {
  it('how to reach CONASAMA, in Kreyòl: CONASAMA’s answer, not the Institute’s steps', async () => {
    const turn = await lastTurnOf(
      'bonswa, m bezwen pale ak yon sikolog, m pa ka dòmi',
      'mwen se ayisyen, m pa soti durango. kijan pou m kontakte CONASAMA la?',
    );
    expect(texts(turn)).toMatch(/CONASAMA/);
    expect(texts(turn)).not.toMatch(/randevou/);
  });

  it('a migration agent’s bribe complained of, in Kreyòl: the CNDH, not the Paisano', async () => {
    const turn = await lastTurnOf(
      'kijan pou m voye lajan Ayiti?',
      'lòt bagay: yon ajan migrasyon te mande m 1500 peso pou l kite m ale. kote pou m fè plent?',
    );
    expect(texts(turn)).toMatch(/CNDH/);
    expect(texts(turn)).not.toMatch(/Paisano/);
  });

  it('a restraining order once safe: legal advice', async () => {
    const turn = await afterEmergency(
      'my boyfriend is outside screaming he is going to kill me',
      'the cops came and took him away, im fine now. how do i get a restraining order?',
    );
    expect(texts(turn)).toMatch(/legal advice/);
  });

  it('the humanitarian card asked in line, in Kreyòl: status in Mexico, not COMAR', async () => {
    const turn = await lastTurnOf(
      'm vle pale ak yon moun',
      'pandan m ap tann, m ka mande TVRH la menm si m gen 6 mwa ansent?',
    );
    expect(texts(turn)).toMatch(/Kat Vizitè pou Rezon Imanitè/);
    expect(texts(turn)).not.toMatch(/COMAR/);
  });

  it('what the constancia de origen is, in English: who issues it', async () => {
    const turn = await lastTurnOf(
      'i live in chicago and need papers from durango',
      'and what is the constancia de origen for?',
    );
    expect(texts(turn)).toMatch(/issued by the Durango offices in Los Angeles and Chicago/);
  });
});

describe('a procedure refused by name', () => {
  it('"not COMAR", in Kreyòl: papers to stay, not asylum', async () => {
    const turn = await lastTurnOf(
      'bonjou mwen se ayisyen, m ap viv Torreon, m bezwen papye',
      'm pa t mande pou COMAR, m vle konnen kijan pou m jwenn rezidans',
    );
    expect(texts(turn)).not.toMatch(/COMAR/);
  });

  it('"not asking about asylum", in English: papers to stay', async () => {
    const turn = await lastTurnOf(
      'im from cuba, i need papers to stay in mexico',
      'im not asking about asylum or comar, how do i get a resident card?',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('"not for me, for my mother": who it is for, not refused (guard)', async () => {
    const turn = await lastTurnOf(
      'hola',
      'la pension no es para mi, es para mi mama que trabajo en california',
    );
    expect(turn.report.topic).toBe('us_pension');
  });
});

describe('said after an answer', () => {
  it('no money and nowhere to sleep, in English: the shelters', async () => {
    const turn = await lastTurnOf(
      'we got to saltillo yesterday from honduras',
      'we have no money and nowhere to sleep',
    );
    expect(texts(turn)).toMatch(/shelter/);
  });

  it('lost everything, in the help after a deportation: psychological support', async () => {
    const turn = await lastTurnOf(
      'i got deported last month, what help is there for me in durango?',
      'i feel like i lost everything, my wife and kids stayed in phoenix',
    );
    expect(texts(turn)).toMatch(/psychological support/);
  });

  it('a land dispute with an uncle after another question: legal advice', async () => {
    const turn = await lastTurnOf(
      'hay apoyos pa poner un negocio en durango?',
      'y tambien traigo un pleito x una parcela con mi tio en canatlan, me ayudan?',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });

  it('where the Chicago office is, asked after the Paisano: the offices abroad', async () => {
    const turn = await lastTurnOf(
      'en navidad voy a manejar a durango, que puedo llevar?',
      'y la oficina de chicago donde esta? quiero ir',
    );
    expect(texts(turn)).toMatch(/la de Chicago, en Chicago y alrededores/);
  });
});

describe('guards from the review', () => {
  it('a detention without medicine told as past, deported since: no emergency', async () => {
    const turn = await lastTurnOf(
      'a mi hermano lo agarraron los de migracion en 2021 y no le dieron su insulina, ya lo deportaron y esta en gomez. hay seguro medico pa el?',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a town not worth living in: no emergency', async () => {
    const turn = await lastTurnOf(
      'reynosa isnt worth living in anymore, no work. are there jobs in durango for returnees?',
    );
    expect(turn.report.emergency).toBe(false);
  });

  it('a land dispute with a house burnt: the emergency', async () => {
    const turn = await lastTurnOf(
      'por el pleito de la parcela mis primos nos quemaron el cuarto anoche y dicen que vuelven, estamos en la calle',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('who will see one at the hospital, in a danger: not the place in line', async () => {
    const turn = await afterEmergency(
      'mi hermana se desmayo y no despierta, estamos en la casa',
      'quien nos va a atender en el hospital si no tenemos papeles?',
    );
    expect(texts(turn)).not.toMatch(/en la fila/);
  });

  it('a person asked to get the humanitarian card: in line', async () => {
    const turn = await lastTurnOf(
      'quiero hablar con alguien de la oficina pa tramitar la tarjeta humanitaria, el bot no me ayuda',
    );
    expect(turn.report.queued).toBe(true);
  });

  it('a US officer’s bribe: not the CNDH', async () => {
    const turn = await lastTurnOf(
      'a border patrol officer at the laredo bridge asked me for 300 dollars to let me pass, where can i complain?',
    );
    expect(texts(turn)).not.toMatch(/CNDH/);
  });

  it('CONASAMA that did not answer, the office’s psychologist asked: its appointment', async () => {
    const turn = await lastTurnOf(
      'necesito un psicologo, soy de durango',
      'ya le marque a conasama y no contestan, como saco cita con su psicologo?',
    );
    expect(texts(turn)).toMatch(/cita/);
  });

  it('pension checks asked to keep coming after a move: no safety line', async () => {
    const turn = await lastTurnOf(
      'my mom gets social security from the us',
      'she already gets her checks. will the payments keep coming if she moves back to durango?',
    );
    expect(texts(turn)).not.toMatch(/911/);
  });
});
