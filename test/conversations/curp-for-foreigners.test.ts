/**
 * A foreigner's CURP, asked in each language, through the real engine, with wording written for
 * this test: the INM gives and corrects it (and the temporary one), not the social security number
 * or a state document. A judge's Ghanaian man (session 51) got the NSS, then the US pension.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const ASKED: Array<[Lang, string]> = [
  ['es', 'soy de honduras y trabajo en una maquila, el patron me pide curp pa pagarme, la puedo sacar?'],
  ['en', 'im from ghana, the boss at the car wash says he needs my curp to pay me. can i get one?'],
  ['ht', 'mwen se ayisyen, patwon m di li bezwen curp mwen pou l peye m. eske m ka jwenn youn?'],
];

describe.each(ASKED)('a foreigner’s CURP, in %s', (lang, asked) => {
  it('is the INM’s to give', async () => {
    const a = await testAssistant();
    const reply = await a.say(asked);
    expect(reply.lang).toBe(lang);
    expect(reply.report.topic).toBe('mx_status');
    expect(texts(reply)).toMatch(/INM/);
    expect(texts(reply)).toMatch(/CURP/);
    expect(texts(reply)).not.toMatch(/NSS/);
  });
});
