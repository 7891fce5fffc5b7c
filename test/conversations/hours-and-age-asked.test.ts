/**
 * Two asks in the middle of another topic (session 48): the office's hours in everyday words
 * ("¿a qué hora abren el lunes?", "what time yall open"), which a judge's grandmother got the
 * pension's timing for; and whether an age is old enough ("im 61, is that old enough?"), which got
 * where the procedure is done. Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('the office hours asked in everyday words', () => {
  it.each([
    [
      'es',
      'mi esposo trabajo 20 años en california, como cobra su pension?',
      'ok y a que hora abren el lunes?',
    ],
    [
      'en',
      'my dad worked 15 years in texas, how does he get his social security?',
      'what time yall open tomorrow',
    ],
  ] as const)('gets the office in %s', async (_lang, opening, asked) => {
    const a = await testAssistant();
    await a.say(opening);
    const reply = await a.say(asked);
    expect(reply.report.topic).toBe('office_info');
  });
});

describe('whether an age is old enough', () => {
  it.each([
    [
      'es',
      'trabaje 18 años en chicago con seguro social, ya me regrese a durango',
      'tengo 60, ya tengo la edad para cobrar?',
    ],
    [
      'en',
      'i worked 20 years in arizona with social security, now im back in mexico',
      'im 61 now, is that old enough?',
    ],
    [
      'ht',
      'mwen te travay 15 an Florid ak sekirite sosyal, kounye a m nan Meksik',
      'm gen 61 an, eske m gen laj mwen pou m touche?',
    ],
  ] as const)('is asked of who may claim, in %s', async (_lang, opening, asked) => {
    const a = await testAssistant();
    await a.say(opening);
    const reply = await a.say(asked);
    expect(reply.report.topic).toBe('us_pension');
    expect(reply.report.facet).toBe('eligibility');
  });
});
