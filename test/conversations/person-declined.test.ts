/**
 * Declining the offer of a person in words that name one ("non mèsi, m pa bezwen pale ak moun",
 * "no thanks, I don't need to talk to anyone") puts no one in line: a fresh writer's person was
 * queued for it. Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('the offer of a person, declined in words that name one', () => {
  for (const [first, declined, lang] of [
    [
      'hola, mi hermano esta detenido en texas, me pueden dar asesoria legal?',
      'no gracias, no necesito hablar con nadie',
      'es',
    ],
    ['hi, does the INM give work permits to hondurans?', "no thanks, i don't need to talk to anyone", 'en'],
    ['bonjou, eske INM bay kat pou travay?', 'non mèsi, m pa bezwen pale ak moun', 'ht'],
    ['bonjou, eske INM bay kat pou travay?', 'non, m pa vle pale ak moun', 'ht'],
  ] as const) {
    it(`queues no one, in ${lang}: "${declined}"`, async () => {
      const a = await testAssistant({ channel: 'web' });
      expect((await a.say(first)).report.handoff).toBe(true);
      const turn = await a.say(declined);
      expect(turn.report.queued).toBe(false);
      expect(turn.lang).toBe(lang);
    });
  }
});
