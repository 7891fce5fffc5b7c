/**
 * In an emergency, "ok he called 911, they are looking" says help is on its way: it gets that
 * acknowledged, with 911 again if it takes long, not the "no credit? write here" block (a hand
 * judge found it ignored); "m pè rele lapolis" (afraid to call) is no call made (issue 30).
 * In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CALLED: Array<[Lang, string, string, RegExp]> = [
  [
    'es',
    'mi papá se perdió en el desierto cerca de sasabe, no tiene agua',
    'ya marcamos al 911, lo andan buscando',
    /pidieron ayuda/,
  ],
  [
    'en',
    'my brother is lost in the desert near sasabe with no water',
    'ok he called 911, they are out looking for him',
    /help has been called/,
  ],
  ['ht', 'frè m pèdi nan dezè a bò Sasabe, li pa gen dlo', 'nou te rele 911, y ap chèche l', /rele pou èd/],
];

describe('help called in an emergency', () => {
  it.each(CALLED)('is acknowledged, in %s', async (_lang, danger, called, line) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(danger)).report.emergency).toBe(true);
    const turn = await a.say(called);
    expect(texts(turn)).toMatch(line);
    expect(texts(turn)).toContain('911');
    expect(turn.report.queued).toBe(true);
  });

  it('is not read in "afraid to call the police"', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('mari m ap bat mwen kounye a nan kay la');
    const turn = await a.say('m pè rele lapolis, m pa gen papye');
    expect(texts(turn)).not.toMatch(/rele pou èd/);
  });
});
