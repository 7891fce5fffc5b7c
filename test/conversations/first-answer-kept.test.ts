/**
 * A topic's first answer that comes with the passage saying what was asked keeps what the
 * Institute does, in each language, through the real engine, with wording written for these
 * tests: "my brother died in Chicago, can you help bring him home?" got "We are very sorry for
 * your loss." and the Chicago office, without the Institute bringing remains home (the answer
 * was cut to its first sentence to stay under 450 characters; a first answer may take 650).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const DIED_ABROAD: Array<[Lang, string, RegExp]> = [
  [
    'es',
    'mi hermano murió en Chicago la semana pasada, somos de Durango, ¿nos ayudan a traerlo?',
    /El Instituto apoya a familias de Durango para traer/,
  ],
  [
    'en',
    'my brother passed away in chicago last week, we are from durango, can you help bring him home',
    /The Institute helps families from Durango bring home the remains/,
  ],
  [
    'ht',
    'papa m mouri Chicago dimanch, tout fanmi an ap viv Ozetazini men li soti Durango, nou ka ede nou voye l lakay?',
    /Enstiti a ede fanmi ki soti Durango mennen kò/,
  ],
];

describe('a topic’s first answer with the passage asked for', () => {
  it.each(DIED_ABROAD)('keeps what the Institute does, in %s', async (_lang, message, institute) => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say(message);
    expect(turn.report.topic).toBe('remains_repatriation');
    expect(texts(turn)).toMatch(institute);
  });
});
