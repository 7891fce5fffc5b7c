/**
 * A foreigner asking about status in Mexico who then asks "can they deport me?" asks about that
 * status, not the help Mexicans get after a deportation (session 46: a Haitian in Monterrey whose
 * card had expired got the deportees' answer three times). In each language, through the real
 * engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; deport: string }> = {
  es: {
    first: 'soy de honduras, mi tarjeta de residente temporal se vencio hace un mes, que tengo que hacer',
    deport: 'y me pueden deportar?',
  },
  en: {
    first: 'im from venezuela and my temporary resident card in mexico expired last month, what do i do',
    deport: 'will they deport me?',
  },
  ht: {
    first: 'kat rezidan tanporè m nan Meksik ekspire depi yon mwa, kisa pou m fè',
    deport: 'eske yo ka depòte m',
  },
};

describe.each(Object.keys(CASES) as Lang[])('deportation asked by a foreigner in Mexico, in %s', (lang) => {
  it('stays on their status in Mexico', async () => {
    const a = await testAssistant();
    expect((await a.say(CASES[lang].first)).report.topic).toBe('mx_status');
    const reply = await a.say(CASES[lang].deport);
    expect(reply.report.topic).toBe('mx_status');
    expect(reply.lang).toBe(lang);
  });
});
