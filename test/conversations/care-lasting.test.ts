/**
 * An illness or a wound on the road told as lasting days, with no sign that life is at stake
 * ("pitit mwen gen dyare depi 2 jou", "now 4 days it is red with pus"), is care: where migrants
 * are seen and the safety line, not the emergency flow; what it costs and where it is are then
 * answered, and a worsening told in other words ("high fever, shaking, can't stand") gets the
 * line to call 911 (issue 30). In each language through the real engine, with wording written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const LASTING: Array<[Lang, string, string, string]> = [
  [
    'es',
    'mi niño de 4 años tiene diarrea y vomito desde hace dos dias, estamos en Acayucan',
    'y cobran?',
    'ahora tiene calentura muy alta y esta temblando, ya no se para',
  ],
  [
    'en',
    'my brother cut his hand on a fence, now 3 days its red and has pus, we are in Tenosique',
    'do they charge?',
    'now he has a high fever and he is shaking, he cant stand up',
  ],
  [
    'ht',
    'pitit fi m nan gen dyare ak vomi depi 3 jou, nou nan Coatzacoalcos',
    'li peye?',
    'kounye a li tranble, li fèb anpil, li pa ka kanpe',
  ],
  // Session 40: "for like 5 days" was no lasting illness, and the model alone made it an emergency.
  [
    'en',
    'hey im at the camp in reynosa by the bridge, bad cough and fever for like 5 days',
    'is it free?',
    'coughing a lil blood now',
  ],
];

describe('an illness on the road told as lasting days', () => {
  it.each(LASTING)(
    'is care, its cost is answered, and worse gets 911, in %s',
    async (_l, told, cost, worse) => {
      const a = await testAssistant({ channel: 'web' });
      const first = await a.say(told);
      expect(first.report.emergency).toBe(false);
      expect(first.report.topic).toBe('transit_safety');
      expect(texts(first)).toContain('911');
      expect(texts(first)).toMatch(/IMSS/);
      const asked = await a.say(cost);
      expect(asked.report.topic).toBe('transit_safety');
      expect(asked.report.facet).toBe('cost');
      const worsened = await a.say(worse);
      expect(texts(worsened)).toMatch(/911/);
    },
  );
});
