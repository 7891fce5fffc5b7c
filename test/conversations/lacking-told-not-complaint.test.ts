/**
 * "No traigo ni un peso, me quitaron todo" after an answer tells what the person lacks: it is
 * answered about the topic under discussion (what is free), never with "sorry I did not help
 * you", as a complaint would be. A real complaint still gets the apology and a person offered.
 * Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('no money told after an answer', () => {
  it('is about the topic, not a complaint', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('buenas, me deportaron ayer por nogales y soy de lerdo durango');
    const turn = await a.say('no traigo ni un peso, me robaron todo alla');
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).not.toMatch(/no haberte ayudado/);
  });

  it('a complaint still gets the apology', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('buenas, me deportaron ayer por nogales y soy de lerdo durango');
    const turn = await a.say('eso no me sirve de nada');
    expect(texts(turn)).toMatch(/no haberte ayudado/);
  });
});
