/**
 * Two aspects asked in one follow-up, each with its own question word ("¿cuánto cuesta y qué
 * papeles ocupo?"), get both answers, not only the first (issue 28: the usual aspects asked in the
 * person's words). In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const BOTH: Array<[Lang, string, string, RegExp, RegExp]> = [
  [
    'es',
    'hola quiero sacar la doble nacionalidad de mi hijo',
    'cuanto cuesta y que papeles ocupo?',
    /gratuita|cobren/,
    /qué papeles pide el Registro Civil/,
  ],
  [
    'en',
    'my son was born in the US, how do I register him as mexican',
    'how much does it cost and what papers do i need?',
    /free of charge|charge you/,
    /which papers the Registro Civil/,
  ],
  [
    'ht',
    'pitit mwen fèt ozetazini, m vle fè doub nasyonalite pou li',
    'konbyen li koute e ki papye m bezwen?',
    /gratis|peye/,
    /ki papye Rejis Sivil la/,
  ],
];

describe('two aspects asked together', () => {
  it.each(BOTH)('get both answers, in %s', async (_lang, opener, asked, cost, papers) => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(opener);
    const turn = await a.say(asked);
    expect(texts(turn)).toMatch(cost);
    expect(texts(turn)).toMatch(papers);
    expect(turn.report.topic).toBe('dual_nationality');
  });
});
