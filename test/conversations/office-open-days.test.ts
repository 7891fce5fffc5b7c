/**
 * Whether the office is open on a given day, asked in words the first phrase list missed ("is your
 * office open saturdays", "¿están abiertos hoy?", "li louvri dimanch?"), gets what the sources say
 * of the hours (nothing: staff can tell), not the topic under discussion (issue 28: a new question
 * in the middle). In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const DAYS: Array<[Lang, string, string, RegExp]> = [
  [
    'es',
    'mi hermana anda muy triste desde que la deportaron, ¿dan apoyo psicológico?',
    '¿y están abiertos hoy en la tarde?',
    /no indican el horario/,
  ],
  [
    'en',
    'my sister is very sad since she got deported, do you give psychological support?',
    'is your office open saturdays?',
    /do not specify the office's opening hours/,
  ],
  [
    'ht',
    'sè m nan tris anpil depi yo depòte l, èske nou bay sipò sikolojik?',
    'biwo a louvri dimanch?',
    /pa di lè biwo a louvri/,
  ],
];

describe('whether the office is open on a day, in other words', () => {
  it.each(DAYS)('gets what the sources say of the hours, in %s', async (_lang, opener, asked, silent) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    const turn = await a.say(asked);
    expect(texts(turn)).toMatch(silent);
    expect(turn.report.topic).toBe('office_info');
  });
});
