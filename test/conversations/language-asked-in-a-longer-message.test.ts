/**
 * "Can we do this in spanish?" asked at the end of a longer message (a neighbour comes to help
 * type, during an emergency) switches the conversation; a counselor "who speaks spanish" asked
 * for a mother is a question about the service, and the conversation stays in English; a
 * language asked for outright keeps its request beside a word like "need" ("pale panyòl ak mwen
 * souple, m bezwen pratike"), while "do I need Spanish for it?" asks for nothing. Through
 * the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('a language asked for in a longer message', () => {
  it('switches when asked in so many words at the end', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('my boyfriend is hitting me and wont let me leave the apartment')).report.emergency,
    ).toBe(true);
    const turn = await a.say(
      'my friend rosa just came over, she is going to type for me now. can we do this in spanish?',
    );
    expect(turn.lang).toBe('es');
  });

  it('stays when a counselor who speaks a language is asked for someone else', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('my brother was deported last week and he is not doing well, he barely talks');
    const turn = await a.say('is there a counselor who speaks spanish for my dad too, he is taking it hard');
    expect(turn.lang).toBe('en');
  });

  it('switches when asked outright with "need" elsewhere in the message', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('bonjou, m se ayisyen, m marye ak yon meksiken, eske m ka jwenn rezidans?');
    const turn = await a.say('ekri m an panyol souple, m bezwen aprann li');
    expect(turn.lang).toBe('es');
  });

  it('stays when the language is only something a procedure may need', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('bonjou, m se ayisyen, m marye ak yon meksiken, eske m ka jwenn rezidans?');
    const turn = await a.say('eske m bezwen pale panyol pou sa?');
    expect(turn.lang).toBe('ht');
  });
});
