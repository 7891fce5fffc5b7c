/**
 * What session 96's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, "is this a real person?" is answered (a program, staff read it), help that takes one to the Red Cross is
 * help come, and "do I take him to the DIF or what?" is a question; another who wants to die is a danger; the care
 * line of the town told is kept when care is asked again, said once more as such, and given for medicine lacked; an
 * officer who took money is a complaint; a body's phone is that body's; the staff's language asked in line is the
 * office's; a language asked with one's own said to be poor switches; refuge asked once rescued is asylum's; a baby to
 * register in Mexico is status; wages owed in a danger are no extortion; a mother who has not seen her son for years
 * asks for the visit.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('in a danger under way', () => {
  it('"is this a real person?" gets that it is a program and staff read everything', async () => {
    const turn = await afterEmergency(
      'a man is following me and my kids, im scared',
      'wait is this a real person?',
    );
    expect(texts(turn)).toMatch(/I am not a person: I am a program/);
    expect(turn.report.emergency).toBe(true);
  });

  it('"eres una persona de verdad?" too, in Spanish', async () => {
    const turn = await afterEmergency('me quieren golpear unos tipos afuera', 'eres una persona de verdad?');
    expect(texts(turn)).toMatch(/No soy una persona/);
  });

  it('being taken to the Red Cross by a patrol is help come', async () => {
    const turn = await afterEmergency(
      'me asaltaron y me pegaron en la cabeza',
      'ya vino una patrulla y me van a llevar a la cruz roja',
    );
    expect(texts(turn)).toMatch(/Qué bueno/);
  });

  it('"lo llevo al DIF o que hago" asks what to do: no help come', async () => {
    const turn = await afterEmergency(
      'encontre a una niña solita en la terminal, no encuentra a su mama',
      'la llevo con la policia o que hago',
    );
    expect(texts(turn)).not.toMatch(/Qué bueno que ya llegó ayuda/);
    expect(turn.report.emergency).toBe(true);
  });

  it('wages owed, asked by one kept at work, get legal help, not the line on money demanded', async () => {
    const turn = await afterEmergency(
      'el patron no me deja salir del rancho y me quito mis papeles',
      'y el dinero que me debe de tres meses, quien me ayuda con eso?',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).not.toMatch(/no pagues/);
  });

  it('refuge asked once rescued gets asylum, not the place in line (judge96 played this man)', async () => {
    const turn = await lastTurnOf(
      'help pls. im lost in desert near altar sonora. guide leave us yesterday. 3 peoples no water. phone 12%',
      '911 not connect. signal bad. we see a road and big antenna to the north. one man cant walk',
      'can you send the grupo beta? what number i call them',
      'phone 5%. we walk to the road now. please tell someone',
      'we are ok. a truck from grupo beta find us on the road. thank you god bless',
      'beta people say we can ask for refuge in mexico. i am guatemala. how long it take and it cost money?',
    );
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toMatch(/COMAR/);
  });
});

describe('another in danger, told', () => {
  it('a sister who texted that she wants to die is an emergency', async () => {
    const turn = await lastTurnOf('my sister in Lerdo just texted me that she wants to die, what do i do');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it("wanting to die in one's own land is no danger", async () => {
    const turn = await lastTurnOf(
      'my grandpa is 90 and wants to die in mexico, how do we take his body back later',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('care on the road', () => {
  it('asked again with no town named, is the town told before, said as such', async () => {
    const turn = await lastTurnOf(
      'my little boy has had a fever for two days, we are in mexicali',
      'where do i take him? we have no money',
    );
    expect(texts(turn)).toMatch(/As I said/);
    expect(texts(turn)).toMatch(/Mexicali/);
    expect(texts(turn)).not.toMatch(/Ciudad Juárez/);
  });

  it('a lasting condition told after the care is care again', async () => {
    const turn = await lastTurnOf(
      'we are in tapachula, where can my pregnant wife get a checkup?',
      'she is diabetic',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/Tapachula/);
  });

  it('medicine lacked after a deportation is care in that town', async () => {
    const turn = await lastTurnOf('deportaron a mi tio a mexicali y no trae su insulina');
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/En Mexicali/);
  });
});

describe('what is asked, read', () => {
  it('an officer who took money is a complaint', async () => {
    const turn = await lastTurnOf(
      'bonjou, m bezwen yon klinik pou pitit mwen',
      'yon polis te pran 1500 peso nan men m yè',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).toMatch(/CNDH/);
  });

  it("CONASAMA's phone is CONASAMA's, not the office's", async () => {
    const turn = await lastTurnOf('cual es el numero de telefono de la CONASAMA?');
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).not.toMatch(/Calle Juárez/);
  });

  it("in line, whether the one who will answer speaks Kreyòl is the office's answer", async () => {
    const turn = await lastTurnOf(
      'm santi m tris anpil depi m rive isit la',
      'wi, m vle pale ak yon moun',
      'moun ki pral reponn mwen an pale kreyol? m pa pale panyol byen',
    );
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).toMatch(/kreyòl/);
  });

  it("Kreyòl asked with one's English said to be bad switches to Kreyòl", async () => {
    const turn = await lastTurnOf('hi', 'do you speak creole? my english is bad');
    expect(texts(turn)).toMatch(/m ap ekri w an Kreyòl/);
  });

  it('a baby to register, asked on asylum, is status in Mexico', async () => {
    const turn = await lastTurnOf(
      'soy de honduras y quiero pedir refugio en mexico',
      'y puedo registrar a mi bebe en el registro civil sin pasaporte?',
    );
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/Registro Civil/i);
  });

  it('a mother who has not seen her son for years asks for the visit', async () => {
    const turn = await lastTurnOf(
      'hola, mi hija esta en houston y no la veo desde hace 9 años, dicen que hay un programa para ir a verla',
    );
    expect(turn.report.topic).toBe('family_reunification');
  });

  it('getting back to Durango once a danger is over is the help after a return', async () => {
    const turn = await lastTurnOf(
      'me estan siguiendo unos tipos en la central de torreon',
      'ya se fueron, ya estoy bien',
      'gracias a dios. como me regreso a durango',
    );
    expect(turn.report.topic).toBe('deportee_support');
  });
});
