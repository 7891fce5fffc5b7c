/**
 * Being chased now ("some guys are chasing me with machetes", "me vienen persiguiendo") is an
 * emergency as a first message, in each language (issue 30: an English one was read as out of
 * scope, "this office does not do that"). Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CHASED: Array<[Lang, string]> = [
  ['en', 'three guys are chasing me with machetes near the train tracks in celaya'],
  ['en', 'some dudes are running after my brother with bats, we are in nuevo laredo'],
  ['es', 'unos tipos me vienen persiguiendo con machetes por las vias del tren en celaya'],
  ['ht', 'gen twa nèg k ap kouri dèyè m ak manchèt bò ray tren an nan Celaya'],
];

describe('chased now', () => {
  it.each(CHASED)('is an emergency, in %s: %s', async (_lang, told) => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toContain('911');
    expect(texts(turn)).not.toMatch(/does not do that|no hace eso|pa fè sa/);
  });
});
