/**
 * What session 126's fresh sets and judge found, each through the real engine with wording written for this test: agents
 * who hold and beat someone and want money, distress told in a danger, the one who threatened gone, the consulate asked
 * or needed for one in the US, safety told from a bus, care in "cd juarez" and care without papers where the sources
 * name none, a person asked for in Kreyòl, a report of someone missing, a child born in "LA", a Haitian married to a
 * Mexican, the CURP needed, papers asked in line, a part named as meant, a Haitian's children's school, a US birth
 * after a search, guards who beat the one held, where to sleep in a danger, pills back home and an ID after a deportation. Each fails on the session's start but the guards (a relative held by the migra, a smuggler gone).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('dangers told', () => {
  it('agents holding someone who hit them and want money or deportation, in Kreyòl: urgent', async () => {
    const turn = await lastTurnOf(
      'ajan imigrasyon kenbe m nan monterrey, yo bat mwen, si m pa ba yo 2 mil peso y ap depote m',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('the migra holding someone who was hit, deportation unless paid, in Spanish: urgent', async () => {
    const turn = await lastTurnOf(
      'la migra me agarro en tijuana y me golpearon, si no les doy 3 mil me deportan',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('a brother in the Siglo 21 station beaten by the guards, in Kreyòl: the detention’s line (CNDH), not “get away”', async () => {
    const turn = await lastTurnOf('frè m nan siglo 21 tapachula, li di m gad yo bat li, yo pa ba l manje');
    expect(texts(turn)).toMatch(/CNDH/);
    expect(texts(turn)).not.toMatch(/ale lwen li/);
  });

  it('a brother held by the migra in Texas, nothing more: a search, no emergency (guard)', async () => {
    const turn = await lastTurnOf('la migra agarro a mi hermano en texas y no sabemos donde esta');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in a danger', () => {
  it('crying and no sleep, out of the house: the psychologists and CONASAMA', async () => {
    const turn = await lastTurnOf(
      'mi pareja me pego anoche y dice que me va a matar',
      'ya estoy en casa de mi tia',
      'no paro de llorar y no puedo dormir',
    );
    expect(texts(turn)).toMatch(/CONASAMA/);
  });

  it('the man who threatened at the door gone: glad, 911 if he comes back, 089', async () => {
    const turn = await afterEmergency(
      'hay un señor afuera de mi cuarto gritando que me va a matar',
      'ya se fue',
    );
    expect(texts(turn)).toMatch(/Qué bueno que se fue/);
    expect(texts(turn)).toMatch(/089/);
  });

  it('“he left” lost in the desert: noted, never glad (guard)', async () => {
    const turn = await afterEmergency('estamos perdidos en el desierto, el coyote nos dejo', 'ya se fue');
    expect(texts(turn)).not.toMatch(/Qué bueno que se fue/);
  });

  it('“ya se fue” after a stabbing: noted, never glad (guard)', async () => {
    const turn = await afterEmergency(
      'acuchillaron a mi primo en la calle y esta sangrando mucho',
      'ya se fue',
    );
    expect(texts(turn)).not.toMatch(/Qué bueno que se fue/);
  });

  it('whether to call the consulate or the police, followed in Durango: not the consulate abroad (guard)', async () => {
    const turn = await afterEmergency(
      'unos hombres me vienen siguiendo en la calle aqui en durango, tengo miedo',
      'le hablo al consulado o a la policia?',
    );
    expect(texts(turn)).not.toMatch(/emergencia en otro país/);
  });

  it('whether the office speaks with the consulate, a brother lost in Arizona: the consulate’s help abroad', async () => {
    const turn = await afterEmergency(
      'mi hermano esta perdido en el desierto de arizona, no tiene agua',
      'ustedes hablan con el consulado?',
    );
    expect(texts(turn)).toMatch(/consulado de México te asiste/);
  });

  it('who looks for one in the US, 911 of no use: the consulate, not 911 from abroad', async () => {
    const turn = await afterEmergency(
      'mi hijo se perdio en el desierto, el pollero lo dejo sin agua',
      'el 911 no puede hacer nada porque esta en estados unidos, quien lo va a buscar',
    );
    expect(texts(turn)).toMatch(/consulado de México te asiste/);
  });

  it('told of another far away, who is coming: no “in Mexico” for one who may be in the US', async () => {
    const turn = await afterEmergency(
      'my brother is locked in a trailer and he texted me he cant breathe',
      'who is coming to help him?',
    );
    expect(texts(turn)).not.toMatch(/near the person in Mexico/);
  });

  it('safe on the bus, then where to look for work: the danger called off', async () => {
    const turn = await afterEmergency(
      'unos tipos me siguen afuera del albergue y dicen que les pague o me hacen daño',
      'im on the bus to durango now, safe. where do i look for a job there',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('care on the road', () => {
  it('pills asked by one who says she is not passing through and lives in a Durango town: the care back home', async () => {
    const turn = await lastTurnOf(
      'mi hija vive en chicago y quiero ir a verla, tengo 70 años',
      'no voy de paso, yo vivo en nombre de dios, nomas quiero saber donde me dan mis pastillas de la diabetes',
    );
    expect(texts(turn)).toMatch(/no nombran una clínica en Durango para quienes regresan/);
    expect(texts(turn)).not.toMatch(/Grupos Beta/);
  });

  it('where to sleep in Torreón asked in a danger, in Kreyòl: no shelter named there said before the far ones', async () => {
    const turn = await afterEmergency(
      'yo vole m sou wout la bo fresnillo, yo di si m rete la y ap touye m',
      'm pral torreon a pye. le m rive la kote m ka dòmi? m pa gen lajan',
    );
    expect(texts(turn)).toMatch(/pa di gen okenn abri nan Torreon/);
  });

  it('a child with a fever in “cd juarez”: Ciudad Juárez’s care, not “none named in Cd Juarez”', async () => {
    const turn = await lastTurnOf(
      'me deportaron y estoy en cd juarez, mi niño tiene calentura, donde lo llevo',
    );
    expect(texts(turn)).toMatch(/Todos Somos Mexicanos/);
    expect(texts(turn)).not.toMatch(/no nombran un lugar de atención en Cd/);
  });

  it('care without papers asked in Torreón after its silence: the silence said again, no “these are the ones”', async () => {
    const turn = await lastTurnOf(
      'my daughter has a fever since yesterday, we are in torreon, where can a doctor see her',
      'and at the health centre here will they see her without papers?',
    );
    expect(texts(turn)).toMatch(/As I said, our sources name no clinic or place of care in Torreon/);
    expect(texts(turn)).not.toMatch(/These are the only ones they name/);
  });
});

describe('what is asked after the first message', () => {
  it('a Mexican ID asked after a deportation, with a US licence only: the answer on having no ID', async () => {
    const turn = await lastTurnOf(
      'they deported me to tijuana two days ago, my family is in durango',
      'i only have my california license. how do i get a mexican id?',
    );
    expect(texts(turn)).toMatch(/identity letter/);
  });

  it('“give me someone to talk to” in Kreyòl: the queue', async () => {
    const turn = await lastTurnOf('kijan pou m fe kat imanite a', 'ok, bay yon moun pale avè m');
    expect(turn.report.queued).toBe(true);
  });

  it('whether to file a report, a sister missing for weeks: the search’s answer, not legal advice', async () => {
    const turn = await lastTurnOf(
      'mi hermana iba para mexicali hace un mes y ya no sabemos nada',
      'tenemos que poner denuncia? donde',
    );
    expect(turn.report.topic).toBe('locate_person');
  });

  it('a complaint against the police in a search’s talk: not the search’s report (guard)', async () => {
    const turn = await lastTurnOf(
      'mi papa esta desaparecido desde marzo, iba para reynosa',
      'puedo denunciar a los policias que no me quisieron tomar el reporte?',
    );
    expect(turn.report.topic).not.toBe('locate_person');
  });

  it('a little brother born “en LA” with no Mexican birth record: dual nationality', async () => {
    const turn = await lastTurnOf(
      'quiero poner un negocio de carnitas, dan apoyos?',
      'oiga y mi sobrino nacio en LA y no tiene acta mexicana, como se hace',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('a Haitian married to a Mexican, after her child’s registration: staying through family (unidad familiar)', async () => {
    const turn = await lastTurnOf(
      'pitit mwen fèt nan Houston, kijan pou m fè papye meksiken pou li',
      'e mwen menm, eske m ka gen papye paske m marye ak yon meksiken?',
    );
    expect(texts(turn)).toMatch(/unidad familiar/);
  });

  it('whether the children need a CURP, in a status talk: the CURP for foreigners', async () => {
    const turn = await lastTurnOf(
      'nou se ayisyen, m vle enskri 2 pitit mwen lekol nan Saltillo',
      'fòk yo genyen CURP?',
    );
    expect(texts(turn)).toMatch(/CURP pou etranje/);
  });

  it('the papers asked in line with no question mark: answered beside the place in line', async () => {
    const turn = await lastTurnOf(
      'mi hijo vive en monterrey y quiero ir a verlo, soy de durango',
      'quiero hablar con alguien',
      'ya me van a atender? lo de abrazando almas que papeles llevo pa registrarme',
    );
    expect(turn.report.facet).toBe('documents');
  });

  it('“is it free? the dual nationality thing i mean” after the US passport: dual nationality’s cost', async () => {
    const turn = await lastTurnOf(
      'my daughter was born in dallas, can i renew her us passport from durango?',
      'is it free? the dual nationality thing i mean',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('a Haitian who is no returnee asks school for her children: school for migrant children', async () => {
    const turn = await lastTurnOf(
      'bonjou. m nan lerdo ak 2 pitit. yo gen 6 an ak 9 an. kijan pou m enskri yo lekol isit la',
      'non, m pa retounen, m se ayisyen. m vle mete pitit yo lekol. yo pa gen CURP',
    );
    expect(turn.report.topic).toBe('mx_status');
  });

  it('the papers for a granddaughter born in Denver, after a search: dual nationality', async () => {
    const turn = await lastTurnOf(
      'mi hijo iba cruzando por sonora y no sabemos nada de el desde hace una semana',
      'que papeles ocupo pa registrar a mi nieta nacida en denver',
    );
    expect(turn.report.topic).toBe('dual_nationality');
  });
});
