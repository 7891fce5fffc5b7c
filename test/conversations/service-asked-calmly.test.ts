/**
 * A service asked for calmly as a first message ("m ap chèche yon albèg pou fanm ak timoun",
 * session 46: the learned model alone called it an emergency) is no emergency; the same request
 * with a threat beside it still is. In each language, through the real engine, with wording
 * written for this test; and the test that says so for the learned model alone.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { createNotNowTest } from '../../src/understanding/detect-emergency.ts';
import { sharedKnowledge, testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { calm: string; threatened: string }> = {
  es: {
    calm: 'ando buscando un albergue para mujeres con niños aqui en piedras negras',
    threatened: 'ando buscando un albergue, un señor me viene siguiendo desde la central',
  },
  en: {
    calm: 'looking for a shelter for women with kids here in matamoros',
    threatened: 'looking for a shelter right now, a man with a knife is following me',
  },
  ht: {
    calm: 'm ap chèche yon albèg pou manman ak timoun isit nan Piedras Negras',
    threatened: 'm ap chèche yon albèg, gen yon nonm k ap swiv mwen ak yon kouto',
  },
};

describe.each(Object.keys(CASES) as Lang[])('a service asked for, in %s', (lang) => {
  it('is no emergency when asked calmly', async () => {
    const a = await testAssistant();
    const reply = await a.say(CASES[lang].calm);
    expect(reply.report.emergency).toBe(false);
    expect(reply.lang).toBe(lang);
  });

  it('is a calm request for the learned model alone, a threat beside it is not', async () => {
    const notNow = createNotNowTest((await sharedKnowledge()).knowledge.emergencySignals);
    expect(notNow(CASES[lang].calm, true)).toBe('request');
    expect(notNow(CASES[lang].threatened, true)).not.toBe('request');
  });

  it('is one with a threat beside it', async () => {
    const a = await testAssistant();
    expect((await a.say(CASES[lang].threatened)).report.emergency).toBe(true);
  });
});
