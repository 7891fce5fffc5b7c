/**
 * Office hours asked while waiting in line, in a long voice-message sentence with no question
 * mark ("…no quiero llegar y que este cerrado"): the hours' answer, never a new emergency from the
 * model alone (session 57's hand judge: a 67-year-old asking when the office opens got "¿dónde
 * está pasando?" and an urgent case). Through the real engine, with wording written for this test.
 */
import { expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

it('office hours asked in line are answered, not read as a danger (es)', async () => {
  const a = await testAssistant();
  await a.say(
    'buenas tardes, trabaje 12 años en texas y ya tengo 66, como cobro la pension del seguro social',
  );
  const queued = await a.say('paseme con alguien por favor');
  expect(queued.report.queued).toBe(true);
  const turn = await a.say(
    'y a que hora abren la oficina de durango porque me voy a ir en el camion de la mañana desde canatlan y no quiero llegar y que ya esten cerrados',
  );
  expect(turn.report.emergency).toBe(false);
  expect(turn.report.topic).toBe('office_info');
});
