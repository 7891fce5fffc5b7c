/**
 * A danger told as over, with the month it happened and how the person is now, in the middle of
 * a procedure ("he had a heart attack in may but hes fine now, can he travel to juarez?"): no
 * emergency, and the procedure goes on (session 43: the English wording started the emergency
 * flow in a fresh set, and stayed in it; the Spanish and Kreyòl ones guard what already held).
 * In each language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { opener: string; over: string }> = {
  es: {
    opener: 'mi suegro tiene 66 y trabajó 25 años en Oregon, ¿cómo cobra su pensión de allá?',
    over: 'en marzo le dio un infarto pero ya anda bien, ¿tiene que ir él a Juárez o se puede sin él?',
  },
  en: {
    opener: 'my father in law is 66 and worked 25 years in oregon, how does he collect his pension',
    over: 'he had a heart attack in june but hes ok now, can he still fly to juarez or do they do it without him',
  },
  ht: {
    opener: 'bòpè m gen 66 an, li te travay 25 an nan Oregon, kijan li ka touche pansyon li?',
    over: 'li te fè yon estwòk nan mwa mas men li byen kounye a, eske fòk li ale Juarez li menm?',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a danger told as over, with its month, in %s', (lang) => {
  const c = CASES[lang];

  it('starts no emergency and stays on the procedure', async () => {
    const a = await testAssistant();
    const first = await a.say(c.opener);
    expect(first.report.topic).toBe('us_pension');
    const turn = await a.say(c.over);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.queued).toBe(false);
    expect(turn.report.topic).toBe('us_pension');
    expect(turn.lang).toBe(lang);
  });
});
