/**
 * The queue position told to a person counts only real conversations. A real one is a
 * conversation that got past the rate limits (a refused message never reaches the engine:
 * test/http/limits-queue.test.ts) and said something of its own: its ticket is urgent, has a
 * topic or a family's case, or the person wrote while waiting. A ticket opened by "HUMANO" (or
 * the button) alone, with nothing said since, is bare: staff see it like any other, but
 * nobody else's position counts it. Run on the memory store here; the store contract checks
 * the same counting on Redis and Durable Objects.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('queue position', () => {
  it('does not count bare requests for a person, even hundreds of them', async () => {
    const a = await testAssistant();
    for (let i = 0; i < 300; i++) await a.say('HUMANO', `bare-${i}`);
    expect(await a.store.listTickets()).toHaveLength(300);
    expect((await a.store.listTickets()).every((t) => t.bare)).toBe(true);
    // Someone with a real question: nobody real is ahead.
    await a.say('hola', 'real-1');
    await a.say('necesito apostillar el acta de nacimiento de mi hijo', 'real-1');
    const queued = await a.say('quiero hablar con una persona', 'real-1');
    expect(texts(queued)).toContain('No hay nadie antes que tú en la fila.');
    expect(texts(queued)).not.toMatch(/Tu lugar en la fila/);
  });

  it('counts a bare ticket once its person writes, an urgent one and one with a topic at once', async () => {
    const a = await testAssistant();
    await a.say('HUMANO', 'quiet');
    await a.say('HUMANO', 'writes');
    const spoke = await a.say('mi hijo está detenido y no sé dónde lo tienen', 'writes');
    expect(spoke.report.queued).toBe(true);
    expect(await a.store.getTicket('test:writes')).not.toHaveProperty('bare');
    expect(await a.store.getTicket('test:quiet')).toMatchObject({ bare: true });
    await a.say('me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan', 'urgent');
    expect(await a.store.getTicket('test:urgent')).toMatchObject({ urgent: true });
    expect(await a.store.getTicket('test:urgent')).not.toHaveProperty('bare');
    // A newcomer is told the two real ones ahead, not the bare one.
    await a.say('hola', 'newcomer');
    expect(texts(await a.say('HUMANO', 'newcomer'))).toContain('Tu lugar en la fila: 3 (2 antes que tú).');
    // The bare ticket's own position counts the real ones before it: the urgent one, not the later one.
    expect(await a.store.queuePosition('test:quiet')).toBe(1);
  });

  it('keeps a real ticket real when its person asks for a person again', async () => {
    const a = await testAssistant();
    await a.say('necesito apostillar el acta de nacimiento de mi hijo');
    await a.say('quiero hablar con una persona');
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket).not.toBeNull();
    expect(ticket).not.toHaveProperty('bare');
    await a.say('HUMANO');
    expect(await a.store.getTicket('test:c1')).not.toHaveProperty('bare');
  });
});
