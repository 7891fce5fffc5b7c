/**
 * What session 100's fresh sets and judge found, each through the real engine with wording written for this test:
 * thoughts that the family is better off without the person, told in a conversation about stress; a gun one does not
 * have; where to go with the children from a violent partner, in Kreyòl; fear of calling the police in a danger; a call
 * asked after what is told; picked up by the border patrol; an office in LA; a question
 * put as a condition in a form; a relative in a migration station; the Grupos Beta asked in a danger; a town
 * told for a child with a fever; a US paper to apostille in the talk of dual nationality;
 * a person asked again in line.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers told, and what is none', () => {
  it('"my family would be better without me" in a talk about stress: the emergency', async () => {
    const turn = await lastTurnOf(
      'ive been so stressed since we moved, can i talk to a psychologist?',
      'lately i think my wife and kids would be better without me around',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('"i dont have a gun" after thoughts of suicide: no line about someone attacking', async () => {
    const turn = await afterEmergency(
      'i keep thinking about ending my life, i cant do this anymore',
      'im at my cousins house in gomez palacio. i dont have a gun or pills, i just feel empty',
    );
    expect(texts(turn)).not.toMatch(/attacking you/);
  });
});

describe('after the danger is told', () => {
  it("where to go with the children from a violent partner, in Kreyòl: the women's justice centres", async () => {
    const turn = await afterEmergency(
      'mari m bat mwen chak swa e li di l ap touye m si m ale',
      'li soti kounye a. kote m ka ale ak de pitit mwen yo?',
    );
    expect(texts(turn)).toMatch(/Centros de Justicia para Mujeres/);
  });

  it('afraid to call the police: how to report without a name', async () => {
    const turn = await afterEmergency(
      'two men with guns robbed us on the road and they are still around',
      "we're scared to call the cops, the bus driver told us not to",
    );
    expect(texts(turn)).toMatch(/089/);
  });

  it('a call asked after what is told: the words noted, and the number asked for', async () => {
    const turn = await afterEmergency(
      'ayuda mi esposo se quedo perdido en el desierto sin agua, me hablo en la mañana',
      'se llama ramiro, tiene 41 años, iba cerca de altar. alguien me puede hablar porfa',
    );
    expect(texts(turn)).toMatch(/Anotado/);
    expect(texts(turn)).toMatch(/escribe aquí el número/);
  });

  it('picked up by the border patrol after the desert: help come, not a place', async () => {
    const turn = await afterEmergency(
      'estamos perdidos en el monte cerca de la frontera y ya no tenemos agua',
      'ya nos levanto la migra hace rato, nos van a regresar',
    );
    expect(texts(turn)).not.toMatch(/Lugar anotado|Anotado/);
    expect(texts(turn)).toMatch(/ayuda/);
  });

  it('a town told for a child with a high fever: the care the sources give there', async () => {
    const turn = await afterEmergency(
      'mi niña tiene calentura muy alta desde ayer y ya no quiere comer ni despierta bien, vamos en camino',
      'estamos en tapachula cerca del parque central',
    );
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it("the Grupos Beta asked in a danger are the road's safety", async () => {
    const turn = await afterEmergency(
      'some guys are following me since i crossed the bridge in nuevo laredo, i am scared',
      'can the grupos beta help me even if i have no papers?',
    );
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('questions in a conversation', () => {
  it('"do you have an office in LA" after dual nationality: the Los Angeles office', async () => {
    const turn = await lastTurnOf(
      'como registro a mi bebe que nacio en california como mexicano',
      'and do you have an office in LA?',
    );
    expect(texts(turn)).toMatch(/Los Angeles|Los Ángeles/);
  });

  it('the US birth certificate to apostille asked in the talk of dual nationality: the apostille', async () => {
    const turn = await lastTurnOf(
      'my boy was born in houston, how do we get his mexican nationality',
      'is it free?',
      'also i need the texas birth certificate apostilled, can you guys help with that?',
    );
    expect(turn.report.topic).toBe('apostille');
  });

  it('a person asked again in line, in Kreyòl: how to get a call', async () => {
    const turn = await lastTurnOf(
      'pitit fi m nan gen lafyèv, ki kote m ka mennen l',
      'm vle pale ak yon moun',
      'tanpri eske yon moun ka rele m? m pou kont mwen ak timoun nan',
    );
    expect(texts(turn)).toMatch(/ekri nimewo w/);
  });

  it('a question put as a condition in the middle of a form is answered', async () => {
    const turn = await lastTurnOf(
      'my cousin was detained by ICE in phoenix, he is from durango, can you find out where he is held',
      'yes',
      'if they deport him would anyone help him get back to durango',
    );
    expect(texts(turn)).toMatch(/Repatriation Modules/);
  });

  it("a relative in a migration station, in Kreyòl: the INM's search", async () => {
    const turn = await lastTurnOf(
      'kouzen m nan estasyon migrasyon nan tapachula, kijan m ka jwenn nouvèl li',
    );
    expect(texts(turn)).toMatch(/INM/);
  });
});
