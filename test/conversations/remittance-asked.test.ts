/**
 * Sending money home asked in the middle of another topic ("also whats the cheapest way to send my
 * mom money?", "¿cómo le mando dinero a mi mamá?", "kote m ka voye lajan bay manman m?") goes to
 * remittances, which the sources answer; it got a list of topics, or the status-in-Mexico answer
 * (session 47). Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Array<[Lang, string, string]> = [
  [
    'en',
    'my dad worked 20 years in texas, how does he claim social security',
    'also whats the cheapest way to send my mom money every month?',
  ],
  [
    'es',
    'mi papa trabajo 20 años en texas, como cobra su pension',
    'y otra cosa, como le mando dinero a mi mama cada mes?',
  ],
  [
    'ht',
    'bonjou, kijan m ka jwenn kat rezidan an Meksik',
    'mèsi. kote m ka voye lajan bay manman m ann Ayiti?',
  ],
];

describe.each(CASES)('remittances asked mid-conversation, in %s', (lang, opening, asked) => {
  it('answers about remittances', async () => {
    const a = await testAssistant();
    await a.say(opening);
    const reply = await a.say(asked);
    expect(reply.report.topic).toBe('productive_projects');
    expect(reply.lang).toBe(lang);
  });
});
