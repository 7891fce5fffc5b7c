/**
 * The conversation's language holds against a short mixed line, in each language, through the
 * real engine, with wording written for these tests (a fresh tester's Spanish conversations
 * went on in Kreyòl after "si le dan la visa seguro?", a Kreyòl one in Spanish after a question
 * naming "banco del bienestar"): a line whose function words do not lean to another language
 * moves the conversation only when it is long; a line of that language's own words still does.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const MIXED: Array<[Lang, string, string]> = [
  [
    'es',
    'quiero que mi mamá venga a visitarme a Colorado, ¿hay algún programa?',
    'si le dan la visa seguro?',
  ],
  ['en', 'i want my mom to visit me in colorado, is there a program for that?', 'is it la same day pa both'],
  ['ht', 'bonjou, kijan pou m voye kòb ann Ayiti soti Meksik?', 'eske banco del bienestar peye remes?'],
];

describe('the conversation’s language against a short mixed line', () => {
  it.each(MIXED)('stays in %s', async (lang, opener, mixed) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(opener)).lang).toBe(lang);
    expect((await a.say(mixed)).lang).toBe(lang);
  });

  it('still moves to a language written clearly and long enough in it', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say('quiero que mi mamá venga a visitarme a Colorado, ¿hay algún programa?')).lang).toBe(
      'es',
    );
    const turn = await a.say(
      'sorry my spanish is bad, can you tell me what papers my mom needs for the visa',
    );
    expect(turn.lang).toBe('en');
  });
});
