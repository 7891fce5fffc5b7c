/**
 * A real assistant for tests: the project's own knowledge folder, real understanding and
 * texts, the memory store (or one the test gives), and a clock the test controls.
 */
import type { Channel } from '../../src/core/ports/channel.ts';
import type { TurnResult } from '../../src/core/ports/conversations.ts';
import type { StaffDesk, StaffNotice } from '../../src/core/ports/staff-desk.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createEngine, type Engine, type EngineOptions } from '../../src/engine/create-engine.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import type { Knowledge } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.node.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createUnderstanding, type Understand } from '../../src/understanding/understand.ts';

let shared: Promise<{ knowledge: Knowledge; understand: Understand }> | undefined;

/** Knowledge and understanding are read-only: load them once per test file. */
export function sharedKnowledge() {
  shared ??= loadKnowledge('knowledge').then((knowledge) => ({
    knowledge,
    understand: createUnderstanding(knowledge),
  }));
  return shared;
}

export interface TestClock {
  time: number;
  now(): number;
}

/** A weekday morning in Durango. */
export const START = Date.UTC(2026, 10, 23, 15);

/** Channels as the tests speak: a web-like one with buttons and a WhatsApp-like one with numbers. */
export const TEST_CHANNELS: Channel[] = [
  { name: 'test', choices: 'buttons' },
  { name: 'web', choices: 'buttons' },
  { name: 'whatsapp', choices: 'numbered' },
];

/** A staff desk that keeps what it is told, for tests to look at. */
export function recordingDesk(name = 'inbox'): StaffDesk & { notices: StaffNotice[] } {
  const notices: StaffNotice[] = [];
  return {
    name,
    notices,
    async notify(notice) {
      notices.push(notice);
    },
  };
}

export interface TestAssistant {
  engine: Engine;
  store: Store;
  clock: TestClock;
  knowledge: Knowledge;
  desk: ReturnType<typeof recordingDesk>;
  /** The person writes (after the clock moves 90 s, as in the evaluation's conversations). */
  say(text: string, chatId?: string): Promise<TurnResult>;
  choose(value: string, chatId?: string): Promise<TurnResult>;
  /** A new engine on the same store and clock: the process restarted. */
  restart(more?: Partial<EngineOptions>): Promise<TestAssistant>;
}

/** An engine on a fresh memory store (unless `store` is given), with a clock the test moves. */
export function testAssistant(overrides: Partial<EngineOptions> & { channel?: string } = {}) {
  const clock: TestClock = {
    time: START,
    now() {
      return this.time;
    },
  };
  return build(overrides.store ?? createMemoryStore(clock), clock, overrides);
}

async function build(
  store: Store,
  clock: TestClock,
  overrides: Partial<EngineOptions> & { channel?: string },
): Promise<TestAssistant> {
  const { knowledge, understand } = await sharedKnowledge();
  const desk = recordingDesk();
  const { channel = 'test', ...options } = overrides;
  const engine = createEngine({
    store,
    knowledge,
    understand,
    i18n: createI18n(),
    clock,
    channels: TEST_CHANNELS,
    staffDesks: [desk],
    ...options,
  });
  // Message ids must stay unique across restarts: a redelivered id is dropped.
  const prefix = crypto.randomUUID().slice(0, 8);
  let n = 0;
  const send = (
    content: { type: 'text'; text: string } | { type: 'choice'; value: string },
    chatId: string,
  ) => {
    clock.time += 90_000;
    return engine.handle({ id: `${prefix}-${++n}`, channel, chatId, content });
  };
  const say = (text: string, chatId = 'c1') => send({ type: 'text', text }, chatId);
  const choose = (value: string, chatId = 'c1') => send({ type: 'choice', value }, chatId);
  const restart = (more: Partial<EngineOptions> = {}) => build(store, clock, { ...overrides, ...more });
  return { engine, store, clock, knowledge, desk, say, choose, restart };
}

export const texts = (result: TurnResult) => result.outbound.map((o) => o.text).join('\n---\n');
export const values = (result: TurnResult) => result.outbound.flatMap((o) => o.buttons.map((b) => b.value));

/**
 * A new conversation that opens with a danger (checked to start the emergency flow), then the
 * person's next message: that turn, for tests of what an emergency under way answers.
 */
export async function afterEmergency(danger: string, next: string): Promise<TurnResult> {
  const a = await testAssistant();
  const first = await a.say(danger);
  if (!first.report.emergency) throw new Error(`no emergency started by: ${danger}`);
  return a.say(next);
}

/** A new conversation said message by message (a first message at least): its last turn. */
export async function lastTurnOf(first: string, ...more: string[]): Promise<TurnResult> {
  const a = await testAssistant();
  let turn = await a.say(first);
  for (const message of more) turn = await a.say(message);
  return turn;
}
