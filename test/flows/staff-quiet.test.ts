/**
 * Once staff hold a conversation the person's messages are theirs, unless they have been quiet
 * for a while (STAFF_QUIET_MS since taking it or last writing): then a question about a
 * procedure still gets what the sources say, with a line that the staff member sees it too.
 * Chatter and answers to staff stay unanswered by the assistant, and so does everything while
 * staff are writing, except asking after them ("is anyone working on this?"): that is told, at
 * most every five minutes, that it reached the staff member who has the case, with the folio.
 */
import { describe, expect, it } from 'vitest';
import { STAFF_HAS_IT_EVERY_MS, STAFF_QUIET_MS } from '../../flows/conversation/in-line.ts';
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

  it('tells someone who asks after staff that it reached them, with the folio, every five minutes at most', async () => {
    const a = await withStaff();
    const asked = await a.say('¿sigue alguien ahí? ¿cuándo me contestan?');
    expect(texts(asked)).toMatch(/llegó a quien del personal tiene tu conversación/);
    expect(texts(asked)).toMatch(/folio\) es [A-Z]{3}-\d{4}/);
    expect(texts(asked)).not.toMatch(/911/);
    expect(texts(await a.say('¿hola? ¿cuándo me contestan?'))).toBe('');
    a.clock.time += STAFF_HAS_IT_EVERY_MS;
    expect(texts(await a.say('¿cuánto más tengo que esperar?'))).toMatch(/llegó a quien del personal/);
  });

  it('names 911 to someone in danger who asks after the staff member holding the urgent case', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('frè m pèdi nan dezè a toupre Sasabe depi maten an, li pa gen dlo');
    await a.engine.staff.take('whatsapp:c1', 'rosa');
    const asked = await a.say('alo? gen moun k ap travay sou sa?');
    expect(texts(asked)).toMatch(/ka ijan ou an/);
    expect(texts(asked)).toMatch(/rele 911/);
    expect(texts(asked)).toMatch(/folio/);
  });
});
