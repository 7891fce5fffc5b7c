/**
 * A conversation opened with words that say little of a language ("alo", "ok", "hello") takes the
 * language of the first message that says one clearly, short as it is ("yo ede ayisyen tou?"),
 * while one opened clearly keeps its language against a short line in another (language-holds);
 * someone else said to speak a language ("he's 80 and only speaks spanish", "mi abuela solo habla
 * inglés") asks for no switch, unless the message asks in so many words ("can you write to her
 * in spanish") (issue 28). Through the real engine, with wording written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const GUESSED: Array<[Lang, string, string]> = [
  ['ht', 'alo', 'yo ede ayisyen tou?'],
  ['es', 'ok', 'ayudan a los hondureños tambien?'],
  ['en', 'hola', 'do you help people from guatemala too?'],
];

const OTHERS: Array<[Lang, string, string]> = [
  [
    'en',
    'my grandpa has a problem with his land in durango, someone took part of it, can you help with legal stuff',
    'hes 80 and only speaks spanish, can he just call u instead',
  ],
  [
    'es',
    'mi abuela tiene un problema con su terreno en durango, alguien se quedo con una parte, me ayudan?',
    'ella vive en texas y solo habla ingles, le pueden hablar?',
  ],
  [
    'ht',
    'manman m gen yon pwoblèm ak tè li nan Durango, yon moun pran yon pati, nou ka jwenn èd legal?',
    'li gen 78 an, li pale panyòl sèlman, nou ka rele l?',
  ],
];

describe('the language of the turn', () => {
  it.each([...GUESSED, ...OTHERS])(
    'is the one the person writes in (%s): a guessed one gives way, someone else’s is no request',
    async (lang, opener, next) => {
      const a = await testAssistant({ channel: 'web' });
      await a.say(opener);
      expect((await a.say(next)).lang).toBe(lang);
    },
  );
});

describe('a request for another language made for someone else', () => {
  it('is a request all the same when it asks in so many words ("can you write to her in spanish")', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('how does my cousin ask for asylum in mexico, she is from honduras');
    const asked = await a.say('her mom only speaks spanish, can you write to her in spanish pls');
    expect(asked.lang).toBe('es');
  });
});
