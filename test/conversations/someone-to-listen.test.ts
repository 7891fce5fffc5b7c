/**
 * Someone to listen to a relative, asked in the middle of another procedure ("hay alguien que la
 * pueda escuchar?" after the return of a father's remains, "is there someone who can listen to
 * him?"), is psychological support: a daughter got the remains form started (session 47). "¿Hay
 * alguien que me escuche?" in line asks whether anyone is there, and stays where it is. (The
 * remains entry's own answer on psychological care may be the one given.) Through the
 * real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Array<[Lang, string, string]> = [
  [
    'es',
    'buenas, mi hermano murio en phoenix y lo queremos traer a gomez palacio',
    'mi papa no deja de llorar, tiene 72 años, hay alguien que lo pueda escuchar?',
  ],
  [
    'en',
    'my brother died in phoenix and we want to bring his body home to durango',
    'my dad cant stop crying, is there someone who can listen to him?',
  ],
];

describe.each(CASES)('someone to listen to a relative, in %s', (lang, opening, asked) => {
  it('gets psychological support', async () => {
    const a = await testAssistant();
    await a.say(opening);
    const reply = await a.say(asked);
    expect(texts(reply)).toMatch(/psicol[oó]g|psycholog/i);
    expect(reply.report.queued).toBe(false);
    expect(reply.lang).toBe(lang);
  });
});

describe('"is anyone listening to me?" in line', () => {
  it('is not a request for psychological support', async () => {
    const a = await testAssistant();
    await a.say('buenas, mi hermano murio en phoenix y lo queremos traer a gomez palacio');
    await a.say('pasame con alguien');
    const reply = await a.say('hay alguien que me escuche?');
    expect(reply.report.topic).not.toBe('psych_support');
  });
});
