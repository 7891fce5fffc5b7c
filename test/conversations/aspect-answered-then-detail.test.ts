/**
 * An aspect already answered, then a detail of the person's own case asked about it ("who can
 * apply?", then "my husband is Mexican, does that help?"): the named answer that shares the
 * detail's words (family ties), not the entry's first sentence about who handles the papers
 * (session 44: a fresh set's people got "the INM handles papers" to that question). In each
 * language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { opener: string; who: string; detail: string; family: RegExp }> = {
  es: {
    opener: 'soy salvadoreña y vivo en gomez palacio sin papeles, como me regularizo',
    who: 'quienes pueden pedir eso?',
    detail: 'y si mi esposo es mexicano, eso me ayuda?',
    family: /familiar/i,
  },
  en: {
    opener: 'im from el salvador, in mexico without papers, how do i get legal status here',
    who: 'who can apply?',
    detail: 'my husband is mexican, does that help?',
    family: /family/i,
  },
  ht: {
    opener: 'm se ayisyen m ap viv Gomez Palacio san papye, kijan pou m regilarize',
    who: 'kiyes ki gen dwa mande l?',
    detail: 'mari m se meksiken, eske sa ka ede m?',
    family: /fanmi/i,
  },
};

describe.each(Object.keys(CASES) as Lang[])(
  'an aspect answered, then a detail of the case, in %s',
  (lang) => {
    it('gets what the sources say of that detail', async () => {
      const c = CASES[lang];
      const a = await testAssistant();
      expect((await a.say(c.opener)).report.topic).toBe('mx_status');
      const who = await a.say(c.who);
      expect(who.report.facet).toBe('eligibility');
      const turn = await a.say(c.detail);
      expect(turn.report.topic).toBe('mx_status');
      expect(texts(turn)).toMatch(c.family);
      expect(texts(turn)).not.toBe(texts(who));
      expect(turn.lang).toBe(lang);
    });
  },
);
