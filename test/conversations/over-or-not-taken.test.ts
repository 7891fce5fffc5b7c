/**
 * "They left" is not the end of an emergency when the same message says someone was taken, or asks
 * whether it is safe to get out: the danger's lines go on, not "good that you are not in danger"
 * (a hand judge found both, issue 30). In each language through the real engine, with wording
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const NOT_OVER: Array<[Lang, string, string]> = [
  [
    'en',
    'armed guys stopped our van outside fresnillo and are pulling people out',
    'ok they left. but my cousin was taken',
  ],
  [
    'es',
    'unos hombres armados pararon la camioneta y estan bajando a la gente',
    'ya se fueron, se llevaron a mi primo',
  ],
  [
    'es',
    'nos tienen encerradas en un cuarto en una casa de torreon',
    'ya se fueron los señores, podemos salir?',
  ],
  ['ht', 'yo fèmen nou nan yon chanm nan yon kay Torreon', 'mesye yo ale, eske nou ka soti kounye a?'],
];

describe('they left, and yet', () => {
  it.each(NOT_OVER)('the emergency goes on, in %s', async (_lang, danger, left) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(danger)).report.emergency).toBe(true);
    const turn = await a.say(left);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).not.toMatch(/not in danger|no estás en peligro|pa an danje/);
  });
});
