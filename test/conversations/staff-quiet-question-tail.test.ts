/**
 * A question asked in a short last clause after something told ("ya hablé con la trabajadora
 * social, me dijo que pidiera la constancia, cómo la saco") is a question: with staff quiet for a
 * while, it gets what the sources say, as a question opening the message would (issue 28).
 * Through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a question in the last clause, with staff quiet', () => {
  it('gets the answer, not silence', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('quiero hablar con una persona');
    await a.engine.staff.take('web:c1', 'ana');
    a.clock.time += 60 * 60_000;
    const turn = await a.say(
      'ya fui al registro civil, me dijeron que necesito la doble nacionalidad de mi hijo, cuanto cuesta',
    );
    expect(texts(turn)).not.toBe('');
    expect(turn.report.topic).toBe('dual_nationality');
  });
});
