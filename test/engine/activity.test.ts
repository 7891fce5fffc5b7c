/**
 * What a turn adds to the office's dashboard (src/engine/activity.ts), through the real
 * engine on a memory store: the day's anonymous counters in the office's time zone, people
 * counted once a day, conversations once per start, texts not understood kept for review,
 * staff's first answer and the close timed, ratings counted; and the flow's signal for a
 * typed message that was not understood or "did not help".
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KEY_SHAPE,
  bucketOf,
  bucketUpperMs,
  dayOf,
  quantileMs,
} from '../../src/core/activity-keys.ts';
import { testAssistant } from '../support/assistant.ts';

const text = (chatId: string, body: string, n: number) => ({
  id: `${chatId}-${n}`,
  channel: 'web',
  chatId,
  content: { type: 'text' as const, text: body },
});

describe('activity keys and buckets', () => {
  it('puts a duration in a bucket whose upper bound is at most 10% above it', () => {
    for (const ms of [1, 9_999, 10_001, 65_000, 3_600_000, 86_400_000]) {
      const upper = bucketUpperMs(bucketOf(ms));
      expect(upper).toBeGreaterThanOrEqual(ms);
      if (ms > 10_000) expect(upper).toBeLessThanOrEqual(ms * 1.1 + 1);
    }
    const histogram = new Map([
      [bucketOf(60_000), 3],
      [bucketOf(600_000), 1],
    ]);
    expect(quantileMs(histogram, 0.5)).toBe(bucketUpperMs(bucketOf(60_000)));
    expect(quantileMs(histogram, 0.9)).toBe(bucketUpperMs(bucketOf(600_000)));
    expect(quantileMs(new Map(), 0.5)).toBeNull();
  });
  it('counts days in the office time zone', () => {
    // 03:00 UTC on the 23rd is still the 22nd in Durango (UTC−6).
    expect(dayOf(Date.UTC(2026, 10, 23, 3), 'America/Monterrey')).toBe('2026-11-22');
    expect(dayOf(Date.UTC(2026, 10, 23, 3))).toBe('2026-11-23');
  });
});

describe('the dashboard counts each turn', () => {
  it('counts people once a day and conversations once, in the office time zone', async () => {
    const a = await testAssistant();
    const day = dayOf(a.clock.now(), 'America/Monterrey');
    await a.engine.handle(text('p1', 'Hola, ¿cómo saco la apostilla de un acta de Texas?', 1));
    await a.engine.handle(text('p1', '¿Cuánto cuesta?', 2));
    await a.engine.handle(text('p2', 'Hi, how do I get dual nationality for my son born in Ohio?', 1));
    const [counts] = (await a.store.activity(day, day)).map((d) => d.counts);
    expect(counts?.turns).toBe(3);
    expect(counts?.people).toBe(2);
    expect(counts?.conversations).toBe(2);
    expect(counts?.['people|ch=web|lang=es']).toBe(1);
    expect(counts?.['people|ch=web|lang=en']).toBe(1);
    expect(counts?.['topic=apostille']).toBe(2);
    expect(counts?.['served=apostille']).toBe(1);
    for (const key of Object.keys(counts ?? {})) expect(key).toMatch(ACTIVITY_KEY_SHAPE);
  });

  it('keeps a text it did not understand for review, and counts it as not understood', async () => {
    const a = await testAssistant();
    const day = dayOf(a.clock.now(), 'America/Monterrey');
    await a.engine.handle(text('p3', 'Hola', 1));
    await a.engine.handle(text('p3', 'zxqv plonk wibble', 2));
    const [counts] = (await a.store.activity(day, day)).map((d) => d.counts);
    expect(counts?.text).toBe(2);
    expect(counts?.understood).toBe(1);
    // Not understood, or read as something the office does not do: either way it is reviewed.
    expect((counts?.['missed=unclear'] ?? 0) + (counts?.['missed=outOfScope'] ?? 0)).toBe(1);
    const items = await a.store.reviewItems();
    expect(items).toMatchObject([{ conversationId: 'web:p3', text: 'zxqv plonk wibble' }]);
    expect(['unclear', 'outOfScope']).toContain(items[0]?.kind);
    // The summary has no text at all.
    const [summary] = await a.store.summaries(0, a.clock.now() + 1);
    expect(JSON.stringify(summary)).not.toContain('wibble');
    expect(summary).toMatchObject({ conversationId: 'web:p3', turns: 2, missed: 1 });
  });

  it("times staff's first answer and the close, and counts the rating", async () => {
    const a = await testAssistant();
    const day = dayOf(a.clock.now(), 'America/Monterrey');
    await a.engine.handle(text('p4', 'Quiero hablar con una persona, por favor', 1));
    a.clock.time += 5 * 60_000;
    await a.engine.staff.reply('web:p4', 'ana', 'Hola, soy Ana.');
    a.clock.time += 10 * 60_000;
    await a.engine.staff.close('web:p4', 'ana');
    const [counts] = (await a.store.activity(day, dayOf(a.clock.now(), 'America/Monterrey'))).map(
      (d) => d.counts,
    );
    expect(counts?.handoff).toBe(1);
    expect(counts?.[`firstResponse|b=${bucketOf(5 * 60_000)}`]).toBe(1);
    expect(counts?.[`resolution|b=${bucketOf(15 * 60_000)}`]).toBe(1);
    const [summary] = await a.store.summaries(0, a.clock.now() + 1);
    expect(summary).toMatchObject({ firstResponseMs: 5 * 60_000, resolutionMs: 15 * 60_000 });
  });

  it('keeps the answer to "did we help?" when the person had waited for staff longer than the idle time', async () => {
    const a = await testAssistant();
    await a.say('Quiero hablar con una persona, por favor', 'p6');
    a.clock.time += 45 * 60_000;
    await a.engine.staff.reply('test:p6', 'ana', 'Hola, soy Ana. Ya quedó su trámite.');
    a.clock.time += 2 * 60_000;
    const closed = await a.engine.staff.close('test:p6', 'ana');
    const yes = closed.outbound.at(-1)?.buttons.find((b) => /yes|si/i.test(b.value));
    expect(yes).toBeDefined();
    await a.choose(yes?.value ?? '', 'p6');
    const day = dayOf(a.clock.now(), 'America/Monterrey');
    const [counts] = (await a.store.activity(day, day)).map((d) => d.counts);
    expect(counts?.['rating=helped']).toBe(1);
    expect(counts?.conversations).toBe(1);
  });
});
