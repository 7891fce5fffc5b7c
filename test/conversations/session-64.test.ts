/**
 * Messages that session 64's developed-against set and its judge found misread, each through the
 * real engine with wording written for this test: news of a case asked after staff closed it
 * offers staff again, and a yes to that offer queues instead of being taken as "you helped"; bail asked for a detained son is no extortion; in an emergency,
 * "I can't call, they said if I call the police they kill him" is no call made, and "we can't call,
 * what do we do" gets what to do without a call; blood seen in a pregnancy is a medical emergency;
 * a service asked of the office ("can your office help me find a shelter?") is that service, while
 * who the office is stays the office's; in line, a procedure asked after the wait told is answered;
 * "solo quiero saber lo de…" after a danger is over asks that procedure; "they took me to the hospital,
 * they are looking after me" is help come, not a place to note; an age told is set against the
 * sources with who may claim, unless that was said already.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

async function closedCase() {
  const a = await testAssistant({ channel: 'web' });
  await a.say('my brother was picked up by ICE in dallas, can you help us find where he is');
  await a.say('put me through to someone please');
  await a.engine.staff.take('web:c1', 'ana');
  await a.engine.staff.close('web:c1', 'ana');
  a.clock.time += 24 * 3600_000;
  return a;
}

describe('after staff closed the case', () => {
  it('news asked in other words gets the case, with staff offered again, and a yes queues', async () => {
    const a = await closedCase();
    const asked = await a.say('hello, any news on my brother?');
    expect(texts(asked)).toMatch(/Your case \(folio [A-Z]{3}-\d{4}\)/);
    expect(asked.report.topic).toBe('locate_person');
    expect(asked.report.handoff).toBe(true);
    const yes = await a.say('yes');
    expect(yes.report.queued).toBe(true);
  });
});

describe('bail for a detained relative', () => {
  it('asked while giving the details is no extortion (es)', async () => {
    const a = await testAssistant();
    await a.say('a mi hijo lo agarro migracion en tucson, no sabemos a donde se lo llevaron');
    await a.say('si, quiero dar los datos');
    const turn = await a.say('nos piden 6 mil dolares de fianza, ustedes ayudan con eso?');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('in an emergency, no call to make', () => {
  it('a police threat with "I cannot call" is not taken for a call made (es)', async () => {
    const turn = await afterEmergency(
      'me estan llamando, dicen que tienen secuestrado a mi esposo y piden dinero',
      'no puedo marcar, me dijeron q si llamo a la policia lo matan',
    );
    expect(texts(turn)).not.toMatch(/ya pidieron ayuda/);
    expect(texts(turn)).toMatch(/089/);
  });

  it('"we can\'t call, what do we do" gets what to do without a call (en)', async () => {
    const turn = await afterEmergency(
      'we got lost in the desert past sasabe, two days no water',
      'WE CANT CALL!! what do we do now',
    );
    expect(texts(turn)).toMatch(/write here where you are/);
  });
});

describe('a pregnancy on the road', () => {
  it('blood seen is a medical emergency (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonswa, m ansent 6 mwa, m nan Tapachula, ki kote m ka fe yon kontwol?');
    const turn = await a.say('vant mwen ap fe m mal anpil e m we yon ti san');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('a service asked of the office', () => {
  it.each([
    ['en', 'can your office help me get a shelter in durango? we just got here with my baby'],
    ['ht', 'bonswa, eske biwo nou an ka ede m jwenn yon albergue Durango? m fek rive ak bebe m'],
  ])('is that service, not the office (%s)', async (_lang, said) => {
    const a = await testAssistant();
    const turn = await a.say(said);
    expect(turn.report.topic).toBe('transit_safety');
  });

  it('who the office is stays the office (ht)', async () => {
    const a = await testAssistant();
    const turn = await a.say('bonswa, ki moun nou ye? nou se moun INM yo?');
    expect(turn.report.topic).toBe('office_info');
  });
});

describe('in line for staff', () => {
  it('a procedure asked after the wait told is answered, not only the place in line (en)', async () => {
    const a = await testAssistant();
    await a.say('hi i need to talk to a person about my dads pension');
    await a.say('yes');
    const turn = await a.say(
      'still nobody answered. meanwhile can you guys help me with the DS-160 for a tourist visa?',
    );
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/DS-160/);
  });
});

describe('a danger over, then what they want to know', () => {
  it('"solo quiero saber lo de la pensión" is answered with the calm (es)', async () => {
    const turn = await afterEmergency(
      'mi pareja me esta golpeando, estoy encerrada en el cuarto con mi bebe',
      'ya estoy bien, ya se fue y no hay peligro. nomas quiero saber lo de la pension de mi abuelo',
    );
    expect(turn.report.topic).toBe('us_pension');
    expect(texts(turn)).toMatch(/pensión/);
  });
});

describe('taken to care', () => {
  it('"they took me to the hospital" is help come, not where she is (ht)', async () => {
    const a = await testAssistant();
    await a.say('bonswa, m ansent 8 mwa, m nan Reynosa, kote m ka fe yon kontwol?');
    const urgent = await a.say('vant mwen ap fe m mal anpil kounye a e m we yon ti san');
    expect(urgent.report.emergency).toBe(true);
    const turn = await a.say('vwazin mwen an mennen m lopital la. yo ap okipe m kounye a. mesi anpil');
    expect(texts(turn)).not.toMatch(/M note kote a/);
    expect(texts(turn)).toMatch(/èd la rive/);
  });
});

describe('an age told', () => {
  it('gets the ages of the sources and who may claim (es)', async () => {
    const a = await testAssistant();
    await a.say(
      'buenas, mi suegro trabajo en texas como 20 años, se puede pensionar del seguro social gringo?',
    );
    const turn = await a.say('ya tiene 68');
    expect(texts(turn)).toMatch(/60 y 62/);
    expect(texts(turn)).toMatch(/diez años/);
  });

  it('does not say who may claim again right after it was asked (en)', async () => {
    const a = await testAssistant();
    await a.say('my dad worked in california for years, can he get social security from the us?');
    await a.say('who qualifies for it?');
    const turn = await a.say('hes 73');
    expect(texts(turn)).toMatch(/over both ages/);
    expect(texts(turn)).not.toMatch(/ten years/);
  });
});
