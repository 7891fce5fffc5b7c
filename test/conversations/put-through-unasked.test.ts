/**
 * Asked to be put through to someone, with the reason after it and no question ("ok yes connect
 * me with someone today, she only has days"), queues the case: the days are why, not a question
 * of time (session 48: a judge's daughter got "our sources do not say how long it takes"). "Hook
 * me up with somebody" is one such verb. Asked again once in line, the person gets where they
 * stand, not "you're welcome". Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { opening: string; putThrough: string }> = {
  es: {
    opening:
      'mi papa esta muy grave en torreon y yo estoy en chicago sin papeles, como le hago para ir a verlo',
    putThrough: 'si comuniqueme con alguien hoy mismo, los doctores dicen que le quedan dias',
  },
  en: {
    opening:
      'my grandma is dying in gomez palacio and im undocumented in denver, can i go see her and come back',
    putThrough: 'ok yes connect me with someone today, the nurse says she only has days',
  },
  ht: {
    opening: 'papa m malad grav nan Meksik, m Ozetazini san papye, kijan m ka al wè l',
    putThrough: 'wi konekte m ak yon moun jodi a, doktè a di li rete kèk jou sèlman',
  },
};

describe.each(Object.keys(CASES) as Lang[])('put through with the reason after it, in %s', (lang) => {
  it('queues the case', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].opening);
    const reply = await a.say(CASES[lang].putThrough);
    expect(reply.report.queued).toBe(true);
    expect(reply.lang).toBe(lang);
  });
});

describe('hooked up with somebody', () => {
  it('queues the case, and asked again in line gets where they stand', async () => {
    const a = await testAssistant();
    await a.say('my son was born in el paso, how does he get mexican nationality');
    const queued = await a.say('yeah hook me up w somebody, whats the wait like');
    expect(queued.report.queued).toBe(true);
    const again = await a.say('yes pls connect me with someone');
    expect(texts(again)).toMatch(/queue/);
    expect(texts(again)).not.toMatch(/welcome/i);
  });
});
