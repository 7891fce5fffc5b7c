/**
 * Spanish asked for in Kreyòl in the words Haitians use ("nou ka pale panyòl, m konprann li byen",
 * "ou ka pale panyol ave m souple?", "ou ka ekri m an espanyol?") moves the conversation to
 * Spanish from that turn: the preposition "an" may be left out, and "espanyol" is Spanish (session
 * 47: three writers' Haitians who asked went on in Kreyòl). Through the real engine, wording
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe.each([
  'ok pa gen pwoblèm, nou ka pale panyol, m konprann li byen',
  'ou ka pale panyol avè m souple? mari m se meksiken',
  'eske ou ka ekri m an espanyol?',
])('"%s"', (asked) => {
  it('switches to Spanish, and the next reply stays in Spanish', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m ap viv Saltillo, eske biwo a ede moun ki pa meksiken?');
    const switched = await a.say(asked);
    expect(switched.lang).toBe('es');
    const next = await a.say('cuanto cuesta la tarjeta de residente');
    expect(next.lang).toBe('es');
  });
});
