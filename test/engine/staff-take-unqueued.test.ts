/**
 * Staff may take a conversation nobody queued (from the inbox's list of all conversations):
 * the person is then told someone is with them, so the take must open its ticket, assigned
 * to the taker and with a case's folio, and what the person writes next must reach staff.
 * Before, the take changed nothing but the flow: the ticket stayed absent, and the person's
 * next messages got no reply from the assistant and no notice to staff.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant.ts';

describe('a staff take of a conversation nobody queued', () => {
  it('opens a ticket assigned to the taker, with a folio and the topic of the conversation', async () => {
    const a = await testAssistant();
    await a.say('hola, como saco la doble nacionalidad de mi hijo');
    expect(await a.store.getTicket('test:c1')).toBeNull();
    await a.engine.staff.take('test:c1', 'ana');
    const ticket = await a.store.getTicket('test:c1');
    expect(ticket).toMatchObject({ assignee: 'ana', reason: 'staff', urgent: false, lang: 'es' });
    expect(ticket?.topic).toBe('dual_nationality');
    expect(ticket?.folio).toMatch(/^[A-Z]{3}-\d{4}$/);
  });

  it('relays what the person writes next to staff', async () => {
    const a = await testAssistant();
    await a.say('hola, como saco la doble nacionalidad de mi hijo');
    await a.engine.staff.take('test:c1', 'ana');
    const before = a.desk.notices.length;
    await a.say('hola? cuanto cuesta?');
    const relayed = a.desk.notices.slice(before).filter((n) => n.type === 'message');
    expect(relayed.map((n) => (n.type === 'message' ? n.text : ''))).toEqual(['hola? cuanto cuesta?']);
  });

  it('keeps a queued ticket as it was: its reason and folio stay, only the assignee is set', async () => {
    const a = await testAssistant();
    await a.say('quiero hablar con una persona');
    const queued = await a.store.getTicket('test:c1');
    await a.engine.staff.take('test:c1', 'luis');
    const taken = await a.store.getTicket('test:c1');
    expect(taken).toMatchObject({ reason: queued?.reason, folio: queued?.folio, assignee: 'luis' });
  });
});
