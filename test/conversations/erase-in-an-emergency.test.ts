/**
 * An erase asked for in the middle of an emergency and confirmed by typing yes ("sí", "yes",
 * "wi") erases, through the real engine: in an emergency a yes was read as thanks, so "sí" after
 * "¿Quieres borrar esta conversación…?" got "De nada" and nothing was erased (found by the erase
 * scan of issue 31, session 35). Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { danger: string; erase: string; yes: string }> = {
  es: {
    danger: 'unos tipos me estan golpeando afuera de mi casa en la colonia obrera',
    erase: 'BORRAR',
    yes: 'si',
  },
  en: { danger: 'some guys are beating me outside my house in colonia obrera', erase: 'DELETE', yes: 'yes' },
  ht: { danger: 'gen de nèg k ap bat mwen devan kay mwen nan kolonya obrera', erase: 'EFASE', yes: 'wi' },
};

describe.each(Object.keys(SCRIPTS) as Lang[])(
  'an erase confirmed in words during an emergency, in %s',
  (lang) => {
    it('erases the conversation', async () => {
      const s = SCRIPTS[lang];
      const a = await testAssistant({ channel: 'whatsapp' });
      expect((await a.say(s.danger)).report.emergency).toBe(true);
      await a.say(s.erase);
      const yes = await a.say(s.yes);
      expect(yes.report.erased).toBe(true);
    });
  },
);
