/**
 * A question that moves to another topic keeps the aspect it asks ("¿es gratis pa los mayores de
 * 65? no tengo pa pagar licenciado" after the pension: legal advice, and its cost), also when the
 * dialogue model reads the message as context for its age (session 47: a 67-year-old got the
 * legal-advice opening without the cost, after the model's retrain). Through the real engine,
 * wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('a new topic asked with an aspect', () => {
  it('keeps the aspect', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(
      'buenas, trabaje 18 años en texas en la construccion, tengo 68 y vivo en lerdo, puedo cobrar algo?',
    );
    const reply = await a.say(
      'si pero oiga, es gratis pa los mayores de 65? yo no tengo pa pagar licenciado',
    );
    expect(reply.report.facet).toBe('cost');
  });
});
