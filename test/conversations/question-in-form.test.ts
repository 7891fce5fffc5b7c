/**
 * A question asked while the form asks something, without a question mark ("y cuanto se tarda en
 * llegar el cuerpo", "and does the institute pay for the transfer"), is answered and the
 * form's question asked again: it is no answer to that question (before, it became the person's
 * name). In each language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ASKED: Array<[Lang, string, string, string, string]> = [
  [
    'es',
    'mi papa fallecio en dallas y queremos traerlo a durango',
    'si',
    'y cuanto se tarda en llegar el cuerpo',
    'time',
  ],
  [
    'en',
    'my dad passed away in dallas and we want to bring him home to durango',
    'yes',
    'and does the institute pay for the transfer',
    'cost',
  ],
  [
    'ht',
    'papa m mouri nan Dallas, nou vle mennen kò l Durango',
    'wi',
    'e konbyen tan li pran pou kò a rive',
    'time',
  ],
];

describe('a question without a question mark while the form asks', () => {
  it.each(ASKED)(
    'is answered, and the question asked again, in %s',
    async (_lang, opener, yes, asked, facet) => {
      const a = await testAssistant({ channel: 'web' });
      await a.say(opener);
      const first = await a.say(yes);
      const turn = await a.say(asked);
      expect(turn.report.facet).toBe(facet);
      // The form's first question again, not the second: the question was not taken as the name.
      expect(texts(turn)).toMatch(/1\/6/);
      expect(texts(first)).toMatch(/1\/6/);
    },
  );
});
