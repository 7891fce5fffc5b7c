/**
 * The project's own whole-conversation sets (test/fixtures/conversations/: own.jsonl, written
 * to develop against; heldout.jsonl, written by someone who never saw the project and only
 * ever scored; sight2-a and -b, written the same way later, scored first, then developed
 * against) run through the real engine as `converse` runs them. Every reply that says staff
 * will answer comes with an open ticket (no promise without a ticket), in all three languages;
 * and the share of turns that pass stays above the bar (a regression guard, not accuracy).
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { conversationLineSchema, type RanTurn, runConversation } from '../../src/cli/conversation-runner.ts';
import { scoreConversation } from '../../src/cli/conversation-score.ts';
import { checkPlaces } from '../../src/cli/place-check.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { withNumberedButtons } from '../../src/engine/render-reply.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { testAssistant } from '../support/assistant.ts';
import { OWN_SETS } from './own-sets-bars.ts';
import { PHRASES } from './phrases.ts';

const PROMISE = new RegExp(
  [PHRASES.es.staffWill, PHRASES.en.staffWill, PHRASES.ht.staffWill].map((r) => r.source).join('|'),
  'i',
);

async function run(name: string) {
  const lines = (await readFile(`test/fixtures/conversations/${name}`, 'utf8'))
    .split('\n')
    .filter((l) => l.trim());
  const i18n = createI18n();
  const a = await testAssistant({
    channels: [
      { name: 'web', choices: 'buttons' },
      { name: 'telegram', choices: 'buttons' },
      { name: 'whatsapp', choices: 'numbered' },
    ],
  });
  const written = (outbound: Outbound[]) =>
    outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n');
  const results: Array<{
    expected: ReturnType<typeof conversationLineSchema.parse> & { lang?: string };
    turns: RanTurn[];
    raw: unknown;
  }> = [];
  for (const [n, line] of lines.entries()) {
    const raw = JSON.parse(line);
    const input = conversationLineSchema.parse(raw);
    results.push({
      expected: input,
      raw,
      turns: await runConversation({ engine: a.engine, clock: a.clock, written }, input, `${n}`),
    });
  }
  return results;
}

describe.each(OWN_SETS)('the conversations of %s', (name, bar, promises) => {
  let results: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    results = await run(name);
  }, 60_000);

  it('never say staff will answer without a ticket open', () => {
    // A staff member who took the conversation (in the evaluation's script, even one never queued) holds it.
    const held = (turns: ReadonlyArray<{ staff?: string }>, at: number) =>
      turns
        .slice(0, at)
        .reduce((taken, t) => (t.staff === 'take' ? true : t.staff === 'close' ? false : taken), false);
    const broken = results.flatMap(({ expected, turns }) =>
      turns
        .filter(
          (t, i) => PROMISE.test(t.reply) && !t.queued && !held(expected.turns as { staff?: string }[], i),
        )
        .map((t) => `${expected.id}: ${t.reply.slice(0, 120)}`),
    );
    const promised = results.flatMap(({ turns }) => turns.filter((t) => PROMISE.test(t.reply)));
    // The scan sees real promises (few in the danger set: emergencies say "staff are told" otherwise).
    expect(promised.length).toBeGreaterThanOrEqual(promises);
    expect(broken).toEqual([]);
  });

  it(`pass at least ${bar * 100}% of their turns`, () => {
    let ok = 0;
    let total = 0;
    for (const { raw, turns } of results) {
      const score = scoreConversation(raw as Parameters<typeof scoreConversation>[0], turns);
      ok += score.passed;
      total += score.scored;
    }
    expect(ok / total).toBeGreaterThanOrEqual(bar);
  });
});

describe('the places told in emergencies', () => {
  it.each([
    ['emerg-a.jsonl', 37],
    ['emerg-b.jsonl', 24],
  ])(
    'reach the urgent ticket, and no reply to one gives the office address (%s)',
    async (name, least) => {
      const lines = (await readFile(`test/fixtures/conversations/${name}`, 'utf8'))
        .split('\n')
        .filter((l) => l.trim());
      const a = await testAssistant();
      const i18n = createI18n();
      const check = await checkPlaces(
        {
          engine: a.engine,
          clock: a.clock,
          store: a.store,
          written: (outbound) => outbound.map((o) => withNumberedButtons(o, i18n.t(o.lang))).join('\n\n'),
        },
        lines,
      );
      expect(check.kept).toBeGreaterThanOrEqual(least);
      expect(check.addressed).toBe(0);
    },
    60_000,
  );
});
