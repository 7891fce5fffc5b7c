/**
 * "What is INM?" asked in the middle of a conversation, as a fresh set (session 54) asked it, with
 * wording written for this test, through the real engine: the reply is a passage that spells
 * the letters out ("INM (Instituto Nacional de Migración)"), in the conversation's language;
 * before, the name was in too many passages for its words alone to pick one ("our sources do
 * not say that"), and "whats NAPHSIS" read as a greeting got the menu.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { opener: string; asked: string; spelled: RegExp }> = {
  es: {
    opener:
      'soy de honduras, tengo residencia temporal desde hace 4 años en saltillo, como saco la permanente?',
    asked: 'y el INM q es?',
    spelled: /INM \(Instituto Nacional de Migración\)/,
  },
  en: {
    opener: 'i have temporary residence for 4 years in saltillo, how do i get permanent residence?',
    asked: 'whats INM',
    spelled: /INM \(National Migration Institute\)/,
  },
  ht: {
    opener: 'm gen rezidans tanpore depi 4 an Saltillo, kijan pou m fe rezidans pemanan?',
    asked: 'INM se kisa?',
    spelled: /INM \(Enstiti Nasyonal Migrasyon/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a name asked about, in %s', (lang) => {
  it('gets what its letters stand for', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].opener);
    const turn = await a.say(CASES[lang].asked);
    expect(turn.lang).toBe(lang);
    expect(texts(turn)).toMatch(CASES[lang].spelled);
  });
});

describe('a name only another topic spells out (en)', () => {
  it('gets that passage', async () => {
    const a = await testAssistant();
    await a.say(
      'my daughter was born in tampa and lives with my parents in durango, she needs her mexican birth certificate',
    );
    const turn = await a.say('whats NAPHSIS');
    expect(texts(turn)).toMatch(/National Association for Public Health Statistics/);
  });
});
