/**
 * Session 78's emergency follow-ups through the real engine, with wording written for this test: papers or
 * being sent back asked once the danger is behind get the status answer (INM, or COMAR for one who will
 * not go back), while the fear of what a call brings keeps the 911 line; calls that do not go through are
 * no call to make, in all three languages.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('papers asked once the danger is behind', () => {
  it.each([
    [
      'es',
      'nos tienen encerradas en un rancho y no nos dejan salir',
      'y ahora nos van a deportar? ya no tenemos nada',
      'mx_status',
    ],
    [
      'ht',
      'yo fèmen nou nan yon depo, yo pa kite nou soti',
      'kounye a kisa nou fè pou papye? nou pa gen anyen',
      'mx_status',
    ],
    [
      'en',
      'they locked us in a house and wont let us leave',
      'please i dont want them to send me back to nicaragua',
      'asylum',
    ],
  ] as const)('get the status in Mexico (%s)', async (_lang, danger, asked, topic) => {
    const a = await testAssistant();
    expect((await a.say(danger)).report.emergency).toBe(true);
    const turn = await a.say(asked);
    expect(turn.report.topic).toBe(topic);
    expect(texts(turn)).toMatch(topic === 'asylum' ? /COMAR/ : /INM/);
  });

  it('while the fear of what calling brings keeps the 911 line', async () => {
    const a = await testAssistant();
    await a.say('mi pareja me esta golpeando ahorita, estoy encerrada en el baño');
    const turn = await a.say('si llamo a la policia me van a deportar?');
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).toMatch(/911/);
  });
});

describe('calls that do not go through', () => {
  it.each([
    [
      'es',
      'nos perdimos en el desierto cerca de sasabe, ya no hay agua',
      'no entran las llamadas, nomas el whatsapp. quien va a venir?',
    ],
    [
      'en',
      'we are lost in the desert near sasabe, out of water',
      'calls wont go through, only whatsapp works. who is coming?',
    ],
    [
      'ht',
      'nou pèdi nan dezè a toupre sasabe, nou pa gen dlo',
      'apel yo pa pase, se whatsapp sèlman ki mache',
    ],
  ])('are no call to make: keep writing here (%s)', async (_lang, danger, said) => {
    const a = await testAssistant();
    await a.say(danger);
    const turn = await a.say(said);
    expect(texts(turn)).toMatch(/escribi|write here|ekri/i);
  });
});
