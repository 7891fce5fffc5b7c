/**
 * Words a blind judge's people used in session 42 (reworded for this test): "how long until you
 * answer me" while queued is the wait (the place in line), not how long the procedure takes;
 * "which consulate do we go to" asks where; "someone who can help me in person" asks for a person.
 * In each language through the real engine.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const WAIT: Record<Lang, { opener: string; person: string; wait: string; line: RegExp }> = {
  es: {
    opener: 'mi suegro trabajo 20 años en texas, como cobra la pension del seguro social',
    person: 'quiero hablar con alguien de la oficina',
    wait: 'y mas o menos cuanto tardan en responderme',
    line: /fila/,
  },
  en: {
    opener: 'my father in law worked 20 years in texas, how does he claim social security',
    person: 'i want to talk to someone from the office',
    wait: 'ok how long until someone answers',
    line: /queue|line/,
  },
  ht: {
    opener: 'bòpè m te travay 20 an nan Texas, kijan li ka touche pansyon sekirite sosyal la',
    person: 'm vle pale ak yon moun nan biwo a',
    wait: 'konbyen tan pou yo reponn mwen',
    line: /liy/,
  },
};

describe.each(Object.keys(WAIT) as Lang[])('the wait and the place, in %s', (lang) => {
  const w = WAIT[lang];

  it('answers "how long until you answer me" with the place in line, not the procedure’s time', async () => {
    const a = await testAssistant();
    await a.say(w.opener);
    expect((await a.say(w.person)).report.queued).toBe(true);
    const wait = await a.say(w.wait);
    expect(texts(wait)).toMatch(w.line);
    expect(wait.report.facet).not.toBe('time');
  });
});

describe('where and a person, in the words people use', () => {
  it('reads "y a que consulado hay q ir" as where', async () => {
    const a = await testAssistant();
    await a.say('mi papa trabajo 12 años en oregon, le toca pension?');
    const where = await a.say('y a q consulado hay q ir');
    expect(where.report).toMatchObject({ topic: 'us_pension', facet: 'where' });
  });

  it('queues "alguien q me pueda ayudar en persona"', async () => {
    const a = await testAssistant();
    await a.say('soy de guatemala ando en saltillo, como saco papeles para quedarme');
    const person = await a.say('hay alguien q me pueda ayudar en persona?');
    expect(person.report.queued).toBe(true);
  });
});
