/**
 * A language chosen from outside the conversation's buttons (the web chat's header sends a
 * `lang:` choice at any moment): while talking it switches the conversation, and the
 * transcript keeps each line's language; in the middle of a family's form it is no answer
 * (the question is not skipped, nothing is recorded for it).
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a language chosen from the header', () => {
  it('switches the conversation, and each transcript line keeps its language', async () => {
    const a = await testAssistant();
    await a.say('quiero apostillar el acta de nacimiento de mi hijo');
    const switched = await a.choose('lang:ht');
    expect(switched.lang).toBe('ht');
    expect(texts(switched)).toContain('Kreyòl');
    const lines = await a.store.getTranscript('test:c1');
    expect(lines.map((l) => [l.from, l.lang])).toEqual([
      ['person', 'es'],
      ...lines.slice(1, -2).map(() => ['bot', 'es']),
      ['person', 'ht'],
      ['bot', 'ht'],
    ]);
    // The tap is written as the language's name, not as an internal value.
    expect(lines.at(-2)?.text).toBe('Kreyòl');
  });

  it('in a family form is no answer: the question stays, the next answer fills it', async () => {
    const a = await testAssistant();
    await a.say('mi hermano murió en Houston y queremos traerlo a Durango');
    await a.say('sí');
    expect(texts(await a.say('Pedro Ramírez López'))).toContain('(2/6)');
    expect(texts(await a.choose('lang:ht'))).not.toContain('(3/6)');
    expect(texts(await a.say('Houston, Texas'))).toContain('(3/6)');
  });
});
