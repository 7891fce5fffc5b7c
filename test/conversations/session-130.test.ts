/**
 * What session 130's fresh sets and judge found, each through the real engine with wording written for this test: a
 * bribe supposed before a trip home, thanks that end a laugh at an offer; in a danger, the police who did it, a wound
 * that stopped bleeding; in line, nobody answering asked from a shelter; a Haitian child's school since they arrived.
 * Each fails on the session's start but the guards (a relative's loan, bleeding stopped with breath gone) and one
 * already right on it, kept so (a sick child said not so bad).
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, testAssistant, texts } from '../support/assistant.ts';

describe('in talk', () => {
  it('a bribe supposed on the way home for Christmas: where the Paisano takes complaints', async () => {
    const turn = await lastTurnOf(
      'vamos a bajar a zacatecas en navidad en la camioneta desde dallas, que cosas podemos pasar sin pagar',
      'y que tal si un policia nos pide dinero en el camino?',
    );
    expect(texts(turn)).toMatch(/recibe quejas/);
  });

  it('a cousin asking for a loan on the trip: no complaint answer (guard)', async () => {
    const turn = await lastTurnOf(
      'vamos a bajar a zacatecas en navidad en la camioneta desde dallas, que cosas podemos pasar sin pagar',
      'y si mi primo me pide dinero prestado alla?',
    );
    expect(texts(turn)).not.toMatch(/recibe quejas/);
  });

  it('a laugh ending in thanks, a person on offer: thanks, not a queue', async () => {
    const turn = await lastTurnOf(
      'mi papa quiere visitarme en phoenix, tiene 70 años, hay algun programa?',
      'ya me hiciste reir jaja gracias',
    );
    expect(turn.report.queued).toBe(false);
  });
});

describe('in a danger', () => {
  it('the police were the ones who beat him, he will not call them: the anonymous report', async () => {
    const turn = await afterEmergency(
      'unos policias me golpearon en la carretera y me quitaron todo, me duele mucho',
      'no quiero llamarle a la policia, ellos fueron',
    );
    expect(texts(turn)).toMatch(/089/);
  });

  it('the bleeding stopped: a doctor to see it anyway, no place noted', async () => {
    const turn = await afterEmergency(
      'me cai del tren en apizaco y me corte el brazo, sangra mucho',
      'ya no me sale sangre, me amarre una camisa',
    );
    expect(texts(turn)).toMatch(/médico/);
    expect(texts(turn)).not.toMatch(/Lugar anotado/);
  });

  it('a cut that stopped bleeding, told in English: the doctor line', async () => {
    const turn = await afterEmergency(
      'my son cut his leg with a machete at work and its bleeding a lot',
      'ok it stopped bleeding',
    );
    expect(texts(turn)).toMatch(/doctor/);
  });

  it('the bleeding stopped but he is not breathing: the danger still (guard)', async () => {
    const turn = await afterEmergency(
      'my son cut his leg with a machete at work and its bleeding a lot',
      'it stopped bleeding but now he is not breathing',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/have a doctor check it/);
  });

  it('a sick child said not too bad, the town far: no emergency', async () => {
    const turn = await lastTurnOf(
      'pitit fi m gen 4 an, li gen lafyèv depi 2 jou, nou nan saltillo, ki kote yon doktè ka wè l? nou pa gen papye',
      'li pa twò mal, li bwè dlo toujou, men lafyèv la pa desann. monterrey twò lwen pou nou',
    );
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in line', () => {
  it('"is anybody gonna answer?" from a shelter: where they stand', async () => {
    const a = await testAssistant();
    await a.say('i need to talk to a real person about my deportation papers');
    a.clock.time += 3 * 3600_000;
    const turn = await a.say(
      'yo its been forever, anyone gonna answer? im still at the shelter in agua prieta',
    );
    expect(texts(turn)).toMatch(/queue/);
  });
});

describe('a child’s school', () => {
  it('a Haitian child out of school since they arrived, asked in business talk: the school for migrant children', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m rete tijuana depi 1 an, eske nou ede moun ouvri yon ti komès?');
    const turn = await a.say('pitit fi m gen 9 an, li pa al lekòl depi nou rive. kijan pou m enskri l?');
    expect(turn.report.topic).toBe('mx_status');
    expect(texts(turn)).toMatch(/lekòl/);
  });
});
