/**
 * During an extortion, money words do not always ask about paying: "¿y cuánto cuesta? ando corto
 * de dinero" after a procedure's answer asks that procedure's cost, while "¿cuánto les deposito?"
 * still gets the line for paying; and "911 told me it is a virtual extortion, my nephew answered,
 * he is fine" ends the danger (judge49's uncle got the paying line three times), and "I'm not
 * talking about the extortion, I'm asking what dual nationality costs" starts no new one. Wording
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const CALL = 'me marcaron diciendo q tienen a mi hijo y q si no mando 30 mil lo matan';
const PAY_LINE = /antes de depositar nada/;

describe('money asked about during an extortion', () => {
  it('answers the cost of the procedure just answered, not the paying line', async () => {
    const a = await testAssistant();
    expect((await a.say(CALL)).report.emergency).toBe(true);
    await a.say('oiga y otra cosa, mi nieta nacio en dallas, como le saco la doble nacionalidad');
    const reply = texts(await a.say('y cuanto cuesta eso? ando sin dinero'));
    expect(reply).toMatch(/condona|gratuit/);
    expect(reply).not.toMatch(PAY_LINE);
  });

  it('still answers paying the callers with the line for it', async () => {
    const a = await testAssistant();
    await a.say(CALL);
    await a.say('oiga y otra cosa, mi nieta nacio en dallas, como le saco la doble nacionalidad');
    expect(texts(await a.say('y cuanto les deposito?'))).toMatch(PAY_LINE);
  });

  it('ends the danger when 911 said it was a virtual extortion and the son answered', async () => {
    const a = await testAssistant();
    await a.say(CALL);
    const reply = texts(
      await a.say('ya marque al 911, me dijeron q es extorsion virtual, mi hijo ya me contesto y esta bien'),
    );
    expect(reply).toMatch(/no estás en peligro/);
    expect(reply).not.toMatch(PAY_LINE);
  });

  it('starts no new emergency when the extortion is named only to say it is not the question', async () => {
    const a = await testAssistant();
    await a.say(CALL);
    await a.say('ya marque al 911, me dijeron q es extorsion virtual, mi hijo ya me contesto y esta bien');
    const turn = await a.say(
      'no le hablo de la extorsion, le pregunto cuanto cuesta la doble nacionalidad pa mi nieta',
    );
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('dual_nationality');
  });
});
