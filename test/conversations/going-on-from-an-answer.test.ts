/**
 * A follow-up that goes on from the answer before it is read as that answer's topic, through
 * the real engine, with wording written for these tests (a fresh set, session 35, found both):
 * - "y cuánto me van a dar al mes?" after the pension and the person's age was told "this
 *   office does not do that": a message that opens with "y" goes on from the answer, it is no
 *   request out of scope;
 * - "kat mwen an ekspire semenn pase" (my card expired last week) after the office's own
 *   answer got the office's again: a fact about a procedure the topic model is sure of moves
 *   the conversation there when what came before was only about the office.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a follow-up that goes on from the answer', () => {
  it('asks about the pension when it opens with "y", however the topic model reads it', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say(
      'oiga trabaje 12 años en texas en la construccion con mi seguro social, puedo cobrar la pension de alla? ya estoy en durango',
    );
    await a.say('tengo 66 años');
    const amount = await a.say('y cuanto me van a dar al mes?');
    expect(amount.report.topic).toBe('us_pension');
    expect(texts(amount)).not.toMatch(/no lo hace esta oficina/);
  });

  it('moves from the office to the procedure a fact told is about', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    const office = await a.say(
      'bonjou, m se ayisyen, m ap viv Torreón depi 2 an. eske biwo nou an ka ede m ak papye m?',
    );
    expect(office.report.topic).toBe('office_info');
    const expired = await a.say('kat mwen an ekspire semenn pase');
    expect(expired.report.topic).toBe('mx_status');
    expect(texts(expired)).toMatch(/INM/);
  });
});
