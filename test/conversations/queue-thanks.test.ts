/**
 * Thanks while in line get a word back that says the person is still in line (one that fits a
 * yes too: "con gusto", "of course"), and the reply after it is not the same text again (issue 28: replies that fit, never the same block twice).
 * In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const THANKS: Array<[Lang, string, string, string, RegExp]> = [
  [
    'es',
    'quiero hablar con una persona de la oficina',
    'ok muchas gracias',
    'gracias de verdad',
    /Con gusto/,
  ],
  [
    'en',
    'i want to talk to a person from the office',
    'ok thank you so much',
    'thanks again',
    /You are welcome/,
  ],
  ['ht', 'mwen vle pale ak yon moun nan biwo a', 'oke mesi anpil', 'mesi ankò', /Pa gen pwoblèm/],
];

describe('thanks while waiting for staff', () => {
  it.each(THANKS)('get a word back, then no repeat, in %s', async (_lang, ask, thanks, again, welcome) => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(ask)).report.queued).toBe(true);
    const first = texts(await a.say(thanks));
    expect(first).toMatch(welcome);
    a.clock.time += 120_000;
    const second = texts(await a.say(again));
    expect(second).not.toBe(first);
  });
});
