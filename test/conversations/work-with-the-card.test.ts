/**
 * "¿Y con esa tarjeta puedo trabajar?" after the papers to stay in Mexico were answered: who the
 * humanitarian card is for, and that it lets its holder work, in es/en/ht (session 48: a judge's
 * mother was told the sources do not say; they do). And "ok kite sa", "forget that": the person
 * drops the subject, and the message's own topic follows (a judge's man kept getting remittances).
 * "Oui merci" to the offer of a person is a yes in Kreyòl (session 48). Through the real engine,
 * wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('working with the humanitarian card, asked after its answer', () => {
  it.each([
    [
      'es',
      'soy de nicaragua y quiero arreglar papeles para quedarme en mexico',
      'y con esa tarjeta ya puedo trabajar?',
      /puedes trabajar/,
    ],
    [
      'en',
      'im from guatemala, what papers do i need to stay in mexico legally',
      'and with that card am i allowed to work?',
      /you can work|lets you work/,
    ],
    [
      'ht',
      'm se ayisyen, kisa m bezwen pou m gen papye pou m rete Meksik?',
      'epi avèk kat sa a m ka travay?',
      /ou ka travay/,
    ],
  ] as const)('says it lets its holder work, in %s', async (lang, opening, asked, works) => {
    const a = await testAssistant();
    await a.say(opening);
    const reply = await a.say(asked);
    expect(reply.report.topic).toBe('mx_status');
    expect(texts(reply)).toMatch(works);
    expect(reply.lang).toBe(lang);
  });
});

describe('a subject dropped', () => {
  it('lets the new message’s topic follow', async () => {
    const a = await testAssistant();
    await a.say('i want to send money to my sister in honduras, whats the cheapest way?');
    const reply = await a.say(
      'forget that. i already have my humanitarian card and my new boss is asking for my CURP, how do i get it?',
    );
    expect(reply.report.topic).toBe('mx_status');
  });
});

describe('"oui merci" to the offer of a person, in Kreyòl', () => {
  it('is a yes: the case is queued', async () => {
    const a = await testAssistant();
    const first = await a.say('bonjou, m vle mande azil isit nan Meksik, kisa pou m fè?');
    expect(texts(first)).toMatch(/ekip biwo a/);
    const reply = await a.say('oui merci');
    expect(reply.report.queued).toBe(true);
    expect(reply.lang).toBe('ht');
  });
});
