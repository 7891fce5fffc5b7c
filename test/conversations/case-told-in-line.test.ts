/**
 * A person who asked for staff first and then, while in line, says what the case is about in a
 * statement ("it's about my pension from the years I worked in Utah"): the topic's answer, still
 * in line, not the place in line again because the model heard a wait in "from when I worked"
 * (session 41). A question about the wait still gets the place in line. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const SCRIPTS: Record<Lang, { person: string; about: string; wait: string }> = {
  es: {
    person: 'quiero hablar con una persona por favor',
    about: 'es sobre la pension del seguro social de cuando trabaje en utah',
    wait: 'cuanto falta pa que me atiendan',
  },
  en: {
    person: 'i want to talk to a real person please',
    about: 'its about my social security pension from when i worked in utah',
    wait: 'how long until someone answers me',
  },
  ht: {
    person: 'mwen vle pale ak yon moun souple',
    about: 'se pou pansyon sekirite sosyal mwen depi lè m te travay nan Utah',
    wait: 'konbyen tan pou m tann ankò',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('what the case is about, told in line, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('gets the topic’s answer and stays in line', async () => {
    const a = await testAssistant();
    await a.say(s.person);
    const turn = await a.say(s.about);
    expect(turn.report.topic).toBe('us_pension');
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/Ju[aá]rez/);
  });

  it('still answers a question about the wait with the place in line', async () => {
    const a = await testAssistant();
    await a.say(s.person);
    const turn = await a.say(s.wait);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/[A-Z]{3}-\d{4}/);
  });
});
