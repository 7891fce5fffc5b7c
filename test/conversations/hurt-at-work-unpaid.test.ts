/**
 * A relative hurt at work in the US told with wages unpaid ("se lastimó la espalda, el patrón no le
 * quiere pagar, ¿qué puede hacer?") is a claim to make, legal advice, not an emergency the topic model
 * alone calls: session 57's fresh set got "If you are in danger now, call 911", an urgent case and
 * five turns of danger lines. The safety line may stay (danger recall); the emergency flow does not.
 * Through the real engine, with wording written for this test.
 */
import { expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

it('hurt at work with wages unpaid is no emergency, the safety line at most (es)', async () => {
  const a = await testAssistant();
  const turn = await a.say(
    'hola mi hermano trabaja en una granja de puercos en iowa y se lastimo la pierna, el patron no le quiere pagar, q puede hacer',
  );
  expect(turn.report.emergency).toBe(false);
  expect(turn.report.queued).toBe(false);
  // The safety line stays (danger recall), the emergency flow does not.
  expect(turn.report.danger).toBe('possible');
});
