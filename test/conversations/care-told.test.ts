/**
 * Sick or hurt on the road, told without asking for a doctor and with how the person holds up
 * ("she can still walk", "li toujou ap bwe dlo") or an acute sign said to be absent ("no
 * bleeding"): where migrants are seen and the safety line, not the emergency flow (issue 30,
 * item 2). The same illness with a sign that life is at stake stays an emergency. In each
 * language through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CARE: Array<[Lang, string]> = [
  ['es', 'mi hijo de 5 años tiene diarrea desde antier pero todavia come, andamos en Veracruz'],
  ['en', 'my leg got cut on the fence 2 days ago, its swollen and red but i can walk. we are in Saltillo'],
  [
    'ht',
    'madanm mwen ansent 6 mwa, li gen doule nan vant depi yè swa, pa gen san, li ka mache. nou Tapachula',
  ],
  // Session 49: asthma with the inhaler run out but breathing fine; a wound with pus, which has lasted by itself.
  [
    'es',
    'mi niña tiene asma y se le acabo el inhalador hace tres dias, tose un poco pero si respira bien, estamos en Matehuala',
  ],
  ['ht', 'm te koupe pye m ak yon fil fè sou wout la, kounya li anfle, li wouj, li gen pi. m nan Mexicali'],
];

const ACUTE: Array<[Lang, string]> = [
  ['es', 'mi hijo de 5 años tiene diarrea desde antier y ahora esta confundido, no sabe donde esta'],
  ['en', 'my leg got cut 2 days ago, its swollen and now I am shaking all over and cant stand'],
  ['ht', 'pitit mwen gen lafyev depi ye, li te ka mache men kounye a je l ap vire'],
  ['en', 'my son has asthma and ran out of his inhaler yesterday, now he has trouble breathing'],
];

describe('an illness on the road told without a sign that life is at stake', () => {
  it.each(CARE)(
    'gets where migrants are seen and the safety line, not the emergency, in %s',
    async (_lang, text) => {
      const a = await testAssistant({ channel: 'web' });
      const turn = await a.say(text);
      expect(turn.report.emergency).toBe(false);
      expect(turn.report.topic).toBe('transit_safety');
      expect(texts(turn)).toContain('911');
      expect(texts(turn)).toMatch(/IMSS/);
    },
  );

  it.each(ACUTE)('stays an emergency when it says otherwise, in %s', async (_lang, text) => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say(text);
    expect(turn.report.emergency).toBe(true);
    expect(texts(turn)).toContain('911');
  });
});
