/**
 * A turn's pure decision (src/engine/turn-step.ts, turn-decide.ts), without a store: what the
 * turn asks the store for, and what it would commit and send, from the record, the request
 * and the understanding alone. The same input decides the same way every time.
 */
import { describe, expect, it } from 'vitest';
import { createConversationFlow } from '../../flows/index.ts';
import { activityKey } from '../../src/core/activity-keys.ts';
import type { StoredConversation } from '../../src/core/ports/conversation-store.ts';
import { silentLogger } from '../../src/core/ports/runtime.ts';
import { buildCatalog } from '../../src/engine/catalog.ts';
import { createOutbox } from '../../src/engine/outbox.ts';
import { createReplyRenderer } from '../../src/engine/render-reply.ts';
import { decideTurn } from '../../src/engine/turn-decide.ts';
import type { Prepared } from '../../src/engine/turn-request.ts';
import { lookupsOf, stepTurn } from '../../src/engine/turn-step.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { recordingDesk, START, sharedKnowledge, TEST_CHANNELS } from '../support/assistant.ts';
import { meaning } from '../support/meanings.ts';

const { knowledge } = await sharedKnowledge();
const flow = createConversationFlow(buildCatalog(knowledge));
const channels = new Map(TEST_CHANNELS.map((c) => [c.name, c]));
const periods = { idleMs: 30 * 60_000, handoffAlertMs: 10 * 60_000, urgentRealertMs: 3 * 60_000 };
const context = {
  ...periods,
  flow,
  i18n: createI18n(),
  render: createReplyRenderer(knowledge),
  outbox: createOutbox({ channels, desks: [recordingDesk()], logger: silentLogger }),
  channels,
  outboxRetryMs: 30_000,
  timeZone: 'America/Monterrey',
  followUpDays: 14,
  draws: { caseCode: () => 'KXQZ', uuid: () => 'abcdef00-0000-4000-8000-000000000000' },
};

/** Decides one turn of `test:d1` from its record (none: a first message) and what was prepared. */
function decide(prepared: Prepared, record: StoredConversation | null = null, looked = {}) {
  const snapshot = flow.start(null);
  const facts = {
    id: 'test:d1',
    address: { channel: 'test', chatId: 'd1' },
    now: START,
    record,
    ticket: null,
    done: [],
    snapshot,
    view: flow.view(snapshot),
    prepared,
  };
  const stepped = stepTurn(facts, {
    flow,
    defaultLang: 'es',
    idleMs: periods.idleMs,
    folio: () => 'DGO-1234',
  });
  return { lookups: lookupsOf(stepped), decision: decideTurn(stepped, looked, context) };
}

const typed = (text: string, topic: Parameters<typeof meaning>[0]): Prepared => ({
  events: [{ type: 'user.text', text, meaning: meaning(topic), at: START }],
  meaning: meaning(topic),
  said: text,
  fromPerson: true,
  heardAt: START,
});

describe('a turn’s decision, without a store', () => {
  it('answers a first question: a record, the lines, the day’s counters and a summary; nothing else to read', () => {
    const { lookups, decision } = decide(typed('¿cuánto cuesta una apostilla?', 'apostille'));
    expect(lookups).toEqual({ queueAhead: false, transcript: false });
    const { commit, result } = decision;
    expect(result.outbound.length).toBeGreaterThan(0);
    // The person's words, then one line for each message the assistant sends (the welcome, the answer).
    expect(commit.transcript.map((line) => line.from)).toEqual([
      'person',
      ...result.outbound.map(() => 'bot'),
    ]);
    expect(commit.transcript[0]?.text).toBe('¿cuánto cuesta una apostilla?');
    expect(commit.record.summary).toMatchObject({
      conversationId: 'test:d1',
      turns: 1,
      topics: ['apostille'],
    });
    expect(commit.activity?.summary).toEqual(commit.record.summary);
    expect(commit.activity?.counts).toMatchObject({ [activityKey.of('turns', {})]: 1 });
    expect(commit.activity?.review).toBeUndefined();
    // The test channel does not push messages, and no one on staff was told: nothing to send.
    expect(decision.items).toEqual([]);
    expect(commit.outbox).toEqual([]);
    expect(commit.ticket).toBeUndefined();
    // Pure: the same input decides the same way.
    expect(decide(typed('¿cuánto cuesta una apostilla?', 'apostille')).decision).toEqual(decision);
  });

  it('keeps a text it did not understand for review, with the turn', () => {
    const { decision } = decide(typed('wibble wobble', 'none'));
    expect(decision.commit.activity?.review).toMatchObject({
      id: 'abcdef00-0000-4000-8000-000000000000',
      conversationId: 'test:d1',
      text: 'wibble wobble',
      at: START,
    });
  });

  it('asks for a person: the queue is looked up, the ticket and the staff notice are committed', () => {
    const prepared: Prepared = {
      events: [{ type: 'cmd.human', at: START }],
      meaning: null,
      fromPerson: true,
    };
    const { lookups } = decide(prepared);
    expect(lookups.claimFolio).toBe('DGO-1234');
    const { decision } = decide(prepared, null, { ahead: 4 });
    const { commit, items } = decision;
    expect(commit.ticket).toMatchObject({ conversationId: 'test:d1', folio: 'DGO-1234', since: START });
    expect(items.map((item) => item.kind)).toEqual(['staff']);
    expect(commit.outbox).toEqual(items);
    expect(commit.retryAt).toBe(START + 30_000);
    expect(commit.deadline).toBe(START + periods.handoffAlertMs);
    expect(commit.activity?.counts).toMatchObject({ [activityKey.handoff()]: 1 });
  });
});
