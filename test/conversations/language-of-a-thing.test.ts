/**
 * A language said of something else is no request: "is the INM website in kreyol?" asks about
 * the website (two fresh writers' people had the conversation switched by it). A request with
 * another clause after it ("pale kreyol svp… m pa gen papye") is still a request: the "pa" of the
 * papers does not make it "I do not speak Kreyòl". A language's name typed alone while waiting for
 * staff switches the conversation (it got the queue's acknowledgement in the old language).
 * Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('a language said of something else', () => {
  it('stays in Spanish when asked whether a page is in English', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('hola soy hondureño, se me vence la tarjeta de visitante humanitario, que hago');
    const turn = await a.say('esa pagina esta en ingles?');
    expect(turn.lang).toBe('es');
  });

  it('stays in Kreyòl when asked whether a site is in Spanish', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('bonjou, kat imanitè INM mwen an ap ekspire, kisa m dwe fè?');
    const turn = await a.say('sit la se an panyol?');
    expect(turn.lang).toBe('ht');
  });
});

describe('a language asked for, with another clause after it', () => {
  it('switches to Kreyòl in an emergency though the papers are negated after it', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('ED! madanm mwen ap senyen anpil, li ansent, nou nan yon albeg')).report.emergency,
    ).toBe(true);
    await a.say('en español por favor, quiero que mi vecina lo lea');
    const turn = await a.say('pale kreyol avem svp!! eske lopital la ap mande lajan? m pa gen papye');
    expect(turn.lang).toBe('ht');
  });
});

describe("a language's name typed while waiting for staff", () => {
  for (const [first, typed, lang] of [
    ['quiero hablar con una persona', 'english', 'en'],
    ['i want to talk to a person', 'español', 'es'],
    ['hola, pasame con alguien por favor', 'KREYOL', 'ht'],
  ] as const) {
    it(`switches to ${lang} on "${typed}"`, async () => {
      const a = await testAssistant({ channel: 'web' });
      expect((await a.say(first)).report.queued).toBe(true);
      const turn = await a.say(typed);
      expect(turn.lang).toBe(lang);
      expect(turn.report.queued).toBe(true);
    });
  }
});

describe('a language and a person asked for in one message', () => {
  for (const [first, asked, lang] of [
    [
      'hi, my dad worked 20 years in texas, can he get a pension?',
      'mejor en español, y pasame con alguien por favor',
      'es',
    ],
    [
      'hola, mi papa trabajo 20 años en texas, le toca pension?',
      'in english please, i want to talk to a person',
      'en',
    ],
    ['bonjou, m gen kat TVRH, eske m ka travay?', 'ekri m an kreyol svp. m vle pale ak yon moun', 'ht'],
  ] as const) {
    it(`switches to ${lang} and queues`, async () => {
      const a = await testAssistant({ channel: 'web' });
      await a.say(first);
      const turn = await a.say(asked);
      expect(turn.lang).toBe(lang);
      expect(turn.report.queued).toBe(true);
    });
  }
});
