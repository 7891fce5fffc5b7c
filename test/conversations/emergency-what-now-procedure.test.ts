/**
 * In an emergency, "what do I do?" asked as a procedure ("¿me ayudan con un abogado?", "where can we
 * sleep tonight?") gets that procedure's answer after the danger's lines, while "what do I do?"
 * about the danger itself (call, the police, go there myself) stays the emergency's (issue 30).
 * Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const DANGER: Record<Lang, string> = {
  es: 'un señor nos tiene encerradas en una bodega en gomez palacio, no nos deja salir',
  en: 'a man is keeping us locked in a warehouse in gomez palacio and wont let us out',
  ht: 'yon mesye fèmen nou nan yon depo nan Gomez Palacio, li pa kite nou soti',
};

const PROCEDURE: Array<[Lang, string]> = [
  ['es', 'y que hago, me pueden ayudar con un abogado?'],
  ['en', 'what do i do now, can you help me get a lawyer?'],
];

const DANGER_MOVE: Array<[Lang, string]> = [
  ['es', 'que hago, voy yo misma por mi hermana?'],
  ['en', 'what do i do, should i go get her myself?'],
  ['ht', 'kisa pou m fè, m ta dwe al chèche l mwen menm?'],
];

describe('what to do, asked in an emergency', () => {
  it.each(PROCEDURE)('as a procedure, gets its answer and the 911 line, in %s', async (lang, asked) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(DANGER[lang])).report.emergency).toBe(true);
    const answered = await a.say(asked);
    // The legal help the sources name (the CEAV for victims, or the office's legal advice), not "what now?".
    expect(texts(answered)).toMatch(/CEAV|legal advice|asesoría legal/);
    expect(texts(answered)).toMatch(/911/);
    expect(answered.report.queued).toBe(true);
  });

  it.each(DANGER_MOVE)('about the danger itself, stays with the danger, in %s', async (lang, asked) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(DANGER[lang])).report.emergency).toBe(true);
    const answered = await a.say(asked);
    expect(answered.report.topic).toBe('emergency');
    expect(texts(answered)).toMatch(/911/);
  });
});
