/**
 * What session 107's fresh sets and judge found, each through the real engine with wording written for this test:
 * passports taken with a gate locked, told to tell no one and deposit, whether to report, a work injury's pay owed;
 * feeling lost, a job needed, a person asked for outright with the rest, the CURP.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('dangers and what follows them', () => {
  it('passports taken, plural, and the gate locked at night: forced work, the anti-trafficking line', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'the crew boss took our passports and locks the gate every night, we are 8 workers on a farm in georgia',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/800 5533 000/);
  });

  it('told to tell no one and to deposit: the extortion line', async () => {
    const a = await testAssistant();
    await a.say(
      'me hablaron que a mi primo lo detuvieron en la garita de nogales y que ocupan 10 mil para sacarlo, sera cierto?',
    );
    const turn = await a.say('y que no le dijera a nadie, que depositara en una cuenta de banco');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/antes de depositar/);
  });

  it('whether to report, once the relative was found safe: the anonymous line', async () => {
    const a = await testAssistant();
    await a.say('some guys called saying they have my brother and want 3000 dollars or they hurt him');
    await a.say('ok i just reached my brother, he is at work and fine, it was fake');
    const turn = await a.say('should we report it?');
    expect(texts(turn)).toMatch(/089/);
  });

  it('a work injury years ago whose pay was never paid: legal advice, no safety line', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'trabaje en una fabrica en iowa del 2016 al 2020, me lastime la espalda con una maquina y nunca me pagaron la incapacidad',
    );
    expect(turn.report.topic).toBe('legal_advice');
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('whole conversations', () => {
  it('feeling lost after a deportation: psychological support, not "you are welcome"', async () => {
    const a = await testAssistant();
    await a.say('they deported me to nogales last week, what can i do');
    const turn = await a.say('i feel kinda lost, i dont know anybody here');
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a job needed after a deportation: the employment service, not papers', async () => {
    const a = await testAssistant();
    await a.say('they sent me back to reynosa two days ago, what now');
    const turn = await a.say('i need some work asap');
    expect(turn.report.topic).toBe('reintegration');
  });

  it('a person asked for outright after saying what was asked: queued', async () => {
    const a = await testAssistant();
    await a.say('how do i get a curp, i am from guatemala');
    const turn = await a.say('I asked about the CURP for my kids. Please let me talk to a person.');
    expect(turn.report.queued).toBe(true);
  });

  it('the CURP asked as one thing more in status talk: the CURP, not the humanitarian card again', async () => {
    const a = await testAssistant();
    await a.say('soy salvadoreño y estoy sin papeles en gomez palacio, como arreglo mi situacion');
    const turn = await a.say('tambien ocupo sacar mi curp');
    expect(texts(turn)).toMatch(/CURP temporal/);
  });
});
