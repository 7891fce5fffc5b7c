/**
 * What session 108's fresh sets and judge found, each through the real engine with wording written for this test:
 * held by immigration without food, workers locked in with their passports taken, what follows a danger (the one who
 * hurt her back, a procedure asked to be told about, the help if he is deported, papers to stay in Mexico, a relative
 * now held in a US detention centre), and in ordinary talk the procedure called "it", the right to work with a card,
 * a place of care too far, money sent to someone deported, nowhere to sleep.
 */
import { describe, expect, it } from 'vitest';
import { lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('dangers', () => {
  it('held by immigration and not fed: the emergency, with the CNDH and the consulate', async () => {
    const turn = await lastTurnOf(
      'a mi sobrino lo tiene migracion en un centro de detencion en texas y dice que no les dan de comer desde ayer',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/CNDH/);
    expect(texts(turn)).toMatch(/consulado/);
  });

  it('all the workers locked in at night with their passports taken: forced work', async () => {
    const turn = await lastTurnOf(
      'the farm boss took all the guys passports and locks them in the barn at night, my brother is one of them',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/800 5533 000/);
  });

  it("lost papers, no water and nowhere to sleep in a city: the road's help, not the desert", async () => {
    const turn = await lastTurnOf('m nan saltillo, m pedi papye m, m pa gen dlo ni manje, ki kote m ka domi');
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
  });
});

describe('after a danger', () => {
  it('the one who hurt her back, in a few words: the danger again, not schooling', async () => {
    const a = await testAssistant();
    await a.say('mi pareja me golpeo anoche y dijo que me iba a matar, ahorita se fue a la tienda');
    await a.say('estoy en gomez palacio en mi casa');
    const turn = await a.say('ya regreso el, no puedo escribir mucho');
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).not.toMatch(/INEA/);
  });

  it('a procedure asked to be told about once calmer: that procedure', async () => {
    const a = await testAssistant();
    await a.say('honestly my kids would be better off without me');
    await a.say('im at my sisters place in durango, im not gonna do anything');
    const turn = await a.say('thanks. could u tell me about the pension thing again, im 55 lol');
    expect(turn.report.topic).toBe('us_pension');
  });

  it('who brings him home if he is deported: the help after a deportation, not the fear of 911', async () => {
    const a = await testAssistant();
    await a.say('mi hijo se perdio en el desierto de arizona y ya no tiene agua, no contesta');
    await a.say('le dije que llame al 911 pero le da miedo que lo agarre la migra');
    const turn = await a.say('y si lo deportan quien me lo trae a durango?');
    expect(turn.report.topic).toBe('deportee_support');
  });

  it('a relative asked to be told, while locked in: kept for staff, not a procedure', async () => {
    const a = await testAssistant();
    await a.say(
      'el pollero nos tiene encerrados en una bodega en reynosa y pide mas dinero, nos quito los telefonos',
    );
    await a.say('no puedo hablar, nos escuchan');
    const turn = await a.say('mi esposa esta en tepehuanes durango, le pueden avisar?');
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).toMatch(/personal/);
  });

  it('papers to live in Mexico asked once the danger is past: the status in Mexico', async () => {
    const a = await testAssistant();
    await a.say('unos policias nos asaltaron en el tren y mi amigo esta sangrando de la cabeza');
    await a.say('ya llego la cruz roja, se lo llevaron. donde pongo la queja?');
    const turn = await a.say('y yo ocupo papeles pa estar en mexico, soy salvadoreño');
    expect(turn.report.topic).toBe('mx_status');
  });

  it("a relative held in a US detention centre: what the consulates do, not Mexico's stations", async () => {
    const a = await testAssistant();
    await a.say(
      'auxilio mi primo cruzo por el desierto cerca de sasabe y hace un dia dijo que estaba perdido sin agua',
    );
    await a.say('yo estoy en santiago papasquiaro, el esta por la frontera, ya llame al 911');
    await a.say('no soy yo el perdido, es mi primo. que mas hago');
    await a.say('y si lo agarro la migra como se si esta detenido');
    await a.say('pasenme con alguien del instituto por favor');
    a.clock.time += 7200_000;
    const turn = await a.say('ya me llamaron, esta detenido en un centro de migracion en arizona. que sigue');
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).toMatch(/consulados/);
  });
});

describe('ordinary talk', () => {
  it('the procedure as "it" with a place asked: that procedure\'s where, not the Durango offices', async () => {
    const a = await testAssistant();
    await a.say('pitit mwen fet nan Houston, papa l se moun Durango. kijan pou l gen nasyonalite meksiken?');
    const turn = await a.say('eske nou ka fè l Houston oubyen fò n ale Durango?');
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('the right to work asked with a humanitarian card: which papers let a foreigner work', async () => {
    const a = await testAssistant();
    await a.say('patwon an pa peye m de semen, m ap travay nan yon restoran nan Torreon');
    const turn = await a.say('m gen TVRH mwen, eske m gen dwa pou m travay?');
    expect(turn.report.topic).toBe('mx_status');
  });

  it("by phone asked with the reason after it: the service's way, not the office's street", async () => {
    const a = await testAssistant();
    await a.say('mi papa esta muy triste desde que murio mi mama, tienen psicologo?');
    const turn = await a.say('puede ser por telefono? el vive en un rancho lejos de la ciudad');
    expect(turn.report.topic).toBe('psych_support');
  });

  it("a yes that says it will give the details: the search's form starts", async () => {
    const a = await testAssistant();
    await a.say('bonjou, ICE arete kouzen m nan Florida semèn sa a, nou pa konn kote li ye');
    const offer = await a.say('nou pa moun Durango non, nou se ayisyen. konsila a ka ede nou?');
    expect(texts(offer)).toMatch(/enfòmasyon/);
    const turn = await a.say('wi m ap bay enfòmasyon yo');
    expect(texts(turn)).toMatch(/\(1\/\d\)/);
  });

  it("the care's town said too far: the sources' silence where she is, not that town again", async () => {
    const a = await testAssistant();
    await a.say(
      'I am 7 months pregnant, I am in Chihuahua city, my legs are swollen. Where is a clinic? No papers',
    );
    const turn = await a.say('I cant go to Juarez, it is too far for me');
    expect(texts(turn)).toMatch(/Chihuahua/);
    expect(texts(turn)).not.toMatch(/Francisco Villa/);
  });

  it('money sent to someone just deported: cashing it with the repatriation certificate', async () => {
    const a = await testAssistant();
    await a.say('me deportaron ayer a tijuana y no traigo nada');
    const turn = await a.say('mi hermana me puede mandar dinero hasta aca?');
    expect(texts(turn)).toMatch(/SEPOMEX/);
  });

  it('nowhere to sleep told in asylum talk: the shelters', async () => {
    const a = await testAssistant();
    await a.say('i want to ask for asylum in mexico, im from honduras, im in tapachula');
    const turn = await a.say('we have nowhere to sleep, me and my 3 kids');
    expect(turn.report.topic).toBe('transit_safety');
  });
});
