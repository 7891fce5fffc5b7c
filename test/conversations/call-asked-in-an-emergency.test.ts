/**
 * A call asked for during an emergency ("can someone from your office call my mom tomorrow, she
 * doesn't text") is answered with what to do for one: the number and a good time written here,
 * where staff see the urgent case; not only "a person will write to you here" (a blind judge
 * found the request ignored). Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a call asked for during an emergency', () => {
  it('says how to get one', async () => {
    const a = await testAssistant({ channel: 'web' });
    const danger = await a.say(
      'my grandpa collapsed in the yard and he is not breathing right, we are in gomez palacio',
    );
    expect(danger.report.emergency).toBe(true);
    const turn = await a.say('can someone from your office call my aunt later, she doesnt use whatsapp');
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/write here the number and a good time/);
  });
});
