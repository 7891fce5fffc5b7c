/**
 * In line, "nobody has answered me" is the wait, said as a complaint (session 48: a hand judge's
 * people got a topic's text, the office's address, or "sorry that did not help"): the place in
 * line and the time waited. So is "¿cuánto me van a hacer esperar?", which is no question of
 * cost. Through the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const CASES: Record<Lang, { opening: string; person: string; complaint: string; line: RegExp }> = {
  es: {
    opening: 'quiero sacar la doble nacionalidad de mi hija que nacio en denver',
    person: 'pasame con alguien de la oficina',
    complaint: 'oigan nadie me ha contestado nada',
    line: /fila/,
  },
  en: {
    opening: 'how do i get my texas birth certificate apostilled',
    person: 'i want to talk to a person',
    complaint: 'hello?? nobody has written back to me',
    line: /queue/,
  },
  ht: {
    opening: 'kijan pou m fè papye pou m rete Meksik',
    person: 'm vle pale ak yon moun',
    complaint: 'sa fè lontan, pèsonn poko reponn mwen',
    line: /liy/,
  },
};

describe.each(Object.keys(CASES) as Lang[])('nobody answered yet, said in line, in %s', (lang) => {
  it('gets the place in line', async () => {
    const a = await testAssistant();
    await a.say(CASES[lang].opening);
    expect((await a.say(CASES[lang].person)).report.queued).toBe(true);
    a.clock.time += 40 * 60_000;
    const reply = await a.say(CASES[lang].complaint);
    expect(texts(reply)).toMatch(CASES[lang].line);
    expect(texts(reply)).toMatch(/folio/);
    expect(reply.lang).toBe(lang);
  });
});

describe('how long they will be kept waiting', () => {
  it('is the wait, not the cost', async () => {
    const a = await testAssistant();
    await a.say('como le hago para pedir refugio aqui en mexico');
    await a.say('quiero que me atienda una persona');
    const reply = await a.say('y cuanto me van a hacer esperar?');
    expect(texts(reply)).toMatch(/fila/);
    expect(texts(reply)).not.toMatch(/cuesta/);
  });
});
