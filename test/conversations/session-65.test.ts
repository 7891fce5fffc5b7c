/**
 * Messages that session 65's developed-against sets and its judge found misread, each through the
 * real engine with wording written for this test: a friend named in an emergency is no place; a
 * wound from walking in the desert that asks for a doctor is care, not someone lost; a goodbye with
 * "tell my mother I'm sorry" is a farewell in each language; someone thinking of suicide who tells
 * where they are gets someone near to be with, not the place alone; "we're safe" ends the danger
 * (a "but" after it does not); pains every few minutes in a pregnancy on the road are urgent; a
 * place noted is said back as the place, not as where the writer is; a call just received with a
 * threat for today is an extortion even when the relative left a month ago; people still locked in
 * after the writer got out are a danger; in line, "how much longer must I wait" is the wait.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('a place noted in an emergency', () => {
  it('a friend named along with "here in Mexico" is no place (en)', async () => {
    const turn = await afterEmergency(
      'three men are following us with machetes near the train tracks, please help',
      'my friend Osman came with me, he needs asylum here in Mexico',
    );
    expect(texts(turn)).not.toMatch(/noted/i);
    expect(texts(turn)).toMatch(/COMAR/);
  });

  it("a relative's place is said back as the place, not as where the writer is (es)", async () => {
    const turn = await afterEmergency(
      'me hablaron que tienen secuestrado a mi hermano y piden 5 mil dolares',
      'lo bajaron del camion en una caseta cerca de matehuala',
    );
    expect(texts(turn)).toMatch(/Lugar anotado: «lo bajaron del camion/);
    expect(texts(turn)).not.toMatch(/dónde estás/);
  });
});

describe('care on the road', () => {
  it('a wound from walking in the desert, with a doctor asked for, is care (en)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'i hurt my foot from walking in the desert, now it is swollen with pus. where can i see a doctor? i am in caborca',
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('pains every few minutes in a pregnancy are urgent (ht)', async () => {
    const a = await testAssistant();
    await a.say(
      'bonswa, m ansent 8 mwa, n ap mache bo tapanatepec, vant mwen fè m mal. ki kote m ka wè yon doktè?',
    );
    const turn = await a.say('kounye a doulè a ap vini chak 5 minit, li pi fò');
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a farewell with sorry sent to a mother', () => {
  it('in English', async () => {
    const a = await testAssistant();
    await a.say('they sent me back to tijuana last night, i have nothing left');
    const turn = await a.say('never mind the ride home. tell my mother im sorry for everything. goodbye');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('in Spanish', async () => {
    const a = await testAssistant();
    await a.say('me deportaron ayer a reynosa, ya no tengo nada');
    const turn = await a.say('ya no importa lo del pasaje. diganle a mi mama que me perdone. adios');
    expect(turn.report.emergency).toBe(true);
  });

  it('in Kreyòl', async () => {
    const a = await testAssistant();
    await a.say('yo depòte m soti Texas, m pa gen anyen ankò');
    const turn = await a.say('pa bezwen ede m ak papye a ankò. di manman m padon pou tout bagay. orevwa');
    expect(turn.report.emergency).toBe(true);
  });
});

describe('thinking of suicide, the place told', () => {
  it('gets someone near to be with, after the place noted (es)', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, tengo las pastillas de mi mama aqui',
      'estoy en un cuarto de hotel en la central de autobuses de torreon',
    );
    expect(texts(turn)).toMatch(/Lugar anotado/);
    expect(texts(turn)).toMatch(/alguien cerca de ti/);
  });
});

describe('safe, said with a contraction', () => {
  it('"we\'re safe" ends the danger (en)', async () => {
    const turn = await afterEmergency(
      'my boyfriend is beating me and he locked the door',
      "ok we got out, we're at a neighbor's house. we're safe",
    );
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).not.toMatch(/If you can, call 911\.$/);
  });

  it('"i\'m safe but…" keeps it (en)', async () => {
    const turn = await afterEmergency(
      'my boyfriend is beating me and he locked the door',
      "i'm safe for now but he has my kids in the car",
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('a danger told with a past time in it', () => {
  it('a call just received threatening a relative today, though he left a month ago (es)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'oiga me acaban de marcar unos que dicen que tienen a mi primo que se fue hace un mes, que si no les mando 15 mil hoy lo matan',
    );
    expect(turn.report.emergency).toBe(true);
  });

  it('others still locked in after the writer got out, after a greeting (es)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'buenas tardes ya me soltaron, pero en la casa siguen como 8 personas encerradas',
    );
    expect(turn.report.emergency).toBe(true);
  });
});

describe('in line, how much longer to wait', () => {
  for (const [lang, first, asked] of [
    ['es', 'mi tio esta detenido por la migra en el paso, como lo localizo', 'cuanto mas tengo que esperar?'],
    [
      'ht',
      'kouzen m nan arete pa ICE nan Florida. eske nou ka ede m jwenn li?',
      'konbyen tan ankò pou m tann?',
    ],
  ] as const) {
    it(`gets the place in line, not the procedure's time (${lang})`, async () => {
      const a = await testAssistant();
      await a.say(first);
      await a.say(lang === 'es' ? 'quiero hablar con una persona' : 'mwen vle pale ak yon moun');
      a.clock.time += 40 * 60_000;
      const turn = await a.say(asked);
      expect(texts(turn)).toMatch(/40 min|41 min/);
      expect(turn.report.facet).toBeNull();
    });
  }
});
