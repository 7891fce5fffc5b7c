/**
 * Reactions and reply context in the engine, on a real assistant and the memory store: a
 * reaction is kept on the transcript and never answered, is handled once however often the
 * channel delivers it, and leaves the idle restart where the person's last message put it (a
 * turn with no flow events must not push it later). The quoted line is found from a sent part's
 * delivery event (its turn and its text's key) and quoted short, never cutting an emoji; the
 * inbox does not take a reaction for the person's last message when it tells the reply window.
 */
import { describe, expect, it } from 'vitest';
import { partName } from '../../src/core/deliveries.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import type { TranscriptLine } from '../../src/core/ports/conversation-store.ts';
import { quoteOf, sentLine } from '../../src/engine/reply-context.ts';
import { windowOf } from '../../src/http/inbox/reply-window.ts';
import { testAssistant } from '../support/assistant.ts';

const MINUTE = 60_000;
const thumbsUp = (id: string) => ({
  id,
  channel: 'test',
  chatId: 'c1',
  replyTo: { id: 'sent-1' },
  content: { type: 'reaction', emoji: '👍' },
});

describe('a reaction in the engine', () => {
  it('is kept, not answered, and the idle restart stays where the last message put it', async () => {
    const a = await testAssistant();
    expect((await a.say('hola')).outbound.length).toBeGreaterThan(0);
    a.clock.time += 20 * MINUTE;
    const reacted = await a.engine.handle(thumbsUp('r-1'));
    expect(reacted.outbound).toEqual([]);
    // The channel keeps no delivery log here: a reaction to a message it cannot name.
    expect((await a.store.getTranscript('test:c1')).at(-1)).toMatchObject({
      from: 'person',
      text: '👍',
      reaction: '👍',
      replyTo: {},
    });
    // 31 minutes after "hola" (the idle limit is 30): due now, as if there had been no reaction.
    a.clock.time += 11 * MINUTE;
    expect(await a.engine.sweep()).toBe(1);
  });

  it('is kept once when the channel delivers it again', async () => {
    const a = await testAssistant();
    await a.say('hola');
    await a.engine.handle(thumbsUp('r-2'));
    await a.engine.handle(thumbsUp('r-2'));
    expect((await a.store.getTranscript('test:c1')).filter((l) => l.reaction !== undefined)).toHaveLength(1);
  });
});

describe('the line a sent part was', () => {
  const at = 0;
  const lines: TranscriptLine[] = [
    { at, from: 'bot', text: 'Hola, soy Enlace.', ref: 't1' },
    { at, from: 'bot', text: '¿Con qué te ayudo?', ref: 't1' },
    { at, from: 'person', text: 'apostilla' },
    { at, from: 'bot', text: 'Hola, soy Enlace.', ref: 't2' },
    { at, from: 'bot', text: 'Un miembro del equipo se unió.', ref: 't3' },
    { at, from: 'staff', by: 'ana', text: 'Le ayudo con su acta.', ref: 't3' },
  ];
  const sent = (ref: string, text?: string) => ({
    kind: 'accepted' as const,
    ref,
    id: 'wamid.x',
    at,
    ...(text ? { part: partName(text, 1, 0) } : {}),
  });

  it('is the line of its turn with its text', () => {
    expect(sentLine(lines, sent('t1', '¿Con qué te ayudo?'))).toBe(lines[1]);
    expect(sentLine(lines, sent('t1', 'Hola, soy Enlace.'))).toBe(lines[0]);
  });
  it("is the latest line with its text when the lines carry no turn (Telegram's)", () => {
    const bare = lines.map(({ ref: _ref, ...line }) => line);
    expect(sentLine(bare, sent('t9:p', 'Hola, soy Enlace.'))).toBe(bare[3]);
  });
  it("is a staff member's own line when their words went out wrapped", () => {
    expect(sentLine(lines, sent('t3', 'Equipo de la oficina: Le ayudo con su acta.'))).toBe(lines[5]);
  });
  it('is none for a part of a turn the transcript does not have', () => {
    expect(sentLine(lines, sent('t7', 'Otra cosa'))).toBeUndefined();
  });
});

describe('a quote', () => {
  it('is the line on one line, whole when short', () => {
    expect(quoteOf('Hola,\n\nsoy Enlace.')).toBe('Hola, soy Enlace.');
  });
  it('is at most 120 characters, its ellipsis included, and never half an emoji', () => {
    const long = `${'a'.repeat(118)}😀 y más palabras`;
    const quote = quoteOf(long);
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(quote).toBe(`${'a'.repeat(118)}…`);
    expect(quoteOf('b'.repeat(200))).toBe(`${'b'.repeat(119)}…`);
  });
});

describe("the inbox's reply window", () => {
  it('runs from the last message the person wrote, not from a reaction', () => {
    const channel: Channel = {
      name: 'whatsapp-cloud',
      choices: 'buttons',
      replyWindow: { ms: 24 * 60 * MINUTE, reengagement: () => null, reengage: async () => {} },
    };
    const written = 1_000;
    const lines: TranscriptLine[] = [
      { at: written, from: 'person', text: 'hola' },
      { at: written + 60 * MINUTE, from: 'person', text: '👍', reaction: '👍', replyTo: {} },
    ];
    expect(windowOf([channel], 'whatsapp-cloud:521', undefined, lines, written)).toEqual({
      kind: 'open',
      closesAt: written + 24 * 60 * MINUTE,
    });
  });
});
