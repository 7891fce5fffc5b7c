/**
 * A programme's waiting list asked while waiting in line for staff ("is there a long waiting list?
 * how long would she wait"): the programme's time, which the sources give (registration open, 4,000
 * people waiting in 2021), not the person's place in the staff's line (session 57's hand judge).
 * Through the real engine, with wording written for this test.
 */
import { expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

it("a programme's waiting list asked in line is the programme's time (en)", async () => {
  const a = await testAssistant();
  await a.say(
    'my father is 68 and lives in durango, i am undocumented in oklahoma, is there a program so he can get a visa to visit me',
  );
  const queued = await a.say('yes please connect me with a person');
  expect(queued.report.queued).toBe(true);
  const turn = await a.say('is the waiting list long? how long would he wait');
  expect(turn.report.topic).toBe('family_reunification');
  expect(texts(turn)).toMatch(/4,000/);
});
