/**
 * Waiting for staff, the place in line asked in words that name no wait ("¿cuántas personas hay
 * antes que yo?", "how many people are ahead of me?", "konbyen moun ki devan m?", "m toujou nan fil
 * la?") gets the place in line, not a passage of the topic (session 47: a Haitian woman got the
 * cost of the humanitarian card). Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Array<[Lang, string, string, string, RegExp]> = [
  [
    'es',
    'quiero poner un negocio en durango, me ayudan?',
    'pasame con alguien',
    'cuantas personas hay antes q yo',
    /fila/,
  ],
  [
    'en',
    'can the institute help me start a small business back home',
    'connect me with someone',
    'how many people are ahead of me',
    /queue/,
  ],
  [
    'ht',
    'bonjou m vle mande kat imanite a, konbyen li koute',
    'm vle pale ak yon moun',
    'konbyen moun ki devan m?',
    /liy/,
  ],
  [
    'ht',
    'bonjou m vle mande kat imanite a, konbyen li koute',
    'm vle pale ak yon moun',
    'alo? m toujou nan fil la?',
    /liy/,
  ],
];

describe.each(CASES)('the place in line asked, in %s', (lang, opening, person, asked, line) => {
  it(`"${asked}" gets the place in line`, async () => {
    const a = await testAssistant();
    await a.say(opening);
    const queued = await a.say(person);
    expect(queued.report.queued).toBe(true);
    const reply = await a.say(asked);
    expect(texts(reply)).toMatch(line);
    expect(reply.report.facet).toBeNull();
    expect(reply.lang).toBe(lang);
  });
});

describe('thanks and "I will wait", in line', () => {
  it('gets thanks back, not the place in line said again ("mesi, m ap tann")', async () => {
    const a = await testAssistant();
    await a.say('bonjou m vle mande kat imanite a, konbyen li koute');
    await a.say('m vle pale ak yon moun');
    const reply = await a.say('mesi, m ap tann');
    expect(texts(reply)).toMatch(/Pa gen pwoblèm/);
    expect(reply.report.queued).toBe(true);
  });
});
