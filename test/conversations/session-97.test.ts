/**
 * What session 97's fresh sets and judge found, each through the real engine with wording written for this test: in a
 * danger, being found by a patrol or the Grupos Beta, or given water and a bed, is help come for the one writing, a language asked for is said to
 * be followed, how long a search takes is the search's time, a lawyer asked for gets the legal advice, where to go to
 * be safe is no calm, staying or going is no office's procedure, no money to call is no ransom, and "nobody wrote to
 * me" is the wait; a river crossed with no news is a danger in Kreyòl too; relatives taking a death hard get
 * psychological support; a deportation told in a search's form with the way home asked is the help after a return;
 * thanks in a form are no field's answer; a death or thanks told in line get their own word; a doctor asked by a
 * pregnant woman, a Durango office in a US city, the INM's office, what one may bring in the car and a Mexico-born
 * baby's CURP get what the sources say.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in a danger under way', () => {
  it('"border patrol found us" is help come to the one writing, not a relative now held', async () => {
    const turn = await lastTurnOf(
      'the guide left us in the desert in arizona, we have no water and my friend cant walk',
      'border patrol found us, they gave us food and water',
    );
    expect(texts(turn)).not.toMatch(/hold your relative/);
    expect(texts(turn)).toMatch(/glad/);
  });

  it('"nos encontró la troca del grupo beta" is help come, not only noted', async () => {
    const turn = await lastTurnOf(
      'nos dejo el pollero en el desierto y ya no tenemos agua',
      'ya nos encontro la troca del grupo beta',
    );
    expect(texts(turn)).toMatch(/Qué bueno/);
  });

  it('given water and a bed at a church is help come', async () => {
    const turn = await afterEmergency(
      'yo vole m e yo bat mwen bo estasyon bis la, m blese',
      'yon mesye nan legliz la ban m dlo ak kote pou m domi',
    );
    expect(texts(turn)).toMatch(/Mwen kontan èd la rive/);
  });

  it('a language asked for is said to be followed before the next line', async () => {
    const turn = await afterEmergency(
      'my husband hit me again and locked me in the house, im scared',
      'can you write me in spanish? mejor en español porfa',
    );
    expect(texts(turn)).toMatch(/sigo en español/);
    expect(turn.report.emergency).toBe(true);
  });

  it('how long the search takes is the search time, not the place in line', async () => {
    const turn = await afterEmergency(
      'mi hermano se quedo en el desierto sin agua desde hace dos dias, el coyote lo dejo',
      'cuanto se tardan en encontrarlo?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(turn.report.facet).toBe('time');
    expect(texts(turn)).not.toMatch(/Tu lugar en la fila/);
  });

  it('a lawyer asked for gets the legal advice, the urgent case kept', async () => {
    const turn = await afterEmergency(
      'my boss took my passport and wont let me leave the house where i work',
      'is there a lawyer at your office i could talk to?',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).toMatch(/legal advice/);
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in a danger under way, what the person asks', () => {
  it('where to go to be safe, once out of the house, is no "glad you are safe"', async () => {
    const turn = await afterEmergency(
      'mari m bat mwen, m kache nan chanm nan ak pitit mwen, li deyò a',
      'li pati. nou soti, nou nan lari a. kote nou ka ale ak timoun yo pou nou an sekirite?',
    );
    expect(texts(turn)).not.toMatch(/kontan w pa an danje/);
    expect(turn.report.emergency).toBe(true);
  });

  it('staying in a shop or going back to an office is the line on staying or leaving, not that office', async () => {
    const turn = await lastTurnOf(
      'i was deported yesterday to reynosa, where is the repatriation module?',
      'two men in a truck are following me since i left the migration office, im scared',
      'should i stay in the pharmacy or go back to the migration office?',
    );
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).not.toMatch(/Repatriation Modules/);
  });

  it('no money to call, with a question, is the no-credit line and the answer, not "do not pay"', async () => {
    const turn = await afterEmergency(
      'yo bat mwen e yo pran tout kòb mwen nan estasyon bis la',
      'm pa gen kob pou rele. gen Grupo Beta oswa abri bo isit?',
    );
    expect(texts(turn)).toMatch(/San kredi/);
    expect(texts(turn)).not.toMatch(/pa peye/);
  });

  it('"nobody wrote to me yesterday" in a danger held by staff is the wait, with an apology', async () => {
    const turn = await lastTurnOf(
      'ya no quiero vivir, no le veo sentido a nada',
      'quiero hablar con alguien',
      'nadie me escribio en toda la noche',
    );
    expect(texts(turn)).toMatch(/fila/);
  });
});

describe('answers where the sources have them', () => {
  it('a doctor asked for by a pregnant woman in pain, misspelled, is care on the road', async () => {
    const turn = await lastTurnOf(
      'soy de honduras, toi enbarasada y me duelen los pies, ai un doctor q me vea aqui?',
    );
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('an office in a US city asked with "no hay oficina en…" gets that none is known there', async () => {
    const turn = await lastTurnOf(
      'como saco una apostilla de un acta de texas',
      'no hay oficina en houston?',
    );
    expect(turn.report.topic).toBe('state_documents');
    expect(texts(turn)).toMatch(/Los Ángeles/);
  });

  it("the INM's office asked in a town says the sources give no address", async () => {
    const turn = await lastTurnOf(
      'como saco la tarjeta humanitaria',
      'y donde esta el INM aqui en saltillo?',
    );
    expect(texts(turn)).toMatch(/no dan las direcciones/);
  });

  it('what one may bring in the car for the holidays gets the duty-free allowance', async () => {
    const turn = await lastTurnOf(
      'we are driving to durango for christmas, what can i bring in the car without paying customs?',
    );
    expect(texts(turn)).toMatch(/duty-free allowance/);
  });

  it("a baby born in Mexico, its CURP asked in Kreyòl, gets the civil registry's answer", async () => {
    const turn = await lastTurnOf(
      'm mande azil nan COMAR',
      'pitit mwen fèt isit Tijuana. kijan pou m jwenn CURP li?',
    );
    expect(texts(turn)).toMatch(/Rejis Sivil/);
  });
});

describe('dangers and distress told in new words', () => {
  it('a river crossed in Kreyòl with no news since is a danger', async () => {
    const turn = await lastTurnOf('frè m nan janbe rivye a yè swa e depi lè sa a m pa tande l');
    expect(turn.report.emergency).toBe(true);
  });

  it('relatives taking a death hard, with someone to talk to asked, get psychological support', async () => {
    const turn = await lastTurnOf(
      'my dad died in houston and we want to bury him in durango',
      'my mom is taking it really hard, is there someone she can talk to?',
    );
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe('in line and in a form', () => {
  it('a deportation told in a search form, with the way home asked, gets the help after a return', async () => {
    const a = await testAssistant();
    await a.say('my cousin was detained at the border near el paso and we dont know where he is');
    const form = await a.say('1');
    expect(texts(form)).toMatch(/\(1\/6\)/);
    const turn = await a.say('news: they deported him to nogales, how does he get home now');
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('thanks in a form are no answer: a word back, and the same question again', async () => {
    const a = await testAssistant();
    await a.say('my cousin was detained at the border near el paso and we dont know where he is');
    await a.say('1');
    const named = await a.say('Pedro Ramirez');
    expect(texts(named)).toMatch(/\(2\/6\)/);
    const turn = await a.say('ok thank you');
    expect(texts(turn)).toMatch(/^You're welcome\.[\s\S]*\(2\/6\)/);
  });

  it('a death told while in line gets sympathy and where they stand, not the words quoted back', async () => {
    const turn = await lastTurnOf(
      'mwen tris anpil, m pa ka dòmi. eske gen yon sikològ?',
      'wi tanpri, m vle pale ak yon moun',
      'bonswa. granmoun mwen mouri maten an. m pa konn sa pou m fè',
    );
    expect(texts(turn)).toMatch(/Mwen regrèt anpil pou moun ou pèdi a/);
    expect(texts(turn)).not.toMatch(/M note sa/);
  });

  it('thanks that name 911, in line after a danger, are thanks', async () => {
    const turn = await lastTurnOf(
      'unos hombres me estan siguiendo en la central de autobuses, tengo miedo',
      'ya llego la policia y se fueron, estoy bien',
      'gracias por la ayuda de hace rato con lo del 911',
    );
    expect(texts(turn)).toMatch(/Con gusto|De nada/);
    expect(texts(turn)).not.toMatch(/situación migratoria/);
  });
});
