/**
 * Once staff hold a conversation the person's messages are theirs, unless they have been quiet
 * for a while (STAFF_QUIET_MS since taking it or last writing): then a question about a
 * procedure still gets what the sources say, with a line that the staff member sees it too.
 * Chatter and answers to staff stay unanswered by the assistant, and so does everything while
 * staff are writing.
 */
import { describe, expect, it } from 'vitest';
import { STAFF_QUIET_MS } from '../../flows/conversation/in-line.ts';
import { testAssistant, texts } from '../support/assistant.ts';

async function withStaff() {
  const a = await testAssistant({ channel: 'web' });
  await a.say('quiero hablar con una persona');
  await a.engine.staff.reply('web:c1', 'ana', 'Hola, soy Ana del Instituto. ¿En qué le ayudo?');
  return a;
}

describe('a conversation staff hold', () => {
  it('answers a procedure question once staff have been quiet a while, saying staff see it', async () => {
    const a = await withStaff();
    a.clock.time += STAFF_QUIET_MS;
    const asked = await a.say('¿cuánto cuesta la doble nacionalidad?');
    expect(asked.report.queued).toBe(true);
    expect(texts(asked)).toMatch(/gratuit|gratis|condon/i);
    expect(texts(asked)).toMatch(/también lo ve/);
  });

  it('leaves questions to staff who wrote a moment ago', async () => {
    const a = await withStaff();
    const asked = await a.say('¿cuánto cuesta la doble nacionalidad?');
    expect(texts(asked)).toBe('');
  });

  it('leaves chatter and answers to staff to them, even when they have been quiet', async () => {
    const a = await withStaff();
    a.clock.time += STAFF_QUIET_MS;
    expect(texts(await a.say('sí, gracias'))).toBe('');
    expect(texts(await a.say('se llama Ramón Pérez, tiene 34 años'))).toBe('');
  });

  it('waits again after staff write', async () => {
    const a = await withStaff();
    a.clock.time += STAFF_QUIET_MS;
    await a.engine.staff.reply('web:c1', 'ana', 'Sigo aquí, deme un momento.');
    expect(texts(await a.say('¿cuánto cuesta la doble nacionalidad?'))).toBe('');
  });
});
