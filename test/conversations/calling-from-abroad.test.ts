/**
 * A relative abroad asks, during an emergency in Mexico, whether they can call 911 from where
 * they are: the answer says 911 is Mexico's number, that the sources do not say whether it can
 * be dialled from abroad, what to write here and the lines someone in Mexico can call; never a
 * procedure's block the topic model only leaned to (a blind judge found psychological support
 * and the office's address there). Through the real engine, wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('calling 911 from another country', () => {
  it('Spanish, from Guatemala', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    const danger = await a.say(
      'mi hermana se fue a trabajar a torreon y la tienen encerrada en una casa, no la dejan salir, me escribe a escondidas',
    );
    expect(danger.report.emergency).toBe(true);
    const turn = await a.say('y yo puedo llamar al 911 desde aqui de guatemala?');
    expect(texts(turn)).toMatch(/no dicen si se puede marcar desde otro país/);
    expect(texts(turn)).not.toMatch(/Juárez #144/);
  });
});
