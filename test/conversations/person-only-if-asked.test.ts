/**
 * A person is asked for in words: "¿dónde me quejo?" after an answer asks where to complain, and
 * the topic model alone read it as asking for a person, so the conversation was queued and the
 * question left unanswered (a fresh tester, twice). Through the real engine, with wording
 * written for these tests; in English and Kreyòl the same question must not queue either.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const TRIP: Record<Lang, string> = {
  es: 'voy a ir a Durango en diciembre en mi camioneta desde Dallas, ¿qué puedo llevar?',
  en: 'im driving to durango from dallas in december, what can i bring?',
  ht: 'm pral Durango an desanm nan machin mwen soti Dallas, kisa m ka pote?',
};

const WHERE_TO_COMPLAIN: Array<[Lang, string]> = [
  ['es', 'el año pasado un agente me quitó 100 dolares, donde me quejo'],
  ['es', 'y si un agente me quiere sacar lana donde me quejo'],
  ['en', 'last time an agent took 100 dollars from me, where do i complain'],
  ['ht', 'dènye fwa yon ajan pran 100 dola nan men m, ki kote m ka plenyen'],
];

describe('a person asked for only in words', () => {
  it.each(WHERE_TO_COMPLAIN)(
    'answers where to complain in %s without queueing: "%s"',
    async (lang, asked) => {
      const a = await testAssistant({ channel: 'web' });
      expect((await a.say(TRIP[lang])).report.topic).toBe('paisano');
      const turn = await a.say(asked);
      expect(turn.report.queued).toBe(false);
      expect(['paisano', 'legal_advice']).toContain(turn.report.topic);
    },
  );
});
