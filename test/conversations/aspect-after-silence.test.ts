/**
 * An aspect asked after a long silence that names no topic (issue 28): the conversation restarted
 * (the sweep's clean slate after 30 minutes), but "¿y cuánto me va a costar?" is about what was talked about
 * before, not "which topic?". A topic named after the silence is read as any first message, and
 * erasing the conversation forgets it. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const SILENCE = 45 * 60_000;

/** The person is silent long enough for the server's sweep to restart the conversation, as it does. */
async function silence(a: Awaited<ReturnType<typeof testAssistant>>) {
  a.clock.time += SILENCE;
  await a.engine.sweep();
}

describe('an aspect asked after a long silence', () => {
  it('is about the topic talked about before', async () => {
    const a = await testAssistant();
    await a.say('quiero sacar la copia certificada del acta de nacimiento de mi hija que nació en arizona');
    await silence(a);
    const turn = await a.say('perdón, se me olvidó, ¿y cuánto cuesta eso?');
    expect(turn.report).toMatchObject({ topic: 'apostille', facet: 'cost' });
  });

  it('leaves a topic named after it to be read as any first message', async () => {
    const a = await testAssistant();
    await a.say('quiero sacar la copia certificada del acta de nacimiento de mi hija que nació en arizona');
    await silence(a);
    const turn = await a.say('otra cosa, ¿cuánto cuesta registrar a mi bebé para la doble nacionalidad?');
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('is not remembered once the conversation is erased', async () => {
    const a = await testAssistant();
    await a.say('quiero sacar la copia certificada del acta de nacimiento de mi hija que nació en arizona');
    await a.say('BORRAR');
    await a.say('1');
    await silence(a);
    const turn = await a.say('¿y cuánto cuesta eso?');
    expect(turn.report.topic).not.toBe('apostille');
    expect(texts(turn)).not.toMatch(/apostilla/);
  });
});
