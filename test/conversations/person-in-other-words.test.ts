/**
 * A person asked for in words of the third person or of the office's team ("que le hablen a
 * ella", "can i speak with your team", "pale ak ekip la") queues the conversation with a folio
 * (issue 28: asking for a person in any words). In each language through the real engine, with
 * wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ASKED: Array<[Lang, string, string]> = [
  [
    'es',
    'mi papá trabajó 25 años en Illinois, ¿cómo cobra su pensión desde Durango?',
    'mejor que le hablen a él directamente, se llama Jacinto',
  ],
  [
    'en',
    'my grandma wants to visit my mom in Dallas, they havent seen each other in 12 years',
    'can i speak with your team about it',
  ],
  [
    'ht',
    'mwen gen kat imanitè a, li ekspire semèn pase, kisa pou m fè?',
    'm ta renmen pale ak ekip la sou sa',
  ],
  // Session 40: an appointment, a call instead, someone to talk to them (got the office's address,
  // a topic's text or "our sources do not say that").
  [
    'es',
    'hola mi hijo nacio en denver y ocupa pasaporte americano',
    'bueno, me pueden dar cita pa ir a la oficina?',
  ],
  ['es', 'mi esposo quiere poner una tiendita, hay apoyo?', 'me pueden marcar mejor?'],
  ['es', 'a que hora abren la oficina', 'si quiero que me hable alguien'],
  // Session 42: "pass me to someone", "ask a person", "someone who can explain it to me" (got a
  // topic's text and the offer of a person again).
  [
    'es',
    'mi abuelo trabajó en texas 15 años, le toca pensión?',
    'me puedes pasar con alguien que me lo explique',
  ],
  [
    'en',
    'my son was born in reno and we live in durango now, how do we register him here?',
    'i just want to ask a person about it',
  ],
  ['ht', 'kijan pou m renouvle kat imanitè m nan?', 'm bezwen yon moun ki ka eksplike m sa'],
];

describe('a person asked for in other words', () => {
  it.each(ASKED)('queues the conversation, in %s', async (_lang, opener, ask) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    const turn = await a.say(ask);
    expect(turn.report.queued).toBe(true);
  });
});

// Session 40: a person asked for with a question about the office's languages got only the place
// in line; what the sources say of the staff's languages comes first.
describe('someone who speaks a language, asked for', () => {
  it.each([
    ['en', 'is there someone at the office who speaks creole?', /do not say any staff speak Kreyòl/],
    ['ht', 'eske gen yon moun nan biwo a ki pale kreyol?', /pa di gen anplwaye ki pale kreyòl/],
    ['es', 'hay alguien que hable ingles? mi hijo no habla español', /inglés básico/],
  ] as const)('in %s, gets what the sources say, then the queue', async (_lang, asked, says) => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(says);
  });
});
