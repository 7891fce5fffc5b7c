/**
 * A question about the hospital during a medical emergency, as a fresh set (session 54) asked
 * it, with wording written for this test, through the real engine: what care costs is no money
 * asked under a threat (it got "call 911 before depositing anything"), and a question that names
 * the hospital says no place to keep for staff (it got "Place noted: «will the hospital…»").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { afterEmergency, texts } from '../support/assistant.ts';

const DANGER: Record<Lang, string> = {
  es: 'mi papa se desmayo y no reacciona, apenas respira, estamos en la central de Torreon',
  en: 'my uncle collapsed and is barely breathing, we are at the bus station in Torreon',
  ht: 'tonton m tonbe, li pa reponn, li respire dousman, nou nan estasyon bis Torreon',
};
const COST: Record<Lang, string> = {
  es: 'el hospital nos va a cobrar? el no tiene seguro',
  en: 'will the hospital charge us? he has no insurance',
  ht: 'eske lopital la ap fè nou peye? li pa gen asirans',
};
const PAPERS: Record<Lang, string> = {
  es: 'lo van a atender en el hospital sin papeles? es guatemalteco',
  en: "will the hospital treat him without papers? he's guatemalan",
  ht: 'eske lopital la ap okipe l san papye? li se gwatemaltek',
};

describe.each(Object.keys(DANGER) as Lang[])('the hospital asked about in a danger, in %s', (lang) => {
  it('is no money demanded', async () => {
    const turn = await afterEmergency(DANGER[lang], COST[lang]);
    expect(turn.meaning?.act).not.toBe('pay');
    expect(texts(turn)).not.toMatch(/deposit|depoze/i);
  });

  it('says no place', async () => {
    const turn = await afterEmergency(DANGER[lang], PAPERS[lang]);
    expect(turn.meaning?.slots?.place).toBeUndefined();
  });
});

describe('money demanded to take someone to the hospital (en)', () => {
  it('is still money demanded under a threat', async () => {
    const turn = await afterEmergency(
      'the men who have my sister in a house in Reynosa say she is sick and they want money',
      "they say if we pay 2,000 more they'll take her to the hospital, should we pay?",
    );
    expect(texts(turn)).toMatch(/deposit/i);
  });
});
