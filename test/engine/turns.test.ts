/**
 * The engine's turns: a conversation restored mid-form after a restart, a redelivered
 * message handled once, twenty messages of one conversation in order, an idle conversation
 * restarted by the sweep across a restart, bad input refused, and unknown button values.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInboundError } from '../../src/core/errors.ts';
import { testAssistant, texts } from '../support/assistant.ts';

describe('engine turns', () => {
  it('continues a family form after a restart, at the same question, with the answers kept', async () => {
    const first = await testAssistant();
    await first.say('mi hermano murió en Houston y queremos traerlo a Durango');
    await first.say('sí');
    await first.say('Pedro Ramírez López');
    const again = await first.restart();
    const next = await again.say('Houston, Texas');
    expect(texts(next)).toContain('(3/6)');
    const summary = await (async () => {
      for (const answer of ['ayer', 'hermano', 'Gómez Palacio']) await again.say(answer);
      return again.say('a este mismo chat');
    })();
    expect(texts(summary)).toContain('Pedro Ramírez López');
    expect(texts(summary)).toContain('Houston, Texas');
  });

  it('handles a redelivered message once', async () => {
    const a = await testAssistant();
    const message = {
      id: 'same',
      channel: 'test',
      chatId: 'r1',
      content: { type: 'text', text: 'hola' },
    } as const;
    const once = await a.engine.handle(message);
    const twice = await a.engine.handle(message);
    expect(once.outbound.length).toBeGreaterThan(0);
    expect(twice.outbound).toEqual([]);
    expect((await a.store.getTranscript('test:r1')).filter((l) => l.from === 'person')).toHaveLength(1);
  });

  it('runs twenty concurrent messages of one conversation one at a time, in arrival order', async () => {
    const a = await testAssistant();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        a.engine.handle({
          id: `m${i}`,
          channel: 'test',
          chatId: 'c20',
          content: { type: 'text', text: `mensaje ${i}` },
        }),
      ),
    );
    const said = (await a.store.getTranscript('test:c20'))
      .filter((l) => l.from === 'person')
      .map((l) => l.text);
    expect(said).toEqual(Array.from({ length: 20 }, (_, i) => `mensaje ${i}`));
  });

  it('starts an idle conversation again from the menu, silently, across a restart, in its language', async () => {
    const a = await testAssistant({ idleMs: 30 * 60_000 });
    await a.say('how much does the apostille cost?');
    const restarted = await a.restart({ idleMs: 30 * 60_000 });
    restarted.clock.time += 31 * 60_000;
    expect(await restarted.engine.sweep()).toBe(1);
    const after = await restarted.say('yes');
    // No pending offer any more: a bare "yes" is not understood as accepting anything.
    expect(after.report.queued).toBe(false);
    expect(after.lang).toBe('en');
  });

  it('refuses a message that is not an Inbound with a clear error', async () => {
    const a = await testAssistant();
    await expect(
      a.engine.handle({ id: 'x', channel: 'Test!', chatId: '1', content: { type: 'text', text: 'hi' } }),
    ).rejects.toThrow(InvalidInboundError);
  });

  it('answers a button value it never gave politely, and never starts a form for it', async () => {
    const a = await testAssistant();
    expect(a.engine.isChoice('lang:fr')).toBe(false);
    expect(a.engine.isChoice('intake:whatever')).toBe(false);
    expect(a.engine.isChoice('intake:remains')).toBe(true);
    const unknown = await a.choose('intake:whatever');
    expect(texts(unknown)).toMatch(/ya no está disponible|no longer available/);
    const next = await a.say('Juan Pérez');
    expect(texts(next)).not.toContain('(2/6)');
  });
});
