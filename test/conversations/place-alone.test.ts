/**
 * A place written alone after an answer ("Leon", "Tepehuanes"), as a fresh set and a judge
 * (session 55) wrote it, with wording written for this test, through the real engine: it tells
 * where the person is or is from, an answer to the conversation, never thanks ("you're welcome");
 * the reply stays on the procedure under discussion.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; topic: string; places: string[]; thanks: RegExp }> = {
  es: {
    first: 'mi papa trabajo 15 años en Oregon con seguro social, ya regreso, puede cobrar su pension?',
    topic: 'us_pension',
    places: ['Tepehuanes', 'Vicente Guerrero', 'de Celaya'],
    thanks: /^De nada/,
  },
  en: {
    first:
      'my grandpa worked 15 years in Oregon with social security and came back to Mexico, can he get his pension?',
    topic: 'us_pension',
    places: ['Tepehuanes', 'nuevo ideal', 'from Zacatecas'],
    thanks: /^You are welcome/,
  },
  ht: {
    first: 'bonjou, m vle mande refij nan Meksik, ki kote m dwe ale?',
    topic: 'asylum',
    places: ['Leon', 'Celaya', 'm nan Irapuato'],
    thanks: /^Pa gen pwoblèm/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('a place written alone, in %s', (lang) => {
  const c = CASES[lang];
  it.each(c.places)('"%s" tells where, and the reply stays on the procedure', async (place) => {
    const a = await testAssistant();
    expect((await a.say(c.first)).report.topic).toBe(c.topic);
    const turn = await a.say(place);
    expect(['context', 'followUp']).toContain(turn.meaning?.act);
    expect(turn.report.topic).toBe(c.topic);
    expect(texts(turn)).not.toMatch(c.thanks);
  });
});
