/**
 * Session 80's fresh emergency set, each through the real engine with wording written for this test:
 * another number asked because the police may side with those who hold someone (089 and the
 * anti-trafficking line); the fear that calling 911 gets someone killed (089, not migration status);
 * no money to make a call (keep writing here); "and if it gets infected?" on the road's care, and a
 * strong headache told, get the line for when it gets worse (911), not the queue's; being called back,
 * wished in the past subjunctive, puts the person in line.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('in an emergency under way', () => {
  it('another number asked, the police distrusted, gets the anonymous report and the trafficking line', async () => {
    const a = await testAssistant();
    await a.say('no me dejan salir del rancho donde trabajo en sinaloa, nos tienen encerrados');
    const turn = await a.say('aparte del 911 hay otro numero? aqui los policias son compadres del patron');
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/situación migratoria/);
  });

  it('the fear that calling gets someone killed gets 089, not migration status', async () => {
    const a = await testAssistant();
    await a.say('se llevaron a mi sobrino en matamoros y me piden 50 mil');
    const turn = await a.say('si llamo al 911 me da miedo q lo maten, hay otra manera?');
    expect(texts(turn)).toMatch(/089/);
    expect(texts(turn)).not.toMatch(/situación migratoria/);
  });

  it('no money to make a call gets "keep writing here"', async () => {
    const a = await testAssistant();
    await a.say('mi pareja me esta golpeando, me encerre en el cuarto, estoy en torreon');
    const turn = await a.say('no tengo pa llamar');
    expect(texts(turn)).toMatch(/escrib/);
    expect(texts(turn)).not.toMatch(/Anotado/);
  });
});

describe('on the road’s care', () => {
  it('"and if it gets worse" after two opening words gets the line for it (911)', async () => {
    const a = await testAssistant();
    await a.say('i burned my hand cooking at the camp 3 days ago, its swollen now, im in reynosa');
    await a.say('will they see me without id?');
    const turn = await a.say('ok and if i get a fever?');
    expect(texts(turn)).toMatch(/911/);
  });

  it('a strong headache told is no question about the wait', async () => {
    const a = await testAssistant();
    await a.say('m pa gen grenn pou sik mwen depi 4 jou, m nan Mexicali');
    await a.say('ki kote biwo a ye?');
    const turn = await a.say('tèt mwen fè m mal twòp');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).not.toMatch(/liy/);
  });
});

describe('being called back, wished for', () => {
  it.each([
    ['without a yes', 'quisiera que alguien me hablara mejor por telefono'],
    ['after a yes', 'si me gustaria que me hablaran en la tarde'],
  ] as const)('puts the person in line (%s)', async (_how, asked) => {
    const a = await testAssistant();
    await a.say('mi papa trabajo 12 años en california, puede cobrar pension?');
    await a.say('cuanto tarda');
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a relative far away asking who should call 911', () => {
  it('gets what can be done from abroad, each time it is asked', async () => {
    const a = await testAssistant();
    await a.say(
      'mi primo se quedo solo en el desierto cerca de altar sonora, no tiene agua, yo estoy en phoenix',
    );
    const first = await a.say('le digo q marque al 911? o marco yo desde aca de phoenix?');
    expect(texts(first)).toMatch(/otro país/);
    expect(texts(first)).not.toMatch(/Qué bueno que ya pidieron ayuda/);
    const again = await a.say('NADIE ha llamado!! marco yo al 911 desde aca o q el marque?');
    expect(texts(again)).toMatch(/otro país/);
    expect(texts(again)).not.toMatch(/CONASAMA/);
  });
});

describe('a medical emergency with help already called', () => {
  it('the ambulance told as coming, and what to do meanwhile asked, is no "who is coming?"', async () => {
    const a = await testAssistant();
    await a.say('mi bebe esta convulsionando y no me responde, estamos en lerdo');
    const turn = await a.say('una vecina ya llamo al 911, dicen q viene la ambulancia. q hago mientras?');
    expect(texts(turn)).not.toMatch(/no puede mandar a nadie/);
    expect(texts(turn)).toMatch(/911/);
  });

  it('help called is said back with staying with the person, not the safest place', async () => {
    const a = await testAssistant();
    await a.say('my dad fell and hit his head, hes not waking up, we are in gomez palacio');
    const turn = await a.say('we already called, the ambulance is on its way');
    expect(texts(turn)).toMatch(/Stay with them/);
    expect(texts(turn)).not.toMatch(/where it is safest/);
  });
});

describe('a call told with someone asked to go', () => {
  it('is still "who is coming?", not help said to be on its way', async () => {
    const a = await testAssistant();
    await a.say('mi tio se perdio en el desierto cerca de sonoyta, ya no tiene agua, yo estoy en tucson');
    const turn = await a.say(
      'ya le dije q marque al 911. esta junto a unas antenas rojas. alguien va a ir por el?',
    );
    expect(texts(turn)).toMatch(/no puede mandar a nadie/);
    expect(texts(turn)).not.toMatch(/Qué bueno que ya pidieron ayuda/);
  });
});
