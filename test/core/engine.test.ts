/**
 * The engine with real knowledge, texts and understanding on the memory store:
 * persistence and restore mid-intake, redelivered messages, ordering under concurrency,
 * idle timeouts across a restore, commands, choices typed as text, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInboundError } from '../../src/core/errors.ts';
import { sharedKnowledge, testAssistant, texts, values } from '../support/assistant.ts';

describe('engine', () => {
  it('welcomes a first message in its language, with the privacy notice and the answer', async () => {
    const { say } = await testAssistant();
    const out = await say('mi hija nacio en texas, como la registro en mexico para la doble nacionalidad');
    expect(out[0]?.lang).toBe('es');
    expect(out[0]?.text).toContain('BORRAR');
    expect(values(out)).toEqual(
      expect.arrayContaining(['lang:es', 'lang:en', 'lang:ht', 'helped', 'human', 'menu']),
    );
    expect(texts(out)).toMatch(/Fuente: .*\(2020\)/);
  });

  it('restores a conversation persisted in the middle of an intake, with its answers', async () => {
    const first = await testAssistant();
    await first.say('mi papá murió en houston y queremos traerlo a durango');
    await first.choose('intake:remains');
    await first.say('José Luis Ramírez');
    await first.say('Houston, Texas');
    const next = await (await first.restart()).say('el 3 de octubre');
    expect(texts(next)).toContain('(4/6)');
    const stored = await first.store.getConversation('test:c1');
    expect(stored?.state.value).toEqual({ intake: 'asking' });
    expect((stored?.state.context as { intake: { answers: object } } | undefined)?.intake.answers).toEqual({
      deceasedName: 'José Luis Ramírez',
      placeOfDeath: 'Houston, Texas',
      dateOfDeath: 'el 3 de octubre',
    });
  });

  it('takes a language named alone ("English", "kreyòl") as the choice, but not inside an intake', async () => {
    const { say, choose, store } = await testAssistant();
    await say('hola');
    expect(texts(await say('English'))).toMatch(/I will write in English/);
    expect(texts(await say('  Kreyòl! '))).toMatch(/an Kreyòl/);
    await say('mi papá murió en houston y queremos traerlo a durango');
    await choose('intake:remains');
    await say('English'); // the deceased's name, as far as the intake knows
    const context = (await store.getConversation('test:c1'))?.state.context as
      | { lang: string; intake: { answers: object } }
      | undefined;
    expect(context?.intake.answers).toEqual({ deceasedName: 'English' });
    expect(context?.lang).toBe('ht');
  });

  it('ignores a message id it has already handled', async () => {
    const { engine } = await testAssistant();
    const message = {
      id: 'same',
      channel: 'test',
      chatId: 'c1',
      content: { type: 'text' as const, text: 'hola' },
    };
    expect((await engine.handle(message)).outbound.length).toBeGreaterThan(0);
    expect((await engine.handle(message)).outbound).toEqual([]);
  });

  it('handles twenty messages sent at once to one conversation in arrival order', async () => {
    const { engine, store } = await testAssistant();
    await engine.handle({
      id: 'start',
      channel: 'test',
      chatId: 'c1',
      content: { type: 'text', text: 'mi hijo está desaparecido' },
    });
    await engine.handle({
      id: 'form',
      channel: 'test',
      chatId: 'c1',
      content: { type: 'choice', value: 'intake:locate' },
    });
    // Each answer goes to the next question only if the previous one was handled first.
    const answers = Array.from({ length: 20 }, (_, i) => `respuesta ${i + 1}`);
    const results = await Promise.all(
      answers.map((text, i) =>
        engine.handle({ id: `a${i}`, channel: 'test', chatId: 'c1', content: { type: 'text', text } }),
      ),
    );
    const first = await store.getConversation('test:c1');
    expect(results[0]?.outbound[0]?.text).toContain('(2/5)');
    expect(results[3]?.outbound[0]?.text).toContain('(5/5)');
    expect(first).not.toBeNull();
    const summary = results[4]?.outbound[0]?.text ?? '';
    expect(summary).toContain('respuesta 1');
    expect(summary).toContain('respuesta 5');
    expect(summary.indexOf('respuesta 1')).toBeLessThan(summary.indexOf('respuesta 2'));
  });

  it('starts again from the menu when idle too long, even across a restore', async () => {
    const a = await testAssistant({ idleMs: 60_000 });
    await a.say('mi papá murió en houston');
    await a.choose('intake:remains');
    a.clock.time += 61_000;
    const out = await (await a.restart({ idleMs: 60_000 })).say('hola');
    expect(values(out)).toContain('topic:apostille');
    const stored = await a.store.getConversation('test:c1');
    expect(stored?.state.value).toBe('idle');
    expect((stored?.state.context as { intake: unknown } | undefined)?.intake).toBeNull();
  });

  it('ends an idle intake by itself when its deadline comes, with no message, and not before', async () => {
    const a = await testAssistant({ idleMs: 60_000 });
    await a.say('mi papá murió en houston');
    await a.choose('intake:remains');
    await a.say('José Luis Ramírez');
    a.clock.time += 30_000;
    expect(await a.engine.sweepDeadlines()).toBe(0); // not due yet
    a.clock.time += 31_001;
    expect(await a.engine.sweepDeadlines()).toBe(1);
    const stored = await a.store.getConversation('test:c1');
    expect(stored?.state.value).toBe('idle');
    const context = stored?.state.context as { intake: unknown; lang: string } | undefined;
    expect(context?.intake).toBeNull();
    expect(context?.lang).toBe('es'); // the language stays
    expect(await a.engine.sweepDeadlines()).toBe(0); // once
  });

  it('expires every idle conversation in one sweep, however many there are', async () => {
    const a = await testAssistant({ idleMs: 60_000 });
    for (let i = 0; i < 250; i++) await a.say('hola', `many-${i}`);
    a.clock.time += 61_000;
    expect(await a.engine.sweepDeadlines()).toBe(250);
    expect(await a.engine.sweepDeadlines()).toBe(0);
  });

  it('keeps a conversation with staff through an idle period', async () => {
    const a = await testAssistant({ idleMs: 60_000 });
    await a.say('humano');
    a.clock.time += 3_600_000;
    expect(await a.say('sigo aquí')).toEqual([]);
    expect((await a.store.getConversation('test:c1'))?.state.value).toEqual({ handoff: 'queued' });
  });

  it('understands global commands in all three languages', async () => {
    const a = await testAssistant();
    await a.say('hola');
    expect(texts(await a.say('IDIOMA'))).toContain('idioma');
    expect(texts(await a.say('MENI'))).toContain('nimewo');
    // A slash command is the same in every language: it keeps the language MENI chose.
    const human = await a.say('/humano');
    expect(human[0]?.text).toContain('ekip biwo a');
    expect((await a.store.listHandoffs()).map((t) => t.conversationId)).toEqual(['test:c1']);
    expect(texts(await a.say('DELETE'))).toMatch(/erase|borrar|efase/i);
    await a.choose('erase');
    expect(await a.store.getConversation('test:c1')).toBeNull();
    expect(await a.store.listHandoffs()).toEqual([]);
  });

  it('maps a typed number or the option words to the buttons on screen', async () => {
    const a = await testAssistant();
    await a.say('hola');
    expect(texts(await a.say('2'))).toContain('apostill');
    await a.say('idioma');
    const out = await a.say('kreyòl');
    expect(out[0]?.lang).toBe('ht');
  });

  it('marks an emergency urgent for staff and gives the sourced lines', async () => {
    const a = await testAssistant();
    const out = await a.say('ayuda nos tienen secuestrados en una casa en reynosa');
    expect(texts(out)).toContain('911');
    expect(texts(out)).toContain('089');
    const [ticket] = await a.store.listHandoffs();
    expect(ticket).toMatchObject({ conversationId: 'test:c1', urgent: true, reason: 'emergency' });
  });

  it('answers a voice note politely and offers a person', async () => {
    const { engine } = await testAssistant();
    const out = await engine.handle({
      id: 'v',
      channel: 'test',
      chatId: 'c9',
      langHint: 'en',
      content: { type: 'media', media: 'voice' },
    });
    expect(values(out.outbound)).toContain('human');
    expect(texts(out.outbound)).toMatch(/text|texto/);
  });

  it('refuses a malformed message with an error that says what to fix', async () => {
    const { engine } = await testAssistant();
    await expect(
      engine.handle({ id: '', channel: 'Bad Channel', content: { type: 'text' } }),
    ).rejects.toThrow(InvalidInboundError);
    await expect(engine.handle({ id: 'x' })).rejects.toThrow(/channel adapter/);
  });

  it('restarts a conversation stored by another flow version instead of crashing', async () => {
    const a = await testAssistant();
    await a.store.putConversation(
      'test:c1',
      { flow: 'conversation', version: 0, state: { value: 'gone', context: { lang: 'en' } } },
      null,
    );
    const out = await a.say('hello');
    expect(out.length).toBeGreaterThan(0);
    expect((await a.store.getConversation('test:c1'))?.version).toBe(1);
  });

  it('tells a queued person how many are ahead, and the office hours once the office gives them', async () => {
    const { knowledge } = await sharedKnowledge();
    const hours = {
      es: 'lunes a viernes, de 9 a 15 h',
      en: 'Monday to Friday, 9 am to 3 pm',
      ht: 'lendi rive vandredi, 9 a 3',
    };
    const a = await testAssistant({ knowledge: { ...knowledge, office: { ...knowledge.office, hours } } });
    await a.say('humano', 'first');
    const second = texts(await a.say('humano', 'second'));
    expect(second).toContain('Conversaciones antes de la tuya: 1.');
    expect(second).toContain('lunes a viernes, de 9 a 15 h');
  });

  it('reminds staff of a conversation nobody has taken for too long, and not of a taken one', async () => {
    const overdue: string[] = [];
    const staff = {
      queued: async () => {},
      relay: async () => {},
      overdue: async (t: { conversationId: string }) => void overdue.push(t.conversationId),
    };
    const a = await testAssistant({ staff, handoffAlertMs: 60_000 });
    await a.say('humano', 'waiting');
    await a.say('humano', 'taken');
    await a.store.claimHandoff('test:taken', 'ana');
    expect(await a.engine.sweepDeadlines()).toBe(0);
    a.clock.time += 61_000;
    expect(await a.engine.sweepDeadlines()).toBe(2);
    expect(overdue).toEqual(['test:waiting']);
    // Reminded again a period later, while still untaken.
    a.clock.time += 61_000;
    await a.engine.sweepDeadlines();
    expect(overdue).toEqual(['test:waiting', 'test:waiting']);
  });
});
