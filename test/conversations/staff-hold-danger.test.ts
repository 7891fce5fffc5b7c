/**
 * Once staff hold an urgent conversation, a plain answer to their question ("sí tengo foto,
 * ahorita se la mando") is theirs, not a new emergency: the topic model alone, which hears
 * danger in "ahorita", calls none there. A danger told in so many words still restarts the
 * emergency lines.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

async function urgentWithStaff() {
  const a = await testAssistant({ channel: 'web' });
  expect((await a.say('me están golpeando, ayuda')).report.emergency).toBe(true);
  await a.engine.staff.reply('web:c1', 'ana', 'Soy Ana del Instituto. ¿Tiene una foto de él?');
  return a;
}

describe('an urgent conversation staff hold', () => {
  it('takes an answer to staff as an answer, not a new emergency', async () => {
    const a = await urgentWithStaff();
    const answer = await a.say('si tengo foto ahorita se la mando');
    expect(answer.report.emergency).toBe(false);
    expect(texts(answer)).toBe('');
  });

  it('still answers a danger told outright with the emergency lines', async () => {
    const a = await urgentWithStaff();
    const again = await a.say('me está pegando otra vez, ayuda');
    expect(again.report.emergency).toBe(true);
    expect(texts(again)).toMatch(/911/);
  });
});
