/**
 * What session 133's fresh sets and judge found, each through the real engine with wording written for this test: a
 * held relative's medicine withheld, the consulate's contact, going home from forced work abroad, wages owed there; a
 * danger long past and escaped; a migration station spelled the Kreyòl way and its place kept; a call to the police not
 * wanted; a relative to be told; going back to the US; being seen where one is; a baby's Mexican papers and one's own
 * after it; no money for the doctor in the psychologists' talk; a psychologist asked in line; the office's call
 * asked, not told; "pa ko" as not yet; someone sent to write; lawyers asked in a danger; and the guards. Each fails on
 * the session's start but the guards, kept so.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, lastTurnOf, texts } from '../support/assistant.ts';

describe('a relative held abroad', () => {
  it('his insulin withheld, told after the detention: the detained line (CNDH, consulate)', async () => {
    const turn = await lastTurnOf(
      'a mi esposo lo detuvo ICE en Houston la semana pasada',
      'tiene diabetes y no le estan dando su insulina, se desmayo ayer',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/consulado/);
  });

  it('how to reach the consulate, in that danger: the consulate for Mexicans abroad', async () => {
    const turn = await lastTurnOf(
      'a mi esposo lo detuvo ICE en Houston la semana pasada',
      'tiene diabetes y no le estan dando su insulina, se desmayo ayer',
      'como le hago para comunicarme con el consulado',
    );
    expect(texts(turn)).toMatch(/CIAM/);
  });

  it('kept working on a farm, going back to Mexico asked: the consulate, never COMAR', async () => {
    const turn = await afterEmergency(
      'my brother is on a farm in ohio, they took his passport and wont let him leave',
      'can he come back to mexico?',
    );
    expect(texts(turn)).toMatch(/consulate/);
    expect(texts(turn)).not.toMatch(/COMAR/);
  });

  it('the money they owe him, asked there: legal advice', async () => {
    const turn = await afterEmergency(
      'my brother is on a farm in ohio, they took his passport and wont let him leave',
      'and the money they owe him?',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });
});

describe('first messages', () => {
  it('a kidnapping years ago, escaped, in Kreyòl: no safety line', async () => {
    const turn = await lastTurnOf(
      'sa gen 3 an yo te kidnape m nan veracruz, gras a dye m te soti. kounya m nan monterrey, kijan pou m jwenn papye',
    );
    expect(texts(turn)).not.toMatch(/911/);
  });

  it('a migration station spelled "migratwa", care withheld: the emergency, its place not asked', async () => {
    const turn = await lastTurnOf(
      'frè m nan estasyon migratwa nan tapachula, li malad anpil yo pa ba l dokte',
    );
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/Ki kote sa ap pase/);
  });

  it('going back to the US asked after a deportation: the US visa', async () => {
    const turn = await lastTurnOf('me deportaron hace un año', 'y si quiero volver al otro lado hay forma?');
    expect(turn.report.topic).toBe('us_visa_passport');
  });

  it('a return from the US told, no question: no visa (guard)', async () => {
    const turn = await lastTurnOf('me regrese de estados unidos hace un año y busco trabajo en durango');
    expect(turn.report.topic).not.toBe('us_visa_passport');
  });
});

describe('in a danger', () => {
  it('a call to the police not wanted: no "good that help was called"', async () => {
    const turn = await afterEmergency(
      'hay un niño solo en la central de autobuses de durango, dice que es de guatemala',
      'el niño no quiere q llame a la policia, tiene miedo',
    );
    expect(texts(turn)).not.toMatch(/Qué bueno que ya/);
  });

  it('a relative to be told: the chat calls no one, who to tell is written here', async () => {
    const turn = await afterEmergency(
      'me estan siguiendo unos hombres, estoy en torreon',
      'le pueden avisar a mi mama?',
    );
    expect(texts(turn)).toMatch(/no puede llamar ni escribirle a nadie/);
  });

  it('being seen where one is, asked after thoughts of dying: where support is given', async () => {
    const turn = await afterEmergency(
      'ya no quiero vivir, no le veo sentido a nada',
      'ustedes pueden venir aca o tengo que ir hasta durango?',
    );
    expect(texts(turn)).toMatch(/por teléfono/);
  });

  it('the office asked whether it called: not "good that someone reached you"', async () => {
    const turn = await afterEmergency(
      'me llamaron diciendo que tienen a mi hija y piden dinero',
      'ya me hablo alguien de ustedes? no me ha llegado nada',
    );
    expect(texts(turn)).not.toMatch(/Qué bueno que alguien/);
  });

  it('the office said to have called: still said back (guard)', async () => {
    const turn = await afterEmergency(
      'me llamaron diciendo que tienen a mi hija y piden dinero',
      'ya me llamo alguien de ustedes, gracias',
    );
    expect(texts(turn)).toMatch(/Qué bueno que alguien/);
  });

  it('someone sent to write, asked at length: the urgent line, not the psychologists again', async () => {
    const turn = await afterEmergency(
      'i dont want to be alive anymore',
      'thanks. please have someone from the therapy people message me',
    );
    expect(texts(turn)).toMatch(/urgent queue/);
  });

  it('lawyers asked: legal advice', async () => {
    const turn = await afterEmergency(
      'my husband says he will kill me tonight, im in gomez palacio',
      'do you have lawyers?',
    );
    expect(turn.report.topic).toBe('legal_advice');
  });
});

describe('later questions', () => {
  it('a baby born here, its Mexican papers asked: the civil registry', async () => {
    const turn = await lastTurnOf(
      'm ansent e m nan tijuana, kote m ka fe konsiltasyon',
      'le bebe a fet isit, li pral gen papye meksiken?',
    );
    expect(texts(turn)).toMatch(/Rejis Sivil/);
  });

  it("one's own papers after the baby's answer: family unity", async () => {
    const turn = await lastTurnOf(
      'm ansent e m nan tijuana, kote m ka fe konsiltasyon',
      'le bebe a fet isit, li pral gen papye meksiken?',
      'e mwen menm, sa ka ede m jwenn papye?',
    );
    expect(texts(turn)).toMatch(/unidad familiar/);
  });

  it('no money for the doctor in the psychologists talk: what that support costs', async () => {
    const turn = await lastTurnOf(
      'depi m rive isit m pa ka domi, m toujou tris',
      'm pa gen kob pou peye dokte',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('a psychologist asked while in line: psychological support', async () => {
    const turn = await lastTurnOf(
      'm vle pale ak yon moun',
      'eske gen sikolog? m bezwen pale ak yon moun sou sa k te pase m',
    );
    expect(turn.report.topic).toBe('psych_support');
  });

  it('"pa ko" in line is not yet, never a body', async () => {
    const turn = await lastTurnOf('m vle pale ak yon moun', 'alo? pesonn pa ko reponn mwen');
    expect(turn.report.topic).not.toBe('remains_repatriation');
  });
});
