/**
 * A question about the procedure under discussion that the topic model alone reads as a danger
 * ("do I have to go to Juárez by myself? it's far") gets its answer, not the emergency flow: a
 * tester's pension conversation was marked urgent and asked "where is it happening?". Wording
 * written for these tests; in Spanish the model scores both as dangers (0.97 and above).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { pension: string; questions: string[]; consulate: RegExp }> = {
  es: {
    pension: 'trabajé 15 años en california con mi seguro social, ¿cómo saco mi pensión?',
    questions: [
      'y a juarez tengo que ir yo solo? queda muy retirado, no hay nada mas cerca de aqui',
      'tengo que ir hasta juarez yo solito? esta bien lejos y no hay nada mas cerquita',
    ],
    consulate: /Juárez|personal/,
  },
  en: {
    pension: 'i worked 15 years in california with my social security, how do i get my pension?',
    questions: ['and i have to go to juarez all alone? its far away, isnt there something closer to me'],
    consulate: /Juárez|staff/,
  },
  ht: {
    pension: 'mwen travay 15 an Kalifòni ak sekirite sosyal mwen, kijan pou m jwenn pansyon m?',
    questions: ['èske fòk mwen al Juarez pou kont mwen? li lwen anpil, pa gen anyen ki pi pre la'],
    consulate: /Juárez|ekip|anplwaye/,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])(
  'a question read as a danger by the model alone, in %s',
  (lang) => {
    it.each(SCRIPTS[lang].questions)('answers "%s" without the emergency flow', async (question) => {
      const a = await testAssistant();
      await a.say(SCRIPTS[lang].pension);
      const reply = await a.say(question);
      expect(reply.report.emergency).toBe(false);
      expect(texts(reply)).toMatch(SCRIPTS[lang].consulate);
      expect(texts(reply)).not.toMatch(/¿Dónde está pasando|Where is this happening|Ki kote sa ap pase/);
    });
  },
);
