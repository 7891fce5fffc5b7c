/**
 * What a person tells in the middle of a conversation, in each language, through the real
 * engine, with wording written for these tests (fresh testers found both missed): a city told
 * after a question ("estoy en monterrey", in lower case as phones write it) gets what the sources
 * say about that place, not the topic's general eligibility again; and how the person feels
 * ("no he dormido nada", "tbh im not doing ok mentally") gets psychological support, not "sorry
 * that did not help" or "you are welcome".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  asylum: string;
  city: string;
  job: string;
  feeling: string;
  support: RegExp;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    asylum: 'quiero pedir refugio en México, ¿cómo le hago?',
    city: 'estoy en monterrey',
    job: 'regresé de Texas y quiero trabajo en Durango, ¿me ayudan?',
    feeling: 'la neta no he dormido nada, me siento muy mal',
    support: /psicol[oó]gic/i,
  },
  en: {
    asylum: 'i want to ask for asylum in mexico, how do i do it?',
    city: 'im in monterrey',
    job: 'i came back from texas and need a job in durango, can you help?',
    feeling: 'tbh im not doing ok mentally',
    support: /psychological/i,
  },
  ht: {
    asylum: 'm vle mande refij nan Meksik, kijan pou m fè?',
    city: 'm nan monterrey',
    job: 'm tounen soti Texas e m bezwen travay Durango, nou ka ede m?',
    feeling: 'sensèman m pa byen, m pa ka dòmi ditou',
    support: /sikolojik/i,
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('told in passing, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers a city told after a question with what the sources say about that place', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(s.asylum)).report.topic).toBe('asylum');
    const turn = await a.say(s.city);
    expect(turn.report.topic).toBe('asylum');
    expect(texts(turn)).toContain('Nuevo León');
  });

  it('answers how the person feels with psychological support', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect((await a.say(s.job)).report.topic).toBe('reintegration');
    const turn = await a.say(s.feeling);
    expect(turn.report.topic).toBe('psych_support');
    expect(texts(turn)).toMatch(s.support);
  });
});
