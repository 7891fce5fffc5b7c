/**
 * Two readings found by fresh writers in session 41, with wording written for this test: "last
 * thing he texted me he was at…" during a kidnapping is where he was last heard of, not news that
 * he is safe ("he texted me" alone calms); and "what if the pain gets real bad" about an illness
 * on the road asks what to do if it gets worse (the 911 line), as "really bad" did.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('the last news of someone taken', () => {
  it('keeps the emergency and notes the place', async () => {
    const a = await testAssistant();
    await a.say(
      'some men called from my sons phone saying they got him in piedras negras and want 4000 by tomorrow',
    );
    await a.say('im in dallas');
    const turn = await a.say('last thing he texted me he was at a gas station in piedras negras');
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toMatch(/gas station/);
  });

  it('still calms when the person is heard from and safe', async () => {
    const a = await testAssistant();
    await a.say(
      'some men called from my sons phone saying they got him in piedras negras and want 4000 by tomorrow',
    );
    const turn = await a.say('he texted me, hes fine, it was a scam');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('an illness on the road that may get worse', () => {
  it('gets the 911 line for "real bad"', async () => {
    const a = await testAssistant();
    await a.say(
      'my dad is in reynosa and his sugar pills ran out, he feels ok just tired. where can he see a doctor?',
    );
    const turn = await a.say('and what if he gets real bad');
    expect(texts(turn)).toMatch(/911/);
  });
});
